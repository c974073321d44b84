/**
 * event_time in Unix seconds. Event data may carry seconds or milliseconds
 * (told apart by size); a future time is clamped to now (clock skew on the
 * sending side), and a time older than Meta accepts drops the event, because
 * Meta would reject the whole request for it.
 */
import { makeNumber, Math } from '../sandbox/apis';
import { reportProblem, type Problem } from '../problem';
import { maxEventAgeSeconds } from '../validate/spec';
import { isDigits, isFiniteNumber, isString } from '../validate/values';

/** Seconds stay below this until the year 5138; milliseconds are above it since 1973. */
const MILLISECONDS_FROM = 100000000000;
/** Milliseconds stay below this until the year 5138 too; anything larger is not a time we know. */
const TOO_LARGE = 100000000000000;

export type EventTimeResult =
  { time: number; drop?: undefined } | { drop: string; time?: undefined };

/** "123" or "123.45", nothing else (no signs, exponents, hex or spaces inside). */
function isDecimalText(s: string): boolean {
  const parts = s.split('.');
  return parts.length <= 2 && isDigits(parts[0]) && (parts.length === 1 || isDigits(parts[1]));
}

/** A positive number or numeric text as Unix seconds; undefined when it is neither. */
export function toUnixSeconds(raw: unknown): number | undefined {
  let n: number | undefined;
  if (isFiniteNumber(raw)) n = raw;
  else if (isString(raw) && isDecimalText(raw.trim())) n = makeNumber(raw.trim());
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
    reportProblem(problems, 'event_time', 'not a time in seconds or milliseconds; used now');
    return { time: now };
  }
  if (seconds > now) {
    reportProblem(problems, 'event_time', 'in the future; clamped to now');
    return { time: now };
  }
  const maxAge = maxEventAgeSeconds(actionSource);
  if (now - seconds > maxAge) {
    const reason = 'older than ' + maxAge / 86400 + ' days; Meta rejects it, event not sent';
    reportProblem(problems, 'event_time', reason);
    return { drop: 'event_time ' + reason };
  }
  return { time: seconds };
}
