import { SEPARATORS } from './characters';

/**
 * fn and ln: lowercase, without whitespace or punctuation; letters of every
 * script are kept ("Valéry" → "valéry", "O’Brien" → "obrien", "정" → "정").
 */
export function normalizeName(value: string): string {
  return value.toLowerCase().replace(SEPARATORS, '');
}
