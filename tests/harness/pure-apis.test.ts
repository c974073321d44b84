/**
 * The pure API fakes against GTM's documented behaviour. Test names carry
 * the evidence: [D] official docs (developers.google.com Server-side APIs /
 * Standard Library), [M] mirrors of them (stape's d.ts), [C] TagPiper, an
 * sGTM-compatible runtime that documents its differences from Google's,
 * [E] exported templates' own tests, [I] our inference where all are silent.
 */
import { createHash } from 'node:crypto';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { createPureApis, PURE_API_NAMES, type PureEnv } from '../../build/harness/pure-apis';
import { resetSandboxGlobals, setSandboxClock, setSandboxRandom } from '../setup/sandbox-globals';

const NOW = Date.UTC(2026, 0, 2, 3, 4, 5, 678);

function apis(overrides: Partial<PureEnv> = {}) {
  const env: PureEnv = { now: () => NOW, random: () => 0.5, ...overrides };
  const all = createPureApis(env);
  return all as Record<string, any>;
}

const api = apis();

describe('createPureApis', () => {
  it('serves exactly the names in PURE_API_NAMES', () => {
    expect(Object.keys(api).sort()).toEqual([...PURE_API_NAMES].sort());
  });
});

describe('getType', () => {
  it('[D] returns array, null, object, function, string, number, boolean, undefined', () => {
    expect(api.getType([])).toBe('array');
    expect(api.getType(null)).toBe('null');
    expect(api.getType({})).toBe('object');
    expect(api.getType(() => 1)).toBe('function');
    expect(api.getType('')).toBe('string');
    expect(api.getType(NaN)).toBe('number');
    expect(api.getType(false)).toBe('boolean');
    expect(api.getType(undefined)).toBe('undefined');
  });

  it('[I] recognises arrays and objects made in a node:vm context', () => {
    expect(api.getType(runInNewContext('[1, 2]'))).toBe('array');
    expect(api.getType(runInNewContext('({ a: 1 })'))).toBe('object');
  });
});

describe('makeInteger', () => {
  it("[C] drops the fraction toward zero: makeInteger('3.7') is 3, -3.7 is -3", () => {
    expect(api.makeInteger('3.7')).toBe(3);
    expect(api.makeInteger(-3.7)).toBe(-3);
    expect(api.makeInteger('42.9')).toBe(42);
  });

  it('[E] makeInteger(1.1) is 1 (stape Type Convertor template test)', () => {
    expect(api.makeInteger(1.1)).toBe(1);
  });

  it("[C] is NaN when the value can't be converted", () => {
    expect(api.makeInteger('abc')).toBeNaN();
    expect(api.makeInteger('12abc')).toBeNaN();
    expect(api.makeInteger(undefined)).toBeNaN();
  });

  it('[I] converts booleans, null and padded strings as Number() does', () => {
    expect(api.makeInteger(true)).toBe(1);
    expect(api.makeInteger(null)).toBe(0);
    expect(api.makeInteger('  7.9 ')).toBe(7);
  });
});

describe('makeNumber', () => {
  it("[C] works as Number(): '19.99' → 19.99, '' → 0, 'abc' → NaN, true → 1", () => {
    expect(api.makeNumber('19.99')).toBe(19.99);
    expect(api.makeNumber('')).toBe(0);
    expect(api.makeNumber('abc')).toBeNaN();
    expect(api.makeNumber(true)).toBe(1);
  });

  it("[E] makeNumber('1.1') is 1.1 (stape Type Convertor template test)", () => {
    expect(api.makeNumber('1.1')).toBe(1.1);
  });

  it('[I] Number() semantics for the rest: false, null, undefined, spaces, commas', () => {
    expect(api.makeNumber(false)).toBe(0);
    expect(api.makeNumber(null)).toBe(0);
    expect(api.makeNumber(undefined)).toBeNaN();
    expect(api.makeNumber(' 12 ')).toBe(12);
    expect(api.makeNumber('42,2')).toBeNaN();
    expect(api.makeNumber({})).toBeNaN();
  });
});

