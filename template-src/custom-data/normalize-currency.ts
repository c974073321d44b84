import { keepCharacters, LATIN_LOWERCASE } from '../user-data/characters';
import { CURRENCY_CODES } from './currency-codes';

const LATIN_UPPERCASE = LATIN_LOWERCASE.toUpperCase();

/** currency: the upper-case ISO 4217 code ("usd", " EUR ", "u.s.d" → "USD"); undefined if none. */
export function normalizeCurrency(value: string): string | undefined {
  const code = keepCharacters(value.toUpperCase(), LATIN_UPPERCASE);
  return code.length === 3 && CURRENCY_CODES.indexOf(code) >= 0 ? code : undefined;
}
