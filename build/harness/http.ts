/**
 * sendHttpRequest and sendHttpGet against a scriptable responder. Nothing
 * reaches the network: each call is recorded and answered from the script
 * (status, headers, body, delay, timeout, network failure, or a sequence
 * for repeated calls), at a time on the run's virtual clock.
 *
 * GTM semantics: the form is chosen by whether the 2nd argument is a
 * function. The promise form resolves {statusCode, headers, body} for any
 * HTTP status and rejects {reason: 'timed_out'} or {reason: 'failed'}; the
 * callback form gets statusCode -1 on a timeout and 0 on a network failure.
 * The default timeout is 15 s.
 */
import { globMatches } from './permissions';
import { SandboxPromise, type PromiseTracker } from './promise';
import type { Scheduler } from './scheduler';

export const DEFAULT_HTTP_TIMEOUT_MS = 15_000;

export interface ScriptedResponse {
  /** Default 200. */
  status?: number;
  headers?: Record<string, string>;
  /** A non-string body is sent as its JSON. */
  body?: unknown;
  /** The request times out (after the request's own timeout). */
  timeout?: boolean;
  /** The connection fails. */
  networkError?: boolean;
  /** Virtual milliseconds until the answer; default 0. Longer than the request's timeout means a timeout. */
  delayMs?: number;
}

export interface ResponseRule extends ScriptedResponse {
  /** A glob with `*`, or else a prefix of the URL. Absent: any URL. */
  url?: string;
  /** Absent: any method. */
  method?: string;
  /** Answers for the 1st, 2nd, ... matching call; the last one repeats. */
  sequence?: ScriptedResponse[];
  /** Use this rule for at most this many calls. */
  times?: number;
}

export type HttpResponder =
  ResponseRule[] | ((request: HttpRequestRecord) => ScriptedResponse | undefined);

/**
 * What happens to a call no rule answers: `default` answers with the
 * default response, `fail` fails the run (an error naming the request),
 * `pending` leaves it unanswered for ever (as a request in flight when a
 * Tests-tab scenario ends).
 */
export type UnmatchedHttp = 'default' | 'fail' | 'pending';

export const DEFAULT_RESPONSE: ScriptedResponse = {
  status: 200,
  headers: { 'content-type': 'application/json' },
  body: '{"events_received":1}',
};

export type HttpOutcome =
  | { kind: 'response'; statusCode: number; headers: Record<string, string>; body: string }
  | { kind: 'timeout' }
  | { kind: 'failed' }
  | { kind: 'pending' };

export interface HttpRequestRecord {
  api: 'sendHttpRequest' | 'sendHttpGet';
  form: 'promise' | 'callback';
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | undefined;
  timeoutMs: number;
  authorization?: unknown;
  /** Virtual time of the call. */
  sentAt: number;
  /** Set when the answer is delivered; `pending` until then. */
  outcome: HttpOutcome;
  /** True when no rule answered it. */
  unmatched: boolean;
}

export class UnscriptedHttpError extends Error {}

interface RuleState {
  rule: ResponseRule;
  used: number;
}

export class HttpResponderState {
  private readonly rules: RuleState[];

  constructor(
    private readonly responder: HttpResponder | undefined,
    readonly unmatched: UnmatchedHttp,
    readonly defaultResponse: ScriptedResponse = DEFAULT_RESPONSE,
  ) {
    this.rules = Array.isArray(responder) ? responder.map((rule) => ({ rule, used: 0 })) : [];
  }

  answer(request: HttpRequestRecord): ScriptedResponse | undefined {
    if (typeof this.responder === 'function') return this.responder(request);
    for (const state of this.rules) {
      const { rule } = state;
      if (rule.times !== undefined && state.used >= rule.times) continue;
      if (rule.method && rule.method.toUpperCase() !== request.method) continue;
      if (rule.url && !urlMatches(rule.url, request.url)) continue;
      const seq = rule.sequence;
      state.used++;
      if (seq && seq.length > 0) return seq[Math.min(state.used - 1, seq.length - 1)];
      return rule;
    }
    return undefined;
  }
}

function urlMatches(pattern: string, url: string): boolean {
  return pattern.includes('*') ? globMatches(pattern, url) : url.startsWith(pattern);
}

function bodyText(body: unknown): string {
  if (body === undefined || body === null) return '';
  return typeof body === 'string' ? body : JSON.stringify(body);
}

function plainHeaders(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) out[k] = String(v);
  }
  return out;
}

