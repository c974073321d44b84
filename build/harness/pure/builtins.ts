/**
 * The JSON, Math and Object APIs: GTM's subsets of the standard built-ins,
 * changed so that nothing throws (the sandbox has no try/catch).
 */
import { isObjectLike, toStringSafely } from './types';

export interface SandboxJson {
  parse(text: unknown): unknown;
  stringify(value: unknown): string | undefined;
}

export function createJson(): SandboxJson {
  return {
    /** Non-strings are coerced to strings; malformed JSON gives undefined. */
    parse(text) {
      try {
        return JSON.parse(typeof text === 'string' ? text : toStringSafely(text));
      } catch {
        return undefined;
      }
    },
    /** undefined for what JSON cannot represent (cycles, a bare function or undefined). */
    stringify(value) {
      try {
        return JSON.stringify(value);
      } catch {
        return undefined;
      }
    },
  };
}

/** Only these eight; no random (use generateRandom) and no constants such as PI. */
export function createMath(): Record<string, (...args: number[]) => number> {
  return {
    abs: (x) => Math.abs(x),
    ceil: (x) => Math.ceil(x),
    floor: (x) => Math.floor(x),
    round: (x) => Math.round(x),
    max: (...values) => Math.max(...values),
    min: (...values) => Math.min(...values),
    pow: (x, y) => Math.pow(x, y),
    sqrt: (x) => Math.sqrt(x),
  };
}

export interface SandboxObjectApi {
  keys(obj: unknown): string[];
  values(obj: unknown): unknown[];
  entries(obj: unknown): [string, unknown][];
  freeze<T>(obj: T): T;
  delete(obj: unknown, key: unknown): boolean;
}

export function createObjectApi(): SandboxObjectApi {
  return {
    keys: (obj) => (obj == null ? [] : Object.keys(obj)),
    values: (obj) => (obj == null ? [] : Object.values(obj)),
    entries: (obj) => (obj == null ? [] : Object.entries(obj)),
    freeze: (obj) => Object.freeze(obj),
    delete: deleteKey,
  };
}

/**
 * The delete operator as a function: true when the key is gone afterwards
 * (also when it was never there); false, changing nothing, for frozen
 * objects, arrays, non-objects and non-string keys. A key with dots is one
 * key (`'user.email'`), not a path, as `delete obj['user.email']` treats it:
 * stape's event-enricher suite deletes such keys and passes in GTM.
 */
function deleteKey(obj: unknown, key: unknown): boolean {
  if (!isObjectLike(obj) || Object.isFrozen(obj)) return false;
  if (typeof key !== 'string') return false;
  return Reflect.deleteProperty(obj, key);
}
