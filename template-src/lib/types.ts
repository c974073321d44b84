/**
 * Type tests for values that may be anything (event data, field values,
 * cookies); none of them throws. `typeof` decides wherever it can: the
 * sandbox's getType is asked only to tell a list from an object, since
 * every API call crosses the sandbox boundary.
 */
import { getType } from '../sandbox/apis';

export type Kind =
  'string' | 'number' | 'boolean' | 'null' | 'undefined' | 'array' | 'object' | 'function';

export function kindOf(value: unknown): Kind {
  const type = typeof value;
  if (type !== 'object') return type as Kind;
  return value === null ? 'null' : getType(value);
}

export function isString(value: unknown): value is string {
  return typeof value === 'string';
}

export function isArray(value: unknown): value is any[] {
  return typeof value === 'object' && value !== null && getType(value) === 'array';
}

/** A plain object: not null, not a list. */
export function isObject(value: unknown): value is { [key: string]: any } {
  return typeof value === 'object' && value !== null && getType(value) === 'object';
}

/** A number that is neither NaN nor infinite. */
export function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && value - value === 0;
}

/** Nothing given: undefined, null or the empty string. */
export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}
