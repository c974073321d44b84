/**
 * Picks the fbc or fbp already known for this browser: the first well-formed
 * cookie value (the browser lists the most specific cookie first, the one the
 * Pixel also reads), else the value Meta's own client forwards in event data.
 * Malformed candidates are reported and skipped.
 */
import { reportProblem, type Problem } from '../problem';
import { isArray } from '../validate/values';
import { isClickId } from './click-id-format';

export interface ExistingValue {
  value: string;
  fromCookie: boolean;
}

export function existingClickId(
  cookieName: string,
  cookieValues: string[],
  eventKey: string,
  eventValue: unknown,
  problems: Problem[],
): ExistingValue | undefined {
  for (const candidate of isArray(cookieValues) ? cookieValues : []) {
    if (isClickId(candidate)) return { value: candidate, fromCookie: true };
    reportProblem(problems, cookieName, 'malformed cookie value ignored');
  }
  if (eventValue === undefined || eventValue === null || eventValue === '') return undefined;
  if (isClickId(eventValue)) return { value: eventValue as string, fromCookie: false };
  reportProblem(problems, eventKey, 'malformed value ignored');
  return undefined;
}
