/**
 * `preview <file.tpl> --event event.json --fields fields.json [--cookies c.json]
 * [--headers h.json] [--responses r.json] [--now ms]`: runs the template once,
 * as in GTM's Preview, and prints the exact requests it would send, the
 * cookies it would set, its logs and how it ended. Nothing is sent: a
 * request no scripted response matches gets 200 {"events_received":1}.
 * Exit status 0 when the tag called back, 1 when it hung or failed with an
 * error.
 */
import { parseArgs } from 'node:util';
import { parseTpl } from '../../tpl';
import type { HttpRequestRecord, HttpResponder } from '../http';
import { createRuntime, type RunResult } from '../runtime';
import { readJson, readText, UsageError, type CliIo } from './io';

export const PREVIEW_USAGE =
  'preview <file.tpl> --event event.json --fields fields.json [--cookies c.json] ' +
  '[--headers h.json] [--responses r.json] [--now ms]';

function objectArg(value: unknown, what: string): Record<string, never> | undefined {
  if (value === undefined) return undefined;
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new UsageError(`${what} must be a JSON object`);
  }
  return value as Record<string, never>;
}

/** A JSON body pretty-printed; anything else as it is. */
function prettyBody(body: string): string {
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body;
  }
}

function indent(text: string, by: string): string {
  return text
    .split('\n')
    .map((line) => by + line)
    .join('\n');
}

function describeOutcome(r: HttpRequestRecord): string {
  switch (r.outcome.kind) {
    case 'response':
      return `${r.outcome.statusCode} ${r.outcome.body}`;
    case 'timeout':
      return `timed out after ${r.timeoutMs} ms`;
    case 'failed':
      return 'network failure';
    default:
      return 'no answer';
  }
}

export function printRun(result: RunResult, io: CliIo): void {
  const callbacks: string[] = [];
  if (result.gtmOnSuccessCalls) callbacks.push(`gtmOnSuccess ×${result.gtmOnSuccessCalls}`);
  if (result.gtmOnFailureCalls) callbacks.push(`gtmOnFailure ×${result.gtmOnFailureCalls}`);
  io.out(`Outcome: ${result.outcome}` + (callbacks.length ? ` (${callbacks.join(', ')})` : ''));
  if (result.error) {
    const where = result.error.location ? ` (at ${result.error.location})` : '';
    io.out(`Error: ${result.error.message}${where}`);
  }

  io.out(`Requests (${result.requests.length}):`);
  result.requests.forEach((r, i) => {
    io.out(`  #${i + 1} ${r.method} ${r.url}`);
    io.out(`     timeout: ${r.timeoutMs} ms`);
    const headers = Object.entries(r.headers);
    if (headers.length) {
      io.out('     headers:');
      for (const [k, v] of headers) io.out(`       ${k}: ${v}`);
    }
    if (r.body !== undefined) {
      io.out('     body:');
      io.out(indent(prettyBody(r.body), '       '));
    }
    io.out(`     response: ${describeOutcome(r)}`);
  });

  io.out(`Cookies set (${result.cookiesSet.length}):`);
  for (const c of result.cookiesSet) io.out(`  Set-Cookie: ${c.header}`);

  io.out(`Logs (${result.logs.length}):`);
  for (const l of result.logs) io.out(indent(l.text, '  '));

  if (result.problems.length) {
    io.out('Problems:');
    for (const p of result.problems) io.out(`  ${p}`);
  }
}

export function previewCommand(args: string[], io: CliIo): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      event: { type: 'string' },
      fields: { type: 'string' },
      cookies: { type: 'string' },
      headers: { type: 'string' },
      responses: { type: 'string' },
      now: { type: 'string' },
    },
  });
  if (positionals.length !== 1) throw new UsageError('usage: ' + PREVIEW_USAGE);
  const now = values.now === undefined ? Date.now() : Number(values.now);
  if (!Number.isFinite(now)) throw new UsageError('--now must be milliseconds since the epoch');
  const responses = readJson(io, values.responses, '--responses');
  if (responses !== undefined && typeof responses !== 'object') {
    throw new UsageError('--responses must be a JSON array of response rules (or one rule)');
  }
  const template = parseTpl(readText(io, positionals[0]), (w) => io.err('warning: ' + w));
  const result = createRuntime(template).run({
    data: objectArg(readJson(io, values.fields, '--fields'), '--fields') ?? {},
    eventData: objectArg(readJson(io, values.event, '--event'), '--event') ?? {},
    request: {
      cookies: objectArg(readJson(io, values.cookies, '--cookies'), '--cookies'),
      headers: objectArg(readJson(io, values.headers, '--headers'), '--headers'),
    },
    responses: (Array.isArray(responses)
      ? responses
      : responses
        ? [responses]
        : []) as HttpResponder,
    unmatchedHttp: 'default',
    containerVersion: { previewMode: true },
    now,
  });
  printRun(result, io);
  return result.outcome === 'error' || result.outcome === 'hung' ? 1 : 0;
}
