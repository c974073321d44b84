/**
 * The runtime: sandboxed code run as a function of `data`, the server API
 * fakes with GTM's semantics, callback counting and draining.
 */
import { describe, expect, it } from 'vitest';
import { createRuntime, type RunOptions, type TemplateSource } from '../../build/harness';
import { permission } from '../helpers/harness-templates';

const ANY_HTTP = permission('send_http', { allowedUrls: 'any' });
const LOGGING = permission('logging', { environments: 'all' });
const ANY_EVENT = permission('read_event_data', { eventDataAccess: 'any' });

function run(code: string, options: RunOptions = {}, source: Partial<TemplateSource> = {}) {
  return createRuntime({
    code,
    permissions: [ANY_HTTP, LOGGING, ANY_EVENT],
    ...source,
  }).run(options);
}

const logged = (r: ReturnType<typeof run>) => r.logs.map((l) => l.text);

describe('sendHttpRequest, promise form', () => {
  const code = `
    const sendHttpRequest = require('sendHttpRequest');
    const log = require('logToConsole');
    sendHttpRequest('https://api.example.com/e', {method: 'post', headers: {a: 'b'}, timeout: 500}, 'payload')
      .then((r) => { log('ok', r.statusCode, r.headers, r.body); data.gtmOnSuccess(); },
            (e) => { log('rejected', e); data.gtmOnFailure(); });`;

  it('resolves with statusCode, headers and body for any status, and records the request', () => {
    const r = run(code, {
      responses: [
        { url: 'https://api.example.com/', status: 500, headers: { x: '1' }, body: 'err' },
      ],
    });
    expect(logged(r)).toEqual(['ok 500 {"x":"1"} err']);
    expect(r.outcome).toBe('success');
    expect(r.requests).toHaveLength(1);
    expect(r.requests[0]).toMatchObject({
      url: 'https://api.example.com/e',
      method: 'POST',
      headers: { a: 'b' },
      body: 'payload',
      timeoutMs: 500,
      form: 'promise',
      outcome: { kind: 'response', statusCode: 500 },
    });
  });

  it("rejects {reason: 'timed_out'} when the request times out, at its timeout", () => {
    const r = run(code, { responses: [{ timeout: true }] });
    expect(logged(r)).toEqual(['rejected {"reason":"timed_out"}']);
    expect(r.outcome).toBe('failure');
    expect(r.elapsedMs).toBe(500);
  });

  it('times out when the scripted delay is longer than the timeout', () => {
    const r = run(code, { responses: [{ delayMs: 501, status: 200 }] });
    expect(logged(r)).toEqual(['rejected {"reason":"timed_out"}']);
  });

  it("rejects {reason: 'failed'} on a network failure", () => {
    const r = run(code, { responses: [{ networkError: true }] });
    expect(logged(r)).toEqual(['rejected {"reason":"failed"}']);
  });

  it('defaults to GET and a 15 s timeout', () => {
    const r = run(`require('sendHttpRequest')('https://a.example/x').then(data.gtmOnSuccess);`, {
      responses: [{ timeout: true }],
    });
    expect(r.requests[0]).toMatchObject({ method: 'GET', timeoutMs: 15000 });
    expect(r.elapsedMs).toBe(15000);
    expect(r.outcome).toBe('hung');
  });
});

describe('sendHttpRequest, callback form', () => {
  const code = `
    const log = require('logToConsole');
    require('sendHttpRequest')('https://api.example.com/e', (status, headers, body) => {
      log(status, headers, body);
      if (status === 200) data.gtmOnSuccess(); else data.gtmOnFailure();
    }, {method: 'POST', timeout: 1000}, '{"a":1}');`;

  it('passes status, headers and body to the callback', () => {
    const r = run(code, { responses: [{ status: 200, headers: { h: 'v' }, body: { ok: true } }] });
    expect(logged(r)).toEqual(['200 {"h":"v"} {"ok":true}']);
    expect(r.requests[0]).toMatchObject({ form: 'callback', body: '{"a":1}', method: 'POST' });
    expect(r.outcome).toBe('success');
  });

  it('gives status -1 on a timeout and 0 on a network failure', () => {
    expect(logged(run(code, { responses: [{ timeout: true }] }))).toEqual([
      '-1 undefined undefined',
    ]);
    expect(logged(run(code, { responses: [{ networkError: true }] }))).toEqual([
      '0 undefined undefined',
    ]);
  });
});

