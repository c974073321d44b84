/**
 * event_time in Unix seconds. Event data may carry seconds or milliseconds
 * (told apart by size); a future time is clamped to now (clock skew on the
 * sending side), and a time older than Meta accepts drops the event, because
 * Meta would reject the whole request for it.
 */
import { createRegex, makeNumber, Math } from '../sandbox/apis';
import { report, type Problem } from '../lib/problems';
import { isFiniteNumber } from '../lib/types';
import { maxEventAgeSeconds } from '../meta/limits';

/** Seconds stay below this until the year 5138; milliseconds are above it since 1973. */
const MILLISECONDS_FROM = 100000000000;
/** Milliseconds stay below this until the year 5138 too; anything larger is not a time we know. */
const TOO_LARGE = 100000000000000;
/** "123" or "123.45", nothing else (no signs, exponents, hex or spaces inside). */
const DECIMAL_TEXT = '^[0-9]+(\\.[0-9]+)?$';

export type EventTimeResult =
  { time: number; drop?: undefined } | { drop: string; time?: undefined };

/** A positive number or numeric text as Unix seconds; undefined when it is neither. */
export function toUnixSeconds(raw: unknown): number | undefined {
  let n: number | undefined;
  if (isFiniteNumber(raw)) n = raw;
  else if (typeof raw === 'string') {
    const text = raw.trim();
    if (text.search(createRegex(DECIMAL_TEXT)!) === 0) n = makeNumber(text);
  }
  if (n === undefined || n <= 0 || n >= TOO_LARGE) return undefined;
  return Math.floor(n >= MILLISECONDS_FROM ? n / 1000 : n);
}

export function resolveEventTime(
  raw: unknown,
  nowMs: number,
  actionSource: string,
  problems: Problem[],
): EventTimeResult {
  const now = Math.floor(nowMs / 1000);
  if (raw === undefined || raw === null || raw === '') return { time: now };
  const seconds = toUnixSeconds(raw);
  if (seconds === undefined) {
    report(problems, 'event_time', 'not a time in seconds or milliseconds; used now');
    return { time: now };
  }
  if (seconds > now) {
    report(problems, 'event_time', 'in the future; clamped to now');
    return { time: now };
  }
  const maxAge = maxEventAgeSeconds(actionSource);
  if (now - seconds > maxAge) {
    const reason = 'older than ' + maxAge / 86400 + ' days; Meta rejects it, event not sent';
    report(problems, 'event_time', reason);
    return { drop: 'event_time ' + reason };
  }
  return { time: seconds };
}
