/**
 * Server event fields taken nearly as they are given: the page URLs,
 * opt_out and original_event_data (restricted to its four keys).
 */
import { makeString } from '../sandbox/apis';
import { memberOf } from '../lib/event-data';
import { report, type Problem } from '../lib/problems';
import { isFiniteNumber, isObject } from '../lib/types';
import { ORIGINAL_EVENT_DATA_KEYS } from '../meta/compact';
import { isHttpUrl } from '../meta/formats';
import {
  isPlainName,
  looksPersonal,
  PERSONAL_REASON,
  PERSONAL_WHAT,
  withoutPersonalData,
} from '../lib/personal-data';
import { toUnixSeconds } from './event-time';
import { tableKey } from './server-data';

/**
 * A URL without the user name and password some links carry
 * (`https://user:secret@host/`): credentials are never sent.
 */
function withoutUserInfo(url: string, key: string, problems: Problem[]): string {
  const host = url.indexOf('://') + 3;
  const at = url.indexOf('@', host);
  if (at < 0 || at > originEnd(url)) return url;
  report(problems, key, 'held a user name or password; removed');
  return url.substring(0, host) + url.substring(at + 1);
}

/**
 * event_source_url or referrer_url (as the page sent them: page_location,
 * page_referrer), without query parameters that hold personal data.
 */
export function httpUrlFrom(raw: unknown, key: string, problems: Problem[]): string | undefined {
  if (raw === undefined || raw === null || raw === '') return undefined;
  if (!isHttpUrl(raw)) {
    report(problems, key, 'not an absolute http(s) URL; left out');
    return undefined;
  }
  const clean = withoutPersonalData(withoutUserInfo(raw, key, problems));
  for (const name of clean.parameters) {
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
  if (clean.path) report(problems, key, 'the path held ' + PERSONAL_WHAT + '; cut');
  if (clean.fragment) report(problems, key, 'the fragment held ' + PERSONAL_WHAT + '; cut');
  return clean.url;
}

/** true/false, also from the strings "true"/"false". */
export function optOutFrom(raw: unknown, key: string, problems: Problem[]): boolean | undefined {
  if (raw === undefined || raw === null || raw === '') return undefined;
  if (raw === true || raw === false) return raw;
  const text = typeof raw === 'string' ? raw.trim().toLowerCase() : '';
  if (text === 'true' || text === 'false') return text === 'true';
  report(problems, key, 'not true or false; left out');
  return undefined;
}

/** One member of original_event_data, cleaned; undefined (reported under `key`) when unusable. */
function originalMember(
  member: string,
  value: unknown,
  key: string,
  problems: Problem[],
): string | number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const clean =
    member === 'event_time'
      ? toUnixSeconds(value)
      : typeof value === 'string'
        ? value
        : isFiniteNumber(value)
          ? makeString(value)
          : undefined;
  if (typeof clean === 'string' && looksPersonal(clean)) {
    report(problems, key, PERSONAL_REASON + '; left out');
    return undefined;
  }
  if (clean === undefined) report(problems, key, 'unusable value; left out');
  return clean;
}

/**
 * The earlier event a later one refers to (e.g. AppendValue), restricted
 * to its four keys: each from the server data table's
 * `original_event_data.<key>` row (`rows`), else from the event's object.
 * Its time is normalised to seconds but not age-checked: it may be older
 * than 7 days.
 */
export function originalEventDataFrom(
  rows: { [key: string]: unknown } | undefined,
  raw: unknown,
  problems: Problem[],
): { [key: string]: string | number } | undefined {
  if (rows === undefined && (raw === undefined || raw === null)) return undefined;
  const fromEvent = isObject(raw) ? raw : undefined;
  if (fromEvent === undefined && raw !== undefined && raw !== null) {
    report(problems, 'original_event_data', 'not an object; left out');
  }
  const result: { [key: string]: string | number } = {};
  let any = false;
  for (const member of ORIGINAL_EVENT_DATA_KEYS.split(', ')) {
    let clean =
      rows === undefined
        ? undefined
        : originalMember(member, rows[member], tableKey('original_event_data.' + member), problems);
    if (clean === undefined) {
      clean = originalMember(
        member,
        memberOf(fromEvent, member),
        'original_event_data.' + member,
        problems,
      );
    }
    if (clean !== undefined) {
      result[member] = clean;
      any = true;
    }
  }
  return any ? result : undefined;
}

/** Where the host part of an http(s) URL ends (at its first /, ? or #). */
function originEnd(url: string): number {
  const host = url.indexOf('://') + 3;
  let end = url.length;
  for (const mark of ['/', '?', '#']) {
    const at = url.indexOf(mark, host);
    if (at >= 0 && at < end) end = at;
  }
  return end;
}

/**
 * A URL as restricted-data mode sends it: origin and path without the query
 * string or fragment, or the origin alone (with "/"). Meta restricts URL
 * details for health and finance advertisers. Undefined when nothing changes.
 */
export function restrictedUrl(url: string, originOnly: boolean): string | undefined {
  const host = originEnd(url);
  let end = url.length;
  if (originOnly) end = host;
  else {
    for (const mark of ['?', '#']) {
      const at = url.indexOf(mark, host);
      if (at >= 0 && at < end) end = at;
    }
  }
  const kept = url.substring(0, end);
  if (kept === url || (originOnly && kept + '/' === url)) return undefined;
  return originOnly ? kept + '/' : kept;
}
