/**
 * URI and base64 encoders. GTM documents that the decoders return undefined
 * on invalid input instead of throwing; the encoders do the same for the one
 * input the standard functions reject (a lone UTF-16 surrogate).
 */
import { toStringSafely } from './types';

function orUndefined(fn: (s: string) => string): (value: unknown) => string | undefined {
  return (value) => {
    try {
      return fn(toStringSafely(value));
    } catch {
      return undefined;
    }
  };
}

export const encodeUri = orUndefined(encodeURI);
export const encodeUriComponent = orUndefined(encodeURIComponent);
export const decodeUri = orUndefined(decodeURI);
export const decodeUriComponent = orUndefined(decodeURIComponent);

/** UTF-8 bytes as base64, or as unpadded base64url with {urlEncoding: true}. */
export function toBase64(value: unknown, options?: unknown): string {
  const urlEncoding =
    typeof options === 'object' && options !== null && Boolean(Reflect.get(options, 'urlEncoding'));
  return Buffer.from(toStringSafely(value), 'utf8').toString(urlEncoding ? 'base64url' : 'base64');
}

/** Either alphabet, padding optional; one leftover character cannot encode a byte. */
const BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/;

/** Decodes base64 or base64url to a UTF-8 string; undefined for anything else. */
export function fromBase64(value: unknown): string | undefined {
  if (typeof value !== 'string' || !BASE64.test(value)) return undefined;
  const body = value.replace(/=+$/, '');
  if (body.length % 4 === 1) return undefined;
  if (value.length > body.length && value.length % 4 !== 0) return undefined;
  return Buffer.from(body, 'base64').toString('utf8');
}
