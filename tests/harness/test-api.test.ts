/**
 * The Tests-tab API: scenarios from a .tpl's ___TESTS___ run as GTM runs
 * them (setup before each, mocks reset per scenario, callLater after the
 * template's async work, a failure ends only its scenario).
 */
import { describe, expect, it } from 'vitest';
import { createRuntime, runTemplateTests, type TestOptions } from '../../build/harness';
import { parseTpl, type GtmTests } from '../../build/tpl';
import { permission, tplText } from '../helpers/harness-templates';
import { TEST_METHODS } from '../../build/sandbox-catalogue';

const TAG_CODE = `
const sendHttpRequest = require('sendHttpRequest');
const getAllEventData = require('getAllEventData');
const getCookieValues = require('getCookieValues');
const JSON = require('JSON');
const event = getAllEventData();
const fbp = getCookieValues('_fbp')[0];
sendHttpRequest('https://graph.facebook.com/v25.0/' + data.pixelId + '/events', {method: 'POST', headers: {'content-type': 'application/json'}}, JSON.stringify({event_name: event.event_name, fbp: fbp}))
  .then((r) => { if (r.statusCode === 200) data.gtmOnSuccess(); else data.gtmOnFailure(); }, () => data.gtmOnFailure());
`;

const TAG_PERMISSIONS = [
  permission('read_event_data', { eventDataAccess: 'any' }),
  permission('get_cookies', { cookieAccess: 'specific', cookieNames: ['_fbp'] }),
  permission('send_http', { allowedUrls: 'specific', urls: ['https://graph.facebook.com/'] }),
];

/** Runs `tests` against a template, going through the .tpl text as a GTM export would. */
function suite(
  tests: GtmTests,
  options: TestOptions = {},
  template: { code?: string; permissions?: unknown[]; type?: 'TAG' | 'MACRO' } = {},
) {
  const parsed = parseTpl(
    tplText({
      code: template.code ?? TAG_CODE,
      permissions: template.permissions ?? TAG_PERMISSIONS,
      type: template.type,
      tests,
    }),
  );
  return runTemplateTests(createRuntime(parsed), parsed.tests, options);
}

function outcome(report: ReturnType<typeof suite>) {
  return Object.fromEntries(report.scenarios.map((s) => [s.name, s.passed ? 'pass' : s.message]));
}

const HTTP_OK = `mock('sendHttpRequest', (url, options, body) => Promise.create((resolve) => resolve({statusCode: 200, headers: {}, body: ''})));`;

