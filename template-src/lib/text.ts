/**
 * Text from values of any type, and the character tests the tag needs.
 * The sandbox has no regex literals; createRegex patterns (RE2) are built
 * once per event here and used through String search and replace, which
 * Google documents for createRegex results.
 */
import { createRegex, makeString } from '../sandbox/apis';
import { isFiniteNumber } from './types';

const ALL_DIGITS = /* @__PURE__ */ createRegex('^[0-9]+$')!;

/**
 * The trimmed text of a string or a finite number; '' when nothing is
 * given (undefined or null); undefined for anything that is not text
 * (NaN, booleans, lists, objects), so the caller can name the problem.
 */
export function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim();
  if (value === undefined || value === null) return '';
  return isFiniteNumber(value) ? makeString(value) : undefined;
}

/** One or more ASCII digits and nothing else. */
export function isDigits(text: string): boolean {
  return text.search(ALL_DIGITS) === 0;
}

/** Whether `value` is one of the entries of a `', '`-separated list (see meta/spec). */
export function inList(list: string, value: unknown): boolean {
  return list.split(', ').indexOf(value as string) >= 0;
}
