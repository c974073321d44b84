/**
 * Permission enforcement: every API call is checked against the template's
 * ___SERVER_PERMISSIONS___, and a violation fails the run with GTM's
 * wording ("Tag failed \"<permission>\" permission check: <reason>").
 */
import { describe, expect, it } from 'vitest';
import {
  createRuntime,
  keyPatternAllows,
  urlPatternAllows,
  type RunOptions,
} from '../../build/harness';
import { permission } from '../helpers/harness-templates';

function attempt(code: string, permissions: unknown[], options: RunOptions = {}) {
  return createRuntime({ code: code + '\ndata.gtmOnSuccess();', permissions }).run({
    unmatchedHttp: 'default',
    ...options,
  });
}

function expectAllowed(code: string, permissions: unknown[], options?: RunOptions) {
  const r = attempt(code, permissions, options);
  expect(r.error).toBeUndefined();
  expect(r.outcome).toBe('success');
}

function expectDenied(code: string, permissions: unknown[], message: string, options?: RunOptions) {
  const r = attempt(code, permissions, options);
  expect(r.outcome).toBe('error');
  expect(r.error).toMatchObject({ kind: 'permission' });
  expect(r.error!.message).toBe(message);
}

describe('get_cookies', () => {
  const specific = [
    permission('get_cookies', { cookieAccess: 'specific', cookieNames: ['_fbp', '_ga*'] }),
  ];
  it('allows listed names (with * wildcards) and denies the rest with GTM’s message', () => {
    expectAllowed(
      `require('getCookieValues')('_fbp'); require('getCookieValues')('_ga_X1');`,
      specific,
    );
    expectDenied(
      `require('getCookieValues')('uet_msclkid');`,
      specific,
      'Tag failed "get_cookies" permission check: Access to cookie "uet_msclkid" is prohibited.',
    );
    expectAllowed(`require('getCookieValues')('anything');`, [
      permission('get_cookies', { cookieAccess: 'any' }),
    ]);
  });
  it('denies every cookie without the permission', () => {
    expectDenied(
      `require('getCookieValues')('_fbp');`,
      [],
      'Tag failed "get_cookies" permission check: Access to cookie "_fbp" is prohibited.',
    );
  });
});

describe('send_http', () => {
  const graph = [
    permission('send_http', { allowedUrls: 'specific', urls: ['https://graph.facebook.com/'] }),
  ];
  it('allows URLs under a listed prefix, for both forms and sendHttpGet', () => {
    expectAllowed(
      `require('sendHttpRequest')('https://graph.facebook.com/v25.0/1/events?x=1', {method: 'POST'});`,
      graph,
    );
    expectAllowed(
      `require('sendHttpRequest')('https://graph.facebook.com/v25.0/1/events', () => {});`,
      graph,
    );
    expectAllowed(`require('sendHttpGet')('https://graph.facebook.com/me');`, graph);
  });
  it('denies other hosts, schemes and look-alike hosts', () => {
    for (const url of [
      'https://evil.example/x',
      'http://graph.facebook.com/x',
      'https://graph.facebook.com.evil.example/',
    ]) {
      expectDenied(
        `require('sendHttpRequest')(${JSON.stringify(url)});`,
        graph,
        `Tag failed "send_http" permission check: Access to URL "${url}" is prohibited.`,
      );
    }
  });
  it('honours allowGoogleDomains and "any"', () => {
    const google = [
      permission('send_http', { allowedUrls: 'specific', urls: [], allowGoogleDomains: true }),
    ];
    expectAllowed(`require('sendHttpGet')('https://www.googleapis.com/x');`, google);
    expectDenied(
      `require('sendHttpGet')('https://x.example/');`,
      google,
      'Tag failed "send_http" permission check: Access to URL "https://x.example/" is prohibited.',
    );
    expectAllowed(`require('sendHttpGet')('https://x.example/');`, [
      permission('send_http', { allowedUrls: 'any' }),
    ]);
  });
  it('matches URL patterns the way the permission editor describes them', () => {
    expect(urlPatternAllows('https://*.example.com/', 'https://a.b.example.com/p')).toBe(true);
    expect(urlPatternAllows('https://*.example.com/', 'https://example.com/p')).toBe(true);
    expect(
      urlPatternAllows(
        'https://api.yelp.com/*/conversion/event',
        'https://api.yelp.com/v3/conversion/event',
      ),
    ).toBe(true);
    expect(
      urlPatternAllows('https://api.yelp.com/*/conversion/event', 'https://api.yelp.com/v3/other'),
    ).toBe(false);
    expect(urlPatternAllows('https://a.example/exact', 'https://a.example/exact/more')).toBe(false);
    expect(urlPatternAllows('https://a.example', 'https://a.example/any/path')).toBe(true);
  });
});