describe('running scenarios', () => {
  it('runs setup before each scenario, sharing its declarations, and resets mocks', () => {
    const report = suite({
      setup: `const Promise = require('Promise');
let sentBody;
mock('getAllEventData', {event_name: 'purchase'});
mock('sendHttpRequest', (url, options, body) => { sentBody = body; return Promise.create((resolve) => resolve({statusCode: 200})); });`,
      scenarios: [
        {
          name: 'uses setup mocks',
          code: `runCode({pixelId: '1'});\nrequire('callLater')(() => {\n  assertThat(sentBody).isEqualTo('{"event_name":"purchase"}');\n  assertApi('gtmOnSuccess').wasCalled();\n});`,
        },
        {
          name: 're-mocks within the scenario',
          code: `mock('getAllEventData', () => ({event_name: 'lead'}));\nrunCode({pixelId: '1'});\nassertThat(sentBody).contains('lead');`,
        },
        {
          name: 'mocks from the previous scenario are gone',
          code: `runCode({pixelId: '1'});\nassertThat(sentBody).contains('purchase');`,
        },
      ],
    });
    expect(outcome(report)).toEqual({
      'uses setup mocks': 'pass',
      're-mocks within the scenario': 'pass',
      'mocks from the previous scenario are gone': 'pass',
    });
    expect(report).toMatchObject({ passed: 3, failed: 0 });
  });

  it("lets setup's functions see the scenario's constants; a redeclared name still runs", () => {
    const report = suite(
      {
        setup: `const label = 'setup';\nfunction describeOrder() { return label + ':' + order; }`,
        scenarios: [
          {
            name: 'shared scope',
            code: `const order = 'o-1';\nassertThat(describeOrder()).isEqualTo('setup:o-1');`,
          },
          {
            name: 'redeclares',
            code: `const label = 'mine';\nassertThat(label).isEqualTo('mine');`,
          },
        ],
      },
      {},
      { code: `return 1;`, type: 'MACRO', permissions: [] },
    );
    expect(outcome(report)).toEqual({ 'shared scope': 'pass', redeclares: 'pass' });
  });

  it("rejects a promise whose callback hits a runtime error, so the template's catch runs", () => {
    const code = `const Promise = require('Promise');\nconst logToConsole = require('logToConsole');\nPromise.create((resolve) => resolve(undefined))\n  .then((result) => result.action)\n  .then(() => data.gtmOnSuccess())\n  .catch(() => {\n    logToConsole('failed');\n    data.gtmOnFailure();\n  });`;
    const report = suite(
      {
        scenarios: [
          {
            name: 'caught',
            code: `runCode({});\nrequire('callLater')(() => {\n  assertApi('gtmOnFailure').wasCalled();\n  assertApi('logToConsole').wasCalledWith('failed');\n});`,
          },
          {
            name: 'an assertion in then still fails the scenario',
            code: `runCode({});\nrequire('Promise').create((resolve) => resolve(1)).then((v) => assertThat(v).isEqualTo(2));`,
          },
        ],
      },
      {},
      { code, permissions: [permission('logging', { environments: 'debug' })] },
    );
    expect(outcome(report)).toEqual({
      caught: 'pass',
      'an assertion in then still fails the scenario': 'expected 1 to equal 2',
    });
  });

  it('runs promise continuations after runCode returns, and callLater after them', () => {
    const report = suite({
      setup: `const Promise = require('Promise');\nconst callLater = require('callLater');\n${HTTP_OK}`,
      scenarios: [
        {
          name: 'not yet',
          code: `runCode({pixelId: '1'});\nassertApi('gtmOnSuccess').wasNotCalled();`,
        },
        {
          name: 'in callLater',
          code: `runCode({pixelId: '1'});\ncallLater(() => assertApi('gtmOnSuccess').wasCalled());`,
        },
        {
          name: 'failing in callLater',
          code: `runCode({pixelId: '1'});\ncallLater(() => assertApi('gtmOnFailure').wasCalled());`,
        },
      ],
    });
    expect(outcome(report)).toEqual({
      'not yet': 'pass',
      'in callLater': 'pass',
      'failing in callLater': "expected API 'gtmOnFailure' to have been called, but it was not",
    });
  });

  it('lets a variable’s returned promise be asserted in then()', () => {
    const code = `const Promise = require('Promise');\nreturn Promise.create((resolve) => resolve(data.n * 2));`;
    const report = suite(
      {
        scenarios: [
          { name: 'ok', code: `runCode({n: 2}).then((v) => assertThat(v).isEqualTo(4));` },
          {
            name: 'bad',
            code: `runCode({n: 2}).then((v) => assertThat(v, 'doubled').isEqualTo(5));`,
          },
          { name: 'variable returns', code: `assertThat(runCode({n: 2})).isDefined();` },
        ],
      },
      {},
      { code, type: 'MACRO', permissions: [] },
    );
    expect(outcome(report)).toEqual({
      ok: 'pass',
      bad: 'doubled: expected 4 to equal 5',
      'variable returns': 'pass',
    });
  });

  it("returns a tag's return value too, so a scenario can chain on its promise", () => {
    const code = `const Promise = require('Promise');\nreturn Promise.create((resolve) => resolve(data.n * 2)).then((v) => {\n  data.gtmOnSuccess();\n  return v;\n});`;
    const report = suite(
      {
        scenarios: [
          {
            name: 'chained',
            code: `runCode({n: 2}).then((v) => {\n  assertThat(v).isEqualTo(4);\n  assertApi('gtmOnSuccess').wasCalled();\n});`,
          },
          { name: 'plain tag', code: `assertThat(runCode({n: 2})).isDefined();` },
        ],
      },
      {},
      { code, permissions: [] },
    );
    expect(outcome(report)).toEqual({ chained: 'pass', 'plain tag': 'pass' });
  });

  it('answers an un-mocked getRequestMethod() with GET: the Tests tab has no incoming POST', () => {
    const code = `return require('getRequestMethod')();`;
    const report = suite(
      { scenarios: [{ name: 'method', code: `assertThat(runCode({})).isEqualTo('GET');` }] },
      {},
      { code, type: 'MACRO', permissions: [permission('read_request', { requestAccess: 'any' })] },
    );
    expect(outcome(report)).toEqual({ method: 'pass' });
  });

  it('mock() with a function on an object API makes require() return that function', () => {
    const code = `const getType = require('getType');\nconst BigQuery = require('BigQuery');\nconst bq = getType(BigQuery) === 'function' ? BigQuery() : BigQuery;\nbq.insert({datasetId: 'd', tableId: 't'}, [{a: 1}]).then(() => data.gtmOnSuccess());`;
    const report = suite(
      {
        scenarios: [
          {
            name: 'function mock',
            code: `const callLater = require('callLater');\nlet rows;\nmock('BigQuery', () => ({insert: (c, r) => {\n  rows = r;\n  return require('Promise').create((resolve) => resolve());\n}}));\nrunCode({});\ncallLater(() => {\n  assertThat(rows).isEqualTo([{a: 1}]);\n  assertApi('gtmOnSuccess').wasCalled();\n});`,
          },
          {
            name: 'object mock',
            code: `const callLater = require('callLater');\nmockObject('BigQuery', {insert: () => require('Promise').create((resolve) => resolve())});\nrunCode({});\ncallLater(() => assertApi('gtmOnSuccess').wasCalled());`,
          },
        ],
      },
      {},
      { code, permissions: [] },
    );
    expect(outcome(report)).toEqual({ 'function mock': 'pass', 'object mock': 'pass' });
  });

  it('stops a scenario at its first failure and carries on with the next', () => {
    const report = suite(
      {
        setup: 'let reached = false;',
        scenarios: [
          { name: 'fails', code: `fail('stop here');\nreached = true;\nfail('not this one');` },
          { name: 'fail() without a message', code: `fail();` },
          { name: 'passes', code: `assertThat(reached).isFalse();` },
        ],
      },
      {},
      { code: 'return 1;', type: 'MACRO', permissions: [] },
    );
    expect(outcome(report)).toEqual({
      fails: 'stop here',
      'fail() without a message': 'fail() was called',
      passes: 'pass',
    });
  });

  it('fails a scenario whose code has a syntax error, or whose template throws', () => {
    const report = suite(
      {
        scenarios: [
          { name: 'syntax', code: `runCode({);` },
          { name: 'template error', code: `runCode({});` },
        ],
      },
      {},
      { code: 'const x = data.missing.deep;', permissions: [] },
    );
    expect(report.scenarios[0].message).toMatch(/^SyntaxError in test "syntax"/);
    expect(report.scenarios[1].message).toBe(
      "TypeError: Cannot read properties of undefined (reading 'deep') (template.js:1:24)",
    );
  });

  it('reports a scenario that never settles instead of hanging', () => {
    const report = suite(
      {
        scenarios: [
          {
            name: 'loop',
            code: `const callLater = require('callLater');\nconst again = () => callLater(again);\nagain();`,
          },
        ],
      },
      {},
      { code: 'return 1;', type: 'MACRO', permissions: [] },
    );
    expect(report.scenarios[0].message).toContain('still busy after');
    const sync = suite(
      { scenarios: [{ name: 'sync loop', code: 'while (true) {}' }] },
      { timeoutMs: 50 },
      { code: 'return 1;', type: 'MACRO', permissions: [] },
    );
    expect(sync.scenarios[0].message).toBe(
      'still running after 50 ms of real time (an endless loop?)',
    );
  });
});

