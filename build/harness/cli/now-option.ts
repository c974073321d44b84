/**
 * The `--now` clock start: milliseconds or seconds since the epoch, told
 * apart by magnitude, or an ISO-8601 date or date-time.
 */

/** Below this a number is read as seconds: 1e11 s is the year 5138, 1e11 ms is March 1973. */
const SECONDS_BELOW = 1e11;

/**
 * A date, or a date-time with a zone (a date-time without one is local time
 * in ISO-8601 and JavaScript, which would make a preview depend on the machine).
 */
const ISO_8601 =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(?:Z|[+-](\d{2}):(\d{2})))?$/;

export interface ClockStart {
  ms: number;
  /** The number was read as seconds. */
  seconds: boolean;
}

/** Why `text` is not a clock start. */
export class NowFormatError extends Error {}

const FORMS =
  'give milliseconds since the epoch (1717171717000), seconds (1717171717) or an ISO-8601 ' +
  'date (2024-05-31) or date-time with a zone (2024-05-31T16:08:37Z)';

function isoMs(text: string): number {
  const m = ISO_8601.exec(text);
  if (!m) {
    if (ISO_8601.test(text + 'Z')) {
      throw new NowFormatError(`"${text}" has no zone: add Z for UTC or an offset such as +02:00`);
    }
    throw new NowFormatError(`"${text}" is not a time: ${FORMS}`);
  }
  const [year, month, day, hour = 0, minute = 0, second = 0, zoneHour = 0, zoneMinute = 0] = m
    .slice(1)
    .map((part) => (part === undefined ? undefined : Number(part)));
  // Date.parse rolls 2024-02-30 over to March 1st; a date that is not on the calendar is refused.
  const daysInMonth = new Date(Date.UTC(year!, month!, 0)).getUTCDate();
  const valid =
    month! >= 1 &&
    month! <= 12 &&
    day! >= 1 &&
    day! <= daysInMonth &&
    hour < 24 &&
    minute < 60 &&
    second < 60 &&
    zoneHour < 24 &&
    zoneMinute < 60;
  if (!valid) throw new NowFormatError(`"${text}" is not a date and time on the calendar`);
  return Date.parse(text);
}

/** The clock start `text` names; throws NowFormatError when it is not one of the accepted forms. */
export function parseNow(text: string): ClockStart {
  if (/^\d+(\.\d+)?$/.test(text)) {
    const n = Number(text);
    return n < SECONDS_BELOW
      ? { ms: Math.round(n * 1000), seconds: true }
      : { ms: Math.round(n), seconds: false };
  }
  return { ms: isoMs(text), seconds: false };
}