describe('read_event_data', () => {
  const specific = [
    permission('read_event_data', {
      eventDataAccess: 'specific',
      keyPatterns: ['event_name', 'user_data', 'x-fb-*'],
    }),
  ];
  it('allows listed keys, their sub-keys and wildcard patterns', () => {
    expectAllowed(
      `const g = require('getEventData'); g('event_name'); g('user_data.email'); g('x-fb-ud-em');`,
      specific,
    );
    expect(keyPatternAllows('items.*', 'items.0.id')).toBe(true);
    expect(keyPatternAllows('user_data', 'user_data_other')).toBe(false);
  });
  it('denies other keys, and getAllEventData unless access is "any"', () => {
    expectDenied(
      `require('getEventData')('page_location');`,
      specific,
      'Tag failed "read_event_data" permission check: Access to event data key "page_location" is prohibited.',
    );
    expectDenied(
      `require('getAllEventData')();`,
      specific,
      'Tag failed "read_event_data" permission check: Access to all event data is prohibited.',
    );
    expectAllowed(`require('getAllEventData')();`, [
      permission('read_event_data', { eventDataAccess: 'any' }),
    ]);
  });
});

describe('set_cookies', () => {
  const rules = [
    permission('set_cookies', {
      allowedCookies: [
        { name: '_fbp', domain: '*', path: '*', secure: 'any', session: 'any' },
        {
          name: 'strict',
          domain: 'example.com',
          path: '/',
          secure: 'secure',
          session: 'non_session',
        },
      ],
    }),
  ];
  it('allows a cookie whose name and options fit a rule', () => {
    expectAllowed(`require('setCookie')('_fbp', 'v', {domain: 'auto', path: '/x'});`, rules);
    expectAllowed(
      `require('setCookie')('strict', 'v', {domain: 'example.com', path: '/', secure: true, 'max-age': 10});`,
      rules,
    );
  });
  it('denies other names and options outside the rule', () => {
    const denied = (name: string) =>
      `Tag failed "set_cookies" permission check: Setting cookie "${name}" with the given options is prohibited.`;
    expectDenied(`require('setCookie')('_fbc', 'v');`, rules, denied('_fbc'));
    expectDenied(
      `require('setCookie')('strict', 'v', {domain: 'example.com', path: '/', 'max-age': 10});`,
      rules,
      denied('strict'),
    );
    expectDenied(
      `require('setCookie')('strict', 'v', {domain: 'example.com', path: '/', secure: true});`,
      rules,
      denied('strict'),
    );
    expectDenied(
      `require('setCookie')('strict', 'v', {domain: 'other.com', path: '/', secure: true, 'max-age': 1});`,
      rules,
      denied('strict'),
    );
  });
});

describe('logging', () => {
  const code = `require('logToConsole')('hello');`;
  it('without an entry, logs in debug and preview only, and never fails the run', () => {
    expectAllowed(code, []);
    expect(attempt(code, []).logs).toEqual([]);
    expect(attempt(code, [], { containerVersion: { previewMode: true } }).logs).toHaveLength(1);
  });
  it('drops "debug" logs outside debug and preview, keeps "all" logs', () => {
    const debugOnly = [permission('logging', { environments: 'debug' })];
    expect(attempt(code, debugOnly).logs).toEqual([]);
    expect(attempt(code, debugOnly, { containerVersion: { previewMode: true } }).logs).toHaveLength(
      1,
    );
    expect(attempt(code, [permission('logging', { environments: 'all' })]).logs).toHaveLength(1);
  });
});

