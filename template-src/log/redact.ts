/**
 * The last line of defence before a log line is written: every registered
 * secret (access tokens, appsecret_proofs, raw identifiers of the event) is
 * cut out wherever it appears, and so is anything shaped like a Meta access
 * token, in case Graph echoes a token we never registered ("Malformed access
 * token EAA...").
 */
import { JSON } from '../sandbox/apis';
import { typeOf } from '../sandbox/type-of';

export const REDACTED = '[redacted]';

/** Meta user and system-user tokens start with EAA and run on for well over 100 characters. */
const TOKEN_PREFIX = 'EAA';
const MIN_TOKEN_SHAPE_LENGTH = 24;
const TOKEN_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

function tokenRunLength(text: string, start: number): number {
  let end = start;
  while (end < text.length && TOKEN_CHARS.indexOf(text.charAt(end)) >= 0) end++;
  return end - start;
}

export function maskTokenShapes(text: string): string {
  let out = '';
  let copied = 0;
  let at = text.indexOf(TOKEN_PREFIX);
  while (at >= 0) {
    const run = tokenRunLength(text, at);
    if (run >= MIN_TOKEN_SHAPE_LENGTH) {
      out = out + text.substring(copied, at) + REDACTED;
      copied = at + run;
      at = text.indexOf(TOKEN_PREFIX, copied);
    } else {
      at = text.indexOf(TOKEN_PREFIX, at + 1);
    }
  }
  return out + text.substring(copied);
}

/** A secret as it appears inside a JSON string, when escaping changes it (quotes, backslashes). */
function jsonForms(secrets: string[]): string[] {
  const forms: string[] = [];
  for (const secret of secrets) {
    const quoted = JSON.stringify(secret);
    if (typeOf(quoted) !== 'string') continue;
    const inner = (quoted as string).slice(1, -1);
    if (inner !== secret) forms.push(inner);
  }
  return forms;
}

/** Longest first, so a secret that contains a shorter one is removed whole. */
export function redact(text: string, secrets: string[]): string {
  const ordered = secrets.concat(jsonForms(secrets)).sort((a, b) => b.length - a.length);
  let out = text;
  for (const secret of ordered) {
    if (secret.length > 0) out = out.split(secret).join(REDACTED);
  }
  return maskTokenShapes(out);
}
