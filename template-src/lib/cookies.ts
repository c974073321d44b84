/**
 * First-party cookies the tag asks the run to set (identity's _fbc/_fbp,
 * event enhancement's cookie). The run performs
 * `setCookie(c.name, c.value, c.options)`; GTM encodes the value, and
 * `getCookieValues(name)` decodes it on the next hit.
 */
import { makeNumber, makeString, Math } from '../sandbox/apis';
import { report, type Problem } from './problems';
import { DAY_SECONDS } from './time';
import { isFiniteNumber } from './types';

export interface CookieToSet {
  name: string;
  value: string;
  options: CookieOptions;
}

export interface CookieFields {
  /** 'auto' (GTM picks the registrable domain) or a domain such as example.com. */
  cookieDomain?: unknown;
  cookieHttpOnly?: unknown;
}

/**
 * 'auto' unless a domain is configured; a leading dot is harmless and kept.
 * "Auto" in any case still means auto: setCookie only knows the lowercase word.
 */
export function cookieDomain(fields: CookieFields): string {
  const domain = typeof fields.cookieDomain === 'string' ? fields.cookieDomain.trim() : '';
  return domain === '' || domain.toLowerCase() === 'auto' ? 'auto' : domain;
}

/**
 * A lifetime field in days, as seconds. A value that is not a positive
 * number falls back to the default and is reported.
 */
export function maxAgeSeconds(
  days: unknown,
  defaultDays: number,
  key: string,
  problems: Problem[],
): number {
  if (days === undefined || days === null || makeString(days).trim() === '') {
    return defaultDays * DAY_SECONDS;
  }
  const n = makeNumber(days);
  if (!isFiniteNumber(n) || n <= 0) {
    report(problems, key, 'not a positive number of days; used ' + defaultDays);
    return defaultDays * DAY_SECONDS;
  }
  return Math.round(n * DAY_SECONDS);
}

/** Path /, Secure, SameSite Lax; HttpOnly as configured. */
export function firstPartyCookie(
  name: string,
  value: string,
  maxAge: number,
  fields: CookieFields,
): CookieToSet {
  return {
    name: name,
    value: value,
    options: {
      domain: cookieDomain(fields),
      path: '/',
      'max-age': maxAge,
      secure: true,
      samesite: 'Lax',
      httpOnly: fields.cookieHttpOnly === true,
    },
  };
}