describe('mock and mockObject', () => {
  it('returns a non-function mock value as the API’s result', () => {
    const report = suite(
      {
        scenarios: [
          {
            name: 'value mock',
            code: `mock('getTimestampMillis', 1747945830456);\nassertThat(runCode({})).isEqualTo(1747945830456);`,
          },
          {
            name: 'real clock again',
            code: `assertThat(runCode({})).isNotEqualTo(1747945830456);`,
          },
        ],
      },
      {},
      { code: `return require('getTimestampMillis')();`, type: 'MACRO', permissions: [] },
    );
    expect(report.passed).toBe(2);
  });

  it('replaces object APIs with mockObject, applying even to an API required earlier', () => {
    const code = `const storage = require('templateDataStorage');\nreturn storage.getItemCopy('k');`;
    const report = suite(
      {
        setup: `let stored = {};`,
        scenarios: [
          {
            name: 'mocked',
            code: `mockObject('templateDataStorage', {getItemCopy: (k) => 'mocked ' + k});\nassertThat(runCode({})).isEqualTo('mocked k');\nassertApi('templateDataStorage').wasCalledWith('k');`,
          },
          { name: 'real', code: `assertThat(runCode({})).isNull();` },
        ],
      },
      {},
      { code, type: 'MACRO', permissions: [permission('access_template_storage')] },
    );
    expect(outcome(report)).toEqual({ mocked: 'pass', real: 'pass' });
  });

  it('gives scenario code the real API, whatever the template’s mock', () => {
    const report = suite(
      {
        scenarios: [
          {
            name: 'real clock for the test',
            code: `mock('getTimestampMillis', () => 5);\nassertThat(runCode({})).isEqualTo(5);\nassertThat(require('getTimestampMillis')()).isGreaterThan(5);`,
          },
        ],
      },
      {},
      { code: `return require('getTimestampMillis')();`, type: 'MACRO', permissions: [] },
    );
    expect(outcome(report)).toEqual({ 'real clock for the test': 'pass' });
  });
});

