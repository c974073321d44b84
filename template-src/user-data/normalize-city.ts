import { SEPARATORS_AND_DIGITS } from './characters';

/**
 * ct: like a name, and without digits ("St. Louis" → "stlouis",
 * "São Paulo" → "sãopaulo", "Los Angeles 90210" → "losangeles").
 */
export function normalizeCity(value: string): string {
  return value.toLowerCase().replace(SEPARATORS_AND_DIGITS, '');
}
