/**
 * The last line of defence before a log line is written: every registered
 * secret (access tokens, appsecret_proofs, raw identifiers of the event) is
 * cut out wherever it appears, and so is anything shaped like a Meta access
 * token, in case Graph echoes a token we never registered ("Malformed access
 * token EAA...").
 */
import { encodeUriComponent, JSON } from '../sandbox/apis';

export const REDACTED = '[redacted]';

/** Meta user and system-user tokens start with EAA and run on for well over 100 characters. */
export const TOKEN_SHAPE = 'EAA[A-Za-z0-9_-]{21,}';

/** A piece this long of a long secret is already too much to show. */
const PARTIAL = 16;
const LONG_SECRET = 24;

/**
 * The forms to cut, longest first (so a secret that contains a shorter one
 * goes whole): each secret; how it looks inside a JSON string when escaping
 * changes it (quotes, backslashes), URL-encoded and upper-cased (as error
 * messages may echo it); and, for long secrets such as tokens, their first
 * characters, in case an echo cuts them short.
 */
export function redactionForms(secrets: string[]): string[] {
  const forms = secrets.concat([]);
  const add = (form: unknown, secret: string): void => {
    if (typeof form === 'string' && form !== secret && forms.indexOf(form) < 0) forms.push(form);
  };
  for (const secret of secrets) {
    const quoted = JSON.stringify(secret);
    if (typeof quoted === 'string') add(quoted.slice(1, -1), secret);
    add(encodeUriComponent(secret), secret);
    add(secret.toUpperCase(), secret);
    if (secret.length >= LONG_SECRET) add(secret.substring(0, PARTIAL), secret);
  }
  return forms.sort((a, b) => b.length - a.length);
}

/** `text` without any of `forms` (see redactionForms) and without token shapes. */
export function redact(text: string, forms: string[], tokenShape: SandboxRegex): string {
  let out = text;
  for (const form of forms) {
    if (form.length > 0) out = out.split(form).join(REDACTED);
  }
  return out.replace(tokenShape, REDACTED);
}
