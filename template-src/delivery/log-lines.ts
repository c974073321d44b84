/**
 * The delivery's log entries: what a user needs to see in Preview to fix a
 * setup (pixel, attempt, status, Meta's error code, subcode, message and
 * fbtrace_id, the match keys sent), and nothing that could leak: no body,
 * no token, no raw identifier. The logger redacts the finished line again.
 */
import type { LogEntry } from '../log/logger';
import type { GraphRequest } from './request';
import { fixHint } from './error-hints';
import type { Outcome } from './response';

export interface EventSummary {
  eventName: string | undefined;
  eventId: string | undefined;
  matchKeys: string[];
}

export interface PixelResult {
  pixelId: string;
  ok: boolean;
  reason: string;
  attempts: number;
}

export function requestEntry(
  summary: EventSummary,
  request: GraphRequest,
  attempt: number,
  maxAttempts: number,
): LogEntry {
  return {
    event_name: summary.eventName,
    event_id: summary.eventId,
    pixel: request.pixelId,
    attempt: attempt,
    max_attempts: maxAttempts,
    url: request.url,
    timeout_ms: request.options.timeout,
    test_event_code: request.testEventCode === '' ? undefined : request.testEventCode,
    match_keys: summary.matchKeys,
  };
}

function errorEntry(outcome: Outcome): LogEntry | undefined {
  const e = outcome.error;
  if (e === undefined) return undefined;
  return {
    code: e.code,
    subcode: e.subcode,
    type: e.type,
    message: e.message,
    user_title: e.userTitle,
    user_msg: e.userMessage,
    is_transient: e.isTransient,
    blame_fields: e.blameFields,
    hint: fixHint(e),
  };
}

export function responseEntry(
  summary: EventSummary,
  request: GraphRequest,
  attempt: number,
  outcome: Outcome,
  elapsedMs: number,
  willRetry: boolean,
): LogEntry {
  return {
    event_name: summary.eventName,
    pixel: request.pixelId,
    attempt: attempt,
    // A retryable failure on the last attempt is a failure.
    outcome: outcome.verdict === 'retry' && !willRetry ? 'failed' : outcome.verdict,
    reason: outcome.reason,
    status: outcome.status,
    events_received: outcome.eventsReceived,
    fbtrace_id: outcome.fbtraceId,
    error: errorEntry(outcome),
    elapsed_ms: elapsedMs,
    will_retry: willRetry,
  };
}

export function resultEntry(
  summary: EventSummary,
  results: PixelResult[],
  optimistic: boolean,
): LogEntry {
  return {
    event_name: summary.eventName,
    ok: results.every((r) => r.ok),
    optimistic: optimistic,
    failed_pixels: results.filter((r) => !r.ok).map((r) => r.pixelId),
    pixels: results.map((r) => ({
      pixel: r.pixelId,
      ok: r.ok,
      reason: r.reason,
      attempts: r.attempts,
    })),
  };
}
