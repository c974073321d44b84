/**
 * Type and shape tests for values that may be anything (event data, cookies):
 * none of them throws, whatever it is given.
 */
import { Object } from '../sandbox/apis';
import { typeOf } from '../sandbox/type-of';

const DIGITS = '0123456789';
const HEX = '0123456789abcdef';
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export function isString(value: unknown): value is string {
  return typeOf(value) === 'string';
}

export function isObject(value: unknown): value is { [key: string]: any } {
  return typeOf(value) === 'object';
}

export function isArray(value: unknown): value is any[] {
  return typeOf(value) === 'array';
}

/** A number that is neither NaN nor infinite. */
export function isFiniteNumber(value: unknown): value is number {
  return typeOf(value) === 'number' && (value as number) - (value as number) === 0;
}

function allCharsIn(s: string, alphabet: string): boolean {
  for (let i = 0; i < s.length; i++) {
    if (alphabet.indexOf(s.charAt(i)) < 0) return false;
  }
  return true;
}

/** One or more ASCII digits and nothing else. */
export function isDigits(s: string): boolean {
  return s.length > 0 && allCharsIn(s, DIGITS);
}

export function isLowerHex(s: string): boolean {
  return s.length > 0 && allCharsIn(s, HEX);
}

export function isBase64Url(s: string): boolean {
  return s.length > 0 && allCharsIn(s, BASE64URL);
}

/** The value of a string of decimal digits (callers keep it short enough to stay exact). */
export function decimalValue(digits: string): number {
  let n = 0;
  for (let i = 0; i < digits.length; i++) n = n * 10 + DIGITS.indexOf(digits.charAt(i));
  return n;
}

/** The value of a lowercase hex string (callers keep it short enough to stay exact). */
export function hexValue(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) n = n * 16 + HEX.indexOf(s.charAt(i));
  return n;
}

/**
 * An own property, or undefined; safe on any value, including objects from
 * outside that carry their own "hasOwnProperty" key.
 */
export function own(value: unknown, key: string): any {
  if (!isObject(value)) return undefined;
  // Event data is JSON, so an own "hasOwnProperty" key is never a function: fall back to keys.
  const has =
    typeOf(value.hasOwnProperty) === 'function'
      ? value.hasOwnProperty(key)
      : Object.keys(value).indexOf(key) >= 0;
  return has ? value[key] : undefined;
}
