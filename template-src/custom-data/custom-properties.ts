import { JSON, makeString } from '../sandbox/apis';
import { typeOf } from '../sandbox/type-of';
import { Problem, reportProblem } from '../problem';
import { MAX_TEXT_LENGTH } from './text-value';

/** JSON size above which an object or list property is a mistake. */
const MAX_JSON_LENGTH = 5000;

/**
 * A custom property's value as Meta may receive it: text (trimmed, at most
 * MAX_TEXT_LENGTH), a finite number, a boolean, or a list or object of
 * modest size. Undefined when empty; unusable values are reported.
 */
export function customPropertyValue(
  name: string,
  raw: any,
  problems: Problem[],
  source: string,
): any {
  const type = typeOf(raw);
  if (type === 'undefined' || type === 'null') return undefined;
  if (type === 'boolean') return raw;
  if (type === 'number' && raw - raw === 0) return raw;
  if (type === 'string') {
    const text = raw.trim();
    if (text.length <= MAX_TEXT_LENGTH) return text === '' ? undefined : text;
  } else if (type === 'array' || type === 'object') {
    const json = JSON.stringify(raw);
    if (json !== undefined && json.length <= MAX_JSON_LENGTH) return raw;
  }
  const what =
    type === 'string'
      ? 'text longer than ' + MAX_TEXT_LENGTH + ' characters'
      : 'an unusable ' + type;
  reportProblem(
    problems,
    'custom_data.' + makeString(name).substring(0, 40),
    'from ' + source + ': ' + what,
  );
  return undefined;
}

/** An object, or its JSON text; undefined (reported unless empty) otherwise. */
export function objectOf(raw: any, problems: Problem[], key: string, source: string): any {
  if (raw === undefined || raw === null || raw === '') return undefined;
  const object = typeOf(raw) === 'string' ? JSON.parse(raw) : raw;
  if (typeOf(object) === 'object') return object;
  reportProblem(problems, key, source + ' is not an object; ignored');
  return undefined;
}