describe('makeString', () => {
  it('[C] works as String(): null, undefined, arrays, objects', () => {
    expect(api.makeString(42)).toBe('42');
    expect(api.makeString(true)).toBe('true');
    expect(api.makeString(null)).toBe('null');
    expect(api.makeString(undefined)).toBe('undefined');
    expect(api.makeString([1, 2])).toBe('1,2');
    expect(api.makeString({ a: 1 })).toBe('[object Object]');
  });

  it('[E] makeString(1.1) is "1.1" (stape Type Convertor template test)', () => {
    expect(api.makeString(1.1)).toBe('1.1');
  });

  it('[I] never throws, even on an object whose toString throws', () => {
    const hostile = {
      toString() {
        throw new Error('no');
      },
    };
    expect(api.makeString(hostile)).toBe('[object Object]');
    expect(api.makeString(runInNewContext('["a", ["b", "c"]]'))).toBe('a,b,c');
  });
});

describe('makeTableMap', () => {
  it('[D] maps the key column to the value column', () => {
    const rows = [
      { key: 'k1', value: 'v1' },
      { key: 'k2', value: 'v2' },
    ];
    expect(api.makeTableMap(rows, 'key', 'value')).toEqual({ k1: 'v1', k2: 'v2' });
  });

  it('[D] returns null when no pair was added; [C] also for a non-array or empty table', () => {
    expect(api.makeTableMap([], 'key', 'value')).toBeNull();
    expect(api.makeTableMap('nope', 'key', 'value')).toBeNull();
    expect(api.makeTableMap(undefined, 'key', 'value')).toBeNull();
    expect(api.makeTableMap([{ other: 1 }], 'key', 'value')).toBeNull();
  });

  it('[C] skips rows without the columns, and a later row wins a repeated key', () => {
    const rows = [{ key: 'a', value: 1 }, null, 'row', { value: 2 }, { key: 'a', value: 3 }];
    expect(api.makeTableMap(rows, 'key', 'value')).toEqual({ a: 3 });
  });

  it('[I] stores the key __proto__ as data, not as a prototype', () => {
    const map = api.makeTableMap([{ k: '__proto__', v: 'x' }], 'k', 'v');
    expect(Object.keys(map)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(map)).toBe(Object.prototype);
  });
});

describe('JSON', () => {
  it("[D] parse returns undefined on malformed input: JSON.parse('{bad')", () => {
    expect(api.JSON.parse('{bad')).toBeUndefined();
    expect(api.JSON.parse('')).toBeUndefined();
  });

  it('[D] parse and stringify round-trip values', () => {
    expect(api.JSON.parse('{"a":[1,"x",null]}')).toEqual({ a: [1, 'x', null] });
    expect(api.JSON.stringify({ a: [1, 'x', null] })).toBe('{"a":[1,"x",null]}');
  });

  it('[I] parse coerces non-strings to strings first', () => {
    expect(api.JSON.parse(123)).toBe(123);
    expect(api.JSON.parse(undefined)).toBeUndefined();
  });

  it('[M] stringify returns undefined for a cycle instead of throwing', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(api.JSON.stringify(cyclic)).toBeUndefined();
  });

  it('[I] stringify returns undefined for a bare function or undefined', () => {
    expect(api.JSON.stringify(() => 1)).toBeUndefined();
    expect(api.JSON.stringify(undefined)).toBeUndefined();
  });
});

describe('Math', () => {
  it('[D] has abs ceil floor round max min pow sqrt and nothing else (no random)', () => {
    expect(Object.keys(api.Math).sort()).toEqual(
      ['abs', 'ceil', 'floor', 'max', 'min', 'pow', 'round', 'sqrt'].sort(),
    );
    expect(api.Math.random).toBeUndefined();
  });

  it('[D] behaves as the standard functions', () => {
    expect(api.Math.abs(-2)).toBe(2);
    expect(api.Math.ceil(1.2)).toBe(2);
    expect(api.Math.floor(-1.2)).toBe(-2);
    expect(api.Math.round(2.5)).toBe(3);
    expect(api.Math.max(1, 5, 3)).toBe(5);
    expect(api.Math.min(1, 5, 3)).toBe(1);
    expect(api.Math.pow(2, 10)).toBe(1024);
    expect(api.Math.sqrt(81)).toBe(9);
  });
});

