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
import { memberOf } from '../lib/event-data';
import { inList } from '../lib/text';
import { isArray, isFiniteNumber, isObject } from '../lib/types';
import { HASHED_KEYS } from '../meta/compact';
import { isHashedValue } from '../meta/formats';

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
    if (isHashedValue(v) && hashes.indexOf(v as string) < 0 && hashes.length < MAX_VALUES_PER_KEY) {
      hashes.push(v as string);
    }
  }
  return hashes;
}

export function encodeStoredKeys(stored: StoredKeys): string {
  return toBase64(JSON.stringify(stored) || '{}');
}

/** The live keys of one cookie value; {} for anything unreadable. */
export function decodeStoredKeys(value: unknown, nowMs: number, maxAgeSeconds: number): StoredKeys {
  const result: StoredKeys = {};
  const decoded = typeof value === 'string' ? fromBase64(value) : undefined;
  const parsed = typeof decoded === 'string' ? JSON.parse(decoded) : undefined;
  if (!isObject(parsed)) return result;
  const now = Math.floor(nowMs / 1000);
  for (const key of Object.keys(parsed)) {
    if (!inList(HASHED_KEYS, key)) continue;
    const entry = isObject(parsed[key]) ? parsed[key] : undefined;
    const t = memberOf(entry, 't');
    const v = hashedValues(memberOf(entry, 'v'));
    const live = isFiniteNumber(t) && t <= now + CLOCK_SKEW_SECONDS && now - t <= maxAgeSeconds;
    if (live && v.length > 0) result[key] = { v: v, t: Math.floor(t) };
  }
  return result;
}