describe('the scriptable responder', () => {
  const code = `
    const send = require('sendHttpRequest');
    const log = require('logToConsole');
    const next = (n) => {
      if (n === 0) { data.gtmOnSuccess(); return; }
      send('https://api.example.com/retry', {method: 'POST'}).then(
        (r) => { log(r.statusCode); next(n - 1); },
        (e) => { log(e.reason); next(n - 1); });
    };
    next(4);`;

  it('answers repeated calls from a sequence whose last entry repeats', () => {
    const r = run(code, {
      responses: [
        {
          url: 'https://api.example.com/*',
          sequence: [{ status: 503 }, { timeout: true }, { status: 200 }],
        },
      ],
    });
    expect(logged(r)).toEqual(['503', 'timed_out', '200', '200']);
  });

  it('uses a rule at most `times` times, then the next matching rule', () => {
    const r = run(code, {
      responses: [{ status: 500, times: 1 }, { method: 'GET', status: 404 }, { status: 201 }],
    });
    expect(logged(r)).toEqual(['500', '201', '201', '201']);
  });

  it('accepts a function responder', () => {
    const r = run(code, {
      responses: (req) => ({ status: req.url.endsWith('/retry') ? 202 : 400 }),
    });
    expect(logged(r)).toEqual(['202', '202', '202', '202']);
  });

  it('fails the run loudly when nothing answers a request (the default)', () => {
    const r = run(code, { responses: [{ url: 'https://other.example.com/' }] });
    expect(r.outcome).toBe('error');
    expect(r.error).toMatchObject({ kind: 'http' });
    expect(r.error!.message).toContain(
      'no scripted response for POST https://api.example.com/retry',
    );
  });

  it('can answer unmatched requests with the default 200 {"events_received":1}, or leave them pending', () => {
    expect(logged(run(code, { unmatchedHttp: 'default' }))).toEqual(['200', '200', '200', '200']);
    const pending = run(code, { unmatchedHttp: 'pending' });
    expect(pending.outcome).toBe('hung');
    expect(pending.requests[0].outcome).toEqual({ kind: 'pending' });
  });

  it('answers in due-time order on the virtual clock', () => {
    const r = run(
      `const send = require('sendHttpRequest'); const log = require('logToConsole');
       const t = require('getTimestampMillis');
       send('https://a.example/slow').then(() => log('slow', t()));
       send('https://a.example/fast').then(() => { log('fast', t()); });
       data.gtmOnSuccess();`,
      {
        now: 1000,
        responses: [
          { url: 'https://a.example/slow', delayMs: 300 },
          { url: 'https://a.example/fast', delayMs: 20 },
        ],
      },
    );
    expect(logged(r)).toEqual(['fast 1020', 'slow 1300']);
    expect(r.elapsedMs).toBe(300);
  });
});

describe('sendHttpGet', () => {
  it('has a promise form and a legacy callback form, always GET', () => {
    const r = run(
      `const get = require('sendHttpGet'); const log = require('logToConsole');
       get('https://a.example/p', {headers: {x: 'y'}, timeout: 50}).then((r) => log('p', r.statusCode));
       get('https://a.example/c', (s) => { log('c', s); data.gtmOnSuccess(); }, {timeout: 50});`,
      { responses: [{ status: 204 }] },
    );
    expect(logged(r)).toEqual(['p 204', 'c 204']);
    expect(r.requests.map((q) => [q.api, q.method, q.form])).toEqual([
      ['sendHttpGet', 'GET', 'promise'],
      ['sendHttpGet', 'GET', 'callback'],
    ]);
  });
});