describe('Object', () => {
  it('[D] keys, values and entries list own enumerable properties', () => {
    const obj = { a: 1, b: 'x' };
    expect(api.Object.keys(obj)).toEqual(['a', 'b']);
    expect(api.Object.values(obj)).toEqual([1, 'x']);
    expect(api.Object.entries(obj)).toEqual([
      ['a', 1],
      ['b', 'x'],
    ]);
  });

  it('[I] keys, values and entries of null or undefined are empty instead of throwing', () => {
    expect(api.Object.keys(null)).toEqual([]);
    expect(api.Object.values(undefined)).toEqual([]);
    expect(api.Object.entries(null)).toEqual([]);
  });

  it('[D] freeze returns the same object, which can no longer change', () => {
    const obj = { a: 1 };
    expect(api.Object.freeze(obj)).toBe(obj);
    expect(Object.isFrozen(obj)).toBe(true);
  });

  it('[C] delete removes the key and returns true, also for a missing key', () => {
    const obj: Record<string, unknown> = { a: 1, b: 2 };
    expect(api.Object.delete(obj, 'a')).toBe(true);
    expect(obj).toEqual({ b: 2 });
    expect(api.Object.delete(obj, 'missing')).toBe(true);
  });

  it('[M] delete leaves a frozen object alone and returns false', () => {
    const frozen = Object.freeze({ a: 1 });
    expect(api.Object.delete(frozen, 'a')).toBe(false);
    expect(frozen).toEqual({ a: 1 });
  });

  it('[E] delete takes a dotted key as one key, not a path', () => {
    const flat: Record<string, unknown> = { 'user.email': 'x', user: { email: 'y' } };
    expect(api.Object.delete(flat, 'user.email')).toBe(true);
    expect(flat).toEqual({ user: { email: 'y' } });
  });

  it('[C] delete returns false for arrays, non-objects and non-string keys', () => {
    const list = ['x'];
    expect(api.Object.delete(list, '0')).toBe(false);
    expect(list).toEqual(['x']);
    expect(api.Object.delete(null, 'a')).toBe(false);
    expect(api.Object.delete('text', 'length')).toBe(false);
    expect(api.Object.delete({ 1: 'one' }, 1)).toBe(false);
  });
});

describe('parseUrl', () => {
  it('[D] splits the documented example into all its parts', () => {
    expect(api.parseUrl('https://abc:xyz@example.com:8080/foo?param=val%2Cue#bar')).toEqual({
      href: 'https://abc:xyz@example.com:8080/foo?param=val%2Cue#bar',
      origin: 'https://example.com:8080',
      protocol: 'https:',
      username: 'abc',
      password: 'xyz',
      host: 'example.com:8080',
      hostname: 'example.com',
      port: '8080',
      pathname: '/foo',
      search: '?param=val%2Cue',
      searchParams: { param: 'val,ue' },
      hash: '#bar',
    });
  });

  it('[D] gives an array of strings for a repeated query key', () => {
    const url = api.parseUrl('https://shop.example.com/p?id=1&tag=a&tag=b&tag=c');
    expect(url.searchParams).toEqual({ id: '1', tag: ['a', 'b', 'c'] });
  });

  it("[C] decodes '+' in the query as a space, as Google's parser does", () => {
    expect(api.parseUrl('https://example.com/?q=a+b%20c').searchParams).toEqual({ q: 'a b c' });
  });

  it('[D] gives empty strings for missing parts and {} for no query', () => {
    const url = api.parseUrl('https://example.com');
    expect(url.port).toBe('');
    expect(url.username).toBe('');
    expect(url.password).toBe('');
    expect(url.search).toBe('');
    expect(url.hash).toBe('');
    expect(url.searchParams).toEqual({});
  });

  it('[D] returns undefined for a malformed URL; [I] also for relative URLs and non-strings', () => {
    expect(api.parseUrl('http abc @ example.com')).toBeUndefined();
    expect(api.parseUrl('/path/only?x=1')).toBeUndefined();
    expect(api.parseUrl('')).toBeUndefined();
    expect(api.parseUrl(undefined)).toBeUndefined();
    expect(api.parseUrl({ href: 'https://example.com' })).toBeUndefined();
  });
});

