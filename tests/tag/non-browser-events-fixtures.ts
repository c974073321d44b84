/**
 * Shared inputs and readers for the tests of events that do not come from a
 * browser (issue 13), through the BUILT template: one pixel, logMode
 * 'always', a fixed clock, Meta answering OK. runTag checks every request
 * against the suite's Meta event oracle and leak guard.
 */
import { createHash } from 'node:crypto';
import { expect } from 'vitest';
import { BUILT_TEMPLATE, metaOk, runTag, type TagRun, type TagRunOptions } from '../helpers/tag';

/** Another .tpl to run instead of the built one (to check a test against an older release). */
const TEMPLATE_FILE: string | undefined = undefined;

/** The .tpl the tests run. */
export const TEMPLATE = TEMPLATE_FILE ?? BUILT_TEMPLATE;

export const NOW = Date.UTC(2026, 0, 15, 12, 0, 0);
export const NOW_SECONDS = Math.floor(NOW / 1000);
export const PIXEL = {
  pixelId: '1234567890',
  accessToken: 'EAAGm0PX4ZCpsBAKZCZBnonbrowsertoken42',
};
export const CLIENT_ID = '1234567890.1767000000';
export const PAGE = 'https://shop.example.com/checkout';
export const FBCLID = 'IwAR2F4dbP0l7Mn1';
/** Well-formed browser IDs, one per place they can come from. */
export const FBC_COOKIE = 'fb.1.1767000000000.CookieClick';
export const FBP_COOKIE = 'fb.1.1767000000000.1111111111';
export const FBC_EVENT = 'fb.1.1767100000000.EventClick';
export const FBP_EVENT = 'fb.1.1767100000000.2222222222';
/** A customer information key, so that events without browser IDs are still sendable. */
export const EMAIL = 'jane.doe@example.com';

export interface Options extends Omit<TagRunOptions, 'fields' | 'eventData'> {
  fields?: Record<string, unknown>;
}

/** Runs the tag on exactly `eventData` (nothing added) with the pixel, logMode 'always' and `fields`. */
export function run(eventData: Record<string, unknown>, options: Options = {}): TagRun {
  const { fields, ...rest } = options;
  const tagRun = runTag({
    now: NOW,
    responses: metaOk(),
    templateFile: TEMPLATE_FILE,
    ...rest,
    fields: { pixels: [PIXEL], logMode: 'always', ...fields },
    eventData,
  });
  expect(tagRun.error).toBeUndefined();
  expect(tagRun.problems).toEqual([]);
  return tagRun;
}

/** The one event of the one request a run sent, checked to have succeeded. */
export function sentEvent(tagRun: TagRun): Record<string, any> {
  expect(tagRun.metaRequests).toHaveLength(1);
  expect([tagRun.gtmOnSuccessCalls, tagRun.gtmOnFailureCalls]).toEqual([1, 0]);
  const data = tagRun.metaRequests[0].body.data;
  expect(data).toHaveLength(1);
  return data[0];
}

type LogLine = Record<string, any>;

function logLines(tagRun: TagRun): LogLine[] {
  return tagRun.logs.map((l) => JSON.parse(l.text) as LogLine);
}

/** Every `{key, reason}` the run's problems lines list. */
export function problems(tagRun: TagRun): { key: string; reason: string }[] {
  return logLines(tagRun)
    .filter((l) => l.type === 'problems')
    .flatMap((l) => l.problems as { key: string; reason: string }[]);
}

/** The reasons given for `key`. */
export function reasonsFor(tagRun: TagRun, key: string): string[] {
  return problems(tagRun)
    .filter((p) => p.key === key)
    .map((p) => p.reason);
}

/** Checks the run sent nothing and failed once; returns the logged not_sent reason. */
export function notSent(tagRun: TagRun): string {
  expect(tagRun.metaRequests).toEqual([]);
  expect([tagRun.gtmOnSuccessCalls, tagRun.gtmOnFailureCalls]).toEqual([0, 1]);
  const lines = logLines(tagRun).filter((l) => l.type === 'not_sent');
  expect(lines).toHaveLength(1);
  return lines[0].reason;
}

/** Names of the cookies the run set. */
export function cookieNames(tagRun: TagRun): string[] {
  return tagRun.cookiesSet.map((c) => c.name);
}

/** Lowercase SHA-256 hex of the UTF-8 text. */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
