/**
 * The character classes the normalizers remove, as createRegex patterns
 * (RE2): the sandbox has no regex literals and no charCodeAt. The classes
 * themselves are listed in meta/data/characters.ts.
 */
import { createRegex } from '../sandbox/apis';
import { PUNCTUATION_CLASS, WHITESPACE_CLASS } from '../meta/compact';

/** Whitespace and punctuation: what names, cities and states are written without. */
export const SEPARATORS = '[' + WHITESPACE_CLASS + PUNCTUATION_CLASS + ']';
/** The same, and digits. */
export const SEPARATORS_AND_DIGITS = '[' + WHITESPACE_CLASS + PUNCTUATION_CLASS + '0-9]';

/** `text` without any character of the class `pattern`. */
export function without(text: string, pattern: string): string {
  return text.replace(createRegex(pattern, 'g')!, '');
}

/**
 * Lowercase, without whitespace or punctuation, letters of every script
 * kept: the shape Meta wants for names, cities and states.
 */
export function compactLowercase(text: string): string {
  return without(text.toLowerCase(), SEPARATORS);
}
