/**
 * Spec check of the Graph API requests a run sent (reference/meta-capi.md
 * §1.2, §8.1, §10). The envelope is checked here; each event goes through
 * the suite's own validateServerEvent (./meta-event-spec.ts), plus the §10
 * rules that validator reports without enforcing.
 *
 * Two tiers:
 * - violations: what Meta rejects, or what the spec forbids and the tag
 *   promises to prevent (the validator would drop or change a value,
 *   a future event_time, a token in a URL or a log, ...);
 * - warnings: requirements Meta documents but does not enforce when the
 *   event arrives, and that the tag cannot meet from data it never got
 *   (a website event without user agent, a Purchase without value, ...).
 *   The tag sends such events and logs why.
 */
import { isDeepStrictEqual } from 'node:util';
import type { HttpRequestRecord, LogRecord } from '../../build/harness';
import { CUSTOM_EVENT_NAME_MAX } from '../../template-src/meta/limits';
import { STANDARD_EVENTS } from '../../template-src/meta/spec';
import { FUTURE_SKEW_SECONDS, validateServerEvent, type Problem } from './meta-event-spec';
import { parseJsonOrUndefined } from './json';

/** §10.1: the events edge of a pixel, any Graph version. */
const EVENTS_URL = /^https:\/\/graph\.facebook\.com\/v\d+\.0\/\d+\/events(\?.*)?$/;
const MAX_EVENTS = 1000;
/** §8.1: fewer than 23 characters, at least two letters. */
const PARTNER_AGENT_MAX = 22;
/**
 * Meta documents no byte limit for /events; one event has no reason to come
 * near this, so a body above it means the tag forwarded something unbounded.
 */
export const MAX_BODY_BYTES = 1_000_000;
const TOP_LEVEL_KEYS = [
  'data',
  'access_token',
  'appsecret_proof',
  'partner_agent',
  'test_event_code',
];
const HEX64 = /^[0-9a-f]{64}$/i;

export interface RequestSpecReport {
  violations: string[];
  warnings: string[];
}

/** What a run recorded; a harness RunResult or a runTag result. */
export interface SentRequests {
  requests: HttpRequestRecord[];
  logs?: LogRecord[];
}

interface Findings extends RequestSpecReport {
  at: string;
}

function violation(f: Findings, message: string): void {
  f.violations.push(f.at + ': ' + message);
}

function isObject(value: unknown): value is Record<string, any> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function describeProblems(problems: Problem[], key?: string): string {
  const relevant = key === undefined ? problems : problems.filter((p) => p.key.startsWith(key));
  return relevant.map((p) => `${p.key}: ${p.reason}`).join('; ');
}

/** Paths where `sent` and `clean` differ (a key the validator dropped or rewrote). */
function differences(sent: unknown, clean: unknown, path: string): string[] {
  if (isDeepStrictEqual(sent, clean)) return [];
  if (isObject(sent) && isObject(clean)) {
    const keys = new Set([...Object.keys(sent), ...Object.keys(clean)]);
    return [...keys].flatMap((k) => differences(sent[k], clean[k], path ? `${path}.${k}` : k));
  }
  return [path];
}

/** §10.3-§10.6 rules validateServerEvent reports without enforcing. */
function checkUnenforced(event: Record<string, any>, nowMs: number, f: Findings): void {
  const name = event.event_name;
  if (
    typeof name === 'string' &&
    !(STANDARD_EVENTS as readonly string[]).includes(name) &&
    name.length > CUSTOM_EVENT_NAME_MAX
  ) {
    violation(f, `custom event_name longer than ${CUSTOM_EVENT_NAME_MAX} characters`);
  }
  if (
    typeof event.event_time === 'number' &&
    event.event_time > Math.floor(nowMs / 1000) + FUTURE_SKEW_SECONDS
  ) {
    violation(f, 'event_time is in the future');
  }
  const userData = isObject(event.user_data) ? event.user_data : {};
  const dpo = event.data_processing_options;
  if (Array.isArray(dpo) && dpo.includes('LDU')) {
    if (event.data_processing_options_country === undefined) {
      violation(f, 'LDU without data_processing_options_country');
    }
    if (
      event.data_processing_options_state === undefined &&
      userData.client_ip_address === undefined
    ) {
      violation(f, 'LDU without data_processing_options_state nor client_ip_address');
    }
  }
  // validateServerEvent drops other never-hash keys that look hashed; a user agent it keeps as given.
  if (typeof userData.client_user_agent === 'string' && HEX64.test(userData.client_user_agent)) {
    f.warnings.push(`${f.at}: user_data.client_user_agent looks hashed (64 hex)`);
  }
  const customData = isObject(event.custom_data) ? event.custom_data : {};
  if (
    name === 'Purchase' &&
    (customData.value === undefined || customData.currency === undefined)
  ) {
    f.warnings.push(`${f.at}: custom_data: Purchase without value or currency`);
  }
  const contents = customData.contents;
  if (Array.isArray(contents)) {
    contents.forEach((row: unknown, i: number) => {
      if (!isObject(row) || row.quantity === undefined) {
        violation(f, `custom_data.contents[${i}] has no quantity`);
      }
    });
  }
}

