import {
  compactLowercase,
  consistsOf,
  DIGITS,
  LATIN_LOWERCASE,
  removeCharacters,
} from './characters';
import { lookup } from './objects';
import { STATE_CODES } from './state-codes';

/** What may surround a state name in one field: "State of New York", "California (CA)". */
const ALLOWED_AROUND_NAME = [
  '',
  'state',
  'stateof',
  'province',
  'provinceof',
  'us',
  'usa',
  'canada',
];

/**
 * st: a US or Canadian state or province as its 2-letter code
 * ("California" → "ca", "N.Y." → "ny", "US-TX" → "tx"); any other region as
 * compact lowercase text ("Bavaria" → "bavaria").
 */
export function normalizeState(value: string): string {
  const subdivision = isoSubdivisionCode(value.trim().toLowerCase());
  if (subdivision !== undefined) return subdivision;
  const text = removeCharacters(compactLowercase(value), DIGITS);
  if (text.length <= 2) return text;
  const code = lookup(STATE_CODES, text);
  return code !== undefined ? code : codeOfNameWithin(text);
}

/** ISO 3166-2 "us-ca" / "ca-on" → "ca" / "on". */
function isoSubdivisionCode(text: string): string | undefined {
  const country = text.substring(0, 3);
  const code = text.substring(3);
  const isCode = text.length === 5 && consistsOf(code, LATIN_LOWERCASE);
  return isCode && (country === 'us-' || country === 'ca-') ? code : undefined;
}

/**
 * The code of the longest state name in `text` that only the allowed words
 * surround; else `text` itself. "Maine-et-Loire" stays as it is.
 */
function codeOfNameWithin(text: string): string {
  let best = '';
  let bestCode = text;
  for (const name in STATE_CODES) {
    if (!STATE_CODES.hasOwnProperty(name)) continue;
    const at = text.indexOf(name);
    if (at < 0 || name.length <= best.length) continue;
    const code = STATE_CODES[name];
    const rest = text.substring(0, at) + text.substring(at + name.length);
    if (rest === code || ALLOWED_AROUND_NAME.indexOf(rest) >= 0) {
      best = name;
      bestCode = code;
    }
  }
  return bestCode;
}
