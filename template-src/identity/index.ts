/**
 * Identity: the user_data keys that identify the browser rather than the
 * person (client_ip_address, client_user_agent, fbc, fbp), and the _fbc/_fbp
 * cookies to write. Pure: the caller reads the cookies, supplies the clock
 * and performs setCookie.
 */
import { FBC_COOKIE, FBP_COOKIE } from '../cookie-names';
import { Math } from '../sandbox/apis';
import { readPath } from '../event-fields/read';
import { reportProblem, type Problem } from '../problem';
import { isString, own } from '../validate/values';
import { firstPartyCookie, maxAgeSeconds, subdomainIndex, type CookieToSet } from './cookies';
import { existingClickId } from './existing-value';
import { resolveFbc } from './fbc';
import { generateFbp } from './fbp';
import { cleanIp } from './ip';
import { cleanUserAgent } from './user-agent';

export interface IdentityFields {
  /** Make a new fbc when the page URL carries a new fbclid (default on). */
  generateFbc?: boolean;
  /** Make an fbp when the browser has none (default on). */
  generateFbp?: boolean;
  /** Which _fbc/_fbp values to write back as cookies: 'generated' (default), 'always', 'never'. */
  identityCookies?: string;
  cookieDomain?: string;
  cookieMaxAgeDays?: string | number;
  cookieHttpOnly?: boolean;
}

export interface IdentityCookies {
  fbc: string[];
  fbp: string[];
}

export interface IdentityUserData {
  client_ip_address?: string;
  client_user_agent?: string;
  fbc?: string;
  fbp?: string;
}

export interface Identity {
  userData: IdentityUserData;
  cookiesToSet: CookieToSet[];
}

/** Every event-data key resolveIdentity reads. */
export const IDENTITY_EVENT_KEYS = [
  'ip_override',
  'user_agent',
  'page_location',
  'client_id',
  'x-fb-ck-fbc',
  'x-fb-ck-fbp',
];

/** Cookies resolveIdentity's caller reads and may write. */
export const IDENTITY_COOKIE_NAMES = [FBC_COOKIE, FBP_COOKIE];

const DEFAULT_COOKIE_DAYS = 90;

function stringField(
  eventData: unknown,
  key: string,
  clean: (s: string) => string | undefined,
  whenUnusable: string,
  problems: Problem[],
): string | undefined {
  const raw = readPath(eventData, key);
  if (raw === undefined || raw === null || raw === '') return undefined;
  const value = isString(raw) ? clean(raw) : undefined;
  if (value === undefined) reportProblem(problems, key, whenUnusable);
  return value;
}

/** 'generated' (the default) writes only values this hit created; 'always' also refreshes known ones. */
function shouldWrite(mode: unknown, generated: boolean): boolean {
  if (mode === 'never') return false;
  return mode === 'always' || generated;
}

export function resolveIdentity(
  eventData: { [key: string]: any },
  fields: IdentityFields,
  cookies: IdentityCookies,
  nowMs: number,
  problems: Problem[],
): Identity {
  const now = Math.floor(nowMs);
  const userData: IdentityUserData = {};
  const cookiesToSet: CookieToSet[] = [];
  const pageLocation = readPath(eventData, 'page_location');
  const index = subdomainIndex(fields, pageLocation);
  const maxAge =
    fields.identityCookies === 'never'
      ? 0
      : maxAgeSeconds(fields.cookieMaxAgeDays, DEFAULT_COOKIE_DAYS, 'cookieMaxAgeDays', problems);

  const ip = stringField(
    eventData,
    'ip_override',
    cleanIp,
    'no valid IPv4/IPv6 address; left out',
    problems,
  );
  if (ip !== undefined) userData.client_ip_address = ip;
  const ua = stringField(
    eventData,
    'user_agent',
    cleanUserAgent,
    'not a non-empty string; left out',
    problems,
  );
  if (ua !== undefined) userData.client_user_agent = ua;

  const fbcBefore = existingClickId(
    '_fbc',
    own(cookies, 'fbc'),
    'x-fb-ck-fbc',
    readPath(eventData, 'x-fb-ck-fbc'),
    problems,
  );
  const fbc = resolveFbc(
    fbcBefore,
    pageLocation,
    fields.generateFbc !== false,
    index,
    now,
    problems,
  );
  if (fbc.value !== undefined) {
    userData.fbc = fbc.value;
    if (shouldWrite(fields.identityCookies, fbc.generated)) {
      cookiesToSet.push(firstPartyCookie('_fbc', fbc.value, maxAge, fields));
    }
  }

  const fbpBefore = existingClickId(
    '_fbp',
    own(cookies, 'fbp'),
    'x-fb-ck-fbp',
    readPath(eventData, 'x-fb-ck-fbp'),
    problems,
  );
  let fbp = fbpBefore ? fbpBefore.value : undefined;
  const fbpGenerated = fbp === undefined && fields.generateFbp !== false;
  if (fbpGenerated) fbp = generateFbp(readPath(eventData, 'client_id'), index, now, problems);
  if (fbp !== undefined) {
    userData.fbp = fbp;
    if (shouldWrite(fields.identityCookies, fbpGenerated)) {
      cookiesToSet.push(firstPartyCookie('_fbp', fbp, maxAge, fields));
    }
  }
  return { userData: userData, cookiesToSet: cookiesToSet };
}
