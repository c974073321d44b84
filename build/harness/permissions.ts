/**
 * ___SERVER_PERMISSIONS___ as a policy, and the check GTM makes on each API
 * call. A violation throws PermissionError, whose message follows the one
 * wording seen from a real server container (stape-io/data-tag#39):
 *   Tag failed "get_cookies" permission check: Access to cookie "X" is prohibited.
 * The other reasons are written in the same style.
 */

export type TemplateKind = 'Tag' | 'Variable' | 'Client';

export class PermissionError extends Error {
  constructor(
    readonly permission: string,
    readonly reason: string,
    kind: TemplateKind = 'Tag',
  ) {
    super(`${kind} failed "${permission}" permission check: ${reason}`);
    this.name = 'PermissionError';
  }
}

type Params = Record<string, unknown>;

interface TypedValue {
  type?: number;
  string?: string;
  boolean?: boolean;
  listItem?: TypedValue[];
  mapKey?: TypedValue[];
  mapValue?: TypedValue[];
  [other: string]: unknown;
}

/** A plain JS value from GTM's type-coded value (1 string, 2 list, 3 map, 8 boolean). */
export function decodeValue(v: TypedValue | undefined): unknown {
  if (!v || typeof v !== 'object') return undefined;
  switch (v.type) {
    case 1:
      return v.string;
    case 2:
      return (v.listItem ?? []).map(decodeValue);
    case 3: {
      const out: Params = {};
      (v.mapKey ?? []).forEach((k, i) => {
        out[String(decodeValue(k))] = decodeValue((v.mapValue ?? [])[i]);
      });
      return out;
    }
    case 8:
      return v.boolean;
    default:
      return v.string ?? v.boolean;
  }
}

/** publicId → decoded params, from the section's JSON array. */
export function parsePermissions(section: unknown): Map<string, Params> {
  const out = new Map<string, Params>();
  if (!Array.isArray(section)) return out;
  for (const entry of section) {
    const instance = (entry as { instance?: { key?: { publicId?: string }; param?: unknown } })
      ?.instance;
    const id = instance?.key?.publicId;
    if (typeof id !== 'string') continue;
    const params: Params = {};
    if (Array.isArray(instance!.param)) {
      for (const p of instance!.param as { key?: string; value?: TypedValue }[]) {
        if (typeof p?.key === 'string') params[p.key] = decodeValue(p.value);
      }
    }
    out.set(id, params);
  }
  return out;
}

/**
 * Permissions with nothing to configure. GTM detects the permissions a
 * template needs from the APIs its code uses and adds them itself ("Automatically
 * detected in sandboxed JavaScript, based on what APIs are used":
 * https://developers.google.com/tag-platform/tag-manager/server-side/permissions),
 * so a template that calls one of these APIs holds the permission even when its
 * exported section lacks the entry: their APIs have no check. Permissions with
 * settings (cookie names, URLs, keys, ...) stay denied until declared: an
 * added entry allows nothing.
 */
export const AUTO_GRANTED: readonly string[] = [
  'access_template_storage',
  'read_container_data',
  'read_event_metadata',
  'return_response',
  'run_container',
];

/** `*` matches any run of characters; everything else is literal. */
const globCache = new Map<string, RegExp>();

export function globMatches(pattern: string, value: string, ignoreCase = false): boolean {
  const key = (ignoreCase ? 'i:' : 's:') + pattern;
  let re = globCache.get(key);
  if (!re) {
    const source = pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\/]/g, '\\$&'))
      .join('.*');
    re = new RegExp('^' + source + '$', ignoreCase ? 'is' : 's');
    globCache.set(key, re);
  }
  return re.test(value);
}

/**
 * Event-data key patterns: `*` is a wildcard, and a granted key also grants
 * its sub-keys (`user_data` covers `user_data.email`), as the build's
 * permission cross-check assumes.
 */
export function keyPatternAllows(pattern: string, key: string): boolean {
  if (globMatches(pattern, key)) return true;
  const parts = key.split('.');
  for (let i = parts.length - 1; i > 0; i--) {
    if (globMatches(pattern, parts.slice(0, i).join('.'))) return true;
  }
  return false;
}

