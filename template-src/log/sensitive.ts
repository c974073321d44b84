/**
 * Values that must never reach a log line even if Meta echoes them back in
 * an error message: the access tokens and appsecret_proofs of the pixels
 * table (as typed, before any trimming), and the unhashed identifiers of an
 * event's user_data (IP address, user agent, fbc, fbp, raw external_id...).
 */
import { Object } from '../sandbox/apis';
import { typeOf } from '../sandbox/type-of';
import { isHex64 } from '../delivery/text';

const SECRET_COLUMNS = ['accessToken', 'appSecretProof'];
/** Shorter raw values are not worth mangling every log line for (e.g. "m" would hit every word). */
const MIN_IDENTIFIER_LENGTH = 4;

/** Blank values hide nothing, and redacting every space would garble the line. */
function pushText(out: string[], value: unknown): void {
  if (typeOf(value) !== 'string') return;
  const text = value as string;
  const trimmed = text.trim();
  if (trimmed === '') return;
  out.push(text);
  if (trimmed !== text) out.push(trimmed);
}

/** Every token and proof in the raw pixels table rows, valid or not. */
export function secretsOfPixelRows(rows: unknown): string[] {
  const out: string[] = [];
  if (typeOf(rows) !== 'array') return out;
  for (const row of rows as unknown[]) {
    if (typeOf(row) !== 'object') continue;
    for (const column of SECRET_COLUMNS) pushText(out, (row as { [k: string]: unknown })[column]);
  }
  return out;
}

function collectRaw(value: unknown, out: string[]): void {
  const type = typeOf(value);
  if (type === 'array') {
    for (const item of value as unknown[]) collectRaw(item, out);
  } else if (type === 'string' || type === 'number') {
    const text = type === 'string' ? (value as string) : '' + value;
    if (text.length >= MIN_IDENTIFIER_LENGTH && !isHex64(text.toLowerCase())) out.push(text);
  }
}

/** The unhashed user_data values (a hashed key holds 64 hex characters and may be logged). */
export function rawIdentifiers(userData: unknown): string[] {
  const out: string[] = [];
  if (typeOf(userData) !== 'object') return out;
  const record = userData as { [key: string]: unknown };
  for (const key of Object.keys(record)) collectRaw(record[key], out);
  return out;
}
