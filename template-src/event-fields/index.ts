/**
 * The server event's own fields (everything but event_name, user_data and
 * custom_data): event_time, event_id, action_source, URLs, opt_out, app
 * and original event data, and Limited Data Use. Either the fields, or the
 * reason the event must not be sent.
 */
import { LDU_EVENT_KEYS, resolveLdu, type LduFields, type LduOutput } from '../consent/ldu';
import type { Problem } from '../problem';
import { resolveActionSource, type ActionSourceFields } from './action-source';
import { EVENT_ID_KEYS, resolveEventId } from './event-id';
import { resolveEventTime } from './event-time';
import { appDataFrom, optOutFrom, originalEventDataFrom } from './passthrough';
import { readPath } from './read';
import { httpUrlFrom } from './urls';

export interface EventFieldsInput extends ActionSourceFields, LduFields {
  /** The Event ID field (usually a variable); wins over the event's event_id. */
  eventIdOverride?: unknown;
}

export interface ServerEventFields extends LduOutput {
  event_time: number;
  action_source: string;
  event_id?: string;
  messaging_channel?: string;
  event_source_url?: string;
  referrer_url?: string;
  opt_out?: boolean;
  app_data?: { [key: string]: any };
  original_event_data?: { [key: string]: string | number };
}

export type EventFieldsResult =
  { fields: ServerEventFields; drop?: undefined } | { drop: string; fields?: undefined };

/** Every event-data key buildEventFields reads. */
export const EVENT_FIELDS_EVENT_KEYS = [
  'event_time',
  'action_source',
  'messaging_channel',
  'page_location',
  'page_referrer',
  'opt_out',
  'app_data',
  'original_event_data',
]
  .concat(EVENT_ID_KEYS)
  .concat(LDU_EVENT_KEYS);

export function buildEventFields(
  eventData: { [key: string]: any },
  fields: EventFieldsInput,
  nowMs: number,
  problems: Problem[],
): EventFieldsResult {
  const source = resolveActionSource(eventData, fields, problems);
  const time = resolveEventTime(
    readPath(eventData, 'event_time'),
    nowMs,
    source.action_source,
    problems,
  );
  if (time.drop !== undefined) return { drop: time.drop };

  const result: ServerEventFields = { event_time: time.time, action_source: source.action_source };
  if (source.messaging_channel !== undefined) result.messaging_channel = source.messaging_channel;
  const eventId = resolveEventId(eventData, fields.eventIdOverride, problems);
  if (eventId !== undefined) result.event_id = eventId;
  const url = httpUrlFrom(eventData, 'page_location', problems);
  if (url !== undefined) result.event_source_url = url;
  const referrer = httpUrlFrom(eventData, 'page_referrer', problems);
  if (referrer !== undefined) result.referrer_url = referrer;
  const optOut = optOutFrom(eventData, problems);
  if (optOut !== undefined) result.opt_out = optOut;
  if (source.action_source === 'app') {
    const appData = appDataFrom(eventData, problems);
    if (appData !== undefined) result.app_data = appData;
  }
  const original = originalEventDataFrom(eventData, problems);
  if (original !== undefined) result.original_event_data = original;

  const ldu = resolveLdu(eventData, fields, problems);
  if (ldu.data_processing_options !== undefined) {
    result.data_processing_options = ldu.data_processing_options;
  }
  if (ldu.data_processing_options_country !== undefined) {
    result.data_processing_options_country = ldu.data_processing_options_country;
    result.data_processing_options_state = ldu.data_processing_options_state;
  }
  return { fields: result };
}
