/** The harness's public surface: run templates, their ___TESTS___, and check permissions. */
export {
  createRuntime,
  Runtime,
  type Outcome,
  type RunError,
  type RunOptions,
  type RunResult,
  type TemplateSource,
  type TemplateType,
} from './runtime';
export {
  runTemplateTests,
  type ScenarioResult,
  type TestOptions,
  type TestReport,
} from './test-api';
export { assertThat, AssertionFailure } from './matchers';
export { deepEqual } from './equality';
export {
  parsePermissions,
  PermissionError,
  Policy,
  urlPatternAllows,
  keyPatternAllows,
} from './permissions';
export {
  DEFAULT_RESPONSE,
  type HttpRequestRecord,
  type HttpResponder,
  type ResponseRule,
  type ScriptedResponse,
  type UnmatchedHttp,
} from './http';
export type { CookieRecord, RequestInfo, ResponseState } from './request';
export type { ContainerVersion, LogRecord, ApiCall, SessionOptions } from './session';
export { SERVER_API_NAMES } from './apis';
