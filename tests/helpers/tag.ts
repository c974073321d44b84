/**
 * Runs the BUILT template (dist/template.tpl, fresh from the global setup)
 * through the harness, so tag tests read naturally:
 *
 *   const run = runTag({ eventData, fields, cookies, responses: metaOk() });
 *   expect(run.outcome).toBe('success');
 *   expect(run.metaRequests[0].body.data[0].event_name).toBe('Purchase');
 *
 * The .tpl is parsed and compiled once per test file (and again only if
 * the file changes). HTTP calls no response rule answers fail the run
 * loudly; nothing reaches the network. The container is in production
 * mode unless `containerVersion: { previewMode: true }` is passed, so
 * logging limited to the "debug" environment stays silent by default.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseTpl } from '../../build/tpl';
import { assertNoLeaks } from './leak-guard';
import { assertValidMetaRequests } from './request-spec';
import {
  createRuntime,
  type HttpRequestRecord,
  type RequestInfo,
  type ResponseRule,
  type RunOptions,
  type RunResult,
  type Runtime,
} from '../../build/harness';
import { parseJsonOrUndefined } from './json';

export const BUILT_TEMPLATE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../dist/template.tpl',
);

let cached: { file: string; mtimeMs: number; runtime: Runtime } | undefined;

/** The compiled runtime of a .tpl (default: the built template), cached. */
export function templateRuntime(file = BUILT_TEMPLATE): Runtime {
  const mtimeMs = statSync(file).mtimeMs;
  if (!cached || cached.file !== file || cached.mtimeMs !== mtimeMs) {
    cached = { file, mtimeMs, runtime: createRuntime(parseTpl(readFileSync(file, 'utf8'))) };
  }
  return cached.runtime;
}

export interface TagRunOptions extends Omit<RunOptions, 'data' | 'request'> {
  /** The tag's field values (`data`). */
  fields?: Record<string, unknown>;
  /** Request cookies: name → raw value(s). */
  cookies?: Record<string, string | string[]>;
  /** Request headers. */
  headers?: Record<string, string | string[]>;
  /** Other parts of the incoming request. */
  request?: Partial<RequestInfo>;
  /** Another .tpl than the built one. */
  templateFile?: string;
}

export interface MetaRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  /** The parsed JSON body (undefined when it is not JSON). */
  body: any;
  rawBody: string | undefined;
  record: HttpRequestRecord;
}

export interface TagRun extends RunResult {
  /** Requests to graph.facebook.com, bodies parsed. */
  metaRequests: MetaRequest[];
}

const GRAPH_HOST = 'graph.facebook.com';

/** Response rules answering every Graph API call with `status` and `body`. */
export function metaResponse(status: number, body: unknown): ResponseRule[] {
  return [
    {
      url: `https://${GRAPH_HOST}/`,
      status,
      body,
      headers: { 'content-type': 'application/json' },
    },
  ];
}

/** Graph API success, as Meta answers a valid events POST. */
export function metaOk(eventsReceived = 1): ResponseRule[] {
  return metaResponse(200, {
    events_received: eventsReceived,
    messages: [],
    fbtrace_id: 'AbCdEfGh',
  });
}

export function runTag(options: TagRunOptions = {}): TagRun {
  const { fields, cookies, headers, request, templateFile, ...rest } = options;
  const result = templateRuntime(templateFile).run({
    ...rest,
    data: fields ?? {},
    request: {
      ...request,
      cookies: { ...request?.cookies, ...cookies },
      headers: { ...request?.headers, ...headers },
    },
  });
  const metaRequests = result.requests
    .filter((r) => {
      try {
        return new URL(r.url).hostname === GRAPH_HOST;
      } catch {
        return false;
      }
    })
    .map((r) => ({
      url: r.url,
      method: r.method,
      headers: r.headers,
      body: parseJsonOrUndefined(r.body),
      rawBody: r.body,
      record: r,
    }));
  const run = { ...result, metaRequests };
  // Every tag run in the suite is scanned for tokens, proofs and raw PII.
  assertNoLeaks(run, {
    fields,
    eventData: rest.eventData,
    clock: { startMs: run.startedAtMs, endMs: run.startedAtMs + run.elapsedMs },
  });
  // ...and every request our tag sends must be one Meta accepts.
  if (templateFile === undefined) assertValidMetaRequests(run);
  return run;
}