describe('callbacks and draining', () => {
  it('reports a tag that never calls back as hung', () => {
    const r = run(`require('logToConsole')('nothing');`);
    expect(r.outcome).toBe('hung');
    expect(r.problems.join()).toContain('neither gtmOnSuccess nor gtmOnFailure was called');
  });

  it('reports a tag that calls back twice, keeping the first outcome', () => {
    const r = run(`data.gtmOnFailure(); require('callLater')(() => data.gtmOnSuccess());`);
    expect(r.outcome).toBe('failure');
    expect(r.gtmOnFailureCalls).toBe(1);
    expect(r.gtmOnSuccessCalls).toBe(1);
    expect(r.problems).toContain('both gtmOnSuccess and gtmOnFailure were called');
    const twice = run(`data.gtmOnSuccess(); data.gtmOnSuccess();`);
    expect(twice.problems).toContain('gtmOnSuccess was called 2 times (it must be called once)');
  });

  it('runs promise reactions before callLater callbacks, and callLater in order', () => {
    const r = run(`
      const log = require('logToConsole'); const callLater = require('callLater');
      const Promise = require('Promise');
      callLater(() => log('later 1'));
      Promise.create((resolve) => resolve('v')).then((v) => { log('then', v); callLater(() => log('later 3')); });
      callLater(() => { log('later 2'); data.gtmOnSuccess(); });
      log('sync');`);
    expect(logged(r)).toEqual(['sync', 'then v', 'later 1', 'later 2', 'later 3']);
  });

  it('reports an endless callLater loop instead of hanging', () => {
    const r = run(
      `const callLater = require('callLater'); const loop = () => callLater(loop); loop();`,
      {
        limits: { maxTasks: 1000 },
      },
    );
    expect(r.outcome).toBe('error');
    expect(r.error).toMatchObject({ kind: 'runaway' });
    expect(r.error!.message).toContain('still busy after 1000 tasks');
  });

  it('stops a synchronous endless loop with the watchdog', () => {
    const r = run(`while (true) {}`, { timeoutMs: 100 });
    expect(r.error).toMatchObject({ kind: 'runaway' });
    expect(r.error!.message).toContain('still running after 100 ms');
  });

  it('guards every kind of loop, also inside callbacks, without changing what loops do', () => {
    for (const loop of [
      'do {} while (true);',
      'for (;;) x++;',
      'const f = () => { while (1) x++; }; f();',
      "require('callLater')(() => { for (const k in {a: 1}) while (true) {} });",
    ]) {
      const r = run(`let x = 0; ${loop}`, { timeoutMs: 50 });
      expect(r.error, loop).toMatchObject({ kind: 'runaway' });
    }
    const ok = run(
      `let n = 0; for (let i = 0; i < 3; i++) n++; for (const v of [1, 2]) n += v; outer: while (true) { do { break outer; } while (false); }
       return n;`,
      {},
      { type: 'MACRO' },
    );
    expect(ok.returnValue).toBe(6);
  });

  it('reports template line numbers in errors', () => {
    const r = createRuntime({ code: 'const a = 1;\nconst b = undefined;\nb.c;' }).run();
    expect(r.error).toEqual({
      kind: 'runtime',
      message: "TypeError: Cannot read properties of undefined (reading 'c')",
      location: 'template.js:3:3',
    });
  });

  it('fails the run on a runtime error, also inside an async callback', () => {
    expect(run(`const x = undefined; x.y;`).error).toMatchObject({ kind: 'runtime' });
    const r = run(`require('callLater')(() => { data.gtmOnSuccess(); undefined.z; });`);
    expect(r.outcome).toBe('error');
    expect(r.error!.message).toMatch(/^TypeError: /);
  });

  it('fails loudly on an API that does not exist server-side', () => {
    const r = run(`require('sendPixel');`);
    expect(r.error!.message).toContain("require('sendPixel'): no such server-side sandbox API");
  });

  it('has no global environment: utilities must be required', () => {
    expect(run(`Math.random();`).error!.message).toBe('ReferenceError: Math is not defined');
    expect(run(`JSON.stringify({});`).error!.message).toBe('ReferenceError: JSON is not defined');
  });

  it('allows a top-level return and gives a variable its return value', () => {
    const r = run(`return data.a + 1;`, { data: { a: 41 } }, { type: 'MACRO' });
    expect(r).toMatchObject({ outcome: 'success', returnValue: 42 });
  });

  it('does not let a run see the previous run’s field values or state', () => {
    const rt = createRuntime({
      code: `data.count = (data.count || 0) + 1; return data.count;`,
      type: 'MACRO',
    });
    const fields = { count: 1 };
    expect(rt.run({ data: fields }).returnValue).toBe(2);
    expect(rt.run({ data: fields }).returnValue).toBe(2);
    expect(fields.count).toBe(1);
  });
});

