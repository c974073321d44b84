/**
 * The Tests tab's assertThat(actual, opt_message) and its matchers,
 * modelled on Google Truth with GTM's documented meanings: equality is deep
 * (see equality.ts); contains/doesNotContain take arrays or strings;
 * containsExactly/doesNotContainExactly compare arrays as multisets (order
 * ignored, duplicates counted); hasLength/isEmpty/isNotEmpty fail for
 * anything but an array or string; isObject means getType() === 'object'.
 * A failed assertion throws AssertionFailure, which ends the scenario.
 */
import { deepEqual } from './equality';
import { sandboxTypeOf } from './pure/types';
import { describeValue } from './values';

export class AssertionFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AssertionFailure';
  }
}

const show = (value: unknown) => describeValue(value);
const list = (values: unknown[]) => values.map(show).join(', ');

function indexOfDeep(haystack: unknown[], needle: unknown): number {
  return haystack.findIndex((item) => deepEqual(item, needle));
}

/** Same elements with the same multiplicities, in any order. */
function sameMultiset(actual: unknown[], expected: unknown[]): boolean {
  if (actual.length !== expected.length) return false;
  const remaining = [...actual];
  for (const e of expected) {
    const i = indexOfDeep(remaining, e);
    if (i < 0) return false;
    remaining.splice(i, 1);
  }
  return true;
}

/** Whether `actual` (array or string) holds `item`; undefined when it is neither. */
function holds(actual: unknown, item: unknown): boolean | undefined {
  if (Array.isArray(actual)) return indexOfDeep(actual, item) >= 0;
  if (typeof actual === 'string') return typeof item === 'string' && actual.indexOf(item) >= 0;
  return undefined;
}

export type Subject = Record<string, (...args: unknown[]) => void>;

export function assertThat(actual: unknown, message?: unknown): Subject {
  const prefix = message === undefined || message === null ? '' : String(message) + ': ';
  const check = (ok: boolean, text: () => string) => {
    if (!ok) throw new AssertionFailure(prefix + text());
  };
  const is = (ok: boolean, what: string) => check(ok, () => `expected ${show(actual)} ${what}`);
  const arrayOrString = (matcher: string) => {
    const ok = Array.isArray(actual) || typeof actual === 'string';
    check(ok, () => `${matcher}: ${show(actual)} is not an array or string`);
  };
  const array = (matcher: string) =>
    check(Array.isArray(actual), () => `${matcher}: ${show(actual)} is not an array`);
  const length = () => (actual as unknown[] | string).length;

  return {
    isEqualTo: (expected) => is(deepEqual(actual, expected), `to equal ${show(expected)}`),
    isNotEqualTo: (expected) => is(!deepEqual(actual, expected), `not to equal ${show(expected)}`),
    isStrictlyEqualTo: (expected) =>
      is(actual === expected, `to be strictly equal (===) to ${show(expected)}`),
    isNotStrictlyEqualTo: (expected) =>
      is(actual !== expected, `not to be strictly equal (===) to ${show(expected)}`),
    isAnyOf: (...expected) =>
      is(
        expected.some((e) => deepEqual(actual, e)),
        `to be any of [${list(expected)}]`,
      ),
    isNoneOf: (...expected) =>
      is(!expected.some((e) => deepEqual(actual, e)), `to be none of [${list(expected)}]`),
    isUndefined: () => is(actual === undefined, 'to be undefined'),
    isDefined: () => is(actual !== undefined, 'to be defined'),
    isNull: () => is(actual === null, 'to be null'),
    isNotNull: () => is(actual !== null, 'not to be null'),
    isTrue: () => is(actual === true, 'to be true'),
    isFalse: () => is(actual === false, 'to be false'),
    isTruthy: () => is(Boolean(actual), 'to be truthy'),
    isFalsy: () => is(!actual, 'to be falsy'),
    isNaN: () => is(typeof actual === 'number' && Number.isNaN(actual), 'to be NaN'),
    isNotNaN: () => is(!(typeof actual === 'number' && Number.isNaN(actual)), 'not to be NaN'),
    isInfinity: () =>
      is(actual === Infinity || actual === -Infinity, 'to be Infinity or -Infinity'),
    isNotInfinity: () =>
      is(actual !== Infinity && actual !== -Infinity, 'not to be Infinity or -Infinity'),
    isGreaterThan: (e) => is((actual as never) > (e as never), `to be greater than ${show(e)}`),
    isGreaterThanOrEqualTo: (e) =>
      is((actual as never) >= (e as never), `to be greater than or equal to ${show(e)}`),
    isLessThan: (e) => is((actual as never) < (e as never), `to be less than ${show(e)}`),
    isLessThanOrEqualTo: (e) =>
      is((actual as never) <= (e as never), `to be less than or equal to ${show(e)}`),
    contains: (...expected) => {
      arrayOrString('contains');
      const missing = expected.filter((e) => !holds(actual, e));
      is(missing.length === 0, `to contain ${list(expected)}, but it lacks ${list(missing)}`);
    },
    doesNotContain: (...expected) => {
      arrayOrString('doesNotContain');
      const found = expected.filter((e) => holds(actual, e));
      is(found.length === 0, `not to contain ${list(expected)}, but it contains ${list(found)}`);
    },
    containsExactly: (...expected) => {
      array('containsExactly');
      is(sameMultiset(actual as unknown[], expected), `to contain exactly [${list(expected)}]`);
    },
    doesNotContainExactly: (...expected) => {
      array('doesNotContainExactly');
      is(
        !sameMultiset(actual as unknown[], expected),
        `not to contain exactly [${list(expected)}]`,
      );
    },
    hasLength: (expected) => {
      arrayOrString('hasLength');
      is(length() === expected, `to have length ${show(expected)}, but its length is ${length()}`);
    },
    isEmpty: () => {
      arrayOrString('isEmpty');
      is(length() === 0, 'to be empty');
    },
    isNotEmpty: () => {
      arrayOrString('isNotEmpty');
      is(length() > 0, 'not to be empty');
    },
    isArray: () => is(sandboxTypeOf(actual) === 'array', 'to be an array'),
    isBoolean: () => is(sandboxTypeOf(actual) === 'boolean', 'to be a boolean'),
    isFunction: () => is(sandboxTypeOf(actual) === 'function', 'to be a function'),
    isNumber: () => is(sandboxTypeOf(actual) === 'number', 'to be a number'),
    isObject: () => is(sandboxTypeOf(actual) === 'object', 'to be an object'),
    isString: () => is(sandboxTypeOf(actual) === 'string', 'to be a string'),
  };
}
