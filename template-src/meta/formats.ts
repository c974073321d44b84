/**
 * The formats Meta checks (reference/meta-capi.md §4, §6), as createRegex
 * patterns (RE2), built once per event.
 */
import { createRegex } from '../sandbox/apis';
import { inSet } from '../lib/tables';
import { CURRENCY_CODES } from './compact';

/** A Parameter Builder appendix: 8 base64url characters (current form) or 2 (legacy), §6.4. */
const APPENDIX = '([A-Za-z0-9_-]{2}|[A-Za-z0-9_-]{8})';
const LOWER_HEX_64 = /* @__PURE__ */ createRegex('^[0-9a-f]{64}$')!;
const HASHED_VALUE = /* @__PURE__ */ createRegex('^[0-9a-f]{64}(\\.' + APPENDIX + ')?$')!;
/** See isSuppliedHash; exported for the one hot path that tests it inline. */
export const SUPPLIED_HASH = /* @__PURE__ */ createRegex(
  '^[0-9a-fA-F]{64}(\\.' + APPENDIX + ')?$',
)!;
/**
 * The payload of an fbc or fbp: an fbclid (base64url characters) or the
 * random number of an fbp; 500 characters at most, so that a cookie holding
 * it stays far below the 4 KB browsers keep.
 */
const PAYLOAD = '[A-Za-z0-9_-]{1,500}';
/**
 * fbc / fbp: `fb.<subdomain index>.<creation time>.<payload>`, optionally
 * with an appendix as a fifth segment (§6.1, §6.4). The subdomain index is
 * 0, 1 or 2 (Meta); the creation time a Unix time in milliseconds (10
 * digits are accepted for the seconds some clients write).
 */
const CLICK_ID = /* @__PURE__ */ createRegex(
  '^fb\\.[0-9]{1,2}\\.[0-9]{10,13}\\.' + PAYLOAD + '(\\.' + APPENDIX + ')?$',
)!;
const CLICK_ID_PAYLOAD = /* @__PURE__ */ createRegex('^' + PAYLOAD + '$')!;
/** Absolute http(s), as Meta wants for event_source_url and referrer_url; no spaces. */
const HTTP_URL = /* @__PURE__ */ createRegex('^[hH][tT][tT][pP][sS]?://[^ ]+$')!;

/** A SHA-256 digest in lowercase hex. */
export function isLowerHex64(text: string): boolean {
  return text.search(LOWER_HEX_64) === 0;
}

/** A SHA-256 in lowercase hex, optionally followed by a Parameter Builder appendix. */
export function isHashedValue(value: unknown): boolean {
  return typeof value === 'string' && value.search(HASHED_VALUE) === 0;
}

/**
 * A value someone already hashed: 64 hex digits in either case, or
 * `<64 hex>.<appendix>` as Meta's Parameter Builder emits it (Meta wants
 * that back as it is).
 */
export function isSuppliedHash(text: string): boolean {
  return text.search(SUPPLIED_HASH) === 0;
}

export function isClickId(value: unknown): boolean {
  return typeof value === 'string' && value.search(CLICK_ID) === 0;
}

/** The payload segment of a well-formed fbc or fbp (the fbclid of an fbc). */
export function clickIdPayload(clickId: string): string {
  return clickId.split('.')[3];
}

export function isClickIdPayload(text: string): boolean {
  return text.search(CLICK_ID_PAYLOAD) === 0;
}

export function isHttpUrl(value: unknown): value is string {
  return typeof value === 'string' && value.search(HTTP_URL) === 0;
}

/** The upper-case ISO 4217 code of a currency ("usd", " EUR ", "u.s.d" → "USD"); undefined if none. */
export function currencyCode(value: string): string | undefined {
  // No currency code is written with more; longer text is not worth scanning.
  if (value.length > 16) return undefined;
  const code = value.toUpperCase().replace(createRegex('[^A-Z]', 'g')!, '');
  return code.length === 3 && inSet(CURRENCY_CODES, code) ? code : undefined;
}

/** What iOS and Android report as the advertising ID (madid) when the user limits ad tracking. */
export const ZERO_ADVERTISING_ID = '00000000-0000-0000-0000-000000000000';
