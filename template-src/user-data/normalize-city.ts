import { SEPARATORS_AND_DIGITS, without } from './characters';

/**
 * ct: like a name, and without digits ("St. Louis" → "stlouis",
 * "São Paulo" → "sãopaulo", "Los Angeles 90210" → "losangeles").
 */
export function normalizeCity(value: string): string {
  return without(value.toLowerCase(), SEPARATORS_AND_DIGITS);
}
