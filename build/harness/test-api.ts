/**
 * GTM's Tests tab: runs a template's ___TESTS___ scenarios the way GTM does.
 * Each scenario gets a fresh session (mocks, recorded calls, clock, event
 * loop), runs `setup` then its own code (its code in a block after setup,
 * so it sees setup's declarations), then drains promise reactions and
 * callLater callbacks until quiet; assertions in them count. The first
 * failure (assertion, fail(), template error, permission error) ends that
 * scenario only.
 *
 * Globals: runCode, mock, mockObject, assertApi, assertThat, fail and
 * require. Permission checks are skipped for mocked APIs, as GTM
 * documents; `strictPermissions` checks them too. An un-mocked HTTP call
 * is recorded, never sent and never answered, and reported as a warning;
 * `strictHttp` makes it fail the scenario instead.
 */
import type { GtmTests } from '../tpl';
import { TEST_GLOBALS } from '../sandbox-catalogue';
import { argsEqual } from './equality';
import { AssertionFailure, assertThat } from './matchers';
import { classifyError, type CallbackCounter, type Runtime } from './runtime';
import { DEFAULT_LIMITS } from './scheduler';
import { SyntaxErrorInCode } from './sandbox-context';
import type { ApiCall, Session, SessionOptions } from './session';
import { describeValue } from './values';

export interface TestOptions extends SessionOptions {
  /** Check permissions on mocked APIs too (GTM does not). */
  strictPermissions?: boolean;
  /** Fail a scenario that makes an HTTP call with no mock. */
  strictHttp?: boolean;
  /** Only scenarios whose name contains this. */
  filter?: string;
  /** Real-time bound per scenario (default 5000 ms). */
  timeoutMs?: number;
}

export interface ScenarioResult {
  name: string;
  passed: boolean;
  /** Why it failed. */
  message?: string;
  warnings: string[];
  /** logToConsole output of the template, in order. */
  logs: string[];
}

export interface TestReport {
  scenarios: ScenarioResult[];
  passed: number;
  failed: number;
}

/** What scenario code gets as parameters: the Tests-tab globals the build's lint knows, less the template's own. */
const SCENARIO_GLOBALS = [...TEST_GLOBALS].filter((g) => g !== 'data' && g !== 'undefined');

function showArgs(args: unknown[]): string {
  return '(' + args.map((a) => describeValue(a)).join(', ') + ')';
}

export function assertApi(calls: ApiCall[], name: unknown) {
  const api = String(name);
  const made = () => calls.filter((c) => c.api === api);
  const fail = (text: string) => {
    throw new AssertionFailure(text);
  };
  const history = () => {
    const list = made();
    return list.length === 0
      ? 'it was never called'
      : 'its calls were: ' + list.map((c) => showArgs(c.args)).join(', ');
  };
  return {
    wasCalled: () => {
      if (made().length === 0) fail(`expected API '${api}' to have been called, but it was not`);
    },
    wasNotCalled: () => {
      const n = made().length;
      if (n > 0)
        fail(`expected API '${api}' not to have been called, but it was called ${n} time(s)`);
    },
    wasCalledWith: (...expected: unknown[]) => {
      if (!made().some((c) => argsEqual(c.args, expected))) {
        fail(`expected API '${api}' to have been called with ${showArgs(expected)}; ${history()}`);
      }
    },
    wasNotCalledWith: (...expected: unknown[]) => {
      if (made().some((c) => argsEqual(c.args, expected))) {
        fail(`expected API '${api}' not to have been called with ${showArgs(expected)}`);
      }
    },
  };
}

function failureMessage(e: unknown): string {
  if (e instanceof AssertionFailure) return e.message;
  if (e instanceof SyntaxErrorInCode) return 'SyntaxError in ' + e.message;
  const error = classifyError(e);
  return error.location ? `${error.message} (${error.location})` : error.message;
}

