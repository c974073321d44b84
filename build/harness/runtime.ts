/**
 * Runs a server template's sandboxed code: compiled once per Runtime as the
 * body of `function (data, require)`, then invoked with fresh state for
 * each run. A run executes the code, drains promises, callLater and HTTP
 * answers on the virtual clock until quiet, calls addEventCallback
 * callbacks, and reports what happened, including a tag that never calls
 * back (hung), calls back more than once, or fails (error or permission).
 */
import type { Template } from '../tpl';
import { UnscriptedHttpError, type HttpRequestRecord } from './http';
import { PermissionError, Policy, type TemplateKind } from './permissions';
import type { CookieRecord, ResponseState } from './request';
import { DEFAULT_LIMITS, RunawayError, type DrainLimits } from './scheduler';
import { SandboxContext, TimedOutError } from './sandbox-context';
import { Session, type ApiCall, type LogRecord, type SessionOptions } from './session';
import type { BigQueryInsert } from './storage';
import { copyValue } from './values';

export type TemplateType = 'TAG' | 'MACRO' | 'CLIENT';

/** Raw code and permissions, for when there is no .tpl. */
export interface TemplateSource {
  code: string;
  permissions?: unknown[];
  /** Default TAG. */
  type?: TemplateType;
  /** Used in stack traces. */
  filename?: string;
}

export interface RunOptions extends SessionOptions {
  /** The tag's field values (`data`); gtmOnSuccess/gtmOnFailure are added. */
  data?: Record<string, unknown>;
  limits?: Partial<DrainLimits>;
  /** Real-time bound on a run's synchronous work (default 5000 ms; 0: none, a little faster). */
  timeoutMs?: number;
}

export type Outcome = 'success' | 'failure' | 'hung' | 'error';

export interface RunError {
  kind: 'permission' | 'runtime' | 'runaway' | 'http';
  message: string;
  /** The permission publicId, for a permission error. */
  permission?: string;
  /** Where in the sandboxed code a runtime error happened, e.g. `template.js:3:3`. */
  location?: string;
}

export interface RunResult {
  /**
   * For tags: the first of gtmOnSuccess/gtmOnFailure called, `hung` if
   * neither was, `error` if the code failed. Variables and clients:
   * `success` unless the code failed.
   */
  outcome: Outcome;
  error?: RunError;
  /** What the code returned (a variable's value). */
  returnValue: unknown;
  gtmOnSuccessCalls: number;
  gtmOnFailureCalls: number;
  /** Human-readable findings: double callbacks, a hung tag, unhandled rejections. */
  problems: string[];
  requests: HttpRequestRecord[];
  cookiesSet: CookieRecord[];
  logs: LogRecord[];
  response: ResponseState;
  /**
   * Every API call the template made, in order (object APIs as `Api.method`),
   * when the run asked for them with `recordCalls` (none are kept by default).
   */
  apiCalls: ApiCall[];
  bigQueryInserts: BigQueryInsert[];
  firestore: Record<string, Record<string, unknown>>;
  templateStorage: Map<string, unknown>;
  pixelsFromBrowser: string[];
  /** The virtual clock when the run started (ms since epoch). */
  startedAtMs: number;
  /** Virtual milliseconds from start until quiet. */
  elapsedMs: number;
  /** Virtual time of the first gtmOnSuccess/gtmOnFailure, relative to the start. */
  calledBackAtMs?: number;
}

export interface CallbackCounter {
  success: number;
  failure: number;
  first?: 'success' | 'failure';
  at?: number;
}

const KINDS: Record<TemplateType, TemplateKind> = {
  TAG: 'Tag',
  MACRO: 'Variable',
  CLIENT: 'Client',
};

function isTemplate(source: Template | TemplateSource): source is Template {
  return (source as Template).info !== undefined;
}

/** The innermost stack frame in sandboxed code (its file names are not paths), e.g. `template.js:3:3`. */
function sandboxLocation(stack: unknown): string | undefined {
  if (typeof stack !== 'string') return undefined;
  for (const m of stack.matchAll(/\n\s+at (?:[^\n]*?\()?([^()\n]+:\d+:\d+)\)?/g)) {
    if (!/^(\/|node:|file:|[A-Za-z]:\\)/.test(m[1])) return m[1];
  }
  return undefined;
}

/** Sorts any thrown value into a RunError. */
export function classifyError(e: unknown): RunError {
  if (e instanceof PermissionError) {
    return { kind: 'permission', message: e.message, permission: e.permission };
  }
  if (e instanceof RunawayError || e instanceof TimedOutError) {
    return { kind: 'runaway', message: e.message };
  }
  if (e instanceof UnscriptedHttpError) return { kind: 'http', message: e.message };
  const err = e as { name?: unknown; message?: unknown; stack?: unknown } | null;
  if (err && typeof err === 'object' && typeof err.message === 'string') {
    const where = sandboxLocation(err.stack);
    return {
      kind: 'runtime',
      message: `${String(err.name ?? 'Error')}: ${err.message}`,
      ...(where ? { location: where } : {}),
    };
  }
  return { kind: 'runtime', message: 'Uncaught ' + String(e) };
}