describe('computeEffectiveTldPlusOne', () => {
  it("[D] uses the Public Suffix List: 'a.b.example.co.uk' → 'example.co.uk'", () => {
    expect(api.computeEffectiveTldPlusOne('a.b.example.co.uk')).toBe('example.co.uk');
    expect(api.computeEffectiveTldPlusOne('www.example.com')).toBe('example.com');
  });

  it('[D] accepts a URL; [C] the result is lower-cased', () => {
    expect(api.computeEffectiveTldPlusOne('https://WWW.Example.com:8443/p?q=1')).toBe(
      'example.com',
    );
  });

  it("[D] returns '' when there is no registrable domain", () => {
    expect(api.computeEffectiveTldPlusOne('co.uk')).toBe('');
    expect(api.computeEffectiveTldPlusOne('192.168.0.1')).toBe('');
    expect(api.computeEffectiveTldPlusOne('not a domain')).toBe('');
    expect(api.computeEffectiveTldPlusOne('')).toBe('');
  });

  it('[M] returns null and undefined unchanged', () => {
    expect(api.computeEffectiveTldPlusOne(null)).toBeNull();
    expect(api.computeEffectiveTldPlusOne(undefined)).toBeUndefined();
  });

  it('[I] includes the private section of the list, as browsers do for cookies', () => {
    expect(api.computeEffectiveTldPlusOne('shop.herokuapp.com')).toBe('shop.herokuapp.com');
  });
});

describe('createRegex and testRegex', () => {
  it('[D] tests anywhere in the string, RE2 syntax', () => {
    const re = api.createRegex('[0-9]{3}');
    expect(api.testRegex(re, 'order-123')).toBe(true);
    expect(api.testRegex(re, 'order-12')).toBe(false);
    expect(api.testRegex(api.createRegex('^\\d+$'), '2024')).toBe(true);
  });

  it('[D] returns null for an invalid pattern; [C] lookaround and backreferences are invalid in RE2', () => {
    expect(api.createRegex('(unclosed')).toBeNull();
    expect(api.createRegex('a(?=b)')).toBeNull();
    expect(api.createRegex('(a)\\1')).toBeNull();
  });

  it('[D] supports the i flag and silently ignores unknown flags', () => {
    expect(api.testRegex(api.createRegex('^abc$', 'i'), 'ABC')).toBe(true);
    expect(api.testRegex(api.createRegex('^abc$'), 'ABC')).toBe(false);
    expect(api.testRegex(api.createRegex('^abc$', 'mxy'), 'abc')).toBe(true);
  });

  it('[D] a g regex is stateful: each test resumes after the last match, a miss resets it', () => {
    const re = api.createRegex('a', 'g');
    expect(api.testRegex(re, 'a-a')).toBe(true);
    expect(api.testRegex(re, 'a-a')).toBe(true);
    expect(api.testRegex(re, 'a-a')).toBe(false);
    expect(api.testRegex(re, 'a-a')).toBe(true);
  });

  it('[D] a regex without g is not stateful', () => {
    const re = api.createRegex('a');
    expect([1, 2, 3].map(() => api.testRegex(re, 'a'))).toEqual([true, true, true]);
  });

  it('[C] anything but a createRegex result never matches; non-strings are converted', () => {
    expect(api.testRegex({}, 'a')).toBe(false);
    expect(api.testRegex(null, 'a')).toBe(false);
    expect(api.testRegex(api.createRegex('^12$'), 12)).toBe(true);
  });

  it('[D] String replace, match and search take it as they take a RegExp', () => {
    const digit = api.createRegex('\\d');
    const digits = api.createRegex('\\d', 'g');
    expect('order-123'.replace(digits, '#')).toBe('order-###');
    expect('order-123'.replace(digit, '#')).toBe('order-#23');
    expect('https://x.co/'.replace(api.createRegex('/$'), '')).toBe('https://x.co');
    expect('a1b2'.match(digits)).toEqual(['1', '2']);
    expect('a1b2'.match(api.createRegex('([a-z])(\\d)'))).toEqual(['a1', 'a', '1']);
    expect('abc'.match(digit)).toBeNull();
    expect('abc'.search(api.createRegex('c'))).toBe(2);
    expect('abc'.search(digit)).toBe(-1);
  });

  it('[C] replacement strings and functions work as with a RegExp; empty matches advance', () => {
    const pair = api.createRegex('(\\w)(\\d)', 'g');
    expect('a1 b2'.replace(pair, '$2$1')).toBe('1a 2b');
    expect('a1'.replace(pair, '[$&] $$ $9')).toBe('[a1] $ $9');
    expect('a1 b2'.replace(pair, (_m: string, l: string, d: string) => d + l)).toBe('1a 2b');
    expect('ab'.replace(api.createRegex('x*', 'g'), '-')).toBe('-a-b-');
  });

  it('[I] the regex is an opaque frozen object', () => {
    const re = api.createRegex('a');
    expect(Object.keys(re)).toEqual([]);
    expect(Object.isFrozen(re)).toBe(true);
  });
});

