import { createRegex } from '../sandbox/apis';
import { lookup } from '../lib/tables';
import { STATE_CODES } from '../meta/compact';
import { SEPARATORS_AND_DIGITS } from './characters';

/** What may surround a state name in one field: "State of New York", "California (CA)". */
const ALLOWED_AROUND_NAME = '||state|stateof|province|provinceof|us|usa|canada|';
/** ISO 3166-2 "us-ca" / "ca-on". */
const SUBDIVISION = '^(us|ca)-[a-z]{2}$';

/**
 * st: a US or Canadian state or province as its 2-letter code
 * ("California" → "ca", "N.Y." → "ny", "US-TX" → "tx"); any other region as
 * compact lowercase text ("Bavaria" → "bavaria").
 */
export function normalizeState(value: string): string {
  const trimmed = value.trim().toLowerCase();
  if (trimmed.search(createRegex(SUBDIVISION)!) === 0) return trimmed.substring(3);
  const text = value.toLowerCase().replace(SEPARATORS_AND_DIGITS, '');
  if (text.length <= 2) return text;
  const code = lookup(STATE_CODES, text);
  return code !== undefined ? code : codeOfNameWithin(text);
}

/**
 * The code of the longest state name in `text` that only the allowed words
 * surround; else `text` itself. "Maine-et-Loire" stays as it is.
 */
function codeOfNameWithin(text: string): string {
  let best = '';
  let bestCode = text;
  for (const entry of STATE_CODES.split('|')) {
    const equals = entry.indexOf('=');
    const name = entry.substring(0, equals);
    const at = text.indexOf(name);
    if (equals < 1 || at < 0 || name.length <= best.length) continue;
    const code = entry.substring(equals + 1);
    const rest = text.substring(0, at) + text.substring(at + name.length);
    if (rest === code || ALLOWED_AROUND_NAME.indexOf('|' + rest + '|') >= 0) {
      best = name;
      bestCode = code;
    }
  }
  return bestCode;
}
