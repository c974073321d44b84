/**
 * The identity stage: the user_data keys that identify the browser rather
 * than the person (client_ip_address, client_user_agent, fbc, fbp), and the
 * _fbc/_fbp cookies to write once the event goes out.
 */
import { computeEffectiveTldPlusOne, makeString, Math } from '../sandbox/apis';
import { FBC_COOKIE, FBP_COOKIE } from '../lib/cookie-names';
import { cookieDomain, firstPartyCookie, maxAgeSeconds } from '../lib/cookies';
import { eventValue, firstFound, type EventReader } from '../lib/event-data';
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
 * value of the event's own keys (Meta's client forwards `x-fb-ck-*`;
 * webhooks and Stape's Data Client send `fbc`/`_fbc`), then of the
 * browser's cookie (the browser lists the most specific cookie first, the
 * one the Pixel also reads). Malformed candidates are reported and skipped.
 */
function existingClickId(
  reader: EventReader,
  eventKeys: string,
  cookieName: string,
  cookieValues: unknown,
  problems: Problem[],
): string | undefined {
  const fromEvent = firstFound(reader, eventKeys, (value, key) => {
    if (isClickId(value)) return value as string;
    report(problems, key, 'malformed value ignored');
    return undefined;
  });
  if (fromEvent !== undefined) return fromEvent;
  if (isArray(cookieValues)) {
    for (const candidate of cookieValues) {
      if (isClickId(candidate)) return candidate;
      report(problems, cookieName, 'malformed cookie value ignored');
    }
  }
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

/**
 * Which IDs this event may carry. A browser's IDs go only with website
 * events: no fbp is generated, no fbc is made from a URL and no cookie is
 * written where no browser is (Meta: fbc and fbp identify a browser), and
 * business_messaging carries none of IP, user agent, fbc or fbp at all
 * (Meta's business messaging events). An explicit ad_storage denial stops
 * everything that comes from a cookie.
 */
export function identityStage(ctx: TagContext): StageResult {
  const fields = ctx.fields;
  const reader = ctx.eventData;
  const problems = ctx.problems;
  const userData = ctx.event.user_data;
  const source = ctx.event.action_source;
  if (source === 'business_messaging') return undefined;
  const website = source === 'website';
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
  if (!ctx.cookiesReadable) return undefined;

  const pageLocation = website ? eventValue(reader, 'page_location') : undefined;
  let index: number | undefined;
  const indexOnce = (): number => {
    if (index === undefined) index = subdomainIndex(fields, pageLocation);
    return index;
  };

  const fbcBefore = existingClickId(
    reader,
    'x-fb-ck-fbc,fbc,_fbc',
    FBC_COOKIE,
    website ? ctx.readCookie(FBC_COOKIE) : undefined,
    problems,
  );
  const fbc =
    website && fields.generateFbc !== false
      ? resolveFbc(
          fbcBefore,
          fbclidOf(pageLocation),
          (fbclid) => 'fb.' + indexOnce() + '.' + now + '.' + fbclid,
          problems,
        )
      : { value: fbcBefore, generated: false };
  if (fbc.value !== undefined) {
    userData.fbc = fbc.value;
    if (website && shouldWrite(fields.identityCookies, fbc.generated)) {
      ctx.cookies.push(firstPartyCookie(FBC_COOKIE, fbc.value, maxAge, fields));
    }
  }

  let fbp = existingClickId(
    reader,
    'x-fb-ck-fbp,fbp,_fbp',
    FBP_COOKIE,
    website ? ctx.readCookie(FBP_COOKIE) : undefined,
    problems,
  );
  const fbpGenerated = website && fbp === undefined && fields.generateFbp !== false;
  if (fbpGenerated) {
    fbp = generateFbp(eventValue(reader, 'client_id'), indexOnce(), now, problems);
  }
  if (fbp !== undefined) {
    userData.fbp = fbp;
    if (website && shouldWrite(fields.identityCookies, fbpGenerated)) {
      ctx.cookies.push(firstPartyCookie(FBP_COOKIE, fbp, maxAge, fields));
    }
  }
  return undefined;
}