function checkEvent(event: unknown, nowMs: number, f: Findings): void {
  const checked = validateServerEvent(event, nowMs);
  if (!checked.sendable) {
    violation(f, 'Meta would reject it: ' + describeProblems(checked.problems));
    return;
  }
  const changed = differences(event, checked.event, '');
  for (const path of changed) {
    const why = describeProblems(checked.problems, path.split('.').slice(0, 2).join('.'));
    violation(f, `${path} is not valid as sent (${why || 'the validator rewrites it'})`);
  }
  if (changed.length === 0) {
    for (const p of checked.problems) f.warnings.push(`${f.at}: ${p.key}: ${p.reason}`);
  }
  checkUnenforced(event as Record<string, any>, nowMs, f);
}

function checkEnvelope(body: Record<string, any>, f: Findings): void {
  for (const key of Object.keys(body)) {
    if (!TOP_LEVEL_KEYS.includes(key)) violation(f, `unknown top-level key "${key}"`);
  }
  const data = body.data;
  if (!Array.isArray(data) || data.length < 1 || data.length > MAX_EVENTS) {
    violation(f, `data must be an array of 1..${MAX_EVENTS} events`);
  }
  if (typeof body.access_token !== 'string' || body.access_token === '') {
    violation(f, 'no access_token in the body');
  }
  const agent = body.partner_agent;
  if (
    agent !== undefined &&
    (typeof agent !== 'string' ||
      agent.length > PARTNER_AGENT_MAX ||
      (agent.match(/[A-Za-z]/g) ?? []).length < 2)
  ) {
    violation(
      f,
      `partner_agent must be text of at most ${PARTNER_AGENT_MAX} characters with 2+ letters`,
    );
  }
  if (
    body.test_event_code !== undefined &&
    (typeof body.test_event_code !== 'string' || body.test_event_code === '')
  ) {
    violation(f, 'test_event_code must be non-empty text');
  }
  if (body.appsecret_proof !== undefined && !HEX64.test(String(body.appsecret_proof))) {
    violation(f, 'appsecret_proof must be 64 hex characters');
  }
}

/** Places a secret must never appear: every URL and every log line. */
function checkTokenNotLeaked(token: string, sent: SentRequests, f: Findings): void {
  const forms = [token, encodeURIComponent(token)];
  for (const r of sent.requests) {
    if (forms.some((t) => r.url.includes(t))) violation(f, 'the access token is in a URL');
  }
  for (const log of sent.logs ?? []) {
    if (forms.some((t) => log.text.includes(t))) violation(f, 'the access token is in a log');
  }
}

function checkRequest(r: HttpRequestRecord, sent: SentRequests, f: Findings): void {
  if (r.method !== 'POST') violation(f, 'method is not POST');
  if (!EVENTS_URL.test(r.url)) {
    violation(f, 'URL is not https://graph.facebook.com/v<N>.0/<pixel id>/events');
  }
  if (!/^application\/json\b/i.test(r.headers['content-type'] ?? '')) {
    violation(f, 'content-type is not application/json');
  }
  const bytes = Buffer.byteLength(r.body ?? '', 'utf8');
  if (bytes > MAX_BODY_BYTES) violation(f, `body is ${bytes} bytes (limit ${MAX_BODY_BYTES})`);
  const body = parseJsonOrUndefined(r.body);
  if (!isObject(body)) {
    violation(f, 'body is not a JSON object');
    return;
  }
  checkEnvelope(body, f);
  if (typeof body.access_token === 'string' && body.access_token !== '') {
    checkTokenNotLeaked(body.access_token, sent, f);
  }
  if (!Array.isArray(body.data)) return;
  const requestAt = f.at;
  body.data.forEach((event: unknown, i: number) => {
    f.at = `${requestAt} data[${i}]`;
    checkEvent(event, r.sentAt, f);
  });
  f.at = requestAt;
}

/** Every violation and warning in the requests a run sent. */
export function checkMetaRequests(sent: SentRequests): RequestSpecReport {
  const f: Findings = { at: '', violations: [], warnings: [] };
  sent.requests.forEach((r, i) => {
    f.at = `request ${i + 1} (${r.method} ${r.url.split('?')[0]})`;
    checkRequest(r, sent, f);
  });
  return { violations: f.violations, warnings: f.warnings };
}

/** Throws, listing every violation, unless each request the run sent is one Meta accepts. */
export function assertValidMetaRequests(sent: SentRequests): void {
  const { violations } = checkMetaRequests(sent);
  if (violations.length > 0) {
    throw new Error(
      `${violations.length} Meta request spec violation(s):\n` +
        violations.map((v) => '  - ' + v).join('\n'),
    );
  }
}
