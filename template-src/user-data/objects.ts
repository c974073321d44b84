import { Object } from '../sandbox/apis';

/** Looks a key up in one of this project's tables without reaching inherited members. */
export function lookup<T>(table: { [key: string]: T }, key: string): T | undefined {
  return table.hasOwnProperty(key) ? table[key] : undefined;
}

/**
 * Whether an object that came from outside (event data, a variable, a
 * table) has `key` as its own. Such an object may carry its own
 * "hasOwnProperty" key, so that method is not called on it.
 */
export function hasKey(object: any, key: string): boolean {
  return Object.keys(object).indexOf(key) >= 0;
}

/** Names that would reach an object's prototype instead of a property. */
export function isPlainName(name: string): boolean {
  return name !== '__proto__';
}
