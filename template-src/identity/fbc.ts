/**
 * fbc: the click ID. Kept as it is unless the page URL carries an fbclid that
 * differs from the one inside the existing value; only then is a new
 * `fb.<index>.<now ms>.<fbclid>` made, so the original creation time survives
 * repeat page views. The comparison uses the fourth segment, so a Parameter
 * Builder appendix (a fifth segment) never looks like a new click.
 */
import { parseUrl } from '../sandbox/apis';
import { report, type Problem } from '../lib/problems';
import { isArray, isObject } from '../lib/types';
import { clickIdPayload, isClickIdPayload } from '../meta/formats';

/**
 * The fbclid query parameter of the page URL, exactly as URL parsing decodes
 * it (case and characters untouched); the first one when it repeats.
 */
export function fbclidOf(pageLocation: unknown): string | undefined {
  if (typeof pageLocation !== 'string') return undefined;
  const url = parseUrl(pageLocation);
  if (!url || !isObject(url.searchParams)) return undefined;
  // Read directly, not through searchParams.hasOwnProperty: a ?hasOwnProperty=1 parameter would shadow it.
  const raw = (url.searchParams as { [key: string]: unknown }).fbclid;
  const fbclid = isArray(raw) ? raw[0] : raw;
  return typeof fbclid === 'string' && fbclid !== '' ? fbclid : undefined;
}

/**
 * The fbc to send: `existing` (a well-formed value or undefined), or a new
 * one when the page URL carries a new fbclid; `generated` tells which.
 */
export function resolveFbc(
  existing: string | undefined,
  fbclid: string | undefined,
  newValue: (fbclid: string) => string,
  problems: Problem[],
): { value: string | undefined; generated: boolean } {
  const kept = { value: existing, generated: false };
  if (fbclid === undefined) return kept;
  if (!isClickIdPayload(fbclid)) {
    report(
      problems,
      'page_location',
      'fbclid unusable in fbc (not base64url, or over 500 characters); not used',
    );
    return kept;
  }
  if (existing !== undefined && clickIdPayload(existing) === fbclid) return kept;
  return { value: newValue(fbclid), generated: true };
}
