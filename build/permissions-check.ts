/**
 * Cross-checks the compiled code against ___SERVER_PERMISSIONS___: every
 * required API that needs a permission has it, no declared permission is
 * unused, and literal arguments (cookie names, event-data keys, headers,
 * URLs) are covered by the declared lists.
 */
import { simple } from 'acorn-walk';
import { parseForChecks, type AnyNode, type ParsedCode } from './ast';
import { API_PERMISSIONS } from './sandbox-catalogue';
import type { PositionMapper } from './source-map';
import { formatPosition } from './source-map';

const PERMISSIONS_FILE = 'template-src/definition/permissions.ts';

interface PermissionEntry {
  instance: { key: { publicId: string }; param: { key: string; value: any }[] };
}

/** Plain JS value of a type-coded permission value. */
export function decodePermissionValue(v: any): unknown {
  switch (v.type) {
    case 1:
      return v.string;
    case 2:
      return (v.listItem ?? []).map(decodePermissionValue);
    case 3: {
      const out: Record<string, unknown> = {};
      (v.mapKey ?? []).forEach((k: any, i: number) => {
        out[String(decodePermissionValue(k))] = decodePermissionValue(v.mapValue[i]);
      });
      return out;
    }
    case 8:
      return v.boolean;
    default:
      return undefined;
  }
}

export function permissionParams(p: PermissionEntry): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const param of p.instance.param) out[param.key] = decodePermissionValue(param.value);
  return out;
}

/** GTM key patterns: `*` matches anything; a granted key also grants its sub-keys. */
export function keyPatternAllows(pattern: string, key: string): boolean {
  const re = new RegExp(
    '^' +
      pattern
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*') +
      '(\\..*)?$',
  );
  return re.test(key);
}

/**
 * `code` is the compiled code, or its parse when the caller has one;
 * `droppedRequires` are require() calls the build removes (postprocess.ts),
 * which need no permission.
 */
export function checkPermissions(
  code: string | ParsedCode,
  permissions: PermissionEntry[],
  mapPosition?: PositionMapper,
  droppedRequires: ReadonlySet<AnyNode> = new Set(),
): string[] {
  const errors: string[] = [];
  const parsed = typeof code === 'string' ? parseForChecks(code) : code;
  const { ast, bindings } = parsed;
  const where = (node: AnyNode) => {
    const { line, column } = parsed.lineColumn(node.start);
    return mapPosition ? formatPosition(mapPosition(line, column)) : 'compiled template:' + line;
  };

  const declared = new Map<string, Record<string, unknown>>();
  for (const p of permissions) declared.set(p.instance.key.publicId, permissionParams(p));

  const needed = new Set<string>();
  const literalCalls: { api: string; arg: string; node: AnyNode }[] = [];
  simple(ast, {
    CallExpression(n) {
      const node = n as AnyNode;
      if (droppedRequires.has(node)) return;
      const callee = node.callee as AnyNode;
      const arg = node.arguments[0] as AnyNode | undefined;
      if (callee.type === 'Identifier' && callee.name === 'require' && bindings.isGlobal(callee)) {
        if (!arg || arg.type !== 'Literal') return;
        const api = String(arg.value);
        const publicId = API_PERMISSIONS[api];
        if (!publicId) return;
        needed.add(publicId);
        if (!declared.has(publicId)) {
          errors.push(
            where(node) +
              ': require("' +
              api +
              '") needs the "' +
              publicId +
              '" permission, which ' +
              PERMISSIONS_FILE +
              ' does not declare',
          );
        }
        return;
      }
      if (
        callee.type === 'Identifier' &&
        arg &&
        arg.type === 'Literal' &&
        typeof arg.value === 'string'
      ) {
        const api = bindings.apiOf(callee);
        if (api) literalCalls.push({ api, arg: arg.value, node });
      }
    },
  });

  for (const publicId of declared.keys()) {
    if (!needed.has(publicId)) {
      errors.push(
        PERMISSIONS_FILE +
          ': permission "' +
          publicId +
          '" is declared but no required API uses it',
      );
    }
  }

  for (const call of literalCalls) {
    const problem = literalArgumentProblem(call.api, call.arg, declared);
    if (problem) errors.push(where(call.node) + ': ' + problem + ' (' + PERMISSIONS_FILE + ')');
  }
  return errors;
}

function literalArgumentProblem(
  api: string,
  arg: string,
  declared: Map<string, Record<string, unknown>>,
): string | undefined {
  const list = (publicId: string, key: string) =>
    ((declared.get(publicId) ?? {})[key] as unknown[] | undefined) ?? [];
  const access = (publicId: string, key: string) => (declared.get(publicId) ?? {})[key];
  switch (api) {
    case 'getCookieValues':
      if (
        access('get_cookies', 'cookieAccess') !== 'any' &&
        list('get_cookies', 'cookieNames').indexOf(arg) < 0
      )
        return 'getCookieValues("' + arg + '") reads a cookie get_cookies does not list';
      return undefined;
    case 'setCookie':
      if (!list('set_cookies', 'allowedCookies').some((c: any) => c.name === arg || c.name === '*'))
        return 'setCookie("' + arg + '") writes a cookie set_cookies does not list';
      return undefined;
    case 'getEventData':
      if (
        access('read_event_data', 'eventDataAccess') !== 'any' &&
        !list('read_event_data', 'keyPatterns').some((p) => keyPatternAllows(String(p), arg))
      )
        return 'getEventData("' + arg + '") reads a key read_event_data does not list';
      return undefined;
    case 'getRequestHeader':
      if (
        access('read_request', 'headerAccess') !== 'any' &&
        !list('read_request', 'headerWhitelist').some(
          (h: any) => String(h.headerName).toLowerCase() === arg.toLowerCase(),
        )
      )
        return 'getRequestHeader("' + arg + '") reads a header read_request does not list';
      return undefined;
    case 'sendHttpRequest':
    case 'sendHttpGet':
      if (
        access('send_http', 'allowedUrls') !== 'any' &&
        !list('send_http', 'urls').some((u) => arg.indexOf(String(u)) === 0)
      )
        return api + '("' + arg + '") calls a URL send_http does not allow';
      return undefined;
    default:
      return undefined;
  }
}
