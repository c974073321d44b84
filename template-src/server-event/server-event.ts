/**
 * The server-event stage: the event's own fields (everything but
 * event_name, user_data and custom_data), in the order Meta's docs list
 * them. Each comes from the server data table, then the event (unless
 * auto-mapping is off), then the tag's fields. A time older than Meta
 * accepts, or one that cannot be read, stops the run.
 */
import { eventValue, memberOf } from '../lib/event-data';
import { isBlank, isObject } from '../lib/types';
import type { StageResult, TagContext } from '../context';
import { resolveActionSource, resolveMessagingChannel, type Given } from './action-source';
import { buildAppData } from './app-data';
import { attributionDataFrom } from './attribution-data';
import { resolveEventId } from './event-id';
import { resolveEventTime } from './event-time';
import { applyLdu } from './ldu';
import { httpUrlFrom, optOutFrom, originalEventDataFrom, restrictedUrl } from './passthrough';
import { serverDataTable, tableKey } from './server-data';
import { ORIGINAL_EVENT_DATA_KEYS } from '../meta/compact';

export function serverEventStage(ctx: TagContext): StageResult {
  const reader = ctx.eventData;
  const problems = ctx.problems;
  const event = ctx.event;
  const fields = ctx.fields;
  const table = serverDataTable(fields.serverDataList, problems);
  ctx.serverData = table;
  const autoMap = fields.autoMapServerData !== false;
  /** The table's value for `name`, else (auto-mapping on) the event's `key`; with the key to name in problems. */
  const given = (name: string, key: string): Given =>
    table[name] !== undefined
      ? { value: table[name], key: tableKey(name) }
      : { value: autoMap ? eventValue(reader, key) : undefined, key: key };

  let source = resolveActionSource(given('action_source', 'action_source'), fields, problems);
  if (source === 'crm') {
    // Meta's CRM integration: system_generated, with event_source and lead_event_source in custom_data.
    source = 'system_generated';
    const lead = fields.leadEventSource;
    ctx.crmLeadSource = typeof lead === 'string' ? lead.trim() : '';
  }
  const channel =
    source === 'business_messaging'
      ? resolveMessagingChannel(given('messaging_channel', 'messaging_channel'), fields, problems)
      : undefined;
  const time = given('event_time', 'event_time');
  const eventTime = resolveEventTime(time.value, ctx.now, source, time.key, problems);
  if (eventTime.drop !== undefined) {
    return { ok: false, stage: 'event', reason: eventTime.drop };
  }

  event.event_time = eventTime.time;
  event.action_source = source;
  if (channel !== undefined) event.messaging_channel = channel;
  const eventId = resolveEventId(reader, fields.eventIdOverride, problems);
  if (eventId !== undefined) event.event_id = eventId;
  // A business messaging event has no page (Meta's business messaging events).
  if (source !== 'business_messaging') {
    const page = given('event_source_url', 'page_location');
    const url = httpUrlFrom(page.value, page.key, problems);
    if (url !== undefined) event.event_source_url = withheldUrl(ctx, url, 'event_source_url');
    const referrer = given('referrer_url', 'page_referrer');
    const referrerUrl = httpUrlFrom(referrer.value, referrer.key, problems);
    if (referrerUrl !== undefined) {
      event.referrer_url = withheldUrl(ctx, referrerUrl, 'referrer_url');
    }
  }
  const optOut = given('opt_out', 'opt_out');
  const optOutValue = optOutFrom(optOut.value, optOut.key, problems);
  if (optOutValue !== undefined) event.opt_out = optOutValue;
  // Sent without customer information by consent: for attribution only (Meta's opt_out).
  if (ctx.consentOutcome === 'anonymous') event.opt_out = true;
  if (source === 'app') event.app_data = buildAppData(reader, fields, autoMap, problems);
  const original = originalEventDataFrom(originalGiven(ctx, autoMap), problems);
  if (original !== undefined) event.original_event_data = original;
  if (event.event_name === 'AppendAttribution' && autoMap) {
    const attribution = attributionDataFrom(eventValue(reader, 'attribution_data'), problems);
    if (attribution !== undefined) event.attribution_data = attribution;
  }
  applyLdu(event, reader, fields, ctx.consentOutcome === 'ldu', problems);
  return undefined;
}

/** The URL restricted-data mode lets through, noting what it withheld. */
function withheldUrl(ctx: TagContext, url: string, key: string): string {
  if (ctx.fields.restrictedData !== true) return url;
  const originOnly = ctx.fields.restrictedUrl === 'origin';
  const kept = restrictedUrl(url, originOnly);
  if (kept === undefined) return url;
  ctx.withheld.push(key + (originOnly ? ' path and query string' : ' query string'));
  return kept;
}

/** The event's original_event_data with the table's `original_event_data.<key>` rows over it. */
function originalGiven(ctx: TagContext, autoMap: boolean): unknown {
  const fromEvent = autoMap ? eventValue(ctx.eventData, 'original_event_data') : undefined;
  const rows = ctx.serverData.original_event_data;
  if (rows === undefined) return fromEvent;
  const merged: { [key: string]: unknown } = {};
  if (isObject(fromEvent)) {
    for (const key of ORIGINAL_EVENT_DATA_KEYS.split(', ')) {
      if (!isBlank(memberOf(fromEvent, key))) merged[key] = fromEvent[key];
    }
  }
  for (const key of ORIGINAL_EVENT_DATA_KEYS.split(', ')) {
    if (rows[key] !== undefined) merged[key] = rows[key];
  }
  return merged;
}
