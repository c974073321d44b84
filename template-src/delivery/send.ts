/**
 * Sends one finished server event to every configured pixel, in parallel,
 * with bounded retries, and reports the outcome exactly once:
 * onSuccess when every pixel accepted the event, onFailure otherwise
 * (including a rejected promise or a body that cannot be built). In
 * optimistic mode onSuccess comes first and delivery carries on; failures
 * then appear only in the log.
 *
 * The sandbox has no timers, so a retry goes out as soon as the previous
 * attempt settles; the total time is bounded by (retries + 1) × timeout.
 */
import type { Logger } from '../log/logger';
import { matchKeySummary } from '../log/match-keys';
import { rawIdentifiers } from '../log/sensitive';
import type { DeliveryConfig } from '../context';
import { sandboxDeliveryIo, type DeliveryIo } from './io';
import {
  requestEntry,
  responseEntry,
  resultEntry,
  type EventSummary,
  type PixelResult,
} from './log-lines';
import { buildRequest, type GraphRequest } from './request';
import { classifyRejection, classifyResponse, type Outcome } from './response';

export interface Outgoing {
  /** The finished server event, sent as `data[0]`. */
  event: { [key: string]: unknown };
  /** The `test_event_code` key of the event data, if any. */
  eventTestCode?: unknown;
}

export interface Completion {
  onSuccess: () => void;
  onFailure: () => void;
}

interface Context {
  config: DeliveryConfig;
  log: Logger;
  io: DeliveryIo;
  summary: EventSummary;
}

function once(done: Completion): (ok: boolean) => void {
  let called = false;
  return (ok: boolean) => {
    if (called) return;
    called = true;
    if (ok) done.onSuccess();
    else done.onFailure();
  };
}

function textOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/**
 * Only a missing promise is treated as a failed attempt: checking the shape
 * of a sandbox promise more closely would risk ignoring real ones.
 */
function isMissing(value: unknown): boolean {
  return value === undefined || value === null;
}

function outcomeOfResponse(response: unknown): Outcome {
  if (typeof response !== 'object' || response === null) return classifyRejection(response);
  const r = response as { statusCode?: unknown; body?: unknown };
  return classifyResponse(r.statusCode, r.body);
}

/**
 * Each attempt's request starts inside a promise callback, so that whatever
 * it does, even throwing on a retry, the pixel's result still comes.
 */
function sendToPixel(request: GraphRequest, ctx: Context): SandboxPromise<PixelResult> {
  const maxAttempts = ctx.config.retries + 1;
  return ctx.io.createPromise((resolve: (result: PixelResult) => void) => {
    const attempt = (n: number): void => {
      if (ctx.log.enabled)
        ctx.log.write('request', requestEntry(ctx.summary, request, n, maxAttempts));
      const started = ctx.log.enabled ? ctx.io.now() : 0;
      const settle = (outcome: Outcome): void => {
        const willRetry = outcome.verdict === 'retry' && n < maxAttempts;
        if (ctx.log.enabled) {
          const elapsed = ctx.io.now() - started;
          ctx.log.write(
            'response',
            responseEntry(ctx.summary, request, n, outcome, elapsed, willRetry),
          );
        }
        if (willRetry) {
          attempt(n + 1);
          return;
        }
        resolve({
          pixelId: request.pixelId,
          ok: outcome.verdict === 'ok',
          reason: outcome.reason,
          attempts: n,
        });
      };
      // The request starts inside a `then` callback, where a throw becomes a
      // rejection (as in JavaScript's promises); GTM documents nothing about
      // a throw inside Promise.create's resolver, so nothing may throw there.
      ctx.io
        .createPromise((go: (value: unknown) => void) => go(undefined))
        .then(() => {
          const pending = ctx.io.sendHttpRequest(request.url, request.options, request.body);
          return isMissing(pending)
            ? ctx.io.createPromise(
                (_answered: (value: unknown) => void, failed: (reason: unknown) => void) =>
                  failed(undefined),
              )
            : pending;
        })
        .then(
          (response: unknown) => settle(outcomeOfResponse(response)),
          (rejection: unknown) => settle(classifyRejection(rejection)),
        );
    };
    attempt(1);
  });
}

/** Only when a line will be written: the checked tokens and proofs, and the event's raw identifiers. */
function protectSecrets(
  config: DeliveryConfig,
  log: Logger,
  event: { [key: string]: unknown },
): void {
  const secrets: string[] = [];
  for (const pixel of config.pixels) {
    secrets.push(pixel.accessToken);
    if (pixel.appSecretProof !== '') secrets.push(pixel.appSecretProof);
  }
  log.protect(secrets);
  log.protect(rawIdentifiers(event.user_data as { [key: string]: unknown }));
}

/**
 * The delivery entry: call once the server event is built and the config
 * validated (readDeliveryConfig). `io` defaults to the sandbox's APIs.
 */
export function deliver(
  outgoing: Outgoing,
  config: DeliveryConfig,
  log: Logger,
  done: Completion,
  io?: DeliveryIo,
): void {
  const finish = once(done);
  const event = outgoing.event;
  if (log.enabled) protectSecrets(config, log, event);
  const summary: EventSummary = {
    eventName: textOrUndefined(event.event_name),
    eventId: textOrUndefined(event.event_id),
    matchKeys: log.enabled ? matchKeySummary(event.user_data) : [],
  };
  const requests: GraphRequest[] = [];
  for (const pixel of config.pixels) {
    const request = buildRequest(event, outgoing.eventTestCode, pixel, config);
    if (typeof request === 'string') {
      log.problems('request', [{ key: 'event', reason: request + '; not sent' }]);
      finish(false);
      return;
    }
    requests.push(request);
  }
  if (requests.length === 0) {
    log.problems('request', [{ key: 'pixels', reason: 'no pixel to send to' }]);
    finish(false);
    return;
  }
  if (config.optimistic) finish(true);
  const ctx: Context = { config: config, log: log, io: io || sandboxDeliveryIo, summary: summary };
  ctx.io.allPromises(requests.map((request) => sendToPixel(request, ctx))).then(
    (results: PixelResult[]) => {
      if (log.enabled) log.write('result', resultEntry(summary, results, config.optimistic));
      let ok = true;
      for (const result of results) ok = ok && result.ok;
      finish(ok);
    },
    () => {
      log.write('result', { event_name: summary.eventName, ok: false, reason: 'delivery_error' });
      finish(false);
    },
  );
}