describe('URI encoding', () => {
  it('[D] decodeUriComponent decodes, and returns undefined on bad input', () => {
    expect(api.decodeUriComponent('a%20b%26c')).toBe('a b&c');
    expect(api.decodeUriComponent('%ZZ')).toBeUndefined();
    expect(api.decodeUriComponent('%E0%A4%A')).toBeUndefined();
  });

  it('[D] decodeUri keeps reserved characters encoded, and returns undefined on bad input', () => {
    expect(api.decodeUri('https://x.com/a%20b?c=%2F')).toBe('https://x.com/a b?c=%2F');
    expect(api.decodeUri('%')).toBeUndefined();
  });

  it('[D] encodeUri and encodeUriComponent escape as the standard functions', () => {
    expect(api.encodeUri('https://x.com/é ?a=1&b=2')).toBe('https://x.com/%C3%A9%20?a=1&b=2');
    expect(api.encodeUriComponent('https://x.com/?a=1&b=2')).toBe(
      'https%3A%2F%2Fx.com%2F%3Fa%3D1%26b%3D2',
    );
  });

  it('[I] the encoders return undefined for a lone surrogate instead of throwing', () => {
    expect(api.encodeUriComponent('\uD800')).toBeUndefined();
    expect(api.encodeUri('\uDC00')).toBeUndefined();
  });
});

describe('base64', () => {
  it('[D] toBase64 encodes UTF-8 as base64', () => {
    expect(api.toBase64('hello')).toBe('aGVsbG8=');
    expect(api.toBase64('é€')).toBe('w6nigqw=');
  });

  it('[D] toBase64 with {urlEncoding: true} uses base64url; [I] without padding', () => {
    expect(api.toBase64('~~~?')).toBe('fn5+Pw==');
    expect(api.toBase64('~~~?', { urlEncoding: true })).toBe('fn5-Pw');
    expect(api.toBase64('~~~?', { urlEncoding: false })).toBe('fn5+Pw==');
  });

  it('[D] fromBase64 decodes; [I] padding optional, base64url accepted', () => {
    expect(api.fromBase64('aGVsbG8=')).toBe('hello');
    expect(api.fromBase64('aGVsbG8')).toBe('hello');
    expect(api.fromBase64('w6nigqw=')).toBe('é€');
    expect(api.fromBase64('fn5-Pw')).toBe('~~~?');
  });

  it('[D] fromBase64 returns undefined on bad input', () => {
    expect(api.fromBase64('abc$')).toBeUndefined();
    expect(api.fromBase64('a')).toBeUndefined();
    expect(api.fromBase64('aGVsbG8==x')).toBeUndefined();
    expect(api.fromBase64('aGVsbG8==')).toBeUndefined();
    expect(api.fromBase64(42)).toBeUndefined();
  });
});

describe('sha256Sync and sha256', () => {
  const ABC_BASE64 = 'ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=';
  const ABC_HEX = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';

  it('[D] sha256Sync defaults to base64 and offers hex', () => {
    expect(api.sha256Sync('abc')).toBe(ABC_BASE64);
    expect(api.sha256Sync('abc', { outputEncoding: 'hex' })).toBe(ABC_HEX);
    expect(api.sha256Sync('abc', { outputEncoding: 'base64' })).toBe(ABC_BASE64);
  });

  it('[I] hashes the UTF-8 bytes of the input', () => {
    const utf8 = createHash('sha256')
      .update(Buffer.from([0xc3, 0xa9]))
      .digest('hex');
    expect(api.sha256Sync('é', { outputEncoding: 'hex' })).toBe(utf8);
  });

  it('[D] sha256 calls onSuccess with the digest; [I] before it returns', () => {
    const digests: string[] = [];
    api.sha256('abc', (digest: string) => digests.push(digest));
    api.sha256('abc', (digest: string) => digests.push(digest), { outputEncoding: 'hex' });
    expect(digests).toEqual([ABC_BASE64, ABC_HEX]);
  });
});

