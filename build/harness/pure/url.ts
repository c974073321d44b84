/**
 * parseUrl and computeEffectiveTldPlusOne. sGTM runs on Node, so parseUrl
 * follows the WHATWG URL parser; the eTLD+1 uses the real Public Suffix List
 * (tldts), private section included, as browsers do for cookies.
 */
import { getDomain } from 'tldts';
import { defineValue, toStringSafely } from './types';

export interface ParsedUrl {
  href: string;
  origin: string;
  protocol: string;
  username: string;
  password: string;
  host: string;
  hostname: string;
  port: string;
  pathname: string;
  search: string;
  searchParams: Record<string, string | string[]>;
  hash: string;
}

/** undefined for a malformed (or relative) URL; absent parts are '' and searchParams {}. */
export function parseUrl(value: unknown): ParsedUrl | undefined {
  if (typeof value !== 'string') return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  return {
    href: url.href,
    origin: url.origin === 'null' ? '' : url.origin,
    protocol: url.protocol,
    username: url.username,
    password: url.password,
    host: url.host,
    hostname: url.hostname,
    port: url.port,
    pathname: url.pathname,
    search: url.search,
    searchParams: collectSearchParams(url.searchParams),
    hash: url.hash,
  };
}

/** Decoded values; a key that repeats maps to all its values, in order. */
function collectSearchParams(params: URLSearchParams): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    defineValue(result, key, values.length === 1 ? values[0] : values);
  }
  return result;
}

/**
 * The registrable domain of a domain or URL, lower-cased; '' when there is
 * none (a bare public suffix, an IP address, garbage). null and undefined
 * come back unchanged, as GTM documents.
 */
export function computeEffectiveTldPlusOne(value: unknown): unknown {
  if (value === null || value === undefined) return value;
  return getDomain(toStringSafely(value), { allowPrivateDomains: true }) ?? '';
}
