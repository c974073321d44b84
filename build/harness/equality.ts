/**
 * Value equality for the Tests tab (isEqualTo, isAnyOf, contains...,
 * wasCalledWith): a deep comparison of contents, as GTM documents ("a
 * value comparison, not a reference comparison; the contents of objects
 * and arrays are compared recursively"). NaN equals NaN (as in Truth).
 * Functions compare by identity. An object key whose value is undefined
 * counts as absent, since such keys vanish whenever a value passes through
 * JSON, which tags do constantly.
 */
import { sandboxTypeOf } from './pure/types';

function definedKeys(o: object): string[] {
  return Object.keys(o).filter((k) => (o as Record<string, unknown>)[k] !== undefined);
}

export function deepEqual(a: unknown, b: unknown, seen: [unknown, unknown][] = []): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return Number.isNaN(a) && Number.isNaN(b);
  const type = sandboxTypeOf(a);
  if (type !== sandboxTypeOf(b) || (type !== 'array' && type !== 'object')) return false;
  if (seen.some(([x, y]) => x === a && y === b)) return true;
  const pairs: [unknown, unknown][] = [...seen, [a, b]];
  if (type === 'array') {
    const x = a as unknown[];
    const y = b as unknown[];
    return x.length === y.length && x.every((v, i) => deepEqual(v, y[i], pairs));
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = definedKeys(x);
  const otherKeys = definedKeys(y);
  return (
    keys.length === otherKeys.length &&
    keys.every((k) => Object.prototype.hasOwnProperty.call(y, k) && deepEqual(x[k], y[k], pairs))
  );
}

/**
 * Argument lists match when equal element by element, trailing undefined
 * arguments ignored: `f(a)` and `f(a, undefined)` pass the same values.
 */
export function argsEqual(actual: unknown[], expected: unknown[]): boolean {
  const trim = (list: unknown[]) => {
    let n = list.length;
    while (n > 0 && list[n - 1] === undefined) n--;
    return list.slice(0, n);
  };
  return deepEqual(trim(actual), trim(expected));
}
