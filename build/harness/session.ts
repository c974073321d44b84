/**
 * The state of one run of a template (one runTag call, or one Tests-tab
 * scenario, which may call runCode several times): clock, event loop,
 * the request it reads, everything it sent, set, logged or stored, the
 * record of API calls for assertApi, and the mocks.
 *
 * Templates get their APIs through `templateRequire`: every call is
 * recorded, checked against the permissions (skipped for mocked APIs, as
 * GTM does, unless strictMocks) and sent to the mock or the real fake.
 * Scenario code gets `testRequire`: the real APIs, never the mocks (in GTM
 * a mock replaces an API for the template only, so a test can wrap the real
 * logToConsole in its mock); nothing is recorded or checked (the test
 * itself holds no permissions).
 */
import { buildApi, OBJECT_APIS, SERVER_API_NAMES, UnknownApiError } from './apis';
import type { BigQueryBehaviour, BigQueryInsert } from './storage';
import {
  HttpResponderState,
  type HttpContext,
  type HttpRequestRecord,
  type HttpResponder,
  type ScriptedResponse,
  type UnmatchedHttp,
} from './http';
import { queryPermission } from './permission-query';
import type { Policy, PolicyContext, TemplateKind } from './permissions';
import type { PromiseTracker } from './promise';
import { createPureApis } from './pure-apis';
import {
  createRequestApis,
  requestInfo,
  type CookieRecord,
  type RequestInfo,
  type ResponseState,
} from './request';
import { Scheduler } from './scheduler';
import { copyValue, recordedArgs } from './values';

export interface ContainerVersion {
  containerId: string;
  debugMode: boolean;
  environmentName: string;
  environmentMode: string;
  previewMode: boolean;
  version: string;
}

export const DEFAULT_NOW = Date.UTC(2026, 0, 15, 12, 0, 0);

export interface SessionOptions {
  /** Virtual clock start (ms since epoch). */
  now?: number;
  /** Random source in [0, 1); default a seeded sequence. */
  random?: () => number;
  eventData?: Record<string, unknown>;
  request?: Partial<RequestInfo>;
  responses?: HttpResponder;
  unmatchedHttp?: UnmatchedHttp;
  defaultResponse?: ScriptedResponse;
  containerVersion?: Partial<ContainerVersion>;
  clientName?: string;
  /** hmacSha256 keys by key id. */
  privateKeys?: Record<string, string>;
  /** Shared across runs to model templateDataStorage on one server instance. */
  templateStorage?: Map<string, unknown>;
  /** Firestore documents by path, e.g. 'users/u1'. */
  firestore?: Record<string, Record<string, unknown>>;
  bigQuery?: BigQueryBehaviour;
  /** Project id for BigQuery/Firestore calls that name none (GOOGLE_CLOUD_PROJECT). */
  projectId?: string;
  /** What sendPixelFromBrowser returns. */
  pixelFromBrowserSupported?: boolean;
  /** Enforce ___SERVER_PERMISSIONS___ (default true). */
  enforcePermissions?: boolean;
  /** Also check permissions on mocked APIs (GTM skips them). */
  strictMocks?: boolean;
  /**
   * Which API calls are kept (RunResult.apiCalls, assertApi): 'snapshots'
   * (with deep copies of their arguments, what assertApi compares; the
   * Tests tab's choice), 'references' (arguments as passed) or 'none' (the
   * default for plain runs: keeping hundreds of calls per run costs more
   * than the run itself).
   */
  recordCalls?: 'none' | 'references' | 'snapshots';
  /**
   * Counts as GTM's debug environment for the `logging` permission
   * ("debug" logs are dropped otherwise). Default: the container version's
   * debugMode or previewMode.
   */
  debug?: boolean;
}

export interface LogRecord {
  args: unknown[];
  text: string;
  at: number;
}

export interface ApiCall {
  api: string;
  args: unknown[];
}

type Fn = (...args: unknown[]) => unknown;

