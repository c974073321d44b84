/**
 * event_id, the deduplication key shared with the browser Pixel's eventID.
 * The tag's Event ID field (usually a variable) wins, then the event's
 * `event_id`, then Meta's `x-fb-event_id`. Never from transaction_id: the Pixel rarely uses the order
 * number as its eventID, and a wrong event_id breaks deduplication silently.
 */
import { makeString } from '../sandbox/apis';
import { reportProblem, type Problem } from '../problem';
import { isFiniteNumber, isString } from '../validate/values';
import { readPath } from './read';

export const EVENT_ID_KEYS = ['event_id', 'x-fb-event_id'];

function eventIdFrom(raw: unknown, key: string, problems: Problem[]): string | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (isFiniteNumber(raw)) return makeString(raw);
  if (isString(raw) && raw.trim() !== '') return raw.trim();
  if (raw !== '') reportProblem(problems, key, 'not a string or number; not used as event_id');
  return undefined;
}

export function resolveEventId(
  eventData: unknown,
  override: unknown,
  problems: Problem[],
): string | undefined {
  const fromField = eventIdFrom(override, 'eventIdOverride', problems);
  if (fromField !== undefined) return fromField;
  for (const key of EVENT_ID_KEYS) {
    const id = eventIdFrom(readPath(eventData, key), key, problems);
    if (id !== undefined) return id;
  }
  return undefined;
}
