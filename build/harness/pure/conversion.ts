/**
 * getType, makeInteger, makeNumber, makeString and makeTableMap.
 * GTM documents only "converts the given value to a number/string"; the
 * details follow the standard conversions (see tests for the evidence).
 */
import {
  defineValue,
  hasOwn,
  isObjectLike,
  sandboxTypeOf,
  toNumberSafely,
  toStringSafely,
  type SandboxType,
} from './types';

export function getType(value: unknown): SandboxType {
  return sandboxTypeOf(value);
}

/** Like the standard Number(value): '' → 0, 'abc' → NaN, true → 1, null → 0. */
export function makeNumber(value: unknown): number {
  return toNumberSafely(value);
}

/** makeNumber, then the fraction dropped toward zero; NaN stays NaN. */
export function makeInteger(value: unknown): number {
  return Math.trunc(makeNumber(value));
}

/** Like the standard String(value): null → 'null', [1, 2] → '1,2', {} → '[object Object]'. */
export function makeString(value: unknown): string {
  return toStringSafely(value);
}

/**
 * Turns SIMPLE_TABLE rows into {key: value}. Rows that are not objects or lack
 * either column are skipped; a later row wins a repeated key. Returns null
 * when nothing was added, as GTM documents ("or null otherwise").
 */
export function makeTableMap(
  rows: unknown,
  keyColumn: unknown,
  valueColumn: unknown,
): Record<string, unknown> | null {
  if (!Array.isArray(rows)) return null;
  const keyName = toStringSafely(keyColumn);
  const valueName = toStringSafely(valueColumn);
  const map: Record<string, unknown> = {};
  let added = false;
  for (const row of rows) {
    if (!isObjectLike(row) || !hasOwn(row, keyName) || !hasOwn(row, valueName)) continue;
    defineValue(map, toStringSafely(row[keyName]), row[valueName]);
    added = true;
  }
  return added ? map : null;
}
