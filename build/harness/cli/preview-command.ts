/**
 * `preview <file.tpl> --event e.json --fields f.json [options]`: runs the
 * template once, as in GTM's Preview, and prints the exact requests it
 * would send, the cookies it would set, its logs and how it ended. The
 * input files are checked first (field names against the template's own
 * fields, response rules against their keys); the help text below is the
 * reference for their formats and for the exit status.
 */
import type { HttpRequestRecord } from '../http';
import { createRuntime, type RunResult } from '../runtime';
import { templateFields } from '../template-fields';
import { defineCommand, usageError, type CommandSpec } from './args';
import { checkFieldNames } from './fields-file';
import { readJson, readTemplate, UsageError, type CliIo } from './io';
import { NowFormatError, parseNow, type ClockStart } from './now-option';
import { readResponseRules } from './responses-file';
import { maskSecrets, secretsOf } from './secrets';

const OPTIONS = {
  event: { type: 'string' },
  fields: { type: 'string' },
  cookies: { type: 'string' },
  headers: { type: 'string' },
  responses: { type: 'string' },
  now: { type: 'string' },
  'allow-unknown': { type: 'boolean' },
  'show-secrets': { type: 'boolean' },
} as const;

const USAGE = 'preview <file.tpl> --event <file> --fields <file> [options]';

const HELP = `usage: ${USAGE}

Runs a server template (.tpl) once on one event, as GTM's Preview does, and prints the
requests it would send, the cookies it would set, its logs and how it ended. Nothing is
sent: every request gets a scripted answer, by default 200 {"events_received":1}.

Required:
  --event <file>       the event data (JSON, see Files)
  --fields <file>      the tag's field values (JSON, see Files)

Options:
  --cookies <file>     the incoming request's cookies (JSON)
  --headers <file>     the incoming request's headers (JSON)
  --responses <file>   answers to the tag's HTTP requests (JSON)
  --now <time>         the clock at the start (default: now), as milliseconds since the
                       epoch (1717171717000), seconds (1717171717, told apart by size and
                       said on stderr), or an ISO-8601 date (2024-05-31, midnight UTC) or
                       date-time with a zone (2024-05-31T16:08:37Z, 2024-05-31T18:08+02:00)
  --allow-unknown      warn about, rather than refuse, field names and table columns the
                       template does not define
  --show-secrets       print access tokens and appsecret_proof values in full; by default
                       they are masked (EAAB…(masked))
  -h, --help           print this help

Files (all JSON):
  event      An object: the event data a client (e.g. the GA4 client) makes of the
             incoming request, as the tag reads it with getAllEventData:
               {"event_name": "purchase", "value": 74.5, "currency": "USD",
                "user_data": {"email_address": "jane@example.com"}}
  fields     An object: each field's value under the field's name (its "name" in the
             .tpl's ___TEMPLATE_PARAMETERS___; fields inside a group go at the top level
             too). Text and drop-down fields take strings, checkboxes true or false,
             tables a list of rows, each an object keyed by column name. For this
             repository's template:
               {"pixels": [{"pixelId": "1234567890", "accessToken": "EAAB..."}],
                "testEventCode": "TEST12345"}
             A name the template does not define is an error that names the closest one
             it does define, unless --allow-unknown.
  cookies    An object: cookie name to value, or to a list of values for a cookie sent
             more than once:
               {"_fbp": "fb.1.1717000000000.123456789"}
  headers    An object: header name to value (or a list of values):
               {"user-agent": "Mozilla/5.0", "x-forwarded-for": "203.0.113.7"}
  responses  A list of rules (or one rule). A request gets the answer of the first rule
             that matches it and has uses left; a request no rule matches gets the
             default answer. A rule's keys, all optional:
               url           a prefix of the request URL, or a glob with *; absent: any
               method        GET, POST, ...; absent: any
               status        the HTTP status, default 200
               headers       response headers, name to string value
               body          a string, or any other JSON value, sent as its JSON text
               delayMs       virtual milliseconds until the answer, default 0; longer than
                             the request's timeout means a timeout
               timeout       true: the request times out
               networkError  true: the connection fails
               times         answer at most this many requests, then let later rules match
               sequence      answers (status, headers, body, delayMs, timeout,
                             networkError) for the 1st, 2nd, ... matching request; the
                             last one repeats
             For example, Meta refusing a parameter:
               [{"url": "https://graph.facebook.com/", "status": 400,
                 "body": {"error": {"message": "Invalid parameter", "code": 100}}}]
             An unknown key is an error that names the closest key.

Exit status: 0 when the tag called gtmOnSuccess; 1 when it called gtmOnFailure, threw an
error, never called back (hung) or had a run problem (e.g. it called back twice); 2 for
wrong arguments or input files (then nothing runs).`;

