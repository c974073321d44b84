/**
 * The server-event stage: the event's own fields (everything but
 * event_name, user_data and custom_data), in the order Meta's docs list
 * them. A time older than Meta accepts stops the run.
 */
import { eventValue } from '../lib/event-data';
import type { StageResult, TagContext } from '../context';
import { resolveActionSource, resolveMessagingChannel } from './action-source';
import { resolveEventTime } from './event-time';
import { applyLdu } from './ldu';
import {
  appDataFrom,
  httpUrlFrom,
  optOutFrom,
  originalEventDataFrom,
  resolveEventId,
} from './passthrough';

export function serverEventStage(ctx: TagContext): StageResult {
  const reader = ctx.eventData;
  const problems = ctx.problems;
  const event = ctx.event;
  const source = resolveActionSource(reader, ctx.fields, problems);
  const channel =
    source === 'business_messaging'
      ? resolveMessagingChannel(reader, ctx.fields, problems)
      : undefined;
  const time = resolveEventTime(eventValue(reader, 'event_time'), ctx.now, source, problems);
  if (time.drop !== undefined) return { ok: false, stage: 'event', reason: time.drop, named: true };

  event.event_time = time.time;
  event.action_source = source;
  if (channel !== undefined) event.messaging_channel = channel;
  const eventId = resolveEventId(reader, ctx.fields.eventIdOverride, problems);
  if (eventId !== undefined) event.event_id = eventId;
  // A business messaging event has no page (Meta's business messaging events).
  if (source !== 'business_messaging') {
    const url = httpUrlFrom(reader, 'page_location', problems);
    if (url !== undefined) event.event_source_url = url;
    const referrer = httpUrlFrom(reader, 'page_referrer', problems);
    if (referrer !== undefined) event.referrer_url = referrer;
  }
  const optOut = optOutFrom(eventValue(reader, 'opt_out'), problems);
  if (optOut !== undefined) event.opt_out = optOut;
  if (source === 'app') {
    const appData = appDataFrom(eventValue(reader, 'app_data'), problems);
    if (appData !== undefined) event.app_data = appData;
  }
  const original = originalEventDataFrom(eventValue(reader, 'original_event_data'), problems);
  if (original !== undefined) event.original_event_data = original;
  applyLdu(event, reader, ctx.fields, problems);
  return undefined;
}