describe('Promise', () => {
  it('supports create, all, then, catch and finally, adopting thenables', () => {
    const r = run(`
      const Promise = require('Promise'); const log = require('logToConsole');
      const thenable = {then: (ok) => ok('t')};
      Promise.all([Promise.create((ok) => ok(1)), 2, thenable]).then((v) => log('all', v));
      Promise.all([Promise.create((ok, no) => no('bad')), 1]).catch((e) => log('caught', e));
      Promise.create((ok) => ok(3)).finally(() => log('finally')).then((v) => { log('kept', v); data.gtmOnSuccess(); });`);
    expect(logged(r)).toEqual(['finally', 'caught bad', 'all [1,2,"t"]', 'kept 3']);
  });

  it('reports rejections nobody handled', () => {
    const r = run(`require('Promise').create((ok, no) => no('x')); data.gtmOnSuccess();`);
    expect(r.problems).toContain('1 promise rejection(s) were never handled');
  });
});

describe('event data', () => {
  const eventData = {
    event_name: 'purchase',
    items: [{ item_id: 'A', price: 2 }, { item_id: 'B' }],
    user_data: { address: [{ city: 'Paris' }] },
    'x-fb-ud-em': 'h',
  };
  const lookup = (path: string) =>
    run(
      `return require('getEventData')(${JSON.stringify(path)});`,
      { eventData },
      { type: 'MACRO' },
    ).returnValue;

  it('reads dotted paths with array indices', () => {
    expect(lookup('event_name')).toBe('purchase');
    expect(lookup('items.1.item_id')).toBe('B');
    expect(lookup('items.0')).toEqual({ item_id: 'A', price: 2 });
    expect(lookup('user_data.address.0.city')).toBe('Paris');
    expect(lookup('x-fb-ud-em')).toBe('h');
    expect(lookup('items.5.item_id')).toBeUndefined();
    expect(lookup('event_name.x')).toBeUndefined();
    expect(lookup('nope')).toBeUndefined();
  });

  it('coerces a non-string key path and returns copies', () => {
    const r = run(
      `const get = require('getEventData'); const all = require('getAllEventData');
       const items = get('items'); items[0].item_id = 'changed';
       const copy = all(); copy.event_name = 'changed';
       return [get(1), get('items.0.item_id'), all().event_name];`,
      { eventData: { ...eventData, 1: 'one' } },
      { type: 'MACRO' },
    );
    expect(r.returnValue).toEqual(['one', 'A', 'purchase']);
    expect(eventData.items[0].item_id).toBe('A');
  });
});