describe('permissions in tests', () => {
  const code = `require('getCookieValues')('_other');\ndata.gtmOnSuccess();`;
  const tests: GtmTests = {
    scenarios: [
      { name: 'un-mocked', code: `runCode({});` },
      {
        name: 'mocked',
        code: `mock('getCookieValues', ['x']);\nrunCode({});\nassertApi('gtmOnSuccess').wasCalled();`,
      },
    ],
  };

  it('checks un-mocked APIs and skips mocked ones, as GTM does', () => {
    expect(outcome(suite(tests, {}, { code }))).toEqual({
      'un-mocked':
        'Tag failed "get_cookies" permission check: Access to cookie "_other" is prohibited.',
      mocked: 'pass',
    });
  });

  it('checks mocked APIs too in strict mode', () => {
    const report = suite(tests, { strictPermissions: true }, { code });
    expect(report.scenarios[1].message).toBe(
      'Tag failed "get_cookies" permission check: Access to cookie "_other" is prohibited.',
    );
  });
});

describe('un-mocked HTTP in tests', () => {
  const tests: GtmTests = {
    scenarios: [
      {
        name: 'smoke',
        code: `runCode({pixelId: '1'});\nassertApi('sendHttpRequest').wasCalled();`,
      },
    ],
  };

  it('records the request, never answers it, and warns', () => {
    const report = suite(tests);
    expect(report.scenarios[0]).toMatchObject({ passed: true });
    expect(report.scenarios[0].warnings).toEqual([
      'un-mocked sendHttpRequest POST https://graph.facebook.com/v25.0/1/events was not sent and never answered',
    ]);
  });

  it('fails the scenario in strict HTTP mode', () => {
    const report = suite(tests, { strictHttp: true });
    expect(report.scenarios[0].message).toContain(
      'no scripted response for POST https://graph.facebook.com/v25.0/1/events',
    );
  });
});

