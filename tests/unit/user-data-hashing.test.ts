/**
 * normalizeUserValue: normalization + SHA-256 hex per key, checked against
 * the hashes Meta publishes (meta-capi.md §3.1 [D]) and the locally computed
 * oracle vectors (§4.3 [V]); pass-through of hashes; types of input; the
 * never-hashed keys; problems that name the key and source, never the value.
 */
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import {
  MAX_VALUE_LENGTH,
  MAX_VALUES_PER_KEY,
  normalizeUserValue,
  type NormalizeOptions,
} from '../../template-src/user-data/normalize-user-value';
import type { Problem } from '../../template-src/lib/problems';
import { NEVER_HASHED_KEYS } from '../../template-src/meta/spec';

const OPTIONS: NormalizeOptions = {
  defaultCountryCode: '',
  currentYear: 2026,
  hashExternalId: true,
};
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** Whether the user-data stage sends `key` unhashed (meta/spec, and the external_id switch). */
function sentRaw(key: string, options: NormalizeOptions): boolean {
  return (
    (NEVER_HASHED_KEYS as readonly string[]).indexOf(key) >= 0 ||
    (key === 'external_id' && !options.hashExternalId)
  );
}

/** One value (or list) of `key` as the user data variable gives it; [] when nothing is usable. */
function normalize(
  key: string,
  raw: unknown,
  options: NormalizeOptions,
  problems: Problem[],
  source: string,
): string[] {
  const values = normalizeUserValue(key, sentRaw(key, options), raw, options, problems, source);
  // Nothing usable is undefined, never an empty list.
  if (values !== undefined) expect(values.length).toBeGreaterThan(0);
  return values ?? [];
}

function run(key: string, raw: unknown, options: Partial<NormalizeOptions> = {}) {
  const problems: Problem[] = [];
  const values = normalize(key, raw, { ...OPTIONS, ...options }, problems, 'test_source');
  return { values, problems };
}

describe('published hashes', () => {
  test.each([
    [
      'em',
      'John_Smith@gmail.com',
      '62a14e44f765419d10fea99367361a727c12365e2520f32218d505ed9aa0f62f',
    ],
    [
      'em',
      ' John_Smith@gmail.com ',
      '62a14e44f765419d10fea99367361a727c12365e2520f32218d505ed9aa0f62f',
    ],
    ['ph', '+1 (650) 555-1212', 'e323ec626319ca94ee8bff2e4c87cf613be6ea19919ed1364124e16807ab3176'],
    ['ph', '0044 844 412 4653', 'dc008fda46e2e64002cf2f82a4906236282d431c4f75e5b60bfe79fc48546383'],
    ['ph', '+44 844 412 4653', 'dc008fda46e2e64002cf2f82a4906236282d431c4f75e5b60bfe79fc48546383'],
    ['ph', '650.555.1212', '5eed6d50c9a69704a9a72b4af7d14d04d33e4460039e101b525f5d4f8a106a38'],
    ['fn', 'Mary', '6915771be1c5aa0c886870b6951b03d7eafc121fea0e80a5ea83beb7c449f4ec'],
    ['fn', '정', '8fa8cd9c440be61d0151429310034083132b35975c4bea67fdd74158eb51db14'],
    ['fn', 'Valéry', '08e1996b5dd49e62a4b4c010d44e4345592a863bb9f8e3976219bac29417149c'],
    ['ln', "O'Brien", 'b4cb6cb33fe4b865868de825023a1e2790dc12ac01ecc8d7c5afe8254071c8ba'],
    ['db', '2/16/1997', '01acdbf6ec7b4f478a225f1a246e5d6767eeab1a7ffa17f025265b5b94f40f0c'],
    ['db', '1997-02-16', '01acdbf6ec7b4f478a225f1a246e5d6767eeab1a7ffa17f025265b5b94f40f0c'],
    ['ge', 'f', '252f10c83610ebca1a059c0bae8255eba2f95be4d1d7bcfa89d7248a82d9f111'],
    ['ge', 'Female', '252f10c83610ebca1a059c0bae8255eba2f95be4d1d7bcfa89d7248a82d9f111'],
    ['ge', 'm', '62c66a7a5dd70c3146618063c344e531e6d4b59e379808443ce962b3abd63c5a'],
    ['ct', 'New York', '350c754ba4d38897693aa077ef43072a859d23f613443133fecbbd90a3512ca5'],
    ['ct', 'St. Louis', '8ba24bdf99947996f3000259be455de791b06fcc0e802ce05031030df1ee8ea3'],
    ['ct', 'São Paulo', '3eda1428ae1aece064071f8d40f08fe2bc59ffa66c171a163caf15122ec4d7f0'],
    ['st', 'CA', '6959097001d10501ac7d54c0bdb8db61420f658f2922cc26e46d536119a31126'],
    ['st', 'California', '6959097001d10501ac7d54c0bdb8db61420f658f2922cc26e46d536119a31126'],
    ['st', 'N.Y.', '1b06e2003f8420d6fa42badd8f77ec0f706b976b7a48b13c567dc5a559681683'],
    ['zp', '94035-1234', '1794327a4d443904421f5ca1f3d72d0a62ba2f0770d80755ec2220fc0efb052e'],
    ['zp', 'M1 1AE', '1dc694c2070e697769fb959b50671d76cafd430d8ca191fbdd0affcaea344ac5'],
    [
      'country',
      'United States',
      '79adb2a2fce5c6ba215fe5f27f532d4e7edbac4b6a5e09e1ef3a08084a904621',
    ],
    ['country', 'us ', '79adb2a2fce5c6ba215fe5f27f532d4e7edbac4b6a5e09e1ef3a08084a904621'],
  ])('%s %j → %s', (key, input, hash) => {
    expect(run(key, input)).toEqual({ values: [hash], problems: [] });
  });

  test('(650)555-1212 with default country code 1 → the documented hash', () => {
    expect(run('ph', '(650)555-1212', { defaultCountryCode: '1' }).values).toEqual([
      'e323ec626319ca94ee8bff2e4c87cf613be6ea19919ed1364124e16807ab3176',
    ]);
  });
});