const SPEC: CommandSpec<typeof OPTIONS> = {
  name: 'preview',
  usage: USAGE,
  help: HELP,
  options: OPTIONS,
  positional: '<file.tpl>',
};

type JsonObject = Record<string, unknown>;

const isObject = (v: unknown): v is JsonObject => !!v && typeof v === 'object' && !Array.isArray(v);

function objectFile(io: CliIo, file: string | undefined, what: string): JsonObject | undefined {
  const value = readJson(io, file, what);
  if (value !== undefined && !isObject(value)) {
    throw new UsageError(`${what} file ${file} must hold a JSON object ({...})`);
  }
  return value;
}

/** Cookies and headers: name to a string, or to a list of strings. */
function namedValuesFile(
  io: CliIo,
  file: string | undefined,
  what: string,
): Record<string, string | string[]> | undefined {
  const value = objectFile(io, file, what);
  if (value === undefined) return undefined;
  for (const [name, v] of Object.entries(value)) {
    if (typeof v !== 'string' && !(Array.isArray(v) && v.every((x) => typeof x === 'string'))) {
      throw new UsageError(
        `${what} file ${file}: "${name}" must be a string or a list of strings (got ${JSON.stringify(v)})`,
      );
    }
  }
  return value as Record<string, string | string[]>;
}

function clockStart(text: string | undefined, io: CliIo): number {
  if (text === undefined) return Date.now();
  let start: ClockStart;
  try {
    start = parseNow(text);
  } catch (e) {
    if (e instanceof NowFormatError) throw usageError(SPEC, `--now ${e.message}`);
    throw e;
  }
  if (start.seconds) {
    io.err(`--now ${text} read as seconds since the epoch: ${new Date(start.ms).toISOString()}`);
  }
  return start.ms;
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

/** Why the run counts as failed, or undefined when it succeeded. */
function failure(result: RunResult): string | undefined {
  switch (result.outcome) {
    case 'error':
      return 'the tag stopped with an error';
    case 'hung':
      return 'the tag never called gtmOnSuccess or gtmOnFailure';
    case 'failure':
      return 'the tag called gtmOnFailure';
  }
  return result.problems.length > 0 ? 'the run had problems, listed under Problems' : undefined;
}

export const previewCommand = defineCommand(
  SPEC,
  'run a .tpl once on an event and print the requests, cookies and logs',
  (values, [tplFile], io) => {
    const missing = (['event', 'fields'] as const).filter((o) => values[o] === undefined);
    if (missing.length > 0) {
      throw usageError(SPEC, missing.map((o) => `--${o} <file>`).join(' and ') + ' missing');
    }
    const now = clockStart(values.now, io);
    const template = readTemplate(io, tplFile);
    const fields = objectFile(io, values.fields, '--fields')!;
    const eventData = objectFile(io, values.event, '--event')!;
    const cookies = namedValuesFile(io, values.cookies, '--cookies');
    const headers = namedValuesFile(io, values.headers, '--headers');
    const responses = readResponseRules(readJson(io, values.responses, '--responses') ?? []);

    const names = checkFieldNames(fields, templateFields(template.parameters));
    const errors = [
      ...names.invalid.map((p) => `--fields ${values.fields}: ${p}`),
      ...responses.problems.map((p) => `--responses ${values.responses}: ${p}`),
    ];
    const unknown = names.unknown.map((p) => `--fields ${values.fields}: ${p}`);
    if (values['allow-unknown']) for (const p of unknown) io.err(`warning: ${p}`);
    else errors.push(...unknown);
    if (errors.length > 0) {
      const hint =
        unknown.length > 0 && !values['allow-unknown']
          ? ['(--allow-unknown lets unknown names through)']
          : [];
      throw new UsageError([...errors, ...hint].join('\n'));
    }

    const result = createRuntime(template).run({
      data: fields,
      eventData,
      request: { cookies, headers },
      responses: responses.rules,
      unmatchedHttp: 'default',
      containerVersion: { previewMode: true },
      now,
    });
    const secrets = values['show-secrets'] ? [] : secretsOf(result.requests, fields);
    let maskedAny = false;
    printRun(result, {
      ...io,
      out: (line) => {
        const masked = maskSecrets(line, secrets);
        maskedAny ||= masked !== line;
        io.out(masked);
      },
    });
    if (maskedAny) {
      io.out('(access tokens and appsecret_proof values are masked; --show-secrets prints them)');
    }
    const why = failure(result);
    if (why !== undefined) io.err(`preview: ${why} (exit status 1)`);
    return why === undefined ? 0 : 1;
  },
);
