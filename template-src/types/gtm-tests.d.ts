/**
 * Typings for GTM's Tests-tab API, the globals available to the sandboxed
 * scenario code in template-src/scenarios (modelled on Google Truth).
 */

interface GtmSubject {
  isEqualTo(expected: any): void;
  isNotEqualTo(expected: any): void;
  isStrictlyEqualTo(expected: any): void;
  isNotStrictlyEqualTo(expected: any): void;
  isAnyOf(...expected: any[]): void;
  isNoneOf(...expected: any[]): void;
  isUndefined(): void;
  isDefined(): void;
  isNull(): void;
  isNotNull(): void;
  isTrue(): void;
  isFalse(): void;
  isTruthy(): void;
  isFalsy(): void;
  isNaN(): void;
  isNotNaN(): void;
  isInfinity(): void;
  isNotInfinity(): void;
  isGreaterThan(expected: number): void;
  isGreaterThanOrEqualTo(expected: number): void;
  isLessThan(expected: number): void;
  isLessThanOrEqualTo(expected: number): void;
  contains(...expected: any[]): void;
  doesNotContain(...expected: any[]): void;
  containsExactly(...expected: any[]): void;
  doesNotContainExactly(...expected: any[]): void;
  hasLength(expected: number): void;
  isEmpty(): void;
  isNotEmpty(): void;
  isArray(): void;
  isBoolean(): void;
  isFunction(): void;
  isNumber(): void;
  isObject(): void;
  isString(): void;
}

interface GtmApiSubject {
  wasCalled(): void;
  wasNotCalled(): void;
  wasCalledWith(...expected: any[]): void;
  wasNotCalledWith(...expected: any[]): void;
}

/** Runs the template code with the given field values; undefined for tags. */
declare function runCode(data: { [field: string]: any }): any;
/** Replaces an API with a function, or with a value it returns as-is. */
declare function mock(apiName: string, returnValue: any): void;
/** Replaces an object API (templateDataStorage, BigQuery, Firestore). */
declare function mockObject(apiName: string, objectMock: { [method: string]: any }): void;
declare function assertApi(apiName: string): GtmApiSubject;
declare function assertThat(actual: any, opt_message?: string): GtmSubject;
declare function fail(message?: string): void;
