import { createRegex } from '../sandbox/apis';

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
  const digits = text.replace(createRegex('[^0-9]', 'g')!, '');
  const national = withoutLeadingZeros(digits);
  let number: string;
  if (text.charAt(text.search(createRegex('[+0-9]')!)) === '+') {
    // "+44 …" or "(+44) …": the first sign or digit is a plus.
    number = national;
  } else if (digits.indexOf('00') === 0) {
    number = withoutLeadingZeros(digits.substring(2));
  } else if (
    defaultCountryCode === '' ||
    (national.length === digits.length && national.indexOf(defaultCountryCode) === 0)
  ) {
    // Without a trunk zero, a number that starts with the code is taken to include it.
    number = national;
  } else {
    number = defaultCountryCode + national;
  }
  return number.length >= 7 && number.length <= 15 ? number : undefined;
}

function withoutLeadingZeros(digits: string): string {
  return digits.replace(createRegex('^0+')!, '');
}

/** The number without what follows it: an extension or dial pause ("x", "#", ";", ","). */
function withoutExtension(text: string): string {
  const firstDigit = text.search(createRegex('[0-9]')!);
  if (firstDigit < 0) return text;
  const marker = text.substring(firstDigit).search(createRegex('[x#;,]')!);
  return marker < 0 ? text : text.substring(0, firstDigit + marker);
}

/**
 * The "default phone country code" field: "1", "+44" or "0049" → digits;
 * undefined when it is not a 1-3 digit calling code; '' when empty.
 */
export function parseCountryCallingCode(value: string): string | undefined {
  let text = value.trim();
  if (text.charAt(0) === '+') text = text.substring(1);
  else if (text.indexOf('00') === 0) text = text.substring(2);
  if (text.search(createRegex('^[0-9]{0,3}$')!) !== 0 || text.charAt(0) === '0') {
    return undefined;
  }
  return text;
}