/**
 * Setup and scenario share one scope, so a mock made in setup sees the
 * scenario's constants (Google's reCAPTCHA suites rely on it). A scenario
 * that redeclares a setup name gets its own block instead.
 */
function compileScenario(runtime: Runtime, setup: string, body: string, name: string) {
  const filename = `test "${name}"`;
  try {
    return runtime.context.compileFunction(SCENARIO_GLOBALS, setup + '\n' + body, filename);
  } catch (e) {
    if (!(e instanceof SyntaxErrorInCode)) throw e;
    return runtime.context.compileFunction(
      SCENARIO_GLOBALS,
      setup + '\n{\n' + body + '\n}',
      filename,
    );
  }
}

function runScenario(
  runtime: Runtime,
  setup: string,
  name: string,
  body: string,
  options: TestOptions,
): ScenarioResult {
  const session: Session = runtime.newSession({
    debug: true,
    ...options,
    // assertApi compares the arguments as they were at each call.
    recordCalls: 'snapshots',
    // The Tests tab has no incoming POST: Meta's own client suite relies on an
    // un-mocked getRequestMethod() not answering 'POST'.
    request: { method: 'GET', ...options.request },
    unmatchedHttp: options.strictHttp ? 'fail' : (options.unmatchedHttp ?? 'pending'),
    strictMocks: options.strictPermissions === true,
  });
  const warnings: string[] = [];
  const invocations: CallbackCounter[] = [];

  const runCode = (data: unknown) => {
    const counter: CallbackCounter = { success: 0, failure: 0 };
    invocations.push(counter);
    const fields = data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
    // Whatever the code returns, for tags too: LINE's and Google's Pub/Sub tag
    // suites return their sendHttpRequest promise and chain on runCode().
    return runtime.invoke(session, fields, counter);
  };
  const api = {
    runCode,
    mock: (apiName: unknown, value: unknown) => session.setMock(String(apiName), value),
    mockObject: (apiName: unknown, value: unknown) =>
      session.setMock(String(apiName), value && typeof value === 'object' ? value : {}),
    assertApi: (apiName: unknown) => assertApi(session.calls, apiName),
    assertThat,
    fail: (message?: unknown) => {
      throw new AssertionFailure(message === undefined ? 'fail() was called' : String(message));
    },
    require: session.testRequire,
  };

  let message: string | undefined;
  try {
    const fn = compileScenario(runtime, setup, body, name);
    runtime.context.runTimed(() => {
      fn(...SCENARIO_GLOBALS.map((g) => api[g as keyof typeof api]));
      session.scheduler.drain(DEFAULT_LIMITS);
    }, options.timeoutMs ?? 5000);
  } catch (e) {
    message = failureMessage(e);
  }

  for (const r of session.requests) {
    if (r.unmatched && r.outcome.kind === 'pending') {
      warnings.push(`un-mocked ${r.api} ${r.method} ${r.url} was not sent and never answered`);
    }
  }
  invocations.forEach((c, i) => {
    const which = invocations.length > 1 ? `runCode call ${i + 1}: ` : '';
    if (c.success + c.failure > 1) {
      warnings.push(
        `${which}the template called back ${c.success + c.failure} times ` +
          `(gtmOnSuccess ${c.success}, gtmOnFailure ${c.failure})`,
      );
    }
  });
  return {
    name,
    passed: message === undefined,
    ...(message !== undefined ? { message } : {}),
    warnings,
    logs: session.logs.map((l) => l.text),
  };
}

/** Runs every scenario (or those matching `filter`) with the suite's setup. */
export function runTemplateTests(
  runtime: Runtime,
  tests: GtmTests | undefined,
  options: TestOptions = {},
): TestReport {
  const scenarios = (tests?.scenarios ?? [])
    .filter((s) => !options.filter || s.name.includes(options.filter))
    .map((s) => runScenario(runtime, tests?.setup ?? '', s.name, s.code, options));
  const passed = scenarios.filter((s) => s.passed).length;
  return { scenarios, passed, failed: scenarios.length - passed };
}