/**
 * URL match patterns as the permission editor takes them: scheme and host
 * must match (`*.example.com` also covers example.com's subdomains), the
 * path is a prefix when the pattern's path ends in `/`, and `*` matches any
 * run of characters. Query and fragment are ignored.
 */
export function urlPatternAllows(pattern: string, url: string): boolean {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return false;
  }
  const m = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)([^?#]*)/i.exec(pattern.trim());
  if (!m) return false;
  const [, scheme, hostPattern, pathPattern] = m;
  if (scheme.toLowerCase() + ':' !== target.protocol) return false;
  const host = target.host.toLowerCase();
  const hp = hostPattern.toLowerCase();
  const hostOk = hp.startsWith('*.')
    ? host === hp.slice(2) || globMatches(hp, host)
    : globMatches(hp, host);
  if (!hostOk) return false;
  const path = pathPattern === '' ? '/' : pathPattern;
  return globMatches(path.endsWith('/') ? path + '*' : path, target.pathname);
}

const GOOGLE_DOMAINS = [
  'google.com',
  'googleapis.com',
  'google-analytics.com',
  'googletagmanager.com',
  'doubleclick.net',
  'googleadservices.com',
  'googlesyndication.com',
  'gstatic.com',
];

function isGoogleDomain(url: string): boolean {
  try {
    const host = new URL(url).hostname.toLowerCase();
    return GOOGLE_DOMAINS.some((d) => host === d || host.endsWith('.' + d));
  } catch {
    return false;
  }
}

function list(params: Params | undefined, key: string): unknown[] {
  const v = params?.[key];
  return Array.isArray(v) ? v : [];
}

function strings(params: Params | undefined, key: string): string[] {
  return list(params, key).filter((v): v is string => typeof v === 'string');
}

function field(row: unknown, key: string): string | undefined {
  if (!row || typeof row !== 'object') return undefined;
  const v = (row as Params)[key];
  return v === undefined || v === null ? undefined : String(v);
}

/** A setting of "any" (or, when `absentMeansAny`, no setting at all). */
function isAny(params: Params | undefined, key: string, absentMeansAny = false): boolean {
  const v = params?.[key];
  return v === 'any' || (absentMeansAny && v === undefined);
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : String(v);
}

export interface PolicyContext {
  /** Preview, debug and the Tests tab count as the "debug" logging environment. */
  debug: boolean;
  /** Used when a BigQuery or Firestore call names no projectId. */
  defaultProjectId: string;
}

/** What a call did when the policy let it through without acting (e.g. debug-only logging in production). */
export type CheckOutcome = 'allowed' | 'silenced';

type Checker = (policy: Policy, args: unknown[], ctx: PolicyContext) => CheckOutcome | void;

export class Policy {
  /** A tag reads the same few keys on every run; the pattern match is decided once per key. */
  private readonly eventDataKeys = new Map<string, boolean>();

  constructor(
    readonly permissions: Map<string, Params>,
    readonly kind: TemplateKind = 'Tag',
  ) {}

  static fromSection(section: unknown, kind: TemplateKind = 'Tag'): Policy {
    return new Policy(parsePermissions(section), kind);
  }

  has(id: string): boolean {
    return this.permissions.has(id);
  }

  params(id: string): Params | undefined {
    return this.permissions.get(id);
  }

  allowsEventDataKey(key: string): boolean {
    let allowed = this.eventDataKeys.get(key);
    if (allowed === undefined) {
      const p = this.params('read_event_data');
      allowed =
        p !== undefined &&
        (isAny(p, 'eventDataAccess') ||
          strings(p, 'keyPatterns').some((pattern) => keyPatternAllows(pattern, key)));
      this.eventDataKeys.set(key, allowed);
    }
    return allowed;
  }

  deny(id: string, reason: string): never {
    throw new PermissionError(id, reason, this.kind);
  }

  /** Throws PermissionError unless the declared permissions allow this call. */
  check(api: string, args: unknown[], ctx: PolicyContext): CheckOutcome {
    const checker = CHECKERS.get(api);
    if (!checker) return 'allowed';
    return checker(this, args, ctx) ?? 'allowed';
  }
}

function requireDeclared(id: string, reason: string): Checker {
  return (policy) => {
    if (!policy.has(id)) policy.deny(id, reason);
  };
}

function checkUrl(id: string, what: string): Checker {
  return (policy, args) => {
    const url = str(args[0]);
    const p = policy.params(id);
    const allowed =
      p !== undefined &&
      (isAny(p, 'allowedUrls') ||
        (p.allowGoogleDomains === true && isGoogleDomain(url)) ||
        strings(p, 'urls').some((pattern) => urlPatternAllows(pattern, url)));
    if (!allowed) policy.deny(id, `${what} "${url}" is prohibited.`);
  };
}

function eventDataKey(policy: Policy, key: string): void {
  if (!policy.allowsEventDataKey(key)) {
    policy.deny('read_event_data', `Access to event data key "${key}" is prohibited.`);
  }
}

/** read_request: "any", or the specific switch for this part of the request. */
function requestPart(flag: string, reason: string): Checker {
  return (policy) => {
    const p = policy.params('read_request');
    if (p === undefined || !(isAny(p, 'requestAccess') || p[flag] === true)) {
      policy.deny('read_request', reason);
    }
  };
}

function requestHeader(policy: Policy, name: string): void {
  const p = policy.params('read_request');
  const lower = name.toLowerCase();
  const allowed =
    p !== undefined &&
    (isAny(p, 'requestAccess') ||
      (p.headersAllowed === true &&
        (isAny(p, 'headerAccess', true) ||
          list(p, 'headerWhitelist').some(
            (row) => field(row, 'headerName')?.toLowerCase() === lower,
          ))));
  if (!allowed) policy.deny('read_request', `Access to request header "${name}" is prohibited.`);
}

function queryParameter(policy: Policy, name: string | undefined): void {
  const p = policy.params('read_request');
  const allowed =
    p !== undefined &&
    (isAny(p, 'requestAccess') ||
      (p.queryParametersAllowed === true &&
        (isAny(p, 'queryParameterAccess', true) ||
          (name !== undefined &&
            list(p, 'queryParameterWhitelist').some(
              (row) => field(row, 'queryParameter') === name,
            )))));
  if (!allowed) {
    policy.deny(
      'read_request',
      name === undefined
        ? 'Access to all request query parameters is prohibited.'
        : `Access to request query parameter "${name}" is prohibited.`,
    );
  }
}

function responsePart(flag: string, reason: string): Checker {
  return (policy) => {
    const p = policy.params('access_response');
    if (p === undefined || !(isAny(p, 'writeResponseAccess') || p[flag] === true)) {
      policy.deny('access_response', reason);
    }
  };
}

function cookieOptionsAllowed(rule: unknown, name: string, options: Params): boolean {
  const ruleName = field(rule, 'name') ?? '';
  if (!globMatches(ruleName, name)) return false;
  const domain = field(rule, 'domain') ?? '*';
  const wantedDomain = options.domain === undefined ? 'auto' : str(options.domain);
  if (domain !== '*' && domain.toLowerCase() !== wantedDomain.toLowerCase()) return false;
  const path = field(rule, 'path') ?? '*';
  if (path !== '*' && path !== (options.path === undefined ? '/' : str(options.path))) return false;
  const secure = field(rule, 'secure') ?? 'any';
  if ((secure === 'secure' || secure === 'require_secure') && options.secure !== true) return false;
  if (secure === 'insecure' && options.secure === true) return false;
  const session = field(rule, 'session') ?? 'any';
  const persistent = options['max-age'] !== undefined || options.expires !== undefined;
  if ((session === 'session' || session === 'session_only') && persistent) return false;
  if ((session === 'non_session' || session === 'persistent') && !persistent) return false;
  return true;
}

function tableAllowed(rows: unknown[], wanted: Record<string, string>, operation: string): boolean {
  return rows.some(
    (row) =>
      Object.entries(wanted).every(([k, v]) => globMatches(field(row, k) ?? '*', v)) &&
      (field(row, 'operation') ?? operation).split(/[_,\s]+/).some((op) => op === operation),
  );
}

function options(v: unknown): Params {
  return v && typeof v === 'object' ? (v as Params) : {};
}

/** A query reads a collection: a pattern covering its documents (`users/*`) allows it. */
function firestoreCheck(
  operation: 'read' | 'write',
  optionsIndex: number,
  isQuery = false,
): Checker {
  return (policy, args, ctx) => {
    const path = str(args[0]);
    const covers = (pattern: string) =>
      globMatches(pattern, path) || (isQuery && globMatches(pattern, path + '/*'));
    const opts = options(args[optionsIndex]);
    const projectId = opts.projectId === undefined ? ctx.defaultProjectId : str(opts.projectId);
    const rows = list(policy.params('access_firestore'), 'allowedOptions');
    const ok = rows.some((row) => {
      const rowProject = field(row, 'projectId') ?? '*';
      const projectOk =
        rowProject === '*' ||
        rowProject === projectId ||
        (rowProject === 'GOOGLE_CLOUD_PROJECT' && projectId === ctx.defaultProjectId);
      const op = field(row, 'operation') ?? 'read_write';
      return (
        projectOk && covers(field(row, 'path') ?? '*') && (op === operation || op === 'read_write')
      );
    });
    if (!ok) {
      policy.deny(
        'access_firestore',
        `${operation === 'read' ? 'Read' : 'Write'} access to Firestore path "${path}" in project "${projectId}" is prohibited.`,
      );
    }
  };
}

const CHECKER_TABLE: Record<string, Checker> = {
  sendHttpRequest: checkUrl('send_http', 'Access to URL'),
  sendHttpGet: checkUrl('send_http', 'Access to URL'),
  sendPixelFromBrowser: checkUrl('send_pixel_from_browser', 'Sending a pixel to URL'),
  getCookieValues: (policy, args) => {
    const name = str(args[0]);
    const p = policy.params('get_cookies');
    const allowed =
      p !== undefined &&
      (isAny(p, 'cookieAccess') ||
        strings(p, 'cookieNames').some((pattern) => globMatches(pattern, name)));
    if (!allowed) policy.deny('get_cookies', `Access to cookie "${name}" is prohibited.`);
  },
  setCookie: (policy, args) => {
    const name = str(args[0]);
    const p = policy.params('set_cookies');
    const opts = options(args[2]);
    const allowed =
      p !== undefined &&
      list(p, 'allowedCookies').some((rule) => cookieOptionsAllowed(rule, name, opts));
    if (!allowed) {
      policy.deny('set_cookies', `Setting cookie "${name}" with the given options is prohibited.`);
    }
  },
  getEventData: (policy, args) => eventDataKey(policy, str(args[0])),
  getAllEventData: (policy) => {
    const p = policy.params('read_event_data');
    const allowed =
      p !== undefined &&
      (isAny(p, 'eventDataAccess') || strings(p, 'keyPatterns').some((k) => k === '*'));
    if (!allowed) policy.deny('read_event_data', 'Access to all event data is prohibited.');
  },
  // Without an entry, logging has GTM's default setting (debug and preview only), and
  // a log it does not allow is dropped, never an error (Google's permissions pages:
  // https://developers.google.com/tag-platform/tag-manager/templates/permissions#logging).
  logToConsole: (policy, _args, ctx) => {
    if (policy.params('logging')?.environments !== 'all' && !ctx.debug) return 'silenced';
  },
  getRequestBody: requestPart('bodyAllowed', 'Access to the request body is prohibited.'),
  getRequestMethod: requestPart('methodAllowed', 'Access to the request method is prohibited.'),
  getRequestPath: requestPart('pathAllowed', 'Access to the request path is prohibited.'),
  getRequestQueryString: requestPart(
    'queryStringAllowed',
    'Access to the request query string is prohibited.',
  ),
  getRemoteAddress: requestPart(
    'remoteAddressAllowed',
    'Access to the remote address is prohibited.',
  ),
  getRequestHeader: (policy, args) => requestHeader(policy, str(args[0])),
  getRequestQueryParameter: (policy, args) => queryParameter(policy, str(args[0])),
  getRequestQueryParameters: (policy) => queryParameter(policy, undefined),
  isRequestMpv1: requireDeclared('read_request', 'Access to the request is prohibited.'),
  isRequestMpv2: requireDeclared('read_request', 'Access to the request is prohibited.'),
  extractEventsFromMpv1: requireDeclared('read_request', 'Access to the request is prohibited.'),
  extractEventsFromMpv2: requireDeclared('read_request', 'Access to the request is prohibited.'),
  setResponseStatus: responsePart(
    'writeStatusAllowed',
    'Writing the response status is prohibited.',
  ),
  setResponseBody: responsePart('writeBodyAllowed', 'Writing the response body is prohibited.'),
  setResponseHeader: (policy, args) => {
    const name = str(args[0]);
    const p = policy.params('access_response');
    const lower = name.toLowerCase();
    const allowed =
      p !== undefined &&
      (isAny(p, 'writeResponseAccess') ||
        (p.writeHeadersAllowed === true &&
          (isAny(p, 'writeHeaderAccess', true) ||
            list(p, 'writeHeaderWhitelist').some(
              (row) => field(row, 'headerName')?.toLowerCase() === lower,
            ))));
    if (!allowed)
      policy.deny('access_response', `Writing response header "${name}" is prohibited.`);
  },
  setPixelResponse: (policy) => {
    const p = policy.params('access_response');
    const allowed =
      p !== undefined &&
      (isAny(p, 'writeResponseAccess') ||
        (p.writeStatusAllowed === true &&
          p.writeBodyAllowed === true &&
          p.writeHeadersAllowed === true));
    if (!allowed) policy.deny('access_response', 'Writing a pixel response is prohibited.');
  },
  getGoogleAuth: (policy, args) => {
    const scopes = options(args[0]).scopes;
    const allowed = strings(policy.params('use_google_credentials'), 'allowedScopes');
    const wanted = Array.isArray(scopes) ? scopes.map(str) : [];
    const missing = policy.has('use_google_credentials')
      ? wanted.find((s) => !allowed.includes(s))
      : (wanted[0] ?? '');
    if (missing !== undefined) {
      policy.deny(
        'use_google_credentials',
        `Use of Google credentials with scope "${missing}" is prohibited.`,
      );
    }
  },
  hmacSha256: (policy, args) => {
    const keyId = str(args[1]);
    const p = policy.params('use_custom_private_keys');
    const ids =
      p === undefined ? [] : Object.values(p).flatMap((v) => (Array.isArray(v) ? v : [v]));
    const allowed = ids.some((v) =>
      (typeof v === 'object' && v ? Object.values(v) : [v]).includes(keyId),
    );
    if (!allowed)
      policy.deny('use_custom_private_keys', `Use of private key "${keyId}" is prohibited.`);
  },
  'BigQuery.insert': (policy, args, ctx) => {
    const conn = options(args[0]);
    const wanted = {
      projectId: conn.projectId === undefined ? ctx.defaultProjectId : str(conn.projectId),
      datasetId: str(conn.datasetId),
      tableId: str(conn.tableId),
    };
    if (!tableAllowed(list(policy.params('access_bigquery'), 'allowedTables'), wanted, 'write')) {
      policy.deny(
        'access_bigquery',
        `Write access to BigQuery table "${wanted.projectId}.${wanted.datasetId}.${wanted.tableId}" is prohibited.`,
      );
    }
  },
  'Firestore.read': firestoreCheck('read', 1),
  'Firestore.query': firestoreCheck('read', 2, true),
  'Firestore.write': firestoreCheck('write', 2),
  'Firestore.runTransaction': requireDeclared(
    'access_firestore',
    'Access to Firestore is prohibited.',
  ),
  sendMessage: (policy, args) => messageCheck(policy, str(args[0]), 'send'),
  addMessageListener: (policy, args) => messageCheck(policy, str(args[0]), 'listen'),
  hasMessageListener: (policy, args) => messageCheck(policy, str(args[0]), 'listen'),
};

/** A Map, so an API name can never hit Object.prototype, and lookups stay fast. */
const CHECKERS = new Map(Object.entries(CHECKER_TABLE));

function messageCheck(policy: Policy, type: string, action: 'send' | 'listen'): void {
  const p = policy.params('use_message');
  const allowed =
    p !== undefined &&
    (isAny(p, 'allowedActions') ||
      list(p, 'messageTypes').some((row) => {
        const a = field(row, 'action') ?? 'send_and_listen';
        return (
          globMatches(field(row, 'type') ?? '*', type) &&
          (a === action || a === 'send_and_listen' || a === 'any')
        );
      }));
  if (!allowed) {
    policy.deny(
      'use_message',
      `${action === 'send' ? 'Sending' : 'Listening to'} message type "${type}" is prohibited.`,
    );
  }
}