export class Runtime {
  readonly type: TemplateType;
  readonly kind: TemplateKind;
  readonly policy: Policy;
  readonly code: string;
  readonly context = new SandboxContext();
  private readonly template: (...args: unknown[]) => unknown;

  constructor(source: Template | TemplateSource) {
    const src: TemplateSource = isTemplate(source)
      ? {
          code: source.serverCode ?? '',
          permissions: source.serverPermissions,
          type: (source.info.type as TemplateType | undefined) ?? 'TAG',
        }
      : source;
    if (isTemplate(source) && source.serverCode === undefined) {
      throw new Error('the template has no ___SANDBOXED_JS_FOR_SERVER___ section');
    }
    this.type = src.type && src.type in KINDS ? src.type : 'TAG';
    this.kind = KINDS[this.type];
    this.policy = Policy.fromSection(src.permissions ?? [], this.kind);
    this.code = src.code;
    this.template = this.context.compileFunction(
      ['data', 'require'],
      src.code,
      src.filename ?? 'template.js',
    );
  }

  newSession(options: SessionOptions = {}): Session {
    return new Session(this.policy, this.kind, options);
  }

  /**
   * Calls the template once in `session`, synchronously; async work stays
   * queued. `data` is copied and given its own gtmOnSuccess/gtmOnFailure,
   * which count into `counter` and are recorded as API calls.
   */
  invoke(session: Session, data: Record<string, unknown>, counter: CallbackCounter): unknown {
    const fields = copyValue(data ?? {});
    const callback = (which: 'success' | 'failure') => () => {
      session.record(which === 'success' ? 'gtmOnSuccess' : 'gtmOnFailure', []);
      counter[which]++;
      if (counter.first === undefined) {
        counter.first = which;
        counter.at = session.scheduler.now() - session.scheduler.startedAt;
      }
    };
    fields.gtmOnSuccess = callback('success');
    fields.gtmOnFailure = callback('failure');
    return this.template(fields, session.templateRequire);
  }

  run(options: RunOptions = {}): RunResult {
    const session = this.newSession(options);
    const counter: CallbackCounter = { success: 0, failure: 0 };
    const limits = { ...DEFAULT_LIMITS, ...options.limits };
    let returnValue: unknown;
    let error: RunError | undefined;
    try {
      returnValue = this.context.runTimed(() => {
        const value = this.invoke(session, options.data ?? {}, counter);
        session.scheduler.drain(limits);
        this.runEventCallbacks(session, counter);
        session.scheduler.drain(limits);
        return value;
      }, options.timeoutMs ?? 5000);
    } catch (e) {
      error = classifyError(e);
    }
    return this.result(session, counter, returnValue, error);
  }

  /** addEventCallback callbacks run once the tag is done, with its status. */
  private runEventCallbacks(session: Session, counter: CallbackCounter): void {
    const callbacks = session.eventCallbacks.splice(0);
    if (callbacks.length === 0) return;
    const status =
      counter.first === undefined ? 'timeout' : counter.first === 'success' ? 'success' : 'failure';
    const tags = [
      {
        id: 'harness-tag',
        status,
        executionTime: counter.at ?? session.scheduler.now() - session.scheduler.startedAt,
      },
    ];
    for (const cb of callbacks) cb(session.containerVersion.containerId, { tags: copyValue(tags) });
  }

  private result(
    session: Session,
    counter: CallbackCounter,
    returnValue: unknown,
    error: RunError | undefined,
  ): RunResult {
    const problems: string[] = [];
    const isTag = this.type === 'TAG';
    if (isTag) {
      for (const [name, count] of [
        ['gtmOnSuccess', counter.success],
        ['gtmOnFailure', counter.failure],
      ] as const) {
        if (count > 1) problems.push(`${name} was called ${count} times (it must be called once)`);
      }
      if (counter.success > 0 && counter.failure > 0) {
        problems.push('both gtmOnSuccess and gtmOnFailure were called');
      }
      if (!error && counter.first === undefined) {
        problems.push(
          'hung: neither gtmOnSuccess nor gtmOnFailure was called (GTM would show the tag as still running)',
        );
      }
    }
    if (session.tracker.unhandled.size > 0) {
      problems.push(`${session.tracker.unhandled.size} promise rejection(s) were never handled`);
    }
    const outcome: Outcome = error
      ? 'error'
      : !isTag
        ? 'success'
        : counter.first === undefined
          ? 'hung'
          : counter.first;
    return {
      outcome,
      ...(error ? { error } : {}),
      returnValue,
      gtmOnSuccessCalls: counter.success,
      gtmOnFailureCalls: counter.failure,
      problems,
      requests: session.requests,
      cookiesSet: session.cookiesSet,
      logs: session.logs,
      response: session.response,
      apiCalls: session.calls,
      bigQueryInserts: session.bigQueryInserts,
      firestore: Object.fromEntries(session.firestore),
      templateStorage: session.templateStorage,
      pixelsFromBrowser: session.pixels,
      startedAtMs: session.scheduler.startedAt,
      elapsedMs: session.scheduler.now() - session.scheduler.startedAt,
      ...(counter.at !== undefined ? { calledBackAtMs: counter.at } : {}),
    };
  }
}

export function createRuntime(source: Template | TemplateSource): Runtime {
  return new Runtime(source);
}
