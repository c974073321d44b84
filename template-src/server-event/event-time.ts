/**
 * event_time in Unix seconds. Event data may carry seconds or milliseconds
 * (told apart by size), as a number or as text, or an ISO-8601 date-time
 * (webhooks and CRM exports write those). A future time is clamped to now
 * (clock skew on the sending side). A time older than Meta accepts, or one
 * that cannot be read, stops the event: Meta would reject the whole
 * request for the first, and sending the second as "now" would let an old
 * conversion slip past the age limit.
 */
import { createRegex, makeNumber, Math } from '../sandbox/apis';
import { report, type Problem } from '../lib/problems';
import { isFiniteNumber } from '../lib/types';
import { DAY_SECONDS } from '../lib/time';
import { maxEventAgeSeconds } from '../meta/limits';

/** Seconds stay below this until the year 5138; milliseconds are above it since 1973. */
const MILLISECONDS_FROM = 100000000000;
/** Milliseconds stay below this until the year 5138 too; anything larger is not a time we know. */
const TOO_LARGE = 100000000000000;
/** "123" or "123.45", nothing else (no signs, exponents, hex or spaces inside). */
const DECIMAL_TEXT = '^[0-9]+(\\.[0-9]+)?$';
/**
 * ISO-8601: a date, optionally a time (seconds and fractions optional) and
 * a zone; without a zone the time is taken as UTC.
 */
const ISO_DATE_TIME =
  '^([0-9]{4})-([0-9]{2})-([0-9]{2})([T ]([0-9]{2}):([0-9]{2})(:([0-9]{2})([.,][0-9]+)?)?)?' +
  '(Z|z|([+-])([0-9]{2}):?([0-9]{2}))?$';

export type EventTimeResult =
  { time: number; drop?: undefined } | { drop: string; time?: undefined };

/** Days from 1970-01-01 to a date of the proleptic Gregorian calendar. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** An ISO-8601 date-time as Unix seconds; undefined when it is not one or names no real moment. */
function isoSeconds(text: string): number | undefined {
  const parts = text.match(createRegex(ISO_DATE_TIME)!);
  if (parts === null) return undefined;
  const number = (i: number): number =>
    parts[i] === undefined || parts[i] === '' ? 0 : makeNumber(parts[i]);
  const month = number(2);
  const day = number(3);
  const hour = number(5);
  const minute = number(6);
  const second = number(8);
  const year = number(1);
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 60) {
    return undefined;
  }
  // A day past the month's end names no real date (2025-02-29, 2025-11-31).
  if (
    day >
    daysFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) -
      daysFromCivil(year, month, 1)
  ) {
    return undefined;
  }
  const offset =
    parts[11] === undefined || parts[11] === '' ? 0 : (number(12) * 60 + number(13)) * 60;
  const seconds =
    daysFromCivil(year, month, day) * DAY_SECONDS + hour * 3600 + minute * 60 + second;
  return parts[11] === '-' ? seconds + offset : seconds - offset;
}

/** A positive number, numeric text or an ISO-8601 date-time as Unix seconds; undefined otherwise. */
export function toUnixSeconds(raw: unknown): number | undefined {
  let n: number | undefined;
  if (isFiniteNumber(raw)) n = raw;
  else if (typeof raw === 'string') {
    const text = raw.trim();
    if (text.length > 40) return undefined;
    if (text.search(createRegex(DECIMAL_TEXT)!) === 0) n = makeNumber(text);
    else n = isoSeconds(text);
  }
  if (n === undefined || n <= 0 || n >= TOO_LARGE) return undefined;
  return Math.floor(n >= MILLISECONDS_FROM ? n / 1000 : n);
}

export function resolveEventTime(
  raw: unknown,
  nowMs: number,
  actionSource: string,
  key: string,
  problems: Problem[],
): EventTimeResult {
  const now = Math.floor(nowMs / 1000);
  if (raw === undefined || raw === null || raw === '') return { time: now };
  const seconds = toUnixSeconds(raw);
  if (seconds === undefined) {
    const reason = 'not a time (Unix seconds or milliseconds, or ISO-8601); event not sent';
    report(problems, key, reason);
    return { drop: key + ' ' + reason };
  }
  if (seconds > now) {
    report(problems, key, 'in the future; clamped to now');
    return { time: now };
  }
  const maxAge = maxEventAgeSeconds(actionSource);
  if (now - seconds > maxAge) {
    const reason = 'older than ' + maxAge / DAY_SECONDS + ' days; Meta rejects it, event not sent';
    report(problems, key, reason);
    return { drop: key + ' ' + reason };
  }
  return { time: seconds };
}