describe('values already hashed', () => {
  const hash = '62a14e44f765419d10fea99367361a727c12365e2520f32218d505ed9aa0f62f';
  test.each(['em', 'ph', 'fn', 'ln', 'ct', 'st', 'zp', 'country', 'ge', 'db', 'external_id'])(
    '%s: a 64-hex value in upper case passes through in lower case',
    (key) => {
      expect(run(key, ' ' + hash.toUpperCase() + ' ')).toEqual({ values: [hash], problems: [] });
    },
  );

  test.each([hash + '.AQQCAQMC', hash + '.AQQAAQMC', hash + '.BA'])(
    'Parameter Builder value %s passes through unchanged',
    (value) => {
      expect(run('em', value).values).toEqual([value]);
      expect(run('ph', value).values).toEqual([value]);
    },
  );

  test('a Parameter Builder value in upper-case hex keeps its appendix, hex lowered', () => {
    // Regression: it passed through as it was, and the validator, which wants
    // lowercase hex, then dropped it.
    expect(run('em', hash.toUpperCase() + '.AQQCAQMC').values).toEqual([hash + '.AQQCAQMC']);
    expect(run('ph', hash.toUpperCase() + '.Bg').values).toEqual([hash + '.Bg']);
  });

  test.each([
    [hash + '.', 'empty appendix'],
    [hash + '.ABC', 'three characters'],
    [hash + '.AQQCAQM!', 'not base64url'],
    [hash.substring(1) + '.AQQCAQMC', 'hash one digit short'],
  ])('%s (%s) is not a Parameter Builder value', (value) => {
    expect(run('em', value).values).toEqual([]);
  });

  test('a 32-hex (MD5) value is not passed through: Meta requires SHA-256', () => {
    expect(run('external_id', 'd41d8cd98f00b204e9800998ecf8427e').values).toEqual([
      sha256('d41d8cd98f00b204e9800998ecf8427e'),
    ]);
  });
});

