import { DIGITS, keepCharacters } from './characters';

/** Where an extension or a dial pause starts once the number has begun. */
const EXTENSION_MARKERS = 'x#;,';

/**
 * ph: digits only, with the country code and without leading zeros
 * ("+1 (650) 555-1212" → "16505551212"). A leading "+" or "00" marks an
 * international number. A national number gets `defaultCountryCode` (digits,
 * may be '') in place of its trunk zeros. Undefined unless 7 to 15 digits
 * remain (E.164), or when the text is an email address.
 */
export function normalizePhone(value: string, defaultCountryCode: string): string | undefined {
  let text = value.trim();
  if (text.indexOf('@') >= 0) return undefined;
  text = withoutExtension(text.toLowerCase()).split('(0)').join('');
  const digits = keepCharacters(text, DIGITS);
  let number: string;
  if (startsWithPlus(text)) {
    number = withoutLeadingZeros(digits);
  } else if (digits.indexOf('00') === 0) {
    number = withoutLeadingZeros(digits.substring(2));
  } else {
    number = nationalToInternational(digits, defaultCountryCode);
  }
  return number.length >= 7 && number.length <= 15 ? number : undefined;
}

/**
 * "0612345678" with code "33" → "33612345678". Without a trunk zero, a number
 * that already starts with the code is taken to include it ("16505551212").
 */
function nationalToInternational(digits: string, countryCode: string): string {
  const national = withoutLeadingZeros(digits);
  const hadTrunkPrefix = national.length < digits.length;
  if (countryCode === '' || (!hadTrunkPrefix && national.indexOf(countryCode) === 0)) {
    return national;
  }
  return countryCode + national;
}

/** "+44 …" or "(+44) …": the first sign or digit is a plus. */
function startsWithPlus(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const character = text.charAt(i);
    if (character === '+') return true;
    if (DIGITS.indexOf(character) >= 0) return false;
  }
  return false;
}

function withoutLeadingZeros(digits: string): string {
  let start = 0;
  while (start < digits.length && digits.charAt(start) === '0') start++;
  return digits.substring(start);
}

function withoutExtension(text: string): string {
  let seenDigit = false;
  for (let i = 0; i < text.length; i++) {
    const character = text.charAt(i);
    if (seenDigit && EXTENSION_MARKERS.indexOf(character) >= 0) return text.substring(0, i);
    if (DIGITS.indexOf(character) >= 0) seenDigit = true;
  }
  return text;
}

/**
 * The "default phone country code" field: "1", "+44" or "0049" → digits;
 * undefined when it is not a 1-3 digit calling code; '' when empty.
 */
export function parseCountryCallingCode(value: string): string | undefined {
  let text = value.trim();
  if (text.charAt(0) === '+') text = text.substring(1);
  else if (text.indexOf('00') === 0) text = text.substring(2);
  if (text.length > 3 || keepCharacters(text, DIGITS) !== text || text.charAt(0) === '0') {
    return undefined;
  }
  return text;
}