describe('read_request', () => {
  const specific = [
    permission('read_request', {
      requestAccess: 'specific',
      headersAllowed: true,
      headerAccess: 'specific',
      headerWhitelist: [{ headerName: 'User-Agent' }],
      queryParametersAllowed: true,
      queryParameterAccess: 'specific',
      queryParameterWhitelist: [{ queryParameter: 'fbclid' }],
      remoteAddressAllowed: true,
    }),
  ];
  it('allows listed headers (case-insensitive), query parameters and parts', () => {
    expectAllowed(
      `require('getRequestHeader')('user-agent'); require('getRequestQueryParameter')('fbclid'); require('getRemoteAddress')();`,
      specific,
    );
  });
  it('denies the rest', () => {
    const denied = (reason: string) => `Tag failed "read_request" permission check: ${reason}`;
    expectDenied(
      `require('getRequestHeader')('cookie');`,
      specific,
      denied('Access to request header "cookie" is prohibited.'),
    );
    expectDenied(
      `require('getRequestQueryParameter')('gclid');`,
      specific,
      denied('Access to request query parameter "gclid" is prohibited.'),
    );
    expectDenied(
      `require('getRequestQueryParameters')();`,
      specific,
      denied('Access to all request query parameters is prohibited.'),
    );
    expectDenied(
      `require('getRequestBody')();`,
      specific,
      denied('Access to the request body is prohibited.'),
    );
    expectDenied(
      `require('getRequestPath')();`,
      specific,
      denied('Access to the request path is prohibited.'),
    );
    expectDenied(
      `require('getRequestMethod')();`,
      specific,
      denied('Access to the request method is prohibited.'),
    );
    expectDenied(
      `require('getRequestQueryString')();`,
      specific,
      denied('Access to the request query string is prohibited.'),
    );
    expectAllowed(`require('getRequestBody')();`, [
      permission('read_request', { requestAccess: 'any' }),
    ]);
  });
});

describe('access_response and return_response', () => {
  const status = [
    permission('access_response', {
      writeResponseAccess: 'specific',
      writeStatusAllowed: true,
      writeHeadersAllowed: true,
      writeHeaderAccess: 'specific',
      writeHeaderWhitelist: [{ headerName: 'x-ok' }],
    }),
  ];
  it('checks status, headers and body separately', () => {
    expectAllowed(
      `require('setResponseStatus')(204); require('setResponseHeader')('X-OK', '1');`,
      status,
    );
    const denied = (reason: string) => `Tag failed "access_response" permission check: ${reason}`;
    expectDenied(
      `require('setResponseBody')('x');`,
      status,
      denied('Writing the response body is prohibited.'),
    );
    expectDenied(
      `require('setResponseHeader')('x-other', '1');`,
      status,
      denied('Writing response header "x-other" is prohibited.'),
    );
    expectDenied(
      `require('setPixelResponse')();`,
      status,
      denied('Writing a pixel response is prohibited.'),
    );
    // return_response has nothing to configure: GTM adds it on its own.
    expectAllowed(`require('returnResponse')();`, status);
  });
});

describe('permissions with nothing to configure', () => {
  it('are granted without an entry, as GTM adds them on its own', () => {
    expectAllowed(
      `require('getContainerVersion')(); require('getClientName')(); require('templateDataStorage').setItemCopy('k', 1); require('addEventCallback')(() => {}); require('runContainer')({}); require('returnResponse')();`,
      [],
    );
  });
});