/** mulberry32: deterministic, so generated ids repeat run to run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Session {
  readonly scheduler: Scheduler;
  readonly tracker: PromiseTracker = { unhandled: new Set() };
  readonly request: RequestInfo;
  readonly eventData: Record<string, unknown>;
  readonly containerVersion: ContainerVersion;
  readonly clientName: string;
  readonly templateStorage: Map<string, unknown>;
  readonly firestore: Map<string, Record<string, unknown>>;
  readonly debug: boolean;

  readonly requests: HttpRequestRecord[] = [];
  readonly cookiesSet: CookieRecord[] = [];
  readonly logs: LogRecord[] = [];
  readonly response: ResponseState = { headers: {}, pixel: false, returned: false };
  readonly calls: ApiCall[] = [];
  readonly bigQueryInserts: BigQueryInsert[] = [];
  readonly analyticsEvents: unknown[] = [];
  readonly pixels: string[] = [];
  readonly containerRuns: unknown[] = [];
  readonly eventCallbacks: Fn[] = [];
  readonly messageListeners = new Map<string, Fn[]>();
  requestClaimed = false;

  /** Mocks set by the Tests tab's mock()/mockObject(). */
  readonly mocks = new Map<string, unknown>();

  private readonly random: () => number;
  private readonly responder: HttpResponderState;
  private readonly apis = new Map<string, unknown>();
  private readonly templateFacades = new Map<string, unknown>();
  private pure: Record<string, unknown> | undefined;
  private policyContext: PolicyContext | undefined;
  private http: HttpContext | undefined;
  private request_: ReturnType<typeof createRequestApis> | undefined;

  constructor(
    readonly policy: Policy,
    readonly kind: TemplateKind,
    readonly options: SessionOptions = {},
  ) {
    this.scheduler = new Scheduler(options.now ?? DEFAULT_NOW);
    this.random = options.random ?? seededRandom(1);
    this.request = requestInfo(options.request);
    this.eventData = options.eventData ?? {};
    this.containerVersion = {
      containerId: 'GTM-HARNESS',
      debugMode: false,
      environmentName: '',
      environmentMode: '',
      previewMode: false,
      version: '1',
      ...options.containerVersion,
    };
    this.debug =
      options.debug ?? (this.containerVersion.debugMode || this.containerVersion.previewMode);
    this.clientName = options.clientName ?? '';
    this.templateStorage = options.templateStorage ?? new Map();
    this.firestore = new Map(Object.entries(copyValue(options.firestore ?? {})));
    this.responder = new HttpResponderState(
      options.responses,
      options.unmatchedHttp ?? 'fail',
      options.defaultResponse,
    );
  }

  pureApis(): Record<string, unknown> {
    this.pure ??= createPureApis({
      now: () => this.scheduler.now(),
      random: () => this.random(),
      privateKeys: this.options.privateKeys,
    });
    return this.pure;
  }

  requestApis(): ReturnType<typeof createRequestApis> {
    this.request_ ??= createRequestApis(this.request, this.cookiesSet, this.response);
    return this.request_;
  }

  httpContext(): HttpContext {
    this.http ??= {
      scheduler: this.scheduler,
      tracker: this.tracker,
      responder: this.responder,
      requests: this.requests,
    };
    return this.http;
  }

  /** The un-mocked implementation. */
  apiFor(name: string): unknown {
    if (!this.apis.has(name)) this.apis.set(name, buildApi(this, name));
    return this.apis.get(name);
  }

  /** `require` as the template's code sees it. */
  readonly templateRequire = (name: unknown): unknown => this.facade(String(name));

  /** `require` as Tests-tab scenario code sees it: the real API, whatever is mocked. */
  readonly testRequire = (name: unknown): unknown => this.apiFor(String(name));

  private facade(name: string): unknown {
    const cached = this.templateFacades.get(name);
    if (cached !== undefined) return cached;
    if (!SERVER_API_NAMES.has(name) && !this.mocks.has(name)) {
      throw new UnknownApiError(`require('${name}'): no such server-side sandbox API`);
    }
    const mock = this.mocks.get(name);
    // mock('BigQuery', () => ({insert})) makes require('BigQuery') that function,
    // as GTM's Tests tab does (Google's Firestore template notes it); mockObject
    // and object mocks keep the object shape.
    const isObject =
      typeof mock === 'function'
        ? false
        : OBJECT_APIS.has(name) ||
          (!SERVER_API_NAMES.has(name) && typeof mock === 'object' && mock !== null);
    const made = isObject ? this.objectFacade(name) : this.functionFacade(name);
    this.templateFacades.set(name, made);
    return made;
  }

  private functionFacade(name: string): Fn {
    let real: Fn | undefined;
    return (...args: unknown[]) => {
      const mocked = this.mocks.has(name);
      this.record(name, args);
      if (this.shouldCheck(mocked) && this.check(name, args) === 'silenced') return undefined;
      if (mocked) {
        const mock = this.mocks.get(name);
        return typeof mock === 'function' ? (mock as Fn)(...args) : mock;
      }
      real ??= this.apiFor(name) as Fn;
      return real(...args);
    };
  }

  /**
   * Methods are looked up when called, so a mockObject() made after the
   * template's require still applies. A call records both `Api.method` and
   * `Api` for assertApi.
   */
  private objectFacade(name: string): object {
    const real = SERVER_API_NAMES.has(name) ? (this.apiFor(name) as Record<string, unknown>) : {};
    const facade: Record<string, Fn> = {};
    const methods = new Set(Object.keys(real));
    const mock = this.mocks.get(name);
    if (mock && typeof mock === 'object') Object.keys(mock).forEach((m) => methods.add(m));
    for (const method of methods) {
      facade[method] = (...args: unknown[]) => {
        const mocked = this.mocks.get(name);
        const isMocked = mocked !== undefined && mocked !== null;
        this.record(`${name}.${method}`, args, name);
        if (this.shouldCheck(isMocked)) {
          this.check(`${name}.${method}`, args);
          this.check(name, args);
        }
        const target = (isMocked ? mocked : real) as Record<string, unknown>;
        const fn = target[method];
        if (typeof fn !== 'function') {
          throw new TypeError(
            `${name}.${method} is not a function${isMocked ? ' in the mock' : ''}`,
          );
        }
        return (fn as Fn).apply(target, args);
      };
    }
    return facade;
  }

  /** Keeps a call for assertApi and RunResult.apiCalls; `alias` also records it under the object's name. */
  record(api: string, args: unknown[], alias?: string): void {
    const mode = this.options.recordCalls ?? 'none';
    if (mode === 'none') return;
    const kept = mode === 'snapshots' ? recordedArgs(args) : args;
    this.calls.push({ api, args: kept });
    if (alias !== undefined) this.calls.push({ api: alias, args: kept });
  }

  private shouldCheck(mocked: boolean): boolean {
    return (
      this.options.enforcePermissions !== false && (!mocked || this.options.strictMocks === true)
    );
  }

  private context(): PolicyContext {
    this.policyContext ??= {
      debug: this.debug,
      defaultProjectId: this.options.projectId ?? 'harness-project',
    };
    return this.policyContext;
  }

  private check(api: string, args: unknown[]) {
    return this.policy.check(api, args, this.context());
  }

  /** The queryPermission API: what the declared permissions allow (everything when not enforced). */
  queryPermission(permission: unknown, args: unknown[]): boolean {
    if (this.options.enforcePermissions === false) return true;
    return queryPermission(this.policy, permission, args, this.context());
  }

  /** Mocks are set per session; a new mock replaces the facades so object mocks get their methods. */
  setMock(name: string, value: unknown): void {
    this.mocks.set(name, value);
    if (OBJECT_APIS.has(name) || (value && typeof value === 'object')) {
      this.templateFacades.delete(name);
    }
  }
}
