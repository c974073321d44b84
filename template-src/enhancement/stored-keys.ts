/**
 * The event-enhancement cookie's content: hashed match keys only, each with
 * the time (Unix seconds) it was last seen in a real event, so every key
 * expires on its own once the configured lifetime has passed since then.
 *
 * Value: base64 of JSON {"em":{"v":["<sha256 hex>"],"t":1763769600}, ...}.
 * Decoding trusts nothing: the cookie comes from the browser and may be
 * stale, truncated or forged, so only well-formed hashes of known keys
 * within their lifetime survive.
 */
import { fromBase64, JSON, Math, Object, toBase64 } from '../sandbox/apis';
import { HASHED_KEYS } from '../user-data/user-data-keys';
import { isHashedValue } from '../validate/formats';
import { isArray, isFiniteNumber, isObject, isString, own } from '../validate/values';

/** Person-level keys worth carrying to later events: the hashed ones, never IP, UA, fbc or fbp. */
export const ENHANCEMENT_KEYS = HASHED_KEYS;

/** Values kept per key, which bounds the cookie well under the 4 KB browsers allow. */
export const MAX_VALUES_PER_KEY = 2;

const CLOCK_SKEW_SECONDS = 60;

export interface StoredKey {
  v: string[];
  t: number;
}

export type StoredKeys = { [key: string]: StoredKey };

/** The hashed values of one user_data entry (a string or a list); raw values are never taken. */
export function hashedValues(value: unknown): string[] {
  const list = isArray(value) ? value : [value];
  const hashes: string[] = [];
  for (const v of list) {
    if (isHashedValue(v) && hashes.indexOf(v) < 0 && hashes.length < MAX_VALUES_PER_KEY)
      hashes.push(v);
  }
  return hashes;
}

export function encodeStoredKeys(stored: StoredKeys): string {
  return toBase64(JSON.stringify(stored) || '{}');
}

/** The live keys of one cookie value; {} for anything unreadable. */
export function decodeStoredKeys(value: unknown, nowMs: number, maxAgeSeconds: number): StoredKeys {
  const result: StoredKeys = {};
  const decoded = isString(value) ? fromBase64(value) : undefined;
  const parsed = isString(decoded) ? JSON.parse(decoded) : undefined;
  if (!isObject(parsed)) return result;
  const now = Math.floor(nowMs / 1000);
  for (const key of Object.keys(parsed)) {
    if (ENHANCEMENT_KEYS.indexOf(key) < 0) continue;
    const t = own(parsed[key], 't');
    const v = hashedValues(own(parsed[key], 'v'));
    const live = isFiniteNumber(t) && t <= now + CLOCK_SKEW_SECONDS && now - t <= maxAgeSeconds;
    if (live && v.length > 0) result[key] = { v: v, t: Math.floor(t) };
  }
  return result;
}
