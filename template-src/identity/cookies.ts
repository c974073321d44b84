/**
 * First-party cookies the tag asks its caller to set. The caller performs
 * `setCookie(c.name, c.value, c.options)`; GTM encodes the value, and
 * `getCookieValues(name)` decodes it on the next hit.
 */
import { computeEffectiveTldPlusOne, makeNumber, makeString, Math } from '../sandbox/apis';
import { reportProblem, type Problem } from '../problem';
import { isFiniteNumber, isString } from '../validate/values';

export interface CookieToSet {
  name: string;
  value: string;
  options: CookieOptions;
}

export interface CookieFields {
  /** 'auto' (GTM picks the registrable domain) or a domain such as example.com. */
  cookieDomain?: string;
  cookieHttpOnly?: boolean;
}

const DAY_SECONDS = 86400;

/**
 * 'auto' unless a domain is configured; a leading dot is harmless and kept.
 * "Auto" in any case still means auto: setCookie only knows the lowercase word.
 */
export function cookieDomain(fields: CookieFields): string {
  const domain = isString(fields.cookieDomain) ? fields.cookieDomain.trim() : '';
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
    reportProblem(problems, key, 'not a positive number of days; used ' + defaultDays);
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

/**
 * Meta's subdomain index: the number of dots in the domain the cookie lives
 * on (example.com → 1, www.example.com → 2). With 'auto' that is the
 * registrable domain of the page; 1 when it cannot be told, as Meta advises
 * for server-generated values.
 */
export function subdomainIndex(fields: CookieFields, pageLocation: unknown): number {
  let domain = cookieDomain(fields);
  if (domain === 'auto') {
    domain = isString(pageLocation) ? makeString(computeEffectiveTldPlusOne(pageLocation)) : '';
  }
  if (domain.charAt(0) === '.') domain = domain.substring(1);
  return domain === '' ? 1 : domain.split('.').length - 1;
}
