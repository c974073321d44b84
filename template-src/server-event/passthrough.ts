/**
 * Server event fields taken from the event nearly as they are: event_id,
 * the page URLs, opt_out, app_data (app events only) and
 * original_event_data (restricted to its four keys).
 */
import { makeString } from '../sandbox/apis';
import { eventValue, memberOf, type EventReader } from '../lib/event-data';
import { report, type Problem } from '../lib/problems';
import { isFiniteNumber, isObject } from '../lib/types';
import { ORIGINAL_EVENT_DATA_KEYS } from '../meta/compact';
import { isHttpUrl } from '../meta/formats';
import {
  isPlainName,
  looksPersonal,
  PERSONAL_REASON,
  PERSONAL_WHAT,
  withoutPersonalParameters,
} from '../lib/personal-data';
import { toUnixSeconds } from './event-time';

function eventIdFrom(raw: unknown, key: string, problems: Problem[]): string | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw === 'string' && raw.trim() !== '') {
    if (!looksPersonal(raw)) return raw.trim();
    report(problems, key, PERSONAL_REASON + '; not used as event_id');
    return undefined;
  }
  if (isFiniteNumber(raw)) return makeString(raw);
  if (raw !== '') report(problems, key, 'not a string or number; not used as event_id');
  return undefined;
}

/**
 * event_id, the deduplication key shared with the browser Pixel's eventID.
 * The tag's Event ID field (usually a variable) wins, then the event's
 * `event_id`, then Meta's `x-fb-event_id`. Never from transaction_id: the
 * Pixel rarely uses the order number as its eventID, and a wrong event_id
 * breaks deduplication silently.
 */
export function resolveEventId(
  reader: EventReader,
  override: unknown,
  problems: Problem[],
): string | undefined {
  const fromField = eventIdFrom(override, 'eventIdOverride', problems);
  if (fromField !== undefined) return fromField;
  const fromEvent = eventIdFrom(eventValue(reader, 'event_id'), 'event_id', problems);
  if (fromEvent !== undefined) return fromEvent;
  return eventIdFrom(eventValue(reader, 'x-fb-event_id'), 'x-fb-event_id', problems);
}

/** event_source_url from page_location and referrer_url from page_referrer, as sent by the page. */
export function httpUrlFrom(
  reader: EventReader,
  key: string,
  problems: Problem[],
): string | undefined {
  const raw = eventValue(reader, key);
  if (raw === undefined || raw === null || raw === '') return undefined;
  if (!isHttpUrl(raw)) {
    report(problems, key, 'not an absolute http(s) URL; left out');
    return undefined;
  }
  const clean = withoutPersonalParameters(raw);
  for (const name of clean.removed) {
    report(
      problems,
      key,
      'query parameter ' +
        (isPlainName(name) ? '"' + name + '"' : 'with an unusual name') +
        ' held ' +
        PERSONAL_WHAT +
        '; removed',
    );
  }
  return clean.url;
}

/** true/false, also from the strings "true"/"false". */
export function optOutFrom(raw: unknown, problems: Problem[]): boolean | undefined {
  if (raw === undefined || raw === null || raw === '') return undefined;
  if (raw === true || raw === false) return raw;
  const text = typeof raw === 'string' ? raw.trim().toLowerCase() : '';
  if (text === 'true' || text === 'false') return text === 'true';
  report(problems, 'opt_out', 'not true or false; left out');
  return undefined;
}

export function appDataFrom(raw: unknown, problems: Problem[]): { [key: string]: any } | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (isObject(raw)) return raw;
  report(problems, 'app_data', 'not an object; left out');
  return undefined;
}

/**
 * The earlier event a later one refers to (e.g. AppendValue). Its time is
 * normalised to seconds but not age-checked: it may be older than 7 days.
 */
export function originalEventDataFrom(
  raw: unknown,
  problems: Problem[],
): { [key: string]: string | number } | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (!isObject(raw)) {
    report(problems, 'original_event_data', 'not an object; left out');
    return undefined;
  }
  const result: { [key: string]: string | number } = {};
  let any = false;
  for (const key of ORIGINAL_EVENT_DATA_KEYS.split(', ')) {
    const value = memberOf(raw, key);
    if (value === undefined || value === null || value === '') continue;
    const clean =
      key === 'event_time'
        ? toUnixSeconds(value)
        : typeof value === 'string'
          ? value
          : isFiniteNumber(value)
            ? makeString(value)
            : undefined;
    if (typeof clean === 'string' && looksPersonal(clean)) {
      report(problems, 'original_event_data.' + key, PERSONAL_REASON + '; left out');
    } else if (clean === undefined) {
      report(problems, 'original_event_data.' + key, 'unusable value; left out');
    } else {
      result[key] = clean;
      any = true;
    }
  }
  return any ? result : undefined;
}