describe('cookies and the request', () => {
  const perms = [
    permission('get_cookies', { cookieAccess: 'any' }),
    permission('set_cookies', {
      allowedCookies: [{ name: '*', domain: '*', path: '*', secure: 'any', session: 'any' }],
    }),
    permission('read_request', { requestAccess: 'any' }),
  ];

  it('returns every value of a cookie as an array, URI-decoded unless noDecode', () => {
    const r = run(
      `const get = require('getCookieValues');
       return [get('_fbp'), get('multi'), get('enc'), get('enc', true), get('none')];`,
      {
        request: {
          cookies: { _fbp: 'fb.1.2.3', multi: ['a', 'b'], enc: 'a%20b' },
          headers: { cookie: 'multi=c; other=1' },
        },
      },
      { type: 'MACRO', permissions: perms },
    );
    expect(r.returnValue).toEqual([['fb.1.2.3'], ['a', 'b', 'c'], ['a b'], ['a%20b'], []]);
  });

  it('records set cookies with their options and Set-Cookie header', () => {
    const r = run(
      `const setCookie = require('setCookie');
       setCookie('_fbp', 'fb.1.2 3', {domain: 'auto', path: '/', 'max-age': 7776000, secure: true, httpOnly: true, samesite: 'Lax'});
       setCookie('raw', 'a b', {domain: 'example.com'}, true);
       data.gtmOnSuccess();`,
      { request: { headers: { host: 'sgtm.shop.example.co.uk' } } },
      { permissions: perms },
    );
    expect(r.cookiesSet.map((c) => c.header)).toEqual([
      '_fbp=fb.1.2%203; Domain=example.co.uk; Path=/; Max-Age=7776000; Secure; HttpOnly; SameSite=Lax',
      'raw=a b; Domain=example.com; Path=/',
    ]);
    expect(r.cookiesSet[0]).toMatchObject({ name: '_fbp', value: 'fb.1.2 3', noEncode: false });
  });

  it('reads headers case-insensitively, joining repeats, and the rest of the request', () => {
    const r = run(
      `return [require('getRequestHeader')('User-Agent'), require('getRequestHeader')('x-multi'),
               require('getRequestHeader')('absent'), require('getRemoteAddress')(),
               require('getRequestMethod')(), require('getRequestPath')(),
               require('getRequestQueryString')(), require('getRequestQueryParameter')('a'),
               require('getRequestQueryParameters')(), require('getRequestBody')()];`,
      {
        request: {
          headers: {
            'user-agent': 'UA',
            'X-Multi': ['1', '2'],
            'x-forwarded-for': '1.2.3.4, 10.0.0.1',
          },
          method: 'POST',
          path: '/g/collect',
          queryString: '?a=1&a=2&b=x%20y',
          body: 'body',
        },
      },
      { type: 'MACRO', permissions: perms },
    );
    expect(r.returnValue).toEqual([
      'UA',
      '1, 2',
      undefined,
      '1.2.3.4',
      'POST',
      '/g/collect',
      'a=1&a=2&b=x%20y',
      '1',
      { a: ['1', '2'], b: 'x y' },
      'body',
    ]);
  });
});