describe('hmacSha256', () => {
  // RFC 4231 test case 2.
  const keyed = apis({ privateKeys: { key1: 'Jefe' } });
  const message = 'what do ya want for nothing?';

  it('[D] signs with the key named by keyId; hex output', () => {
    expect(keyed.hmacSha256(message, 'key1', { outputEncoding: 'hex' })).toBe(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
  });

  it('[D] defaults to base64url; base64 on request', () => {
    expect(keyed.hmacSha256(message, 'key1')).toBe('W9zBRr9gdU5qBCQmCJV1x1oAPwidJzmDnexYuWTsOEM');
    expect(keyed.hmacSha256(message, 'key1', { outputEncoding: 'base64' })).toBe(
      'W9zBRr9gdU5qBCQmCJV1x1oAPwidJzmDnexYuWTsOEM=',
    );
  });

  it('[I] an unknown keyId is an error, as on a server without that key', () => {
    expect(() => keyed.hmacSha256(message, 'nope')).toThrow(/no private key with id 'nope'/);
    expect(() => api.hmacSha256(message, 'key1')).toThrow(/no private key/);
  });
});

describe('generateRandom', () => {
  it('[D] returns integers with both bounds inclusive, drawn from env.random', () => {
    expect(apis({ random: () => 0 }).generateRandom(1, 6)).toBe(1);
    expect(apis({ random: () => 0.9999999 }).generateRandom(1, 6)).toBe(6);
    expect(apis({ random: () => 0.5 }).generateRandom(0, 9)).toBe(5);
    expect(apis({ random: () => 0.5 }).generateRandom(7, 7)).toBe(7);
  });

  it('[I] shrinks fractional bounds to the integers inside; an empty range is NaN', () => {
    expect(apis({ random: () => 0 }).generateRandom(0.5, 2.5)).toBe(1);
    expect(apis({ random: () => 0.9999999 }).generateRandom(0.5, 2.5)).toBe(2);
    expect(api.generateRandom(5, 1)).toBeNaN();
    expect(api.generateRandom('x', 1)).toBeNaN();
  });
});

describe('getTimestampMillis and getTimestamp', () => {
  it('[D] both return env.now() in milliseconds', () => {
    expect(api.getTimestampMillis()).toBe(NOW);
    expect(api.getTimestamp()).toBe(NOW);
    let now = 1;
    const ticking = apis({ now: () => now });
    now = 2;
    expect(ticking.getTimestampMillis()).toBe(2);
  });
});

describe('unit-test require (tests/setup/sandbox-globals.ts)', () => {
  const sandboxRequire = (name: string): any => (globalThis as any).require(name);

  it('serves the pure APIs', () => {
    expect(sandboxRequire('makeString')(null)).toBe('null');
    expect(sandboxRequire('getType')([])).toBe('array');
  });

  it('defaults to a fixed clock of 2026-11-22T00:00:00Z, settable and reset', () => {
    const getTimestampMillis = sandboxRequire('getTimestampMillis');
    expect(getTimestampMillis()).toBe(Date.parse('2026-11-22T00:00:00Z'));
    setSandboxClock(1234);
    expect(getTimestampMillis()).toBe(1234);
    resetSandboxGlobals();
    expect(getTimestampMillis()).toBe(Date.parse('2026-11-22T00:00:00Z'));
  });

  it('draws generateRandom from a seeded sequence that reset replays, or from a set source', () => {
    const generateRandom = sandboxRequire('generateRandom');
    resetSandboxGlobals();
    const first = [1, 2, 3, 4, 5].map(() => generateRandom(0, 1_000_000));
    resetSandboxGlobals();
    expect([1, 2, 3, 4, 5].map(() => generateRandom(0, 1_000_000))).toEqual(first);
    expect(new Set(first).size).toBe(5);
    setSandboxRandom(() => 0);
    expect(generateRandom(3, 9)).toBe(3);
  });

  it('imports template-src/sandbox/apis, whose impure APIs throw only when called', async () => {
    const sandboxApis = await import('../../template-src/sandbox/apis');
    expect(sandboxApis.makeString(1)).toBe('1');
    expect(() => sandboxApis.sendHttpRequest('https://example.com')).toThrow(
      'sendHttpRequest is not available in unit tests: test it through the harness',
    );
    expect(() => sandboxApis.Promise.create(() => undefined)).toThrow(
      'Promise.create is not available in unit tests: test it through the harness',
    );
  });

  it('knows every API the typings declare, even ones apis.ts does not use', () => {
    expect(() => sandboxRequire('claimRequest')).not.toThrow();
    expect(() => sandboxRequire('claimRequest')()).toThrow(/not available in unit tests/);
  });

  it('throws at require time for an unknown name', () => {
    expect(() => sandboxRequire('eval')).toThrow("require('eval'): no such sandbox API");
  });
});
