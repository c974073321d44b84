/**
 * The tag's entry point: GTM runs the compiled body of this module once per
 * event. It runs the stages in order, each on the one TagContext, and ends
 * in exactly one of data.gtmOnSuccess() / data.gtmOnFailure():
 * - success: sent and accepted; or deliberately not sent (consent denied,
 *   event name blocked by governance);
 * - failure: bad tag configuration, an event Meta would reject (no usable
 *   event name, older than 7 days, no customer information), or delivery
 *   failed.
 * Every way out logs the run's problems.
 */
import type { StageStop, TagContext, TagFields } from './context';
import { orderedEvent } from './delivery/request';
import { deliver } from './delivery/send';
import { eventValue } from './lib/event-data';
import { isPlainName } from './lib/personal-data';
import { createLogger } from './log/logger';
import { rawIdentifiers } from './log/sensitive';
import { getCookieValues, getEventData, getTimestampMillis, setCookie } from './sandbox/apis';
import { newContext, STAGES } from './stages';

/**
 * The event's name and ID for a not_sent line, so that it can be matched
 * to the event in server logs: as resolved when the run got that far,
 * else as the event gives them when they are plain names (a log line
 * never quotes other event values).
 */
function plainEventValue(ctx: TagContext, resolved: string | undefined, keys: string): unknown {
  if (resolved !== undefined) return resolved;
  for (const key of keys.split(',')) {
    const raw = eventValue(ctx.eventData, key);
    if (typeof raw === 'string' && isPlainName(raw)) return raw;
  }
  return undefined;
}

/** What restricted-data mode withheld and which pixel rows skip the event, when any. */
function logNotes(ctx: TagContext): void {
  if (ctx.withheld.length > 0) {
    ctx.log.write('withheld', {
      event_name: ctx.event.event_name,
      reason: 'restricted-data mode',
      withheld: ctx.withheld,
    });
  }
  if (ctx.skippedPixels.length > 0) {
    ctx.log.write('pixels_skipped', {
      event_name: ctx.event.event_name,
      pixels: ctx.skippedPixels,
    });
  }
}

/** The one way out before delivery: log what was found and why, then call back. */
function stop(ctx: TagContext, why: StageStop): void {
  const log = ctx.log;
  if (log.enabled) {
    log.protect(rawIdentifiers(ctx.event.user_data));
    log.problems(why.stage, ctx.problems);
    logNotes(ctx);
    log.write('not_sent', {
      event_name: plainEventValue(ctx, ctx.event.event_name, 'event_name'),
      event_id: plainEventValue(ctx, ctx.event.event_id, 'event_id,x-fb-event_id'),
      reason: why.reason === undefined ? 'the tag configuration has problems' : why.reason,
    });
  }
  if (why.ok) data.gtmOnSuccess();
  else data.gtmOnFailure();
}

function runTag(fields: TagFields): void {
  const ctx = newContext(
    fields,
    getTimestampMillis(),
    { source: getEventData, values: {} },
    createLogger(fields),
    getCookieValues,
  );
  for (const stage of STAGES) {
    const result = stage(ctx);
    if (result !== undefined) {
      stop(ctx, result);
      return;
    }
  }
  if (ctx.log.enabled) ctx.log.protect(rawIdentifiers(ctx.event.user_data));
  ctx.log.problems('event', ctx.problems);
  if (ctx.log.enabled) logNotes(ctx);
  if (ctx.cookiesWritable) {
    for (const c of ctx.cookies) setCookie(c.name, c.value, c.options);
  }
  deliver(
    { event: orderedEvent(ctx.event), eventTestCode: eventValue(ctx.eventData, 'test_event_code') },
    ctx.config,
    ctx.log,
    { onSuccess: data.gtmOnSuccess, onFailure: data.gtmOnFailure },
  );
}

runTag(data as TagFields);