describe('types of input', () => {
  test('numbers become text', () => {
    expect(run('ph', 16505551212).values).toEqual([sha256('16505551212')]);
    expect(run('zp', 94035).values).toEqual([sha256('94035')]);
    expect(run('db', 19970216).values).toEqual([sha256('19970216')]);
    expect(run('external_id', 42).values).toEqual([sha256('42')]);
  });

  test('arrays are normalized element by element and de-duplicated', () => {
    const result = run('em', ['A@Example.com', ' a@example.com', 'b@example.com', '', null]);
    expect(result).toEqual({
      values: [sha256('a@example.com'), sha256('b@example.com')],
      problems: [],
    });
  });

  test('a hashed and a raw form of the same value count once', () => {
    expect(run('fn', ['Mary', sha256('mary').toUpperCase()]).values).toEqual([sha256('mary')]);
  });

  test.each([
    ['', []],
    ['   ', []],
    ['\u00a0\t', []],
    [null, []],
    [undefined, []],
    [[], []],
  ])('empty input %j gives nothing and no problem', (raw, expected) => {
    expect(run('em', raw)).toEqual({ values: expected, problems: [] });
  });

  test.each([
    ['fn', '!!!', 'nothing left after normalization'],
    ['ct', '90210', 'nothing left after normalization'],
    ['em', 'not-an-email', 'not a valid email address'],
    ['ph', '12345', 'not a phone number with 7 to 15 digits'],
    ['zp', '1', 'not a postal code'],
    ['country', 'Atlantis', 'not a country name or ISO code'],
    ['ge', 'x', 'not a gender (m or f)'],
    ['db', '1997-02-30', 'not a date of birth'],
  ])('%s %j is dropped, never hashed as "", and reported', (key, raw, reason) => {
    expect(run(key, raw)).toEqual({
      values: [],
      problems: [{ key: 'user_data.' + key, reason: 'from test_source: ' + reason }],
    });
  });

  test.each([
    [{ email: 'a@example.com' }, 'a value of type object, not text'],
    [true, 'a value of type boolean, not text'],
    [NaN, 'a number that is not finite'],
    [Infinity, 'a number that is not finite'],
    [() => 'a@example.com', 'a value of type function, not text'],
    ['a'.repeat(MAX_VALUE_LENGTH) + '@example.com', 'longer than 256 characters'],
  ])('%j is dropped and reported without its value', (raw, reason) => {
    const result = run('em', raw);
    expect(result.values).toEqual([]);
    expect(result.problems).toEqual([
      { key: 'user_data.em', reason: 'from test_source: ' + reason },
    ]);
  });

  test('a mixed list keeps the usable elements and reports the others', () => {
    const result = run('em', ['a@example.com', 7, { x: 1 }, ['b@example.com'], 'bad', NaN]);
    expect(result.values).toEqual([sha256('a@example.com')]);
    expect(result.problems.map((p) => p.reason)).toEqual([
      'from test_source: not a valid email address',
      'from test_source: a value of type object, not text',
      'from test_source: a list inside a list',
      'from test_source: a number that is not finite',
    ]);
  });

  test('each reason is reported once: a long list of bad values cannot flood the log', () => {
    const junk = Array.from({ length: 5000 }, (_, i) => (i % 2 === 0 ? 'bad' + i : { i }));
    expect(run('em', junk).problems).toEqual([
      { key: 'user_data.em', reason: 'from test_source: not a valid email address' },
      { key: 'user_data.em', reason: 'from test_source: a value of type object, not text' },
    ]);
  });

  test('values past the limit are not even hashed', () => {
    const emails = Array.from({ length: 20000 }, (_, i) => 'user' + i + '@example.com');
    const started = Date.now();
    expect(run('em', emails).values).toHaveLength(MAX_VALUES_PER_KEY);
    expect(Date.now() - started).toBeLessThan(100);
  });

  test('at most MAX_VALUES_PER_KEY values, reported once', () => {
    const emails = Array.from({ length: 15 }, (_, i) => 'user' + i + '@example.com');
    const result = run('em', emails);
    expect(result.values).toHaveLength(MAX_VALUES_PER_KEY);
    expect(result.problems).toEqual([
      { key: 'user_data.em', reason: 'from test_source: more than 10 values' },
    ]);
  });

  test('a 1 MB string is rejected quickly', () => {
    const started = Date.now();
    expect(run('fn', 'x'.repeat(1 << 20)).values).toEqual([]);
    expect(Date.now() - started).toBeLessThan(100);
  });

  test('no problem ever contains the raw value', () => {
    const secrets = ['secret.person@example', '+1 555 SECRET', 'Secretname!!!', 'Atlantis-secret'];
    const problems: Problem[] = [];
    for (const key of ['em', 'ph', 'fn', 'country']) {
      normalize(key, secrets, OPTIONS, problems, 'src');
    }
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) expect(problem.reason.toLowerCase()).not.toContain('secret');
  });
});

describe('external_id', () => {
  test('trimmed and hashed, case kept', () => {
    expect(run('external_id', '  User-42 ').values).toEqual([sha256('User-42')]);
  });

  test('sent raw (trimmed) when hashing is switched off', () => {
    expect(run('external_id', [' User-42 ', 42], { hashExternalId: false }).values).toEqual([
      'User-42',
      '42',
    ]);
  });
});