describe('assertApi', () => {
  const code = `const makeNumber = require('makeNumber');\nconst log = require('logToConsole');\nlog('n', makeNumber('123'), {a: [1]});\ndata.gtmOnSuccess();\ndata.gtmOnSuccess();`;
  const perms = [permission('logging', { environments: 'debug' })];
  const cases: [string, string, string | 'pass'][] = [
    ['wasCalled on an un-mocked API', `assertApi('makeNumber').wasCalled();`, 'pass'],
    ['wasCalledWith on an un-mocked API', `assertApi('makeNumber').wasCalledWith('123');`, 'pass'],
    [
      'wasCalledWith compares deeply',
      `assertApi('logToConsole').wasCalledWith('n', 123, {a: [1]});`,
      'pass',
    ],
    [
      'wasCalledWith ignores trailing undefined',
      `assertApi('makeNumber').wasCalledWith('123', undefined);`,
      'pass',
    ],
    [
      'wasCalledWith fails',
      `assertApi('makeNumber').wasCalledWith(123);`,
      `expected API 'makeNumber' to have been called with (123); its calls were: ("123")`,
    ],
    ['wasNotCalled', `assertApi('sha256Sync').wasNotCalled();`, 'pass'],
    [
      'wasNotCalled fails',
      `assertApi('gtmOnSuccess').wasNotCalled();`,
      `expected API 'gtmOnSuccess' not to have been called, but it was called 2 time(s)`,
    ],
    ['wasNotCalledWith', `assertApi('makeNumber').wasNotCalledWith('124');`, 'pass'],
    [
      'wasNotCalledWith fails',
      `assertApi('makeNumber').wasNotCalledWith('123');`,
      `expected API 'makeNumber' not to have been called with ("123")`,
    ],
    [
      'wasCalled fails',
      `assertApi('gtmOnFailure').wasCalled();`,
      `expected API 'gtmOnFailure' to have been called, but it was not`,
    ],
    ['gtmOnSuccess', `assertApi('gtmOnSuccess').wasCalled();`, 'pass'],
  ];

  it('works on un-mocked APIs and on gtmOnSuccess/gtmOnFailure', () => {
    const report = suite(
      { scenarios: cases.map(([name, body]) => ({ name, code: `runCode({});\n${body}` })) },
      {},
      { code, permissions: perms },
    );
    expect(outcome(report)).toEqual(Object.fromEntries(cases.map(([n, , want]) => [n, want])));
  });

  it('compares the arguments as they were at the call, not after a later change', () => {
    const mutating = `const log = require('logToConsole');\nconst o = {step: 1};\nlog(o);\no.step = 2;\ndata.gtmOnSuccess();`;
    const report = suite(
      {
        scenarios: [
          {
            name: 'at the call',
            code: `runCode({});\nassertApi('logToConsole').wasCalledWith({step: 1});`,
          },
          {
            name: 'after',
            code: `runCode({});\nassertApi('logToConsole').wasCalledWith({step: 2});`,
          },
        ],
      },
      {},
      { code: mutating, permissions: perms },
    );
    expect(report.scenarios.map((s) => s.passed)).toEqual([true, false]);
  });

  it('warns about a template that calls back twice', () => {
    const report = suite(
      { scenarios: [{ name: 'twice', code: `runCode({});` }] },
      {},
      { code, permissions: perms },
    );
    expect(report.scenarios[0].warnings).toEqual([
      'the template called back 2 times (gtmOnSuccess 2, gtmOnFailure 0)',
    ]);
    expect(report.scenarios[0].logs).toEqual(['n 123 {"a":[1]}']);
  });
});

