import { makeString } from '../sandbox/apis';
import { typeOf } from '../sandbox/type-of';

/** Longest text kept in custom_data; longer text is a mistake. */
export const MAX_TEXT_LENGTH = 500;

/**
 * Trimmed text from a string or a finite number; '' for empty or missing
 * values; undefined for values that cannot be text (objects, NaN, booleans)
 * or are longer than MAX_TEXT_LENGTH.
 */
export function textValue(raw: any): string | undefined {
  const type = typeOf(raw);
  if (type === 'undefined' || type === 'null') return '';
  if (type === 'number' && raw - raw !== 0) return undefined;
  if (type !== 'string' && type !== 'number') return undefined;
  const text = makeString(raw).trim();
  return text.length > MAX_TEXT_LENGTH ? undefined : text;
}

/** One of `allowed`, matched in lower case; undefined otherwise. */
export function enumValue(raw: any, allowed: string[]): string | undefined {
  const text = textValue(raw);
  if (text === undefined) return undefined;
  const value = text.toLowerCase();
  return allowed.indexOf(value) >= 0 ? value : undefined;
}
