/**
 * One user_data key's raw value (or list of them) → what Meta should
 * receive: SHA-256 hex for hashed keys, the trimmed text for never-hashed
 * ones (an IP or click ID only in a shape Meta accepts). Hashes, in either
 * case, pass through in lower case; Parameter Builder values
 * (`<hash>.<appendix>`) pass through with the appendix as it is. Empty
 * values are skipped; unusable ones are skipped and reported under
 * `user_data.<key>` with their source named, never the value, each reason
 * once.
 */
import { makeString, sha256Sync } from '../sandbox/apis';
import { cleanIp } from '../lib/ip';
import { looksPersonal, PERSONAL_REASON } from '../lib/personal-data';
import { report as reportProblem, type Problem } from '../lib/problems';
import { isArray, kindOf } from '../lib/types';
import { isClickId, isLowerHex64, SUPPLIED_HASH, ZERO_ADVERTISING_ID } from '../meta/formats';
import { normalizeCity } from './normalize-city';
import { normalizeCountry } from './normalize-country';
import { normalizeDateOfBirth } from './normalize-date-of-birth';
import { normalizeEmail } from './normalize-email';
import { normalizeGender } from './normalize-gender';
import { normalizeName } from './normalize-name';
import { normalizePhone } from './normalize-phone';
import { normalizeState } from './normalize-state';
import { normalizeZip } from './normalize-zip';

export interface NormalizeOptions {
  /** Digits of the calling code for national phone numbers, or ''. */
  defaultCountryCode: string;
  currentYear: number;
  hashExternalId: boolean;
}

/** No real personal detail is this long; longer text is a mistake, and slow to scan. */
export const MAX_VALUE_LENGTH = 256;
/** User agents and click IDs run longer than personal details. */
export const MAX_RAW_VALUE_LENGTH = 1024;
/** SHA-256 of the empty string: a hash of nothing, which matches nobody. */
const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

/** Values kept per key; the rest of a longer list is left out. */
export const MAX_VALUES_PER_KEY = 10;

interface Context {
  key: string;
  options: NormalizeOptions;
  problems: Problem[];
  source: string;
  /** Sent as it is, not hashed. */
  raw: boolean;
  values: string[];
  /** Reasons already reported: a long list of bad values must not flood the log. */
  reported: string;
}

function report(context: Context, reason: string): void {
  if (context.reported.indexOf('|' + reason + '|') >= 0) return;
  context.reported += reason + '|';
  reportProblem(
    context.problems,
    'user_data.' + context.key,
    'from ' + context.source + ': ' + reason,
  );
}

/**
 * The values to send for `key` from `value` (a list is read element by
 * element); undefined when nothing is usable. `raw`: the key is sent
 * unhashed.
 */
export function normalizeUserValue(
  key: string,
  raw: boolean,
  value: unknown,
  options: NormalizeOptions,
  problems: Problem[],
  source: string,
): string[] | undefined {
  const context: Context = {
    key: key,
    options: options,
    problems: problems,
    source: source,
    raw: raw,
    values: [],
    reported: '|',
  };
  const isList = typeof value === 'object' && value !== null && isArray(value);
  const elements = isList ? (value as unknown[]) : [value];
  const values = context.values;
  for (const element of elements) {
    let text: string;
    if (typeof element === 'string') {
      text = element.trim();
    } else if (typeof element === 'number' && element - element === 0) {
      text = makeString(element);
    } else {
      const type = kindOf(element);
      if (type === 'number') report(context, 'a number that is not finite');
      else if (type === 'array') report(context, 'a list inside a list');
      else if (type !== 'undefined' && type !== 'null') {
        report(context, 'a value of type ' + type + ', not text');
      }
      continue;
    }
    if (text === '') continue;
    const limit = raw ? MAX_RAW_VALUE_LENGTH : MAX_VALUE_LENGTH;
    if (text.length > limit) {
      report(context, 'longer than ' + limit + ' characters');
      continue;
    }
    let sent: string | undefined;
    if (raw) {
      sent = rawValue(context, text);
    } else if (text.search(SUPPLIED_HASH) === 0) {
      // A value someone already hashed (meta/formats isSuppliedHash).
      // Meta accepts only lowercase hex; the appendix is case-sensitive base64url.
      sent = text.substring(0, 64).toLowerCase() + text.substring(64);
      if (sent.substring(0, 64) === EMPTY_SHA256) {
        report(context, 'the hash of an empty value');
        sent = undefined;
      }
    } else {
      const normalized = normalizeByKey(key, text, options);
      if (normalized === undefined) report(context, invalidReason(key));
      else if (normalized === '') report(context, 'nothing left after normalization');
      else sent = sha256Sync(normalized, { outputEncoding: 'hex' });
    }
    if (sent === undefined || values.indexOf(sent) >= 0) continue;
    if (values.length >= MAX_VALUES_PER_KEY) {
      report(context, 'more than ' + MAX_VALUES_PER_KEY + ' values');
      break;
    }
    values.push(sent);
  }
  return values.length > 0 ? values : undefined;
}

function invalidReason(key: string): string {
  if (key === 'em') return 'not a valid email address';
  if (key === 'ph') return 'not a phone number with 7 to 15 digits';
  if (key === 'zp') return 'not a postal code';
  if (key === 'country') return 'not a country name or ISO code';
  if (key === 'ge') return 'not a gender (m or f)';
  if (key === 'db') return 'not a date of birth';
  return 'not usable';
}

/**
 * A malformed IP or click ID would make Meta reject the whole request, and
 * a hash where Meta wants the raw value matches nothing; both are refused.
 */
function rawValue(context: Context, text: string): string | undefined {
  const key = context.key;
  if (key === 'client_ip_address') {
    const ip = cleanIp(text);
    if (ip === undefined) report(context, 'not an IPv4 or IPv6 address');
    return ip;
  }
  if (key === 'fbc' || key === 'fbp') {
    if (isClickId(text)) return text;
    report(context, 'not in the fb.<subdomain index>.<time>.<id> format');
    return undefined;
  }
  if (key === 'client_user_agent') return text;
  if (key === 'madid' && text === ZERO_ADVERTISING_ID) {
    report(context, 'an advertising ID of zeros: the user limited ad tracking');
    return undefined;
  }
  if (key !== 'external_id' && isLowerHex64(text.toLowerCase())) {
    report(context, 'a SHA-256 hash where Meta wants the value unhashed');
    return undefined;
  }
  if (looksPersonal(text)) {
    report(context, PERSONAL_REASON);
    return undefined;
  }
  return text;
}

/** One key's normalizer applied to trimmed, non-empty text (before hashing). */
export function normalizeByKey(
  key: string,
  text: string,
  options: NormalizeOptions,
): string | undefined {
  switch (key) {
    case 'em':
      return normalizeEmail(text);
    case 'ph':
      return normalizePhone(text, options.defaultCountryCode);
    case 'fn':
    case 'ln':
      return normalizeName(text);
    case 'ct':
      return normalizeCity(text);
    case 'st':
      return normalizeState(text);
    case 'zp':
      return normalizeZip(text);
    case 'country':
      return normalizeCountry(text);
    case 'ge':
      return normalizeGender(text);
    case 'db':
      return normalizeDateOfBirth(text, options.currentYear);
    case 'external_id':
      return text.trim();
  }
  return undefined;
}
