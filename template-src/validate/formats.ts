/** Formats Meta checks, shared by the builders and the validator. */
import { isBase64Url, isLowerHex, isString } from './values';

/**
 * The Parameter Builder's appendix: 8 base64url characters (current form) or
 * 2 (legacy form), reference/meta-capi.md §6.4.
 */
export function isAppendix(s: string): boolean {
  return (s.length === 8 || s.length === 2) && isBase64Url(s);
}

/** A SHA-256 in lowercase hex, optionally followed by a Parameter Builder appendix. */
export function isHashedValue(value: unknown): boolean {
  if (!isString(value)) return false;
  const dot = value.indexOf('.');
  const hash = dot < 0 ? value : value.substring(0, dot);
  if (hash.length !== 64 || !isLowerHex(hash)) return false;
  return dot < 0 || isAppendix(value.substring(dot + 1));
}

/** An absolute http(s) URL, as Meta wants for event_source_url and referrer_url. */
export function isHttpUrl(value: unknown): boolean {
  if (!isString(value)) return false;
  const lower = value.toLowerCase();
  const rest = lower.indexOf('https://') === 0 ? 8 : lower.indexOf('http://') === 0 ? 7 : -1;
  return rest > 0 && value.length > rest && value.indexOf(' ') < 0;
}
