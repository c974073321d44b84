/**
 * The server-event stage: the event's own fields (everything but
 * event_name, user_data and custom_data), in the order Meta's docs list
 * them. Each comes from the server data table, then the event (unless
 * auto-mapping is off), then the tag's fields. A time older than Meta
 * accepts, or one that cannot be read, stops the run.
 */
import { eventValue } from '../lib/event-data';
import type { StageResult, TagContext } from '../context';
import { fieldActionSource, fieldMessagingChannel, pick } from './action-source';
import { buildAppData } from './app-data';
import { attributionDataFrom } from './attribution-data';
import { resolveEventId } from './event-id';
import { resolveEventTime, toUnixSeconds } from './event-time';
import { applyLdu } from './ldu';
import { httpUrlFrom, optOutFrom, originalEventDataFrom, restrictedUrl } from './passthrough';
import { serverDataTable, tableKey } from './server-data';
import { ACTION_SOURCES, MESSAGING_CHANNELS } from '../meta/compact';
import { report } from '../lib/problems';

export function serverEventStage(ctx: TagContext): StageResult {
  const reader = ctx.eventData;
  const problems = ctx.problems;
  const event = ctx.event;
  const fields = ctx.fields;
  const table = serverDataTable(fields.serverDataList, problems);
  ctx.serverData = table;
  const autoMap = fields.autoMapServerData !== false;
  /**
   * The table's value for `name`, checked by `use`; when the table has none
   * or only an unusable one, the event's `key` (auto-mapping on).
   */
  const given = <T>(
    name: string,
    key: string,
    use: (value: unknown, key: string) => T | undefined,
  ): T | undefined => {
    const fromTable = table[name] === undefined ? undefined : use(table[name], tableKey(name));
    return fromTable !== undefined || !autoMap ? fromTable : use(eventValue(reader, key), key);
  };

  let source =
    given('action_source', 'action_source', (value, key) =>
      pick(value, key, ACTION_SOURCES, problems),
    ) || fieldActionSource(fields, problems);
  if (source === 'crm') {
    // Meta's CRM integration: system_generated, with event_source and lead_event_source in custom_data.
    source = 'system_generated';
    const lead = fields.leadEventSource;
    ctx.crmLeadSource = typeof lead === 'string' ? lead.trim() : '';
  }
  const channel =
    source === 'business_messaging'
      ? given('messaging_channel', 'messaging_channel', (value, key) =>
          pick(value, key, MESSAGING_CHANNELS, problems),
        ) || fieldMessagingChannel(fields, problems)
      : undefined;
  // An unreadable time in the table is ignored (reported); one in the event stops it.
  const rawTime = given('event_time', 'event_time', (value, key) => {
    if (key === 'event_time' || toUnixSeconds(value) !== undefined)
      return { value: value, key: key };
    report(problems, key, 'not a time (Unix seconds or milliseconds, or ISO-8601); ignored');
    return undefined;
  });
  const eventTime = resolveEventTime(
    rawTime === undefined ? undefined : rawTime.value,
    ctx.now,
    source,
    rawTime === undefined ? 'event_time' : rawTime.key,
    problems,
  );
  if (eventTime.drop !== undefined) {
    return { ok: false, stage: 'event', reason: eventTime.drop };
  }

  event.event_time = eventTime.time;
  event.action_source = source;
  if (channel !== undefined) event.messaging_channel = channel;
  const eventId = resolveEventId(reader, fields.eventIdOverride, problems);
  if (eventId !== undefined) event.event_id = eventId;
  // A business messaging event has no page (Meta's business messaging events).
  if (source === 'business_messaging') {
    for (const name of ['event_source_url', 'referrer_url']) {
      if (table[name] !== undefined) {
        report(problems, tableKey(name), 'not sent with business_messaging events; ignored');
      }
    }
  } else {
    const url = given('event_source_url', 'page_location', (value, key) =>
      httpUrlFrom(value, key, problems),
    );
    if (url !== undefined) event.event_source_url = withheldUrl(ctx, url, 'event_source_url');
    const referrer = given('referrer_url', 'page_referrer', (value, key) =>
      httpUrlFrom(value, key, problems),
    );
    if (referrer !== undefined) event.referrer_url = withheldUrl(ctx, referrer, 'referrer_url');
  }
  const optOut = given('opt_out', 'opt_out', (value, key) => optOutFrom(value, key, problems));
  if (optOut !== undefined) event.opt_out = optOut;
  // Sent without customer information by consent: for attribution only (Meta's opt_out).
  if (ctx.consentOutcome === 'anonymous') event.opt_out = true;
  if (source === 'app') event.app_data = buildAppData(reader, fields, autoMap, problems);
  const original = originalEventDataFrom(
    table.original_event_data,
    autoMap ? eventValue(reader, 'original_event_data') : undefined,
    problems,
  );
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
