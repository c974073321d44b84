import { createRegex } from '../sandbox/apis';
import { isDigits } from '../lib/text';
import { SEPARATORS } from './characters';

/**
 * zp: lowercase without spaces, dashes or other punctuation
 * ("M1 1AE" → "m11ae", "100-0001" → "1000001"); a US ZIP+4 keeps its first 5
 * digits ("94035-1234", "94035 1234", "940351234" → "94035"). Undefined when
 * fewer than 2 characters remain.
 */
export function normalizeZip(value: string): string | undefined {
  const text = value.toLowerCase();
  const zip = text.replace(SEPARATORS, '');
  if (zip.length < 2) return undefined;
  return isZipPlusFour(zip, text) ? zip.substring(0, 5) : zip;
}

/** Nine digits, written as one group or as 5 and 4. */
function isZipPlusFour(zip: string, text: string): boolean {
  if (zip.length !== 9 || !isDigits(zip)) return false;
  const groups = text.match(createRegex('[0-9]+', 'g')!) || [];
  return (
    (groups.length === 1 && groups[0].length === 9) ||
    (groups.length === 2 && groups[0].length === 5 && groups[1].length === 4)
  );
}
