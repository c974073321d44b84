/**
 * Event fields taken from event data nearly as they are: opt_out, app_data
 * (app events only) and original_event_data (restricted to its four keys).
 */
import { makeString } from '../sandbox/apis';
import { reportProblem, type Problem } from '../problem';
import { ORIGINAL_EVENT_DATA_KEYS } from '../validate/spec';
import { isFiniteNumber, isObject, isString, own } from '../validate/values';
import { toUnixSeconds } from './event-time';
import { readPath } from './read';

/** true/false, also from the strings "true"/"false". */
export function optOutFrom(eventData: unknown, problems: Problem[]): boolean | undefined {
  const raw = readPath(eventData, 'opt_out');
  if (raw === undefined || raw === null || raw === '') return undefined;
  if (raw === true || raw === false) return raw;
  const text = isString(raw) ? raw.trim().toLowerCase() : '';
  if (text === 'true' || text === 'false') return text === 'true';
  reportProblem(problems, 'opt_out', 'not true or false; left out');
  return undefined;
}

export function appDataFrom(
  eventData: unknown,
  problems: Problem[],
): { [key: string]: any } | undefined {
  const raw = readPath(eventData, 'app_data');
  if (raw === undefined || raw === null) return undefined;
  if (isObject(raw)) return raw;
  reportProblem(problems, 'app_data', 'not an object; left out');
  return undefined;
}

/**
 * The earlier event a later one refers to (e.g. AppendValue). Its time is
 * normalised to seconds but not age-checked: it may be older than 7 days.
 */
export function originalEventDataFrom(
  eventData: unknown,
  problems: Problem[],
): { [key: string]: string | number } | undefined {
  const raw = readPath(eventData, 'original_event_data');
  if (raw === undefined || raw === null) return undefined;
  if (!isObject(raw)) {
    reportProblem(problems, 'original_event_data', 'not an object; left out');
    return undefined;
  }
  const result: { [key: string]: string | number } = {};
  let any = false;
  for (const key of ORIGINAL_EVENT_DATA_KEYS) {
    const value = own(raw, key);
    if (value === undefined || value === null || value === '') continue;
    const clean =
      key === 'event_time'
        ? toUnixSeconds(value)
        : isString(value)
          ? value
          : isFiniteNumber(value)
            ? makeString(value)
            : undefined;
    if (clean === undefined) {
      reportProblem(problems, 'original_event_data.' + key, 'unusable value; left out');
    } else {
      result[key] = clean;
      any = true;
    }
  }
  return any ? result : undefined;
}
