/**
 * The event-enhancement stage (off by default): remembers the hashed match
 * keys a browser's events carried, in an HttpOnly Secure first-party cookie,
 * and fills keys missing from later events of that browser. The current
 * event's values always win, and nothing but SHA-256 hashes is ever stored.
 */
import { Math } from '../sandbox/apis';
import { ENHANCEMENT_COOKIE } from '../lib/cookie-names';
import { firstPartyCookie, maxAgeSeconds } from '../lib/cookies';
import { report, type Problem } from '../lib/problems';
import { isArray } from '../lib/types';
import { HASHED_KEYS } from '../meta/compact';
import type { StageResult, TagContext } from '../context';
import { decodeStoredKeys, encodeStoredKeys, hashedValues, type StoredKeys } from './stored-keys';

const DEFAULT_DAYS = 30;

function isMissing(value: unknown): boolean {
  return (
    value === undefined || value === null || value === '' || (isArray(value) && value.length === 0)
  );
}

/** The first cookie value that holds live keys; several values happen when domains overlap. */
function readStored(
  cookieValues: unknown,
  nowMs: number,
  maxAge: number,
  problems: Problem[],
): StoredKeys {
  const values = isArray(cookieValues) ? cookieValues : [];
  for (const value of values) {
    const stored = decodeStoredKeys(value, nowMs, maxAge);
    for (const key in stored) {
      if (stored.hasOwnProperty(key)) return stored;
    }
  }
  if (values.length > 0) {
    report(problems, ENHANCEMENT_COOKIE, 'no live hashed keys in the cookie; ignored');
  }
  return {};
}

export function enhancementStage(ctx: TagContext): StageResult {
  const fields = ctx.fields;
  // The cookie belongs to a browser, and an ad_storage denial stops reading it.
  const browser = ctx.event.action_source === 'website' && ctx.cookiesReadable;
  if (fields.enableEventEnhancement !== true || !browser) return undefined;
  const userData = ctx.event.user_data;
  const maxAge = maxAgeSeconds(
    fields.enhancementMaxAgeDays,
    DEFAULT_DAYS,
    'enhancementMaxAgeDays',
    ctx.problems,
  );
  const stored = readStored(ctx.readCookie(ENHANCEMENT_COOKIE), ctx.now, maxAge, ctx.problems);
  const now = Math.floor(ctx.now / 1000);
  let observed = false;
  for (const key of HASHED_KEYS.split(', ')) {
    const current = hashedValues(userData[key]);
    if (current.length > 0) {
      stored[key] = { v: current, t: now };
      observed = true;
    } else if (isMissing(userData[key]) && stored[key] !== undefined) {
      userData[key] = stored[key].v;
    }
  }
  if (observed) {
    ctx.cookies.push(
      firstPartyCookie(ENHANCEMENT_COOKIE, encodeStoredKeys(stored), maxAge, {
        cookieDomain: fields.cookieDomain,
        cookieHttpOnly: true,
      }),
    );
  }
  return undefined;
}
