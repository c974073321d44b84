/**
 * Event enhancement (off by default): remembers the hashed match keys a
 * browser's events carried, in an HttpOnly Secure first-party cookie, and
 * fills keys missing from later events of that browser. The current event's
 * values always win, and nothing but SHA-256 hashes is ever stored.
 */
import { ENHANCEMENT_COOKIE } from '../cookie-names';
import { firstPartyCookie, maxAgeSeconds, type CookieToSet } from '../identity/cookies';
import { Math, Object } from '../sandbox/apis';
import { reportProblem, type Problem } from '../problem';
import { isArray, isObject } from '../validate/values';
import {
  decodeStoredKeys,
  encodeStoredKeys,
  ENHANCEMENT_KEYS,
  hashedValues,
  type StoredKeys,
} from './stored-keys';

export interface EnhancementFields {
  enableEventEnhancement?: boolean;
  enhancementMaxAgeDays?: string | number;
  cookieDomain?: string;
}

export interface Enhancement {
  userData: { [key: string]: any };
  cookiesToSet: CookieToSet[];
  /** Keys taken from the cookie (for the match-quality log). */
  filledKeys: string[];
}

export const ENHANCEMENT_COOKIE_NAME = ENHANCEMENT_COOKIE;

const DEFAULT_DAYS = 30;

function isMissing(value: unknown): boolean {
  return (
    value === undefined || value === null || value === '' || (isArray(value) && value.length === 0)
  );
}

/** The first cookie value that holds live keys; several values happen when domains overlap. */
function readStored(
  cookieValues: string[],
  nowMs: number,
  maxAge: number,
  problems: Problem[],
): StoredKeys {
  for (const value of isArray(cookieValues) ? cookieValues : []) {
    const stored = decodeStoredKeys(value, nowMs, maxAge);
    if (Object.keys(stored).length > 0) return stored;
  }
  if (isArray(cookieValues) && cookieValues.length > 0) {
    reportProblem(problems, ENHANCEMENT_COOKIE_NAME, 'no live hashed keys in the cookie; ignored');
  }
  return {};
}

export function applyEventEnhancement(
  userData: { [key: string]: any },
  fields: EnhancementFields,
  cookieValues: string[],
  nowMs: number,
  problems: Problem[],
): Enhancement {
  if (fields.enableEventEnhancement !== true || !isObject(userData)) {
    return { userData: userData, cookiesToSet: [], filledKeys: [] };
  }
  const maxAge = maxAgeSeconds(
    fields.enhancementMaxAgeDays,
    DEFAULT_DAYS,
    'enhancementMaxAgeDays',
    problems,
  );
  const stored = readStored(cookieValues, nowMs, maxAge, problems);
  const now = Math.floor(nowMs / 1000);
  const merged: { [key: string]: any } = {};
  for (const key of Object.keys(userData)) merged[key] = userData[key];
  const filledKeys: string[] = [];
  let observed = false;
  for (const key of ENHANCEMENT_KEYS) {
    const current = hashedValues(userData[key]);
    if (current.length > 0) {
      stored[key] = { v: current, t: now };
      observed = true;
    } else if (isMissing(userData[key]) && stored[key] !== undefined) {
      merged[key] = stored[key].v;
      filledKeys.push(key);
    }
  }
  const cookiesToSet = observed
    ? [
        firstPartyCookie(ENHANCEMENT_COOKIE_NAME, encodeStoredKeys(stored), maxAge, {
          cookieDomain: fields.cookieDomain,
          cookieHttpOnly: true,
        }),
      ]
    : [];
  return { userData: merged, cookiesToSet: cookiesToSet, filledKeys: filledKeys };
}
