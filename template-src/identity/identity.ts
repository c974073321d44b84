/**
 * The identity stage: the user_data keys that identify the browser rather
 * than the person (client_ip_address, client_user_agent, fbc, fbp), and the
 * _fbc/_fbp cookies to write once the event goes out.
 */
import { computeEffectiveTldPlusOne, makeString, Math } from '../sandbox/apis';
import { FBC_COOKIE, FBP_COOKIE } from '../lib/cookie-names';
import { cookieDomain, firstPartyCookie, maxAgeSeconds } from '../lib/cookies';
import { eventValue, type EventReader } from '../lib/event-data';
import { cleanIp } from '../lib/ip';
import { report, type Problem } from '../lib/problems';
import { isArray } from '../lib/types';
import { isClickId } from '../meta/formats';
import type { StageResult, TagContext, TagFields } from '../context';
import { fbclidOf, resolveFbc } from './fbc';
import { generateFbp } from './fbp';

const DEFAULT_COOKIE_DAYS = 90;

/**
 * Meta's subdomain index: the number of dots in the domain the cookie lives
 * on (example.com → 1, www.example.com → 2). With 'auto' that is the
 * registrable domain of the page; 1 when it cannot be told, as Meta advises
 * for server-generated values.
 */
export function subdomainIndex(fields: TagFields, pageLocation: unknown): number {
  let domain = cookieDomain(fields);
  if (domain === 'auto') {
    domain =
      typeof pageLocation === 'string' ? makeString(computeEffectiveTldPlusOne(pageLocation)) : '';
  }
  if (domain.charAt(0) === '.') domain = domain.substring(1);
  return domain === '' ? 1 : domain.split('.').length - 1;
}

/**
 * The fbc or fbp already known for this browser: the first well-formed
 * cookie value (the browser lists the most specific cookie first, the one the
 * Pixel also reads), else the value Meta's own client forwards in event data.
 * Malformed candidates are reported and skipped.
 */
function existingClickId(
  cookieName: string,
  cookieValues: unknown,
  reader: EventReader,
  eventKey: string,
  problems: Problem[],
): string | undefined {
  if (isArray(cookieValues)) {
    for (const candidate of cookieValues) {
      if (isClickId(candidate)) return candidate;
      report(problems, cookieName, 'malformed cookie value ignored');
    }
  }
  const eventValueOfKey = eventValue(reader, eventKey);
  if (eventValueOfKey === undefined || eventValueOfKey === null || eventValueOfKey === '') {
    return undefined;
  }
  if (isClickId(eventValueOfKey)) return eventValueOfKey;
  report(problems, eventKey, 'malformed value ignored');
  return undefined;
}

/** A text value of the event, cleaned; unusable values are reported. */
function cleanText(
  reader: EventReader,
  key: string,
  clean: (s: string) => string | undefined,
  whenUnusable: string,
  problems: Problem[],
): string | undefined {
  const raw = eventValue(reader, key);
  if (raw === undefined || raw === null || raw === '') return undefined;
  const value = typeof raw === 'string' ? clean(raw) : undefined;
  if (value === undefined) report(problems, key, whenUnusable);
  return value;
}

function cleanUserAgent(value: string): string | undefined {
  const ua = value.trim();
  return ua === '' ? undefined : ua;
}

/** 'generated' (the default) writes only values this hit created; 'always' also refreshes known ones. */
function shouldWrite(mode: unknown, generated: boolean): boolean {
  if (mode === 'never') return false;
  return mode === 'always' || generated;
}

export function identityStage(ctx: TagContext): StageResult {
  const fields = ctx.fields;
  const reader = ctx.eventData;
  const problems = ctx.problems;
  const userData = ctx.event.user_data;
  const now = Math.floor(ctx.now);
  const maxAge =
    fields.identityCookies === 'never'
      ? 0
      : maxAgeSeconds(fields.cookieMaxAgeDays, DEFAULT_COOKIE_DAYS, 'cookieMaxAgeDays', problems);

  const ip = cleanText(
    reader,
    'ip_override',
    cleanIp,
    'no valid IPv4/IPv6 address; left out',
    problems,
  );
  if (ip !== undefined) userData.client_ip_address = ip;
  const ua = cleanText(
    reader,
    'user_agent',
    cleanUserAgent,
    'not a non-empty string; left out',
    problems,
  );
  if (ua !== undefined) userData.client_user_agent = ua;

  const pageLocation = eventValue(reader, 'page_location');
  let index: number | undefined;
  const indexOnce = (): number => {
    if (index === undefined) index = subdomainIndex(fields, pageLocation);
    return index;
  };

  const fbcBefore = existingClickId(
    FBC_COOKIE,
    ctx.readCookie(FBC_COOKIE),
    reader,
    'x-fb-ck-fbc',
    problems,
  );
  const fbc =
    fields.generateFbc !== false
      ? resolveFbc(
          fbcBefore,
          fbclidOf(pageLocation),
          (fbclid) => 'fb.' + indexOnce() + '.' + now + '.' + fbclid,
          problems,
        )
      : { value: fbcBefore, generated: false };
  if (fbc.value !== undefined) {
    userData.fbc = fbc.value;
    if (shouldWrite(fields.identityCookies, fbc.generated)) {
      ctx.cookies.push(firstPartyCookie(FBC_COOKIE, fbc.value, maxAge, fields));
    }
  }

  let fbp = existingClickId(
    FBP_COOKIE,
    ctx.readCookie(FBP_COOKIE),
    reader,
    'x-fb-ck-fbp',
    problems,
  );
  const fbpGenerated = fbp === undefined && fields.generateFbp !== false;
  if (fbpGenerated) {
    fbp = generateFbp(eventValue(reader, 'client_id'), indexOnce(), now, problems);
  }
  if (fbp !== undefined) {
    userData.fbp = fbp;
    if (shouldWrite(fields.identityCookies, fbpGenerated)) {
      ctx.cookies.push(firstPartyCookie(FBP_COOKIE, fbp, maxAge, fields));
    }
  }
  return undefined;
}
