/**
 * fbc: the click ID. Kept as it is unless the page URL carries an fbclid that
 * differs from the one inside the existing value; only then is a new
 * `fb.<index>.<now ms>.<fbclid>` made, so the original creation time survives
 * repeat page views. The comparison uses the fourth segment, so a Parameter
 * Builder appendix (a fifth segment) never looks like a new click.
 */
import { parseUrl } from '../sandbox/apis';
import { typeOf } from '../sandbox/type-of';
import { reportProblem, type Problem } from '../problem';
import { isString, own } from '../validate/values';
import { isClickIdPayload, parseClickId } from './click-id-format';
import type { ExistingValue } from './existing-value';

export interface FbcResult {
  value: string | undefined;
  generated: boolean;
}

/**
 * The fbclid query parameter of the page URL, exactly as URL parsing decodes
 * it (case and characters untouched); the first one when it repeats.
 */
export function fbclidOf(pageLocation: unknown): string | undefined {
  if (!isString(pageLocation)) return undefined;
  const url = parseUrl(pageLocation);
  if (!url || typeOf(url.searchParams) !== 'object') return undefined;
  // own(), not searchParams.hasOwnProperty: a ?hasOwnProperty=1 parameter would shadow it.
  const raw = own(url.searchParams, 'fbclid');
  const fbclid = typeOf(raw) === 'array' ? (raw as string[])[0] : raw;
  return isString(fbclid) && fbclid !== '' ? fbclid : undefined;
}

export function resolveFbc(
  existing: ExistingValue | undefined,
  pageLocation: unknown,
  generate: boolean,
  index: number,
  nowMs: number,
  problems: Problem[],
): FbcResult {
  const kept: FbcResult = { value: existing ? existing.value : undefined, generated: false };
  if (!generate) return kept;
  const fbclid = fbclidOf(pageLocation);
  if (fbclid === undefined) return kept;
  if (!isClickIdPayload(fbclid)) {
    reportProblem(
      problems,
      'page_location',
      'fbclid unusable in fbc (dot or whitespace); not used',
    );
    return kept;
  }
  const parts = existing ? parseClickId(existing.value) : undefined;
  if (parts && parts.payload === fbclid) return kept;
  return { value: 'fb.' + index + '.' + nowMs + '.' + fbclid, generated: true };
}