describe('the other server APIs', () => {
  it('controls the clock and the random source', () => {
    const r = run(
      `return [require('getTimestampMillis')(), require('generateRandom')(1, 10), require('generateRandom')(1, 10)];`,
      { now: 1234, random: () => 0.5 },
      { type: 'MACRO' },
    );
    expect(r.returnValue).toEqual([1234, 6, 6]);
  });

  it('keeps templateDataStorage as copies, shared when the caller shares the store', () => {
    const store = new Map<string, unknown>();
    const rt = createRuntime({
      code: `const s = require('templateDataStorage');
             const before = s.getItemCopy('k');
             const v = {n: (before ? before.n : 0) + 1}; s.setItemCopy('k', v); v.n = 99;
             return before;`,
      type: 'MACRO',
      permissions: [permission('access_template_storage')],
    });
    expect(rt.run({ templateStorage: store }).returnValue).toBeNull();
    expect(rt.run({ templateStorage: store }).returnValue).toEqual({ n: 1 });
    expect(store.get('k')).toEqual({ n: 2 });
  });

  it('calls addEventCallback callbacks once the tag has called back', () => {
    const r = run(
      `const log = require('logToConsole');
       require('addEventCallback')((id, ev) => log(id, ev.tags[0].status));
       require('callLater')(data.gtmOnFailure);`,
      {},
      { permissions: [LOGGING, permission('read_event_metadata')] },
    );
    expect(logged(r)).toEqual(['GTM-HARNESS failure']);
  });

  it('records BigQuery inserts and Firestore writes, and reads Firestore documents', () => {
    const r = run(
      `const BigQuery = require('BigQuery'); const Firestore = require('Firestore'); const log = require('logToConsole');
       BigQuery.insert({datasetId: 'd', tableId: 't'}, [{a: 1}]).then(() => log('inserted'));
       Firestore.read('users/u1').then((doc) => log(doc.id, doc.data.n));
       Firestore.read('users/none').catch(() => log('missing'));
       Firestore.write('users/u2', {n: 2}).then((id) => log('wrote', id));
       Firestore.query('users', [['n', '>', 0]]).then((docs) => { log(docs.length); data.gtmOnSuccess(); });`,
      { firestore: { 'users/u1': { n: 1 } } },
      {
        permissions: [
          LOGGING,
          permission('access_bigquery', {
            allowedTables: [{ projectId: '*', datasetId: 'd', tableId: 't', operation: 'write' }],
          }),
          permission('access_firestore', {
            allowedOptions: [{ projectId: '*', path: 'users/*', operation: 'read_write' }],
          }),
        ],
      },
    );
    expect(logged(r)).toEqual(['inserted', 'u1 1', 'missing', 'wrote u2', '2']);
    expect(r.bigQueryInserts).toEqual([
      { connection: { datasetId: 'd', tableId: 't' }, rows: [{ a: 1 }], options: {} },
    ]);
    expect(r.firestore['users/u2']).toEqual({ n: 2 });
  });

  it('serves the container version, client name and Google auth', () => {
    const r = run(
      `return [require('getContainerVersion')().containerId, require('getClientName')(),
               require('getGoogleAuth')({scopes: ['s']}).scopes];`,
      { containerVersion: { containerId: 'GTM-X' }, clientName: 'GA4' },
      {
        type: 'MACRO',
        permissions: [
          permission('read_container_data'),
          permission('use_google_credentials', { allowedScopes: ['s'] }),
        ],
      },
    );
    expect(r.returnValue).toEqual(['GTM-X', 'GA4', ['s']]);
  });

  it('provides every API of the server sandbox', async () => {
    const { SERVER_API_NAMES } = await import('../../build/harness');
    const names = [...SERVER_API_NAMES].map((n) => JSON.stringify(n)).join(', ');
    const r = run(
      `const names = [${names}]; const getType = require('getType');
       return names.filter((n) => getType(require(n)) === 'undefined');`,
      {},
      { type: 'MACRO' },
    );
    expect(r.returnValue).toEqual([]);
    expect(SERVER_API_NAMES.size).toBeGreaterThanOrEqual(65);
  });
});

describe('recordCalls', () => {
  const code = `const makeNumber = require('makeNumber');\nconst log = require('logToConsole');\nconst o = {n: makeNumber('1')};\nlog(o);\no.n = 2;\ndata.gtmOnSuccess();`;

  it('keeps no calls by default', () => {
    expect(run(code).apiCalls).toEqual([]);
  });

  it('keeps every call with its arguments as passed', () => {
    const r = run(code, { recordCalls: 'references' });
    expect(r.apiCalls.map((c) => c.api)).toEqual(['makeNumber', 'logToConsole', 'gtmOnSuccess']);
    expect(r.apiCalls[1].args).toEqual([{ n: 2 }]);
  });

  it('keeps copies of the arguments as they were at the call', () => {
    const r = run(code, { recordCalls: 'snapshots' });
    expect(r.apiCalls[0].args).toEqual(['1']);
    expect(r.apiCalls[1].args).toEqual([{ n: 1 }]);
  });
});

describe('createRegex inside the sandbox', () => {
  it('works with the sandbox realm’s String replace, match and search', () => {
    const code = `const createRegex = require('createRegex');\nconst url = 'https://my.example/'.replace(createRegex('/$'), '');\nconst ids = 'a1b22'.match(createRegex('\\\\d+', 'g'));\nreturn [url, ids, 'abc'.search(createRegex('c'))];`;
    expect(run(code).returnValue).toEqual(['https://my.example', ['1', '22'], 2]);
  });
});
