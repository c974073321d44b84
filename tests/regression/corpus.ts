/**
 * The behaviour corpus: a fixed set of tag runs (event data, field values,
 * cookies, headers, Graph answers, clock) and what the built template did
 * on each: its callbacks, every request, cookie and log line. Comparing a
 * fresh build against the recorded outputs shows any change in behaviour,
 * byte for byte. Provenance of the cases: tests/regression/README.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { createRuntime, type RunOptions, type Runtime } from '../../build/harness';
import { parseTpl } from '../../build/tpl';
import { decode, type Encoded } from './encoding';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const CASES_FILE = path.join(HERE, 'corpus', 'cases.jsonl.gz');
export const EXPECTED_FILE = path.join(HERE, 'corpus', 'expected.jsonl.gz');
export const BUILT_TEMPLATE = path.resolve(HERE, '../../dist/template.tpl');

export interface CorpusCase {
  id: string;
  /** What tests/helpers/tag.ts runTag takes: fields, eventData, cookies, headers, responses, now... */
  options: Record<string, unknown>;
}

/** Everything the tag did that a user or Meta can observe. */
export interface Observed {
  outcome: string;
  gtmOnSuccessCalls: number;
  gtmOnFailureCalls: number;
  error?: string;
  requests: {
    url: string;
    method: string;
    headers: Record<string, string>;
    body?: string;
    timeoutMs: number;
  }[];
  cookies: { name: string; value: string; options: Record<string, unknown> }[];
  logs: string[];
}

function readJsonLines(file: string): unknown[] {
  return gunzipSync(readFileSync(file))
    .toString('utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line));
}

export function readCases(): CorpusCase[] {
  return readJsonLines(CASES_FILE).map((raw) => {
    const c = raw as { id: string; options: Encoded };
    return { id: c.id, options: decode(c.options) as Record<string, unknown> };
  });
}

export function readExpected(): Map<string, Observed> {
  const expected = new Map<string, Observed>();
  for (const raw of readJsonLines(EXPECTED_FILE)) {
    const entry = raw as { id: string; observed: Observed };
    expected.set(entry.id, entry.observed);
  }
  return expected;
}

export function writeExpected(results: { id: string; observed: Observed }[]): void {
  const text = results.map((r) => JSON.stringify(r)).join('\n') + '\n';
  writeFileSync(EXPECTED_FILE, gzipSync(text, { level: 9 }));
}

export function runtimeOf(tplFile: string): Runtime {
  return createRuntime(parseTpl(readFileSync(tplFile, 'utf8')));
}

/** Runs one case the way tests/helpers/tag.ts runTag does. */
export function observe(runtime: Runtime, options: Record<string, unknown>): Observed {
  const { fields, cookies, headers, request, ...rest } = options as {
    fields?: Record<string, unknown>;
    cookies?: Record<string, unknown>;
    headers?: Record<string, unknown>;
    request?: Record<string, unknown>;
  };
  const run = runtime.run({
    ...(rest as RunOptions),
    data: fields ?? {},
    request: {
      ...request,
      cookies: { ...(request?.cookies as object), ...cookies },
      headers: { ...(request?.headers as object), ...headers },
    } as RunOptions['request'],
  });
  return {
    outcome: run.outcome,
    gtmOnSuccessCalls: run.gtmOnSuccessCalls,
    gtmOnFailureCalls: run.gtmOnFailureCalls,
    ...(run.error ? { error: run.error.kind + ': ' + run.error.message } : {}),
    requests: run.requests.map((r) => ({
      url: r.url,
      method: r.method,
      headers: r.headers,
      body: r.body,
      timeoutMs: r.timeoutMs,
    })),
    cookies: run.cookiesSet.map((c) => ({ name: c.name, value: c.value, options: c.options })),
    logs: run.logs.map((l) => l.text),
  };
}
