/** Small text checks for field values, written with charAt because the sandbox has no regex literals. */
import { decodeUriComponent, makeString } from '../sandbox/apis';
import { typeOf } from '../sandbox/type-of';

const DIGITS = '0123456789';
const HEX = '0123456789abcdef';
/**
 * Space, tab, line feed, carriage return, then form feed, vertical tab and
 * no-break space from their UTF-8 bytes (GTM's dialect has no \f, \v or \u escapes).
 */
const WHITESPACE = ' \t\n\r' + decodeUriComponent('%0C%0B%C2%A0');

/**
 * A field value as trimmed text: strings and finite-looking numbers only
 * (a GTM variable may hand a number to a text field). Anything else
 * (objects, arrays, booleans) is undefined so the caller can name the type
 * problem; missing values are ''.
 */
export function fieldText(value: unknown): string | undefined {
  const type = typeOf(value);
  if (type === 'string') return (value as string).trim();
  if (type === 'number') return makeString(value);
  if (type === 'undefined' || type === 'null') return '';
  return undefined;
}

function onlyCharsFrom(text: string, allowed: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    if (allowed.indexOf(text.charAt(i)) < 0) return false;
  }
  return true;
}

export function isDigits(text: string): boolean {
  return onlyCharsFrom(text, DIGITS);
}

/** 64 lowercase hex characters: a SHA-256 hex digest (callers lowercase first). */
export function isHex64(text: string): boolean {
  return text.length === 64 && onlyCharsFrom(text, HEX);
}

export function hasWhitespace(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (WHITESPACE.indexOf(text.charAt(i)) >= 0) return true;
  }
  return false;
}
