/**
 * Classifies what came back from one attempt: 'ok', 'retry' or 'failed'.
 * Decisions rest on the HTTP status and Meta's `code`, `error_subcode` and
 * `is_transient`, never on message text (Meta localizes it). Bodies are
 * parsed defensively: HTML, empty or odd JSON never breaks the tag.
 */
import { JSON, makeInteger } from '../sandbox/apis';
import { isDigits } from '../lib/text';
import { kindOf } from '../lib/types';

export type Verdict = 'ok' | 'retry' | 'failed';

export interface MetaError {
  code?: number;
  subcode?: number;
  type?: string;
  message?: string;
  userTitle?: string;
  userMessage?: string;
  isTransient?: boolean;
  /** Dotted paths from error_data.blame_field_specs, e.g. 'custom_data.currency'. */
  blameFields?: string[];
}

export interface Outcome {
  verdict: Verdict;
  /** Short machine-readable cause, e.g. 'accepted', 'timeout', 'invalid_token'. */
  reason: string;
  /** Absent when no HTTP response arrived. */
  status?: number;
  eventsReceived?: number;
  fbtraceId?: string;
  error?: MetaError;
}

/**
 * Text kept whole: the logger cuts long values only after redacting them, so
 * a cut here could leave part of an echoed token behind.
 */
function text(value: unknown): string | undefined {
  return kindOf(value) === 'string' ? (value as string) : undefined;
}

function wholeNumber(value: unknown): number | undefined {
  const type = kindOf(value);
  if (type === 'number') return value === value ? (value as number) : undefined;
  if (type === 'string' && isDigits(value as string)) return makeInteger(value);
  return undefined;
}

function blameFields(errorData: unknown): string[] | undefined {
  if (kindOf(errorData) !== 'object') return undefined;
  const specs = (errorData as { [k: string]: unknown }).blame_field_specs;
  if (kindOf(specs) !== 'array') return undefined;
  const paths: string[] = [];
  for (const spec of specs as unknown[]) {
    if (kindOf(spec) !== 'array') continue;
    const parts = (spec as unknown[]).filter((p) => kindOf(p) === 'string') as string[];
    if (parts.length > 0) paths.push(text(parts.join('.')) as string);
  }
  return paths.length > 0 ? paths : undefined;
}

function parseObject(body: unknown): { [key: string]: unknown } | undefined {
  if (kindOf(body) !== 'string') return undefined;
  const parsed = JSON.parse(body as string);
  return kindOf(parsed) === 'object' ? (parsed as { [key: string]: unknown }) : undefined;
}

export function parseMetaError(
  parsed: { [key: string]: unknown } | undefined,
): MetaError | undefined {
  if (parsed === undefined || kindOf(parsed.error) !== 'object') return undefined;
  const e = parsed.error as { [key: string]: unknown };
  return {
    code: wholeNumber(e.code),
    subcode: wholeNumber(e.error_subcode),
    type: text(e.type),
    message: text(e.message),
    userTitle: text(e.error_user_title),
    userMessage: text(e.error_user_msg),
    isTransient: kindOf(e.is_transient) === 'boolean' ? (e.is_transient as boolean) : undefined,
    blameFields: blameFields(e.error_data),
  };
}

function fbtraceOf(parsed: { [key: string]: unknown } | undefined): string | undefined {
  if (parsed === undefined) return undefined;
  const top = text(parsed.fbtrace_id);
  if (top !== undefined) return top;
  const error = parsed.error;
  return kindOf(error) === 'object'
    ? text((error as { [k: string]: unknown }).fbtrace_id)
    : undefined;
}

function errorVerdict(
  status: number,
  error: MetaError | undefined,
): { verdict: Verdict; reason: string } {
  const code = error === undefined ? undefined : error.code;
  // Invalid token and invalid parameter: resending the same request fails the same way.
  if (code === 190) return { verdict: 'failed', reason: 'invalid_token' };
  if (code === 100) return { verdict: 'failed', reason: 'invalid_parameter' };
  if (error !== undefined && error.isTransient === true)
    return { verdict: 'retry', reason: 'transient' };
  // Graph codes Meta documents as rate limits (4, 17, 341, 613) or as temporary (1, 2).
  if (code === 4 || code === 17 || code === 341 || code === 613) {
    return { verdict: 'retry', reason: 'rate_limited' };
  }
  if (code === 1 || code === 2) return { verdict: 'retry', reason: 'temporary_error' };
  // HTTP's own rate-limit status, even without a Graph error code in the body.
  if (status === 429) return { verdict: 'retry', reason: 'rate_limited' };
  if (status >= 500 && status <= 599) return { verdict: 'retry', reason: 'server_error' };
  if (status >= 400 && status <= 499) return { verdict: 'failed', reason: 'client_error' };
  return { verdict: 'failed', reason: 'unexpected_status' };
}

/** The promise form of sendHttpRequest resolved with a response. */
export function classifyResponse(statusCode: unknown, body: unknown): Outcome {
  const status = wholeNumber(statusCode);
  // The callback form's conventions (0 network failure, -1 timeout), in case a runtime mixes them.
  if (status === -1) return { verdict: 'retry', reason: 'timeout' };
  if (status === undefined || status <= 0) return { verdict: 'retry', reason: 'network' };
  const parsed = parseObject(body);
  const error = parseMetaError(parsed);
  const fbtraceId = fbtraceOf(parsed);
  if (status >= 200 && status <= 299 && error === undefined) {
    const received = parsed === undefined ? undefined : wholeNumber(parsed.events_received);
    return {
      verdict: received === 0 ? 'failed' : 'ok',
      reason: received === 0 ? 'not_received' : 'accepted',
      status: status,
      eventsReceived: received,
      fbtraceId: fbtraceId,
    };
  }
  const decision = errorVerdict(status, error);
  return {
    verdict: decision.verdict,
    reason: decision.reason,
    status: status,
    fbtraceId: fbtraceId,
    error: error,
  };
}

/** The promise form rejected: `{reason: 'timed_out'}` or `{reason: 'failed'}`; anything else is a failure too. */
export function classifyRejection(rejection: unknown): Outcome {
  const reason =
    kindOf(rejection) === 'object' ? (rejection as { [k: string]: unknown }).reason : undefined;
  return { verdict: 'retry', reason: reason === 'timed_out' ? 'timeout' : 'network' };
}
