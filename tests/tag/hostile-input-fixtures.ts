/**
 * Shared inputs and readers for the hostile-input tag tests (issue 14,
 * "Privacy and hostile input"), all through the BUILT template: a sendable
 * website event with one pixel and logging on, the problems the tag logged,
 * everything a run let out of the server (request URLs and bodies, log
 * lines, Set-Cookie headers), and the interpreted work an event costs
 * (bench/cost.ts: function calls, loop iterations, sandbox API calls and
 * the keys Object.keys/values/entries walk, as one count).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { costMeter, operations, type CostMeter } from '../../bench/cost';
import { parseTpl } from '../../build/tpl';
import { BUILT_TEMPLATE, metaOk, runTag, type TagRun, type TagRunOptions } from '../helpers/tag';

const NOW = Date.UTC(2026, 0, 15, 12, 0, 0);
export const NOW_S = Math.floor(NOW / 1000);
export const PIXEL = {
  pixelId: '1234567890',
  accessToken: 'EAAGhostileInputTestToken0123456789abcdef',
};
export const PAGE = 'https://shop.example.com/checkout';

/** What a web hit carries besides its own data: enough customer information to be sent. */
const BROWSER = {
  ip_override: '203.0.113.9',
  user_agent: 'Mozilla/5.0 (X11; Linux x86_64)',
  client_id: '1234567890.1767000000',
  page_location: PAGE,
};

interface SendOptions extends Omit<TagRunOptions, 'eventData'> {
  fields?: Record<string, unknown>;
}

/** Runs the built tag on BROWSER + `eventData`, one pixel, logMode 'always', Meta answering OK. */
export function send(eventData: Record<string, unknown>, options: SendOptions = {}): TagRun {
  const { fields, ...rest } = options;
  return runTag({
    now: NOW,
    responses: metaOk(),
    ...rest,
    fields: { pixels: [PIXEL], logMode: 'always', ...fields },
    eventData: { ...BROWSER, ...eventData },
  });
}

/** The one event of the one request a successful run made. */
export function sentEvent(run: TagRun): Record<string, any> {
  expect(run.outcome).toBe('success');
  expect(run.metaRequests).toHaveLength(1);
  return run.metaRequests[0].body.data[0];
}

interface LoggedProblem {
  stage: string;
  key: string;
  reason: string;
}

/** Every problem of every `problems` log line. */
export function problemsOf(run: TagRun): LoggedProblem[] {
  return run.logs
    .map((l) => JSON.parse(l.text))
    .filter((line) => line.type === 'problems')
    .flatMap((line) =>
      line.problems.map((p: { key: string; reason: string }) => ({ stage: line.stage, ...p })),
    );
}

/** Everything the run let out: request URLs and bodies, log lines and Set-Cookie headers. */
export function outbound(run: TagRun): string {
  return [
    ...run.requests.flatMap((r) => [r.url, r.body ?? '']),
    ...run.logs.map((l) => l.text),
    ...run.cookiesSet.map((c) => c.header),
  ].join('\n');
}

/** How a value can look in a URL, a JSON string or after lowercasing. */
function formsOf(value: string): string[] {
  return [
    ...new Set([
      value,
      value.toLowerCase(),
      encodeURIComponent(value),
      encodeURIComponent(value).toLowerCase(),
      JSON.stringify(value).slice(1, -1),
    ]),
  ];
}

/** The forms of `value` found in `text`. */
export function foundForms(text: string, value: string): string[] {
  return formsOf(value).filter((form) => text.includes(form));
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

let meter: CostMeter | undefined;

/**
 * The operations (bench/cost.ts) the built template spends on BROWSER +
 * `eventData` sent the way `send` sends it; instrumented once per test file.
 */
export function eventWork(eventData: Record<string, unknown>): number {
  meter ??= costMeter(parseTpl(readFileSync(BUILT_TEMPLATE, 'utf8')));
  return operations(
    meter({
      now: NOW,
      responses: metaOk(),
      data: { pixels: [PIXEL], logMode: 'always' },
      eventData: { ...BROWSER, ...eventData },
      // The count, not the clock, is what is measured.
      timeoutMs: 0,
    }),
  );
}
