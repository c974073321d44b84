import { lookup, inSet } from '../lib/tables';
import { ALPHA2_CODES, ALPHA3_TO_ALPHA2, COUNTRY_NAMES } from '../meta/compact';
import { SEPARATORS_AND_DIGITS } from './characters';

/**
 * country: the lowercase ISO 3166-1 alpha-2 code, from the code itself, the
 * alpha-3 code or the country's name ("United States", "USA", "us" → "us";
 * "Deutschland" → "de"; "UK" → "gb", the common form that is not the ISO
 * code). Undefined when it names no country.
 */
export function normalizeCountry(value: string): string | undefined {
  const text = value.toLowerCase().replace(SEPARATORS_AND_DIGITS, '');
  if (text === 'uk') return 'gb';
  if (text.length === 2) return inSet(ALPHA2_CODES, text) ? text : undefined;
  const alpha3 = text.length === 3 ? lookup(ALPHA3_TO_ALPHA2, text) : undefined;
  return alpha3 !== undefined ? alpha3 : lookup(COUNTRY_NAMES, text);
}
