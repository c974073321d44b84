import { isClickId } from '../identity/click-id-format';
import { cleanIp } from '../identity/ip';
import { makeString } from '../sandbox/apis';
import { typeOf } from '../sandbox/type-of';
import { NEVER_HASHED_KEYS } from './user-data-keys';
import { isParameterBuilderHash, isSha256Hex, sha256Hex } from './hash';
import { normalizeCity } from './normalize-city';
import { normalizeCountry } from './normalize-country';
import { normalizeDateOfBirth } from './normalize-date-of-birth';
import { normalizeEmail } from './normalize-email';
import { normalizeExternalId } from './normalize-external-id';
import { normalizeGender } from './normalize-gender';
import { normalizeName } from './normalize-name';
import { normalizePhone } from './normalize-phone';
import { normalizeState } from './normalize-state';
import { normalizeZip } from './normalize-zip';
import { Problem, reportProblem } from '../problem';

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

/** Values kept per key; the rest of a longer list is left out. */
export const MAX_VALUES_PER_KEY = 10;

const INVALID_REASONS: { [key: string]: string } = {
  em: 'not a valid email address',
  ph: 'not a phone number with 7 to 15 digits',
  zp: 'not a postal code',
  country: 'not a country name or ISO code',
  ge: 'not a gender (m or f)',
  db: 'not a date of birth',
};

/**
 * Normalizes one raw value (or a list of them) for a user_data key and
 * returns what Meta should receive: SHA-256 hex for hashed keys, the trimmed
 * text for never-hashed ones (an IP or click ID only in a shape Meta
 * accepts). Hashes, in either case, pass through in lower case; Parameter
 * Builder values (`<hash>.<appendix>`) pass through with the appendix as it
 * is. Empty values are skipped; unusable ones are skipped and reported under
 * `user_data.<key>` with `source` named, never the value, each reason once.
 */
export function normalizeUserValue(
  key: string,
  raw: any,
  options: NormalizeOptions,
  problems: Problem[],
  source: string,
): string[] {
  const context: Context = {
    key: key,
    options: options,
    problems: problems,
    source: source,
    values: [],
    truncated: false,
    reported: [],
  };
  if (typeOf(raw) === 'array') {
    raw.forEach((element: any) => addValue(context, element, true));
  } else {
    addValue(context, raw, false);
  }
  return context.values;
}

interface Context {
  key: string;
  options: NormalizeOptions;
  problems: Problem[];
  source: string;
  values: string[];
  truncated: boolean;
  /** Reasons already reported: a long list of bad values must not flood the log. */
  reported: string[];
}

function addValue(context: Context, raw: any, inList: boolean): void {
  if (context.truncated) return;
  const text = asText(context, raw, inList);
  if (text === undefined || text === '') return;
  const limit = sentRaw(context) ? MAX_RAW_VALUE_LENGTH : MAX_VALUE_LENGTH;
  if (text.length > limit) {
    report(context, 'longer than ' + limit + ' characters');
    return;
  }
  const value = finalValue(context, text);
  if (value === undefined || context.values.indexOf(value) >= 0) return;
  if (context.values.length >= MAX_VALUES_PER_KEY) {
    if (!context.truncated) report(context, 'more than ' + MAX_VALUES_PER_KEY + ' values');
    context.truncated = true;
    return;
  }
  context.values.push(value);
}

/** Text for strings and finite numbers; undefined (reported) for anything else. */
function asText(context: Context, raw: any, inList: boolean): string | undefined {
  const type = typeOf(raw);
  if (type === 'string') return raw.trim();
  if (type === 'number') {
    if (raw - raw === 0) return makeString(raw);
    report(context, 'a number that is not finite');
  } else if (type === 'array' && inList) {
    report(context, 'a list inside a list');
  } else if (type === 'object' || type === 'array' || type === 'function' || type === 'boolean') {
    report(context, 'a value of type ' + type + ', not text');
  }
  return undefined;
}

function sentRaw(context: Context): boolean {
  const key = context.key;
  return (
    NEVER_HASHED_KEYS.indexOf(key) >= 0 ||
    (key === 'external_id' && !context.options.hashExternalId)
  );
}

function finalValue(context: Context, text: string): string | undefined {
  const key = context.key;
  if (sentRaw(context)) return rawValue(context, text);
  if (isSha256Hex(text)) return text.toLowerCase();
  // Meta accepts only lowercase hex; the appendix is case-sensitive base64url.
  if (isParameterBuilderHash(text)) return text.substring(0, 64).toLowerCase() + text.substring(64);
  const normalized = normalizeByKey(key, text, context.options);
  if (normalized === undefined) {
    report(context, INVALID_REASONS.hasOwnProperty(key) ? INVALID_REASONS[key] : 'not usable');
    return undefined;
  }
  if (normalized === '') {
    report(context, 'nothing left after normalization');
    return undefined;
  }
  return sha256Hex(normalized);
}

/**
 * A malformed IP or click ID would be dropped by the validator after it had
 * replaced the identity module's good one, so it is refused here instead.
 */
function rawValue(context: Context, text: string): string | undefined {
  const key = context.key;
  if (key === 'client_ip_address') {
    const ip = cleanIp(text);
    if (ip === undefined) report(context, 'not an IPv4 or IPv6 address');
    return ip;
  }
  if ((key === 'fbc' || key === 'fbp') && !isClickId(text)) {
    report(context, 'not in the fb.<subdomain index>.<time>.<id> format');
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
      return normalizeExternalId(text);
  }
  return undefined;
}

function report(context: Context, reason: string): void {
  if (context.reported.indexOf(reason) >= 0) return;
  context.reported.push(reason);
  reportProblem(
    context.problems,
    'user_data.' + context.key,
    'from ' + context.source + ': ' + reason,
  );
}
