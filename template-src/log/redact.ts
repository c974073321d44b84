/**
 * The last line of defence before a log line is written: every registered
 * secret (access tokens, appsecret_proofs, raw identifiers of the event) is
 * cut out wherever it appears, and so is anything shaped like a Meta access
 * token, in case Graph echoes a token we never registered ("Malformed access
 * token EAA...").
 */
import { JSON } from '../sandbox/apis';

export const REDACTED = '[redacted]';

/** Meta user and system-user tokens start with EAA and run on for well over 100 characters. */
export const TOKEN_SHAPE = 'EAA[A-Za-z0-9_-]{21,}';

/**
 * The forms to cut, longest first (so a secret that contains a shorter one
 * goes whole): each secret, and how it looks inside a JSON string when
 * escaping changes it (quotes, backslashes).
 */
export function redactionForms(secrets: string[]): string[] {
  const forms = secrets.concat([]);
  for (const secret of secrets) {
    const quoted = JSON.stringify(secret);
    if (typeof quoted !== 'string') continue;
    const inner = quoted.slice(1, -1);
    if (inner !== secret) forms.push(inner);
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
