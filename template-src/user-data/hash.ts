import { sha256Sync } from '../sandbox/apis';
import { consistsOf, DIGITS, LATIN_LOWERCASE } from './characters';

const HEX = '0123456789abcdef';
const BASE64URL = LATIN_LOWERCASE + LATIN_LOWERCASE.toUpperCase() + DIGITS + '-_';

/** SHA-256 as Meta wants it: lowercase hex of the UTF-8 text. */
export function sha256Hex(text: string): string {
  return sha256Sync(text, { outputEncoding: 'hex' });
}

/** 64 hex digits in either case: a value someone already hashed. */
export function isSha256Hex(text: string): boolean {
  return text.length === 64 && consistsOf(text.toLowerCase(), HEX);
}

/**
 * `<64 hex>.<appendix>` as Meta's Parameter Builder emits it: the appendix is
 * 2 (legacy) or 8 base64url characters. Meta asks for these to be sent back
 * exactly as they are.
 */
export function isParameterBuilderHash(text: string): boolean {
  if (text.lastIndexOf('.') !== 64) return false;
  const appendix = text.substring(65);
  return (
    isSha256Hex(text.substring(0, 64)) &&
    (appendix.length === 2 || appendix.length === 8) &&
    consistsOf(appendix, BASE64URL)
  );
}
