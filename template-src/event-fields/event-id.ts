/**
 * event_id, the deduplication key shared with the browser Pixel's eventID.
 * Read from a configured key first, then `event_id`, then Meta's
 * `x-fb-event_id`. Never from transaction_id: the Pixel rarely uses the order
 * number as its eventID, and a wrong event_id breaks deduplication silently.
 */
import { makeString } from '../sandbox/apis';
import { report, type Problem } from '../validate/problem';
import { isFiniteNumber, isString } from '../validate/values';
import { readPath } from './read';

export const EVENT_ID_KEYS = ['event_id', 'x-fb-event_id'];

export function resolveEventId(
  eventData: unknown,
  configuredKey: unknown,
  problems: Problem[],
): string | undefined {
  const keys = isString(configuredKey) && configuredKey.trim() !== '' ? [configuredKey.trim()] : [];
  for (const key of keys.concat(EVENT_ID_KEYS)) {
    const raw = readPath(eventData, key);
    if (raw === undefined || raw === null) continue;
    if (isFiniteNumber(raw)) return makeString(raw);
    if (isString(raw) && raw.trim() !== '') return raw.trim();
    if (raw !== '') report(problems, key, 'not a string or number; not used as event_id');
  }
  return undefined;
}
