/**
 * event_id, the deduplication key shared with the browser Pixel's eventID
 * (reference/meta-capi.md §7.1). The tag's Event ID field (usually a
 * variable) wins, then the event's `event_id`, then Meta's
 * `x-fb-event_id`. Never the order number as it is: the Pixel rarely uses
 * it as its eventID, and a wrong event_id breaks deduplication silently.
 *
 * An event without one gets a stable ID derived before the first attempt,
 * so that a resent copy of an event Meta already received is
 * de-duplicated: from the event name and order_id, else from the GA
 * client_id, the name and event_time. The derivation is logged.
 */
import { makeString, sha256Sync } from '../sandbox/apis';
import { eventValue, type EventReader } from '../lib/event-data';
import { looksPersonal, PERSONAL_REASON } from '../lib/personal-data';
import { report, type Problem } from '../lib/problems';
import { textOf } from '../lib/text';
import { isFiniteNumber } from '../lib/types';
import type { StageResult, TagContext } from '../context';

/** Hex digits of the derived ID: 128 bits, as many as a UUID. */
const DERIVED_LENGTH = 32;

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

/** Runs once custom_data (and so order_id) is known. */
export function derivedEventIdStage(ctx: TagContext): StageResult {
  const event = ctx.event;
  if (event.event_id !== undefined) return undefined;
  const orderId = event.custom_data === undefined ? undefined : event.custom_data.order_id;
  const clientId = textOf(eventValue(ctx.eventData, 'client_id'));
  let seed: string;
  let basis: string;
  if (orderId !== undefined) {
    seed = event.event_name + '|' + orderId;
    basis = 'the event name and order_id';
  } else if (clientId !== undefined && clientId !== '') {
    seed = clientId + '|' + event.event_name + '|' + event.event_time;
    basis = 'client_id, the event name and event_time';
  } else {
    report(ctx.problems, 'event_id', 'none given, and no order_id or client_id to derive one from');
    return undefined;
  }
  event.event_id = sha256Sync(seed, { outputEncoding: 'hex' }).substring(0, DERIVED_LENGTH);
  report(
    ctx.problems,
    'event_id',
    'none given; derived from ' +
      basis +
      ' so that a resent copy is de-duplicated. If the Pixel sends this event too, set the Event ID field to its eventID',
  );
  return undefined;
}