export interface HttpContext {
  scheduler: Scheduler;
  tracker: PromiseTracker;
  responder: HttpResponderState;
  requests: HttpRequestRecord[];
}

/** Records the call and schedules its answer; `deliver` hands the outcome to the template. */
function dispatch(
  ctx: HttpContext,
  record: HttpRequestRecord,
  deliver: (outcome: Exclude<HttpOutcome, { kind: 'pending' }>) => void,
): void {
  ctx.requests.push(record);
  let script = ctx.responder.answer(record);
  if (script === undefined) {
    record.unmatched = true;
    if (ctx.responder.unmatched === 'pending') return;
    if (ctx.responder.unmatched === 'fail') {
      throw new UnscriptedHttpError(
        `${record.api}: no scripted response for ${record.method} ${record.url} ` +
          '(script one with `responses`; the harness never uses the network)',
      );
    }
    script = ctx.responder.defaultResponse;
  }
  const delay = script.delayMs ?? 0;
  const timesOut = script.timeout === true || delay > record.timeoutMs;
  const outcome: Exclude<HttpOutcome, { kind: 'pending' }> = timesOut
    ? { kind: 'timeout' }
    : script.networkError
      ? { kind: 'failed' }
      : {
          kind: 'response',
          statusCode: script.status ?? 200,
          headers: plainHeaders(script.headers),
          body: bodyText(script.body),
        };
  ctx.scheduler.setTimer(timesOut ? record.timeoutMs : delay, () => {
    record.outcome = outcome;
    deliver(outcome);
  });
}

function deliverToCallback(callback: (...args: unknown[]) => unknown) {
  return (outcome: Exclude<HttpOutcome, { kind: 'pending' }>) => {
    if (outcome.kind === 'response') {
      callback(outcome.statusCode, { ...outcome.headers }, outcome.body);
    } else {
      callback(outcome.kind === 'timeout' ? -1 : 0, undefined, undefined);
    }
  };
}

function promiseFor(ctx: HttpContext, record: HttpRequestRecord): SandboxPromise {
  return SandboxPromise.settle(ctx.scheduler, ctx.tracker, (resolve, reject) => {
    dispatch(ctx, record, (outcome) => {
      if (outcome.kind === 'response') {
        resolve({
          statusCode: outcome.statusCode,
          headers: { ...outcome.headers },
          body: outcome.body,
        });
      } else {
        reject({ reason: outcome.kind === 'timeout' ? 'timed_out' : 'failed' });
      }
    });
  });
}

function makeRecord(
  ctx: HttpContext,
  api: HttpRequestRecord['api'],
  form: HttpRequestRecord['form'],
  url: unknown,
  options: unknown,
  body: unknown,
): HttpRequestRecord {
  const opts = (options && typeof options === 'object' ? options : {}) as Record<string, unknown>;
  const timeout = Number(opts.timeout);
  return {
    api,
    form,
    url: String(url),
    method: api === 'sendHttpGet' ? 'GET' : String(opts.method ?? 'GET').toUpperCase(),
    headers: plainHeaders(opts.headers),
    body: body === undefined || body === null ? undefined : String(body),
    timeoutMs: Number.isFinite(timeout) && timeout > 0 ? timeout : DEFAULT_HTTP_TIMEOUT_MS,
    ...(opts.authorization !== undefined ? { authorization: opts.authorization } : {}),
    sentAt: ctx.scheduler.now(),
    outcome: { kind: 'pending' },
    unmatched: false,
  };
}

export function createSendHttpRequest(ctx: HttpContext) {
  return (url: unknown, second?: unknown, third?: unknown, fourth?: unknown): unknown => {
    if (typeof second === 'function') {
      const record = makeRecord(ctx, 'sendHttpRequest', 'callback', url, third, fourth);
      dispatch(ctx, record, deliverToCallback(second as (...args: unknown[]) => unknown));
      return undefined;
    }
    return promiseFor(ctx, makeRecord(ctx, 'sendHttpRequest', 'promise', url, second, third));
  };
}

export function createSendHttpGet(ctx: HttpContext) {
  return (url: unknown, second?: unknown, third?: unknown): unknown => {
    if (typeof second === 'function') {
      const record = makeRecord(ctx, 'sendHttpGet', 'callback', url, third, undefined);
      dispatch(ctx, record, deliverToCallback(second as (...args: unknown[]) => unknown));
      return undefined;
    }
    return promiseFor(ctx, makeRecord(ctx, 'sendHttpGet', 'promise', url, second, undefined));
  };
}
