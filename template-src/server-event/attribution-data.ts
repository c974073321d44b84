/**
 * attribution_data, sent with AppendAttribution events only: the keys
 * Meta's Business SDK models (meta/spec.ts ATTRIBUTION_DATA_KEYS), each a
 * number or a text, and attribution_setting an object of two numbers.
 * Anything else is left out and named.
 */
import { memberOf } from '../lib/event-data';
import { looksPersonal, PERSONAL_REASON } from '../lib/personal-data';
import { report, type Problem } from '../lib/problems';
import { isFiniteNumber, isObject } from '../lib/types';
import { ATTRIBUTION_DATA_KEYS, ATTRIBUTION_SETTING_KEYS } from '../meta/compact';
import { Object } from '../sandbox/apis';

type Attribution = { [key: string]: any };

function settingOf(raw: unknown, problems: Problem[]): Attribution | undefined {
  if (!isObject(raw)) return undefined;
  const setting: Attribution = {};
  let any = false;
  for (const key of ATTRIBUTION_SETTING_KEYS.split(', ')) {
    const value = memberOf(raw, key);
    if (value === undefined || value === null) continue;
    if (isFiniteNumber(value)) {
      setting[key] = value;
      any = true;
    } else {
      report(problems, 'attribution_data.attribution_setting.' + key, 'not a number; left out');
    }
  }
  return any ? setting : undefined;
}

export function attributionDataFrom(raw: unknown, problems: Problem[]): Attribution | undefined {
  if (raw === undefined || raw === null || raw === '') return undefined;
  if (!isObject(raw)) {
    report(problems, 'attribution_data', 'not an object; left out');
    return undefined;
  }
  const result: Attribution = {};
  let any = false;
  let known = 0;
  for (const key of ATTRIBUTION_DATA_KEYS.split(', ')) {
    const value = memberOf(raw, key);
    if (value === undefined) continue;
    known++;
    if (value === null || value === '') continue;
    const clean =
      key === 'attribution_setting'
        ? settingOf(value, problems)
        : isFiniteNumber(value) || (typeof value === 'string' && !looksPersonal(value))
          ? value
          : undefined;
    if (clean === undefined) {
      report(
        problems,
        'attribution_data.' + key,
        typeof value === 'string' ? PERSONAL_REASON + '; left out' : 'unusable value; left out',
      );
    } else {
      result[key] = clean;
      any = true;
    }
  }
  const others = Object.keys(raw).length - known;
  if (others > 0) {
    report(problems, 'attribution_data', others + ' keys Meta does not define; left out');
  }
  return any ? result : undefined;
}
