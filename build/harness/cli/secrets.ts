/**
 * Keeps access tokens out of what preview prints, so its output can be
 * pasted into an issue or a chat. A secret is a value the tag sent as the
 * Graph API's `access_token` or `appsecret_proof` (in the URL, a JSON or
 * form body, or an Authorization header), or a fields-file value whose
 * field or column name says token, secret or proof. Every occurrence of
 * one is masked, wherever it shows up (a log line, an echoed response).
 * Graph API parameters: https://developers.facebook.com/docs/graph-api/guides/secure-requests
 */
import type { HttpRequestRecord } from '../http';

const SECRET_PARAMS = ['access_token', 'appsecret_proof'];
const SECRET_FIELD = /token|secret|proof/i;
/** Shorter values are not real credentials, and masking them would garble unrelated text. */
const MIN_SECRET_LENGTH = 8;

function fromJson(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) for (const v of value) fromJson(v, into);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (SECRET_PARAMS.includes(k) && typeof v === 'string') into.add(v);
      else fromJson(v, into);
    }
  }
}

function fromParams(params: URLSearchParams, into: Set<string>): void {
  for (const name of SECRET_PARAMS) for (const v of params.getAll(name)) into.add(v);
}

function fromRequest(r: HttpRequestRecord, into: Set<string>): void {
  if (URL.canParse(r.url)) fromParams(new URL(r.url).searchParams, into);
  if (r.body !== undefined) {
    try {
      fromJson(JSON.parse(r.body), into);
    } catch {
      fromParams(new URLSearchParams(r.body), into);
    }
  }
  for (const [name, value] of Object.entries(r.headers)) {
    if (name.toLowerCase() === 'authorization') into.add(value.replace(/^\S+\s+/, ''));
  }
}

function fromFields(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) for (const v of value) fromFields(v, into);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (SECRET_FIELD.test(k) && typeof v === 'string') into.add(v);
      else fromFields(v, into);
    }
  }
}

/** The secrets a run's requests and its fields hold, longest first. */
export function secretsOf(
  requests: HttpRequestRecord[],
  fields: Record<string, unknown>,
): string[] {
  const found = new Set<string>();
  for (const r of requests) fromRequest(r, found);
  fromFields(fields, found);
  return [...found]
    .filter((s) => s.length >= MIN_SECRET_LENGTH)
    .sort((a, b) => b.length - a.length);
}

/** A long secret keeps its first 4 characters, enough to tell an EAA… token from a pasted mistake. */
export function masked(secret: string): string {
  return (secret.length >= 16 ? secret.slice(0, 4) : '') + '…(masked)';
}

export function maskSecrets(text: string, secrets: string[]): string {
  return secrets.reduce((t, s) => t.split(s).join(masked(s)), text);
}