describe('BigQuery, Firestore, Google credentials, private keys, pixels, messages', () => {
  it('checks BigQuery tables', () => {
    const perms = [
      permission('access_bigquery', {
        allowedTables: [{ projectId: 'p', datasetId: 'd', tableId: 't*', operation: 'write' }],
      }),
    ];
    expectAllowed(
      `require('BigQuery').insert({projectId: 'p', datasetId: 'd', tableId: 't1'}, []);`,
      perms,
    );
    expectDenied(
      `require('BigQuery').insert({datasetId: 'd', tableId: 't1'}, []);`,
      perms,
      'Tag failed "access_bigquery" permission check: Write access to BigQuery table "harness-project.d.t1" is prohibited.',
    );
  });
  it('checks Firestore paths and operations', () => {
    const perms = [
      permission('access_firestore', {
        allowedOptions: [{ projectId: '*', path: 'users/*', operation: 'read' }],
      }),
    ];
    expectAllowed(`require('Firestore').read('users/u1');`, perms);
    expectDenied(
      `require('Firestore').write('users/u1', {});`,
      perms,
      'Tag failed "access_firestore" permission check: Write access to Firestore path "users/u1" in project "harness-project" is prohibited.',
    );
  });
  it('checks Google credential scopes and private key ids', () => {
    const perms = [
      permission('use_google_credentials', {
        allowedScopes: ['https://www.googleapis.com/auth/datastore'],
      }),
      permission('use_custom_private_keys', { keyIds: ['k1'] }),
    ];
    expectAllowed(
      `require('getGoogleAuth')({scopes: ['https://www.googleapis.com/auth/datastore']}); require('hmacSha256')('x', 'k1');`,
      perms,
      { privateKeys: { k1: 'secret' } },
    );
    expectDenied(
      `require('getGoogleAuth')({scopes: ['https://www.googleapis.com/auth/bigquery']});`,
      perms,
      'Tag failed "use_google_credentials" permission check: Use of Google credentials with scope "https://www.googleapis.com/auth/bigquery" is prohibited.',
    );
    expectDenied(
      `require('hmacSha256')('x', 'k2');`,
      perms,
      'Tag failed "use_custom_private_keys" permission check: Use of private key "k2" is prohibited.',
    );
  });
  it('checks sendPixelFromBrowser URLs and message types', () => {
    const perms = [
      permission('send_pixel_from_browser', {
        allowedUrls: 'specific',
        urls: ['https://px.example/'],
      }),
      permission('use_message', {
        allowedActions: 'specific',
        messageTypes: [{ type: 'ping', action: 'send' }],
      }),
    ];
    expectAllowed(
      `require('sendPixelFromBrowser')('https://px.example/p'); require('sendMessage')('ping', {});`,
      perms,
    );
    expectDenied(
      `require('sendPixelFromBrowser')('https://other.example/');`,
      perms,
      'Tag failed "send_pixel_from_browser" permission check: Sending a pixel to URL "https://other.example/" is prohibited.',
    );
    expectDenied(
      `require('addMessageListener')('ping', () => {});`,
      perms,
      'Tag failed "use_message" permission check: Listening to message type "ping" is prohibited.',
    );
  });
});

