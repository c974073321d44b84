/**
 * Shared inputs and readers for the event-name, user_data and custom_data
 * tests through the BUILT template: one pixel, logMode 'always', a fixed
 * clock and browser (IP, user agent, _fbp/_fbc cookies), the SHA-256 hex the
 * tests expect, and the tag's JSON log lines.
 */
import { createHash } from 'node:crypto';
import { expect } from 'vitest';
import { assertNoLeaks } from '../helpers/leak-guard';
import { metaOk, runTag, type TagRun, type TagRunOptions } from '../helpers/tag';

export const NOW = Date.UTC(2026, 0, 15, 12, 0, 0);
export const PIXEL = {
  pixelId: '1234567890',
  accessToken: 'EAAGm0PX4ZCpsBAKZCZBeventtoken0123456789',
};
export const IP = '203.0.113.9';
export const UA = 'Mozilla/5.0 (X11; Linux x86_64)';
export const PAGE = 'https://shop.example.com/checkout';
export const FBP = 'fb.1.1767000000000.1122334455';
export const FBC = 'fb.1.1767000000000.IwAR2F4dbP0l7Mn1';

/** What every event of these tests carries besides its own data. */
export const BROWSER = {
  ip_override: IP,
  user_agent: UA,
  client_id: '1234567890.1767000000',
  page_location: PAGE,
};

/** user_data keys the browser alone gives (IP, user agent, the two cookies). */
export const BROWSER_USER_DATA = {
  client_ip_address: IP,
  client_user_agent: UA,
  fbp: FBP,
  fbc: FBC,
};

/** Lowercase SHA-256 hex of the UTF-8 text, as Meta wants it. */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * The event_id the tag derives for an event that gives none (issue 13): the
 * first 32 hex digits of the SHA-256 of `<event name>|<order_id>`, or of
 * `<client_id>|<event name>|<event_time>` without an order_id.
 */
export function derivedEventId(...parts: (string | number)[]): string {
  return sha256(parts.join('|')).substring(0, 32);
}

/** The problem logged with a derived event_id (the derivation is logged, not an error). */
export const DERIVED_EVENT_ID = {
  key: 'event_id',
  reason: expect.stringMatching(/^none given; derived from /),
};

export interface SendOptions extends Omit<TagRunOptions, 'fields' | 'eventData'> {
  fields?: Record<string, unknown>;
}

/**
 * Runs the built tag on `eventData` (plus BROWSER) and Meta answering OK;
 * checks the run never errors and leaks no token or raw personal data.
 */
export function send(eventData: Record<string, unknown>, options: SendOptions = {}): TagRun {
  const { fields, ...rest } = options;
  const allFields = { pixels: [PIXEL], logMode: 'always', ...fields };
  const allEventData = { ...BROWSER, ...eventData };
  const run = runTag({
    now: NOW,
    cookies: { _fbp: FBP, _fbc: FBC },
    responses: metaOk(),
    ...rest,
    fields: allFields,
    eventData: allEventData,
  });
  expect(run.error).toBeUndefined();
  expect(run.problems).toEqual([]);
  assertNoLeaks(run, { fields: allFields, eventData: allEventData });
  return run;
}

/** The one event of the one request a sent run made, checked to have succeeded. */
export function sentEvent(run: TagRun): Record<string, any> {
  expect(run.outcome).toBe('success');
  expect(run.gtmOnSuccessCalls).toBe(1);
  expect(run.gtmOnFailureCalls).toBe(0);
  expect(run.metaRequests).toHaveLength(1);
  const body = run.metaRequests[0].body;
  expect(body.data).toHaveLength(1);
  return body.data[0];
}

export type LogLine = Record<string, any>;

export function logLines(run: TagRun): LogLine[] {
  return run.logs.map((l) => JSON.parse(l.text) as LogLine);
}

/** Every `{key, reason}` the run's problems lines list. */
export function loggedProblems(run: TagRun): { key: string; reason: string }[] {
  return logLines(run)
    .filter((l) => l.type === 'problems')
    .flatMap((l) => l.problems as { key: string; reason: string }[]);
}

/** Keys of the logged problems (with repeats), for "which key was dropped". */
export function problemKeys(run: TagRun): string[] {
  return loggedProblems(run).map((p) => p.key);
}

/** The raw text of every log line, to check a value never appears in it. */
export function logText(run: TagRun): string {
  return run.logs.map((l) => l.text).join('\n');
}
