/**
 * Values that must never reach a log line even if Meta echoes them back in
 * an error message: the access tokens and appsecret_proofs of the pixels
 * table (as typed, before any trimming), and the unhashed identifiers of an
 * event's user_data (IP address, user agent, fbc, fbp, raw external_id...).
 * Collected only when a line will be written.
 */
import { Object } from '../sandbox/apis';
import { isArray, isObject } from '../lib/types';
import { isLowerHex64 } from '../meta/formats';

/** Shorter raw values are not worth mangling every log line for (e.g. "m" would hit every word). */
const MIN_IDENTIFIER_LENGTH = 4;

/** Blank values hide nothing, and redacting every space would garble the line. */
function pushText(out: string[], value: unknown): void {
  if (typeof value !== 'string') return;
  const trimmed = value.trim();
  if (trimmed === '') return;
  out.push(value);
  if (trimmed !== value) out.push(trimmed);
}

/** Every token and proof in the raw pixels table rows, valid or not. */
export function secretsOfPixelRows(rows: unknown): string[] {
  const out: string[] = [];
  if (!isArray(rows)) return out;
  for (const row of rows) {
    if (!isObject(row)) continue;
    pushText(out, row.accessToken);
    pushText(out, row.appSecretProof);
  }
  return out;
}

function collectRaw(value: unknown, out: string[]): void {
  if (isArray(value)) {
    for (const item of value) collectRaw(item, out);
  } else if (typeof value === 'string' || typeof value === 'number') {
    const text = typeof value === 'string' ? value : '' + value;
    if (text.length >= MIN_IDENTIFIER_LENGTH && !isLowerHex64(text.toLowerCase())) out.push(text);
  }
}

/** The unhashed user_data values (a hashed key holds 64 hex characters and may be logged). */
export function rawIdentifiers(userData: { [key: string]: unknown }): string[] {
  const out: string[] = [];
  for (const key of Object.keys(userData)) collectRaw(userData[key], out);
  return out;
}
