/**
 * The fbc / fbp format: `fb.<subdomain index>.<creation ms>.<payload>` with an
 * optional Parameter Builder appendix as a fifth segment (reference/meta-capi.md
 * §6.1, §6.4). Meta rejects the whole request for a malformed value, so
 * anything else is dropped before sending.
 */
import { decodeUriComponent } from '../sandbox/apis';
import { isAppendix } from '../validate/formats';
import { isDigits, isString } from '../validate/values';

export interface ClickIdParts {
  subdomainIndex: string;
  creationTime: string;
  /** The fbclid (fbc) or random number (fbp). */
  payload: string;
}

export function parseClickId(value: unknown): ClickIdParts | undefined {
  if (!isString(value)) return undefined;
  const parts = value.split('.');
  if (parts.length !== 4 && parts.length !== 5) return undefined;
  if (parts[0] !== 'fb' || !isDigits(parts[1]) || !isDigits(parts[2])) return undefined;
  if (!isClickIdPayload(parts[3])) return undefined;
  if (parts.length === 5 && !isAppendix(parts[4])) return undefined;
  return { subdomainIndex: parts[1], creationTime: parts[2], payload: parts[3] };
}

export function isClickId(value: unknown): boolean {
  return parseClickId(value) !== undefined;
}

/** The DEL control character, from its byte (GTM's dialect has no \u escapes). */
const DELETE = decodeUriComponent('%7F');

/**
 * Any non-empty text without a dot (the segment separator) and without
 * whitespace or control characters, which no real fbclid contains and which
 * would not survive a cookie.
 */
export function isClickIdPayload(s: string): boolean {
  if (s.length === 0 || s.indexOf('.') >= 0) return false;
  for (let i = 0; i < s.length; i++) {
    if (s.charAt(i) <= ' ' || s.charAt(i) === DELETE) return false;
  }
  return true;
}