describe('never-hashed keys', () => {
  test.each([
    ['subscription_id', 'sub_123'],
    ['fb_login_id', '1234567890'],
    ['lead_id', '9876543210'],
    ['anon_id', 'anon-1'],
    ['madid', '38400000-8cf0-11bd-b23e-10b96e40000d'],
    ['page_id', '1122334455'],
    ['page_scoped_user_id', '5566778899'],
    [
      'ctwa_clid',
      'ARAkLkA8rmlFeiCktEJQ-QTwRiyYHAFDLMNDBH0CD3qpjd0HR4irJ6LEkR7JwFF4XvnO2E4Nx0-eM-GABDLOPaOdRMv-_zfUQ2a',
    ],
    ['ig_account_id', '17841400000000000'],
    ['ig_sid', '1234567890123456'],
    ['client_ip_address', '2001:db8::1'],
    ['client_user_agent', 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36'],
    ['fbc', 'fb.1.1554763741205.AbCdEfGhIjKlMnOpQrStUvWxYz1234567890'],
    ['fbp', 'fb.1.1596403881668.1116446470'],
  ])('%s %j is sent as it is', (key, value) => {
    expect(run(key, ' ' + value + ' ')).toEqual({ values: [value], problems: [] });
  });

  test.each([
    ['client_ip_address', '198.51.100.7:443', '198.51.100.7'],
    ['client_ip_address', '198.51.100.7, 10.0.0.1', '198.51.100.7'],
    ['client_ip_address', '[2001:db8::1]:443', '2001:db8::1'],
  ])('%s %j is cleaned like ip_override → %j', (key, raw, expected) => {
    expect(run(key, raw)).toEqual({ values: [expected], problems: [] });
  });

  // Regression: a malformed IP or click ID from the table or variable replaced
  // the good one from ip_override or the cookie, and the validator then dropped it.
  test.each([
    ['client_ip_address', 'not-an-ip', 'not an IPv4 or IPv6 address'],
    ['client_ip_address', '999.1.1.1', 'not an IPv4 or IPv6 address'],
    ['fbc', 'junk', 'not in the fb.<subdomain index>.<time>.<id> format'],
    ['fbc', 'fb.1.abc.AbC', 'not in the fb.<subdomain index>.<time>.<id> format'],
    ['fbp', 'fb.1.1596403881668', 'not in the fb.<subdomain index>.<time>.<id> format'],
  ])('%s %j is refused: %s', (key, raw, reason) => {
    expect(run(key, raw)).toEqual({
      values: [],
      problems: [{ key: 'user_data.' + key, reason: 'from test_source: ' + reason }],
    });
  });

  // Named change 2 of the lean runtime (0.1.0 passed it on here and its validator then
  // dropped it with "invalid value; dropped"): refused at its source, so the next source is tried.
  test.each([
    'subscription_id',
    'fb_login_id',
    'lead_id',
    'anon_id',
    'madid',
    'page_id',
    'page_scoped_user_id',
    'ctwa_clid',
    'ig_account_id',
    'ig_sid',
  ])('a 64-hex %s is refused: Meta wants it unhashed', (key) => {
    expect(run(key, 'A'.repeat(64))).toEqual({
      values: [],
      problems: [
        {
          key: 'user_data.' + key,
          reason: 'from test_source: a SHA-256 hash where Meta wants the value unhashed',
        },
      ],
    });
  });

  test('a 64-hex user agent, or external_id sent unhashed, is kept as it is', () => {
    const hex = 'A'.repeat(64);
    expect(run('client_user_agent', hex).values).toEqual([hex]);
    expect(run('external_id', hex, { hashExternalId: false }).values).toEqual([hex]);
  });

  test('numbers become text', () => {
    expect(run('fb_login_id', 1234567890).values).toEqual(['1234567890']);
  });
});

describe('lists found in the event', () => {
  test('are read element by element; a list inside one is reported', () => {
    const problems: Problem[] = [];
    const found = ['a@example.com', ['b@example.com']];
    expect(normalizeUserValue('em', false, found, OPTIONS, problems, 'src')).toEqual([
      sha256('a@example.com'),
    ]);
    expect(problems).toEqual([{ key: 'user_data.em', reason: 'from src: a list inside a list' }]);
  });
});
