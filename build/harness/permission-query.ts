/**
 * queryPermission(permission, ...args): whether the declared permissions
 * allow an action, as true or false, never an error. Google's server-side
 * permissions page gives each permission a "Query signature"
 * (https://developers.google.com/tag-platform/tag-manager/server-side/permissions);
 * a query is answered by the same check the governed API makes, so one rule
 * decides both the call and the query.
 *
 * Signatures quoted from that page: access_bigquery ('write', options),
 * access_response ('write', component[, name]), access_template_storage ().
 * Those shared with web templates follow the web page
 * (https://developers.google.com/tag-platform/tag-manager/templates/permissions):
 * get_cookies (name), set_cookies (name, options), logging (),
 * read_container_data (), read_event_metadata (). The rest are inferred from
 * the API each permission governs, in the shape public templates call them
 * (read_event_data (key), send_http (url)). Permissions GTM adds on its own
 * (AUTO_GRANTED) answer true; a query this table does not know answers false.
 */
import { AUTO_GRANTED, type Policy, type PolicyContext } from './permissions';

/** The API calls whose checks answer a query; undefined when the query is not one GTM documents. */
type Query = (args: unknown[]) => [api: string, args: unknown[]][] | undefined;

const REQUEST_PARTS: Record<string, string> = {
  body: 'getRequestBody',
  method: 'getRequestMethod',
  path: 'getRequestPath',
  query_string: 'getRequestQueryString',
  remote_address: 'getRemoteAddress',
};

const RESPONSE_PARTS: Record<string, string> = {
  body: 'setResponseBody',
  status: 'setResponseStatus',
};

const QUERIES = new Map<string, Query>(
  Object.entries({
    access_bigquery: ([operation, options]) =>
      operation === 'write' ? [['BigQuery.insert', [options]]] : undefined,
    access_firestore: ([operation, path, options]) =>
      operation === 'read'
        ? [['Firestore.read', [path, options]]]
        : operation === 'write'
          ? [['Firestore.write', [path, undefined, options]]]
          : undefined,
    access_response: ([operation, component, name]) => {
      if (operation !== 'write') return undefined;
      if (component === 'header') return [['setResponseHeader', [name]]];
      const api = RESPONSE_PARTS[String(component)];
      return api === undefined ? undefined : [[api, []]];
    },
    get_cookies: ([name]) => [['getCookieValues', [name]]],
    logging: () => [['logToConsole', []]],
    read_event_data: ([key]) =>
      key === undefined ? [['getAllEventData', []]] : [['getEventData', [key]]],
    read_request: ([component, name]) => {
      if (component === 'header') return [['getRequestHeader', [name]]];
      if (component === 'query_parameter') {
        return [
          name === undefined
            ? ['getRequestQueryParameters', []]
            : ['getRequestQueryParameter', [name]],
        ];
      }
      const api = REQUEST_PARTS[String(component)];
      return api === undefined ? undefined : [[api, []]];
    },
    send_http: ([url]) => [['sendHttpRequest', [url]]],
    send_pixel_from_browser: ([url]) => [['sendPixelFromBrowser', [url]]],
    set_cookies: ([name, options]) => [['setCookie', [name, undefined, options]]],
    use_custom_private_keys: ([keyId]) => [['hmacSha256', [undefined, keyId]]],
    use_google_credentials: ([scopes]) => [['getGoogleAuth', [{ scopes }]]],
    use_message: ([action, type]) => {
      const send: [string, unknown[]] = ['sendMessage', [type]];
      const listen: [string, unknown[]] = ['addMessageListener', [type]];
      if (action === 'send') return [send];
      if (action === 'listen') return [listen];
      return action === 'send_and_listen' ? [send, listen] : undefined;
    },
  } satisfies Record<string, Query>),
);

/** True when every check behind the query allows the action (a silenced log does not). */
export function queryPermission(
  policy: Policy,
  permission: unknown,
  args: unknown[],
  ctx: PolicyContext,
): boolean {
  const id = String(permission);
  if (AUTO_GRANTED.includes(id)) return true;
  const checks = QUERIES.get(id)?.(args);
  if (checks === undefined) return false;
  try {
    return checks.every(([api, apiArgs]) => policy.check(api, apiArgs, ctx) === 'allowed');
  } catch {
    // A denial throws PermissionError; queryPermission answers it with false.
    return false;
  }
}
