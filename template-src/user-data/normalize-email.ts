import { consistsOf, DIGITS, LATIN_LOWERCASE } from './characters';

const LOCAL_PART_CHARACTERS = LATIN_LOWERCASE + DIGITS + "!#$%&'*+/=?^_`{|}~-";
const DOMAIN_CHARACTERS = LATIN_LOWERCASE + DIGITS + '-';

/**
 * em: trimmed and lowercased; undefined when it is not an email address
 * (dot-atom local part, a domain of at least two labels, RFC 5321 lengths).
 */
export function normalizeEmail(value: string): string | undefined {
  const email = value.trim().toLowerCase();
  const at = email.indexOf('@');
  if (email.length > 254 || at < 1 || at > 64 || email.lastIndexOf('@') !== at) return undefined;
  const local = email.substring(0, at).split('.');
  const domain = email.substring(at + 1).split('.');
  const localOk = local.every((atom) => atom.length > 0 && consistsOf(atom, LOCAL_PART_CHARACTERS));
  return localOk && domain.length >= 2 && domain.every(isDomainLabel) ? email : undefined;
}

function isDomainLabel(label: string): boolean {
  return (
    label.length > 0 &&
    label.length <= 63 &&
    consistsOf(label, DOMAIN_CHARACTERS) &&
    label.charAt(0) !== '-' &&
    label.charAt(label.length - 1) !== '-'
  );
}