describe('queryPermission', () => {
  const declared = [
    permission('access_bigquery', {
      allowedTables: [{ projectId: 'p', datasetId: 'd', tableId: 't', operation: 'write' }],
    }),
    permission('access_firestore', {
      allowedOptions: [{ projectId: '*', path: 'users/*', operation: 'read' }],
    }),
    permission('access_response', {
      writeResponseAccess: 'specific',
      writeStatusAllowed: true,
      writeHeadersAllowed: true,
      writeHeaderAccess: 'specific',
      writeHeaderWhitelist: [{ headerName: 'x-ok' }],
    }),
    permission('get_cookies', { cookieAccess: 'specific', cookieNames: ['_fbp'] }),
    permission('set_cookies', {
      allowedCookies: [{ name: '_fbp', domain: '*', path: '*', secure: 'any', session: 'any' }],
    }),
    permission('read_event_data', { eventDataAccess: 'specific', keyPatterns: ['user_data'] }),
    permission('read_request', {
      requestAccess: 'specific',
      bodyAllowed: true,
      queryParametersAllowed: true,
      queryParameterAccess: 'specific',
      queryParameterWhitelist: [{ queryParameter: 'gclid' }],
    }),
    permission('send_http', { allowedUrls: 'specific', urls: ['https://collect.example/'] }),
    permission('send_pixel_from_browser', {
      allowedUrls: 'specific',
      urls: ['https://px.example/'],
    }),
    permission('use_custom_private_keys', { keyIds: ['k1'] }),
    permission('use_google_credentials', { allowedScopes: ['https://scope.example/a'] }),
    permission('use_message', {
      allowedActions: 'specific',
      messageTypes: [{ type: 'ping', action: 'send' }],
    }),
    permission('logging', { environments: 'debug' }),
  ];
  /** [query arguments, answer]: each permission allowed once and denied once. */
  const cases: [string, boolean][] = [
    [`'access_bigquery', 'write', {projectId: 'p', datasetId: 'd', tableId: 't'}`, true],
    [`'access_bigquery', 'write', {projectId: 'p', datasetId: 'd', tableId: 'x'}`, false],
    [`'access_firestore', 'read', 'users/u1', {projectId: 'p'}`, true],
    [`'access_firestore', 'write', 'users/u1', {projectId: 'p'}`, false],
    [`'access_response', 'write', 'header', 'X-OK'`, true],
    [`'access_response', 'write', 'body'`, false],
    [`'get_cookies', '_fbp'`, true],
    [`'get_cookies', '_ga'`, false],
    [`'set_cookies', '_fbp', {domain: 'auto', path: '/'}`, true],
    [`'set_cookies', '_ga', {domain: 'auto', path: '/'}`, false],
    [`'read_event_data', 'user_data.email_address'`, true],
    [`'read_event_data', 'page_location'`, false],
    [`'read_event_data'`, false],
    [`'read_request', 'body'`, true],
    [`'read_request', 'query_parameter', 'gclid'`, true],
    [`'read_request', 'header', 'user-agent'`, false],
    [`'read_request', 'path'`, false],
    [`'send_http', 'https://collect.example/e'`, true],
    [`'send_http', 'https://other.example/e'`, false],
    [`'send_pixel_from_browser', 'https://px.example/p'`, true],
    [`'send_pixel_from_browser', 'https://other.example/p'`, false],
    [`'use_custom_private_keys', 'k1'`, true],
    [`'use_custom_private_keys', 'k2'`, false],
    [`'use_google_credentials', ['https://scope.example/a']`, true],
    [`'use_google_credentials', ['https://scope.example/b']`, false],
    [`'use_message', 'send', 'ping'`, true],
    [`'use_message', 'listen', 'ping'`, false],
    [`'read_container_data'`, true],
    [`'access_template_storage'`, true],
    [`'read_event_metadata'`, true],
    [`'return_response'`, true],
    [`'run_container'`, true],
    [`'no_such_permission'`, false],
    [`'access_response', 'read', 'body'`, false],
    [`'get_cookies', {}`, false],
  ];

  it('answers each documented signature from the declared permissions, never throwing', () => {
    const code = `const queryPermission = require('queryPermission');\nreturn [${cases
      .map(([args]) => `queryPermission(${args})`)
      .join(', ')}];`;
    const r = createRuntime({ code, permissions: declared, type: 'MACRO' }).run();
    expect(r.error).toBeUndefined();
    const values = r.returnValue as boolean[];
    const answers = Object.fromEntries(cases.map(([args], i) => [args, values[i]]));
    expect(answers).toEqual(Object.fromEntries(cases));
  });

  it('answers logging by the environment: "debug" logs only in debug and preview', () => {
    const code = `return require('queryPermission')('logging');`;
    const run = (permissions: unknown[], previewMode: boolean) =>
      createRuntime({ code, permissions, type: 'MACRO' }).run({ containerVersion: { previewMode } })
        .returnValue;
    expect(run([], false)).toBe(false);
    expect(run([], true)).toBe(true);
    expect(run([permission('logging', { environments: 'all' })], false)).toBe(true);
  });
});

describe('enforcement', () => {
  it('names the template kind in the message', () => {
    const r = createRuntime({
      code: `return require('getCookieValues')('a');`,
      type: 'MACRO',
    }).run();
    expect(r.error!.message).toBe(
      'Variable failed "get_cookies" permission check: Access to cookie "a" is prohibited.',
    );
  });
  it('stops the run even when the violation happens in an async callback', () => {
    const r = attempt(`require('callLater')(() => require('getCookieValues')('x'));`, []);
    expect(r.outcome).toBe('error');
    expect(r.error!.permission).toBe('get_cookies');
  });
  it('can be switched off', () => {
    expect(
      attempt(`require('getCookieValues')('x');`, [], { enforcePermissions: false }).outcome,
    ).toBe('success');
  });
  it('needs no permission for the pure APIs', () => {
    expectAllowed(
      `const j = require('JSON'); j.parse(j.stringify({a: require('makeString')(1)})); require('sha256Sync')('x', {outputEncoding: 'hex'}); require('parseUrl')('https://a.example/');`,
      [],
    );
  });
});
