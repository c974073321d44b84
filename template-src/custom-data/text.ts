/** Text and enum values of custom_data. */
import { textOf } from '../lib/text';
import { inList } from '../lib/text';

/** Longest text kept in custom_data; longer text is a mistake. */
export const MAX_TEXT_LENGTH = 500;

/**
 * Trimmed text from a string or a finite number; '' for empty or missing
 * values; undefined for values that cannot be text (objects, NaN, booleans)
 * or are longer than MAX_TEXT_LENGTH.
 */
export function textValue(raw: unknown): string | undefined {
  const text = textOf(raw);
  return text === undefined || text.length > MAX_TEXT_LENGTH ? undefined : text;
}

/** One of the `', '`-separated `allowed`, matched in lower case; undefined otherwise. */
export function enumValue(raw: unknown, allowed: string): string | undefined {
  const text = textValue(raw);
  if (text === undefined) return undefined;
  const value = text.toLowerCase();
  return inList(allowed, value) ? value : undefined;
}
