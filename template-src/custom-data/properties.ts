/** Custom properties: custom_data keys of the user's own, beside Meta's standard ones. */
import { JSON, Object } from '../sandbox/apis';
import { isPlainName, looksPersonal, PERSONAL_REASON } from '../lib/personal-data';
import { report, type Problem } from '../lib/problems';
import { inList } from '../lib/text';
import { kindOf } from '../lib/types';
import { STANDARD_CUSTOM_KEYS } from '../meta/compact';
import type { CustomData } from '../context';
import { MAX_TEXT_LENGTH } from './text';

/** JSON size above which an object or list property is a mistake. */
const MAX_JSON_LENGTH = 5000;
/** More custom properties than any report needs; the rest is left out (and the work stays bounded). */
export const MAX_PROPERTIES = 100;

/** A problem key for a property: its name when that is plain, never anything that could be personal. */
function propertyKey(name: string): string {
  return 'custom_data.' + (isPlainName(name) ? name : '(a property with an unusual name)');
}

/**
 * A custom property's value as Meta may receive it: text (trimmed, at most
 * MAX_TEXT_LENGTH), a finite number, a boolean, or a list or object of
 * modest size. Undefined when empty; unusable values are reported.
 */
export function customPropertyValue(
  name: string,
  raw: unknown,
  problems: Problem[],
  source: string,
): unknown {
  const type = kindOf(raw);
  if (type === 'undefined' || type === 'null') return undefined;
  if (type === 'boolean') return raw;
  if (type === 'number' && (raw as number) - (raw as number) === 0) return raw;
  let what = 'an unusable ' + type;
  if (type === 'string') {
    const text = (raw as string).trim();
    const short = text.length <= MAX_TEXT_LENGTH;
    if (short && !looksPersonal(text)) return text === '' ? undefined : text;
    what = short ? PERSONAL_REASON : 'text longer than ' + MAX_TEXT_LENGTH + ' characters';
  } else if (type === 'array' || type === 'object') {
    const json = JSON.stringify(raw);
    if (json !== undefined && json.length <= MAX_JSON_LENGTH && !looksPersonal(json)) return raw;
    if (json !== undefined && json.length <= MAX_JSON_LENGTH)
      what = 'holds a value that ' + PERSONAL_REASON;
  }
  report(problems, propertyKey(name), 'from ' + source + ': ' + what);
  return undefined;
}

/**
 * Adds the non-standard keys of `values` that are not set yet; true when it
 * added any. `taken` remembers the names already in custom_data, prefixed
 * so that no name reaches an inherited member: one lookup per name keeps
 * the work linear; `taken.count` counts them.
 */
export function addProperties(
  customData: CustomData,
  taken: { [prefixedName: string]: boolean | number },
  values: { [name: string]: unknown },
  source: string,
  problems: Problem[],
): boolean {
  let added = false;
  for (const name of Object.keys(values)) {
    if (taken['k:' + name] === true || name === '__proto__' || inList(STANDARD_CUSTOM_KEYS, name)) {
      continue;
    }
    if (taken.count === MAX_PROPERTIES) {
      report(
        problems,
        'custom_data',
        'from ' +
          source +
          ': more than ' +
          MAX_PROPERTIES +
          ' custom properties; the rest left out',
      );
      break;
    }
    if (looksPersonal(name)) {
      report(
        problems,
        'custom_data',
        'from ' + source + ': a property name ' + PERSONAL_REASON + '; left out',
      );
      continue;
    }
    const value = customPropertyValue(name, values[name], problems, source);
    if (value === undefined) continue;
    customData[name] = value;
    taken['k:' + name] = true;
    taken.count = (taken.count as number) + 1;
    added = true;
  }
  return added;
}
