/**
 * The incoming request as the template sees it (headers, cookies, query,
 * body, remote address) and the outgoing response it can shape (status,
 * headers, body, cookies set). Values follow the server API docs: header
 * lookup is case-insensitive and repeated headers are joined with ", ";
 * getCookieValues returns every value of the name, URI-decoded unless
 * noDecode; setCookie URI-encodes the value unless noEncode.
 */
import { computeEffectiveTldPlusOne } from './pure/url';

export interface RequestInfo {
  method: string;
  /** Path without the query, e.g. '/g/collect'. */
  path: string;
  /** Query string without the leading '?'. */
  queryString: string;
  headers: Record<string, string | string[]>;
  /** Cookie name → raw (still URI-encoded) value or values. Merged with the Cookie header. */
  cookies: Record<string, string | string[]>;
  body: string;
  remoteAddress?: string;
}

export function requestInfo(partial: Partial<RequestInfo> = {}): RequestInfo {
  return {
    method: partial.method ?? 'POST',
    path: partial.path ?? '/g/collect',
    queryString: (partial.queryString ?? '').replace(/^\?/, ''),
    headers: partial.headers ?? {},
    cookies: partial.cookies ?? {},
    body: partial.body ?? '',
    remoteAddress: partial.remoteAddress,
  };
}

function headerValues(req: RequestInfo, name: string): string[] {
  const lower = name.toLowerCase();
  const out: string[] = [];
  for (const [k, v] of Object.entries(req.headers)) {
    if (k.toLowerCase() === lower) out.push(...(Array.isArray(v) ? v : [v]).map(String));
  }
  return out;
}

function cookieValues(req: RequestInfo, name: string): string[] {
  const out: string[] = [];
  const own = req.cookies[name];
  if (own !== undefined) out.push(...(Array.isArray(own) ? own : [own]).map(String));
  for (const header of headerValues(req, 'cookie')) {
    for (const pair of header.split(';')) {
      const eq = pair.indexOf('=');
      if (eq < 0) continue;
      if (pair.slice(0, eq).trim() === name) out.push(pair.slice(eq + 1).trim());
    }
  }
  return out;
}

function decodeQuietly(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function queryParams(req: RequestInfo): Map<string, string[]> {
  const params = new Map<string, string[]>();
  for (const [k, v] of new URLSearchParams(req.queryString)) {
    params.set(k, [...(params.get(k) ?? []), v]);
  }
  return params;
}

export interface CookieRecord {
  name: string;
  /** As given to setCookie. */
  value: string;
  /** As it goes on the wire (URI-encoded unless noEncode). */
  encodedValue: string;
  options: Record<string, unknown>;
  noEncode: boolean;
  /** The Set-Cookie header this produces. */
  header: string;
}

function setCookieHeader(
  name: string,
  encoded: string,
  options: Record<string, unknown>,
  req: RequestInfo,
): string {
  const parts = [name + '=' + encoded];
  let domain = options.domain === undefined ? 'auto' : String(options.domain);
  if (domain === 'auto') {
    const host = (headerValues(req, 'host')[0] ?? '').replace(/:\d+$/, '');
    const site = host ? computeEffectiveTldPlusOne(host) : '';
    domain = typeof site === 'string' && site ? site : '';
  }
  if (domain) parts.push('Domain=' + domain);
  parts.push('Path=' + (options.path === undefined ? '/' : String(options.path)));
  if (options['max-age'] !== undefined) parts.push('Max-Age=' + String(options['max-age']));
  if (options.expires !== undefined) parts.push('Expires=' + String(options.expires));
  if (options.secure) parts.push('Secure');
  if (options.httpOnly || options.HttpOnly) parts.push('HttpOnly');
  const sameSite = options.samesite ?? options.sameSite;
  if (sameSite !== undefined) parts.push('SameSite=' + String(sameSite));
  return parts.join('; ');
}

export interface ResponseState {
  status?: number;
  headers: Record<string, string>;
  body?: string;
  pixel: boolean;
  returned: boolean;
}

export function createRequestApis(
  req: RequestInfo,
  cookiesSet: CookieRecord[],
  response: ResponseState,
) {
  return {
    getRequestHeader: (name: unknown) => {
      const values = headerValues(req, String(name));
      return values.length === 0 ? undefined : values.join(', ');
    },
    getRequestBody: () => req.body,
    getRequestMethod: () => req.method,
    getRequestPath: () => req.path,
    getRequestQueryString: () => req.queryString,
    getRequestQueryParameter: (name: unknown) => queryParams(req).get(String(name))?.[0],
    getRequestQueryParameters: () => {
      const out: Record<string, string | string[]> = {};
      for (const [k, v] of queryParams(req)) out[k] = v.length === 1 ? v[0] : v;
      return out;
    },
    /** Best effort, like GTM: the first Forwarded/X-Forwarded-For hop, else the socket's address. */
    getRemoteAddress: () => {
      const forwarded = /for="?\[?([^\]";,]+)/i.exec(headerValues(req, 'forwarded')[0] ?? '');
      if (forwarded) return forwarded[1];
      const xff = headerValues(req, 'x-forwarded-for')[0];
      if (xff) return xff.split(',')[0].trim();
      return req.remoteAddress ?? '';
    },
    getCookieValues: (name: unknown, noDecode?: unknown) =>
      cookieValues(req, String(name)).map((v) => (noDecode ? v : decodeQuietly(v))),
    setCookie: (name: unknown, value: unknown, options?: unknown, noEncode?: unknown) => {
      const opts = { ...((options && typeof options === 'object' ? options : {}) as object) };
      const text = String(value);
      const encoded = noEncode ? text : encodeURIComponent(text);
      cookiesSet.push({
        name: String(name),
        value: text,
        encodedValue: encoded,
        options: opts,
        noEncode: Boolean(noEncode),
        header: setCookieHeader(String(name), encoded, opts as Record<string, unknown>, req),
      });
    },
    setResponseStatus: (code: unknown) => {
      response.status = Number(code);
    },
    setResponseHeader: (name: unknown, value: unknown) => {
      if (value === null || value === undefined) delete response.headers[String(name)];
      else response.headers[String(name)] = String(value);
    },
    setResponseBody: (body: unknown) => {
      response.body = String(body);
    },
    setPixelResponse: () => {
      response.pixel = true;
      response.status = 200;
      response.headers['content-type'] = 'image/gif';
      response.headers['cache-control'] = 'no-store';
    },
    returnResponse: () => {
      response.returned = true;
    },
    isRequestMpv1: () => req.path.endsWith('/collect') && !req.path.endsWith('/g/collect'),
    isRequestMpv2: () => req.path.endsWith('/g/collect') && /(^|&)v=2(&|$)/.test(req.queryString),
  };
}
