import {
  ASCII_PUNCTUATION,
  consistsOf,
  DIGITS,
  removeCharacters,
  UNICODE_PUNCTUATION,
  WHITESPACE,
} from './characters';

/**
 * zp: lowercase without spaces, dashes or other punctuation
 * ("M1 1AE" → "m11ae", "100-0001" → "1000001"); a US ZIP+4 keeps its first 5
 * digits ("94035-1234", "94035 1234", "940351234" → "94035"). Undefined when
 * fewer than 2 characters remain.
 */
export function normalizeZip(value: string): string | undefined {
  const text = value.toLowerCase();
  const zip = removeCharacters(text, WHITESPACE + ASCII_PUNCTUATION + UNICODE_PUNCTUATION);
  if (zip.length < 2) return undefined;
  return isZipPlusFour(zip, text) ? zip.substring(0, 5) : zip;
}

/** Nine digits, written as one group or as 5 and 4. */
function isZipPlusFour(zip: string, text: string): boolean {
  if (zip.length !== 9 || !consistsOf(zip, DIGITS)) return false;
  const groups = digitGroupLengths(text);
  return groups === '9' || groups === '5,4';
}

function digitGroupLengths(text: string): string {
  const lengths: number[] = [];
  let run = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && DIGITS.indexOf(text.charAt(i)) >= 0) {
      run++;
    } else if (run > 0) {
      lengths.push(run);
      run = 0;
    }
  }
  return lengths.join(',');
}