/** [matcher call, passes?, failure message when it fails]. */
const MATCHER_CASES: [string, string | 'pass'][] = [
  [`assertThat({a: [1, {b: 2}]}).isEqualTo({a: [1, {b: 2}]})`, 'pass'],
  [`assertThat({a: 1, b: undefined}).isEqualTo({a: 1})`, 'pass'],
  [`assertThat(0/0).isEqualTo(0/0)`, 'pass'],
  [`assertThat([1, 2]).isEqualTo([2, 1])`, 'expected [1, 2] to equal [2, 1]'],
  [`assertThat('1').isEqualTo(1)`, 'expected "1" to equal 1'],
  [`assertThat({a: 1}).isNotEqualTo({a: 2})`, 'pass'],
  [`assertThat({a: 1}).isNotEqualTo({a: 1})`, 'expected {"a": 1} not to equal {"a": 1}'],
  [`assertThat('v').isStrictlyEqualTo('v')`, 'pass'],
  [`assertThat({}).isStrictlyEqualTo({})`, 'expected {} to be strictly equal (===) to {}'],
  [`assertThat('4').isNotStrictlyEqualTo(4)`, 'pass'],
  [`assertThat(4).isNotStrictlyEqualTo(4)`, 'expected 4 not to be strictly equal (===) to 4'],
  [`assertThat(5).isAnyOf(1, 5)`, 'pass'],
  [`assertThat({a: 1}).isAnyOf({a: 1})`, 'pass'],
  [`assertThat(6).isAnyOf(1, 5)`, 'expected 6 to be any of [1, 5]'],
  [`assertThat(42).isNoneOf('x', undefined, 41.9)`, 'pass'],
  [`assertThat(1).isNoneOf(1, 2)`, 'expected 1 to be none of [1, 2]'],
  [`assertThat(undefined).isUndefined()`, 'pass'],
  [`assertThat(null).isUndefined()`, 'expected null to be undefined'],
  [`assertThat(null).isDefined()`, 'pass'],
  [`assertThat(undefined).isDefined()`, 'expected undefined to be defined'],
  [`assertThat(null).isNull()`, 'pass'],
  [`assertThat(undefined).isNull()`, 'expected undefined to be null'],
  [`assertThat(undefined).isNotNull()`, 'pass'],
  [`assertThat(null).isNotNull()`, 'expected null not to be null'],
  [`assertThat(true).isTrue()`, 'pass'],
  [`assertThat(1).isTrue()`, 'expected 1 to be true'],
  [`assertThat(false).isFalse()`, 'pass'],
  [`assertThat(0).isFalse()`, 'expected 0 to be false'],
  [`assertThat('x').isTruthy()`, 'pass'],
  [`assertThat('').isTruthy()`, 'expected "" to be truthy'],
  [`assertThat(0/0).isFalsy()`, 'pass'],
  [`assertThat([]).isFalsy()`, 'expected [] to be falsy'],
  [`assertThat(-'foo').isNaN()`, 'pass'],
  [`assertThat('foo').isNaN()`, 'expected "foo" to be NaN'],
  [`assertThat('foo').isNotNaN()`, 'pass'],
  [`assertThat(0/0).isNotNaN()`, 'expected NaN not to be NaN'],
  [`assertThat(-1/0).isInfinity()`, 'pass'],
  [`assertThat(1e308).isInfinity()`, 'expected 1e+308 to be Infinity or -Infinity'],
  [`assertThat(0).isNotInfinity()`, 'pass'],
  [`assertThat(1/0).isNotInfinity()`, 'expected Infinity not to be Infinity or -Infinity'],
  [`assertThat(10).isGreaterThan(5)`, 'pass'],
  [`assertThat(5).isGreaterThan(5)`, 'expected 5 to be greater than 5'],
  [`assertThat(5).isGreaterThanOrEqualTo(5)`, 'pass'],
  [`assertThat(4).isGreaterThanOrEqualTo(5)`, 'expected 4 to be greater than or equal to 5'],
  [`assertThat(4).isLessThan(5)`, 'pass'],
  [`assertThat(5).isLessThan(5)`, 'expected 5 to be less than 5'],
  [`assertThat(5).isLessThanOrEqualTo(5)`, 'pass'],
  [`assertThat(6).isLessThanOrEqualTo(5)`, 'expected 6 to be less than or equal to 5'],
  [`assertThat(['a', 'b', 'c']).contains('c', 'a')`, 'pass'],
  [`assertThat([{id: 1}]).contains({id: 1})`, 'pass'],
  [`assertThat('hello world').contains('world', 'hell')`, 'pass'],
  [`assertThat([1, 2]).contains(1, 3)`, 'expected [1, 2] to contain 1, 3, but it lacks 3'],
  [`assertThat({a: 1}).contains('a')`, 'contains: {"a": 1} is not an array or string'],
  [`assertThat([1, 2, 3]).doesNotContain(4, 5)`, 'pass'],
  [`assertThat('abc').doesNotContain('d')`, 'pass'],
  [
    `assertThat('abc').doesNotContain('d', 'b')`,
    'expected "abc" not to contain "d", "b", but it contains "b"',
  ],
  [`assertThat(['a', 'b', 'c']).containsExactly('c', 'b', 'a')`, 'pass'],
  [`assertThat([1, 1, 2]).containsExactly(1, 2, 1)`, 'pass'],
  [
    `assertThat([1, 1, 2]).containsExactly(1, 2, 2)`,
    'expected [1, 1, 2] to contain exactly [1, 2, 2]',
  ],
  [`assertThat([1, 2]).containsExactly(1)`, 'expected [1, 2] to contain exactly [1]'],
  [`assertThat('ab').containsExactly('a', 'b')`, 'containsExactly: "ab" is not an array'],
  [`assertThat(['4', '5']).doesNotContainExactly('4')`, 'pass'],
  [`assertThat([1, 2, 3]).doesNotContainExactly(1, 2, 4)`, 'pass'],
  [
    `assertThat([1, 2]).doesNotContainExactly(2, 1)`,
    'expected [1, 2] not to contain exactly [2, 1]',
  ],
  [`assertThat([1, 2, 3]).hasLength(3)`, 'pass'],
  [`assertThat('hello').hasLength(5)`, 'pass'],
  [`assertThat('hello').hasLength(4)`, 'expected "hello" to have length 4, but its length is 5'],
  [`assertThat({length: 1}).hasLength(1)`, 'hasLength: {"length": 1} is not an array or string'],
  [`assertThat([]).isEmpty()`, 'pass'],
  [`assertThat('').isEmpty()`, 'pass'],
  [`assertThat([0]).isEmpty()`, 'expected [0] to be empty'],
  [`assertThat({}).isEmpty()`, 'isEmpty: {} is not an array or string'],
  [`assertThat('a').isNotEmpty()`, 'pass'],
  [`assertThat([]).isNotEmpty()`, 'expected [] not to be empty'],
  [`assertThat([]).isArray()`, 'pass'],
  [`assertThat({}).isArray()`, 'expected {} to be an array'],
  [`assertThat(false).isBoolean()`, 'pass'],
  [`assertThat('true').isBoolean()`, 'expected "true" to be a boolean'],
  [`assertThat(() => 1).isFunction()`, 'pass'],
  [`assertThat({}).isFunction()`, 'expected {} to be a function'],
  [`assertThat(3.14).isNumber()`, 'pass'],
  [`assertThat('3').isNumber()`, 'expected "3" to be a number'],
  [`assertThat({a: 1}).isObject()`, 'pass'],
  [`assertThat([]).isObject()`, 'expected [] to be an object'],
  [`assertThat(null).isObject()`, 'expected null to be an object'],
  [`assertThat('s').isString()`, 'pass'],
  [`assertThat(1).isString()`, 'expected 1 to be a string'],
  [`assertThat(1, 'the count').isEqualTo(2)`, 'the count: expected 1 to equal 2'],
];

describe('assertThat', () => {
  it('implements every matcher, passing and failing', () => {
    const report = suite(
      { scenarios: MATCHER_CASES.map(([call]) => ({ name: call, code: call + ';' })) },
      {},
      { code: 'return 1;', type: 'MACRO', permissions: [] },
    );
    expect(outcome(report)).toEqual(Object.fromEntries(MATCHER_CASES));
  });

  it('covers every matcher GTM documents, both ways', () => {
    // The catalogue the sandbox lint uses; the wasCalled family belongs to assertApi.
    const matchers = [...TEST_METHODS].filter((m) => !m.startsWith('was'));
    expect(matchers).toHaveLength(35);
    for (const m of matchers) {
      const cases = MATCHER_CASES.filter(([call]) => call.includes(`.${m}(`));
      expect(
        cases.some(([, want]) => want === 'pass'),
        m,
      ).toBe(true);
      expect(
        cases.some(([, want]) => want !== 'pass'),
        m,
      ).toBe(true);
    }
  });
});
