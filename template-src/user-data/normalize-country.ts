import { compactLowercase, DIGITS, removeCharacters } from './characters';
import { lookup } from './objects';
import { ALPHA2_CODES, ALPHA3_TO_ALPHA2, COUNTRY_NAMES } from './country-codes';

/** Two-letter forms in common use that are not the ISO code. */
const ALPHA2_ALIASES: { [alias: string]: string } = { uk: 'gb' };

/**
 * country: the lowercase ISO 3166-1 alpha-2 code, from the code itself, the
 * alpha-3 code or the country's name ("United States", "USA", "us" → "us";
 * "Deutschland" → "de"). Undefined when it names no country.
 */
export function normalizeCountry(value: string): string | undefined {
  const text = removeCharacters(compactLowercase(value), DIGITS);
  const alias = lookup(ALPHA2_ALIASES, text);
  if (alias !== undefined) return alias;
  if (text.length === 2) return ALPHA2_CODES.indexOf(text) >= 0 ? text : undefined;
  const alpha3 = text.length === 3 ? lookup(ALPHA3_TO_ALPHA2, text) : undefined;
  return alpha3 !== undefined ? alpha3 : lookup(COUNTRY_NAMES, text);
}
