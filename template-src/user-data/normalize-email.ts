import { createRegex } from '../sandbox/apis';

/** A dot-atom local part (RFC 5322 atext), then a domain of two or more labels of 1-63 characters. */
const LOCAL_ATOM = '[a-z0-9!#$%&\\x{27}*+/=?^_\\x{60}{|}~-]+';
const LABEL = '[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?';
const EMAIL = '^' + LOCAL_ATOM + '(\\.' + LOCAL_ATOM + ')*@' + LABEL + '(\\.' + LABEL + ')+$';

/**
 * em: trimmed and lowercased; undefined when it is not an email address
 * (dot-atom local part, a domain of at least two labels, RFC 5321 lengths).
 */
export function normalizeEmail(value: string): string | undefined {
  const email = value.trim().toLowerCase();
  const at = email.indexOf('@');
  if (email.length > 254 || at < 1 || at > 64) return undefined;
  return email.search(createRegex(EMAIL)!) === 0 ? email : undefined;
}
