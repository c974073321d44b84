/**
 * Consent signals in server-side event data (reference/gtm-platform.md §9),
 * each decoded to granted / denied / absent, or malformed when the value is
 * there but cannot be read (the caller treats that as absent and reports it).
 */
import { createRegex } from '../sandbox/apis';

export type ConsentSignal = 'granted' | 'denied' | 'limited' | 'absent' | 'malformed';

export type Purpose = 'ad_storage' | 'ad_user_data';

/**
 * A single consent value: booleans, "granted"/"denied" and "true"/"false"
 * (any case, surrounding spaces ignored). Used for consent_state entries and
 * the custom-variable mode.
 */
export function consentValue(value: unknown): ConsentSignal {
  if (value === undefined || value === null || value === '') return 'absent';
  if (value === true) return 'granted';
  if (value === false) return 'denied';
  if (typeof value !== 'string') return 'malformed';
  const text = value.trim().toLowerCase();
  if (text === 'granted' || text === 'true') return 'granted';
  if (text === 'denied' || text === 'false') return 'denied';
  return 'malformed';
}

/** The custom consent variable: a consentValue, or "limited" (any case). */
export function customConsentValue(value: unknown): ConsentSignal {
  return typeof value === 'string' && value.trim().toLowerCase() === 'limited'
    ? 'limited'
    : consentValue(value);
}

/** x-ga-gcs "G1xy": x is ad_storage, y analytics_storage; it says nothing about ad_user_data. */
export function gcsSignal(gcs: unknown, purpose: Purpose): ConsentSignal {
  if (gcs === undefined || gcs === null || gcs === '') return 'absent';
  if (typeof gcs !== 'string' || gcs.length !== 4 || gcs.substring(0, 2) !== 'G1') {
    return 'malformed';
  }
  const x = gcs.charAt(2);
  const y = gcs.charAt(3);
  if ((x !== '0' && x !== '1') || (y !== '0' && y !== '1')) return 'malformed';
  if (purpose !== 'ad_storage') return 'absent';
  return x === '1' ? 'granted' : 'denied';
}

/**
 * x-ga-gcd (Consent Mode v2): two digits, then for ad_storage,
 * analytics_storage, ad_user_data and ad_personalization a letter each with a
 * digit between them, e.g. "11t1t1p1p5". Granted: t r n v; denied: p q m u;
 * not set: l. Characters after the fourth letter are ignored.
 */
const GCD = '^[0-9]{2}[trnvpqmul][0-9][trnvpqmul][0-9][trnvpqmul][0-9][trnvpqmul]';

export function gcdSignal(gcd: unknown, purpose: Purpose): ConsentSignal {
  if (gcd === undefined || gcd === null || gcd === '') return 'absent';
  if (typeof gcd !== 'string' || gcd.search(createRegex(GCD)!) !== 0) {
    return 'malformed';
  }
  const letter = gcd.charAt(purpose === 'ad_storage' ? 2 : 6);
  if ('trnv'.indexOf(letter) >= 0) return 'granted';
  if ('pqmu'.indexOf(letter) >= 0) return 'denied';
  return 'absent';
}
