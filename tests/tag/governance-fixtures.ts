/**
 * Shared inputs and readers for the governance tests (issue 17) through the
 * BUILT template: one pixel, logMode 'always', a fixed clock, a browser
 * (IP, user agent, client_id, a page with a query string), no cookies
 * unless a test gives some, and every sandbox API call recorded so a test
 * can tell which cookies the tag asked for.
 */
import { createHash } from 'node:crypto';
import { expect } from 'vitest';
import type { ResponseRule } from '../../build/harness';
import { metaOk, runTag, type TagRun, type TagRunOptions } from '../helpers/tag';

export const NOW = Date.UTC(2026, 0, 15, 12, 0, 0);
export const NOW_S = NOW / 1000;
export const DAY_S = 86400;
export const PIXEL = {
  pixelId: '1234567890',
  accessToken: 'EAAGovernanceToken0123456789abcdefghijkl',
};
export const IP = '203.0.113.9';
export const UA = 'Mozilla/5.0 (X11; Linux x86_64)';

/** What every event of these tests carries besides its own data. */
export const BROWSER = {
  ip_override: IP,
  user_agent: UA,
  client_id: '1234567890.1767000000',
  page_location: 'https://clinic.example.com/book',
};

/** Lowercase SHA-256 hex of the UTF-8 text. */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export interface GovernanceRunOptions extends Omit<TagRunOptions, 'fields' | 'eventData'> {
  fields?: Record<string, unknown>;
  /** Meta's answers (default: every pixel accepts). */
  responses?: ResponseRule[];
}

/**
 * Runs the built tag on `eventData` (plus BROWSER); runTag already checks
 * leaks and the request spec. The run must not throw or break a sandbox rule.
 */
export function run(
  eventData: Record<string, unknown>,
  options: GovernanceRunOptions = {},
): TagRun {
  const { fields, ...rest } = options;
  const result = runTag({
    now: NOW,
    responses: metaOk(),
    recordCalls: 'references',
    ...rest,
    fields: { pixels: [PIXEL], logMode: 'always', ...fields },
    eventData: { ...BROWSER, ...eventData },
  });
  expect(result.error).toBeUndefined();
  expect(result.problems).toEqual([]);
  return result;
}

/** The one event of the one request a sent run made, checked to have succeeded. */
export function sentEvent(result: TagRun): Record<string, any> {
  expect(result.outcome).toBe('success');
  expect([result.gtmOnSuccessCalls, result.gtmOnFailureCalls]).toEqual([1, 0]);
  expect(result.metaRequests).toHaveLength(1);
  expect(result.metaRequests[0].body.data).toHaveLength(1);
  return result.metaRequests[0].body.data[0];
}

export type LogLine = Record<string, any>;

export function logLines(result: TagRun): LogLine[] {
  return result.logs.map((l) => JSON.parse(l.text) as LogLine);
}

/** The log lines of one type. */
export function linesOf(result: TagRun, type: string): LogLine[] {
  return logLines(result).filter((l) => l.type === type);
}

/** Keys of the logged problems. */
export function problemKeys(result: TagRun): string[] {
  return linesOf(result, 'problems').flatMap((l) => l.problems.map((p: { key: string }) => p.key));
}

/** The reason of the problem logged under `key` (fails when there is none). */
export function problemReason(result: TagRun, key: string): string {
  const found = linesOf(result, 'problems')
    .flatMap((l) => l.problems as { key: string; reason: string }[])
    .find((p) => p.key === key);
  expect(found, 'a problem keyed ' + key).toBeDefined();
  return found!.reason;
}

/**
 * Not sent on purpose: no request, no cookie, gtmOnSuccess once, one
 * not_sent line; returns its reason.
 */
export function notSentReason(result: TagRun): string {
  expect(result.outcome).toBe('success');
  expect([result.gtmOnSuccessCalls, result.gtmOnFailureCalls]).toEqual([1, 0]);
  expect(result.requests).toEqual([]);
  expect(result.cookiesSet).toEqual([]);
  const notSent = linesOf(result, 'not_sent');
  expect(notSent).toHaveLength(1);
  return notSent[0].reason;
}

/** The cookie names the tag asked the browser's request for, in order. */
export function cookiesRead(result: TagRun): string[] {
  return result.apiCalls.filter((c) => c.api === 'getCookieValues').map((c) => String(c.args[0]));
}

/** The names of the cookies the tag set, in order. */
export function cookiesWritten(result: TagRun): string[] {
  return result.cookiesSet.map((c) => c.name);
}
