/**
 * buildUserData: sources (GA4, Meta x-fb-ud-*, Google sha256_*, aliases),
 * precedence (table > variable > event, first usable source wins), the
 * auto-mapping switch, and bad input that is dropped and named.
 */
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import type { TagFields, UserData } from '../../template-src/context';
import type { Problem } from '../../template-src/lib/problems';
import { EVENT_DATA_KEYS, USER_DATA_SOURCES } from '../../template-src/meta/sources';
import { buildUserData, userDataStage } from '../../template-src/user-data/build-user-data';
import { NOW_MS, readerOf, testContext, type EventData } from './context';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

function build(
  eventData: EventData,
  fields: TagFields = {},
  { now = NOW_MS, actionSource = 'website' } = {},
) {
  const problems: Problem[] = [];
  const userData: UserData = {};
  buildUserData(readerOf(eventData), fields, now, actionSource, userData, problems);
  return { userData, problems };
}

const GA4_PURCHASE = {
  event_name: 'purchase',
  user_id: 'U-1001',
  user_data: {
    email_address: 'Jane.Doe@Example.com',
    phone_number: '+1 650-555-1212',
    address: {
      first_name: 'Jane',
      last_name: "O'Neil",
      city: 'San Francisco',
      region: 'California',
      postal_code: '94103-1234',
      country: 'US',
    },
  },
};

describe('GA4 client data', () => {
  test('a GA4 purchase maps to hashed Meta keys', () => {
    expect(build(GA4_PURCHASE)).toEqual({
      userData: {
        em: sha256('jane.doe@example.com'),
        ph: sha256('16505551212'),
        fn: sha256('jane'),
        ln: sha256('oneil'),
        ct: sha256('sanfrancisco'),
        st: sha256('ca'),
        zp: sha256('94103'),
        country: sha256('us'),
        external_id: sha256('U-1001'),
      },
      problems: [],
    });
  });

  test('address as a list contributes every address, de-duplicated', () => {
    const { userData } = build({
      user_data: {
        address: [
          { first_name: 'Jane', city: 'Paris', country: 'FR' },
          { first_name: 'JANE', city: 'Lyon', country: 'France' },
        ],
      },
    });
    expect(userData.fn).toBe(sha256('jane'));
    expect(userData.ct).toEqual([sha256('paris'), sha256('lyon')]);
    expect(userData.country).toBe(sha256('fr'));
  });

  test("address as the User-Provided Data variable's {0: {...}} map", () => {
    const { userData } = build({
      user_data: { address: { 0: { city: 'Berlin' }, 1: { city: 'Bonn' } } },
    });
    expect(userData.ct).toEqual([sha256('berlin'), sha256('bonn')]);
  });

  test('several emails and phones in GA4 lists', () => {
    const { userData } = build({
      user_data: {
        email_address: ['a@example.com', 'b@example.com'],
        phone_number: ['+4915112345678'],
      },
    });
    expect(userData.em).toEqual([sha256('a@example.com'), sha256('b@example.com')]);
    expect(userData.ph).toBe(sha256('4915112345678'));
  });

  test('user_data.email (Google Ads format) and top-level aliases', () => {
    const { userData } = build({
      user_data: { email: 'ads@example.com' },
      phone: '0612345678',
      firstName: 'Éloïse',
      last_name: 'Martin',
      city: 'Nice',
      state: 'PACA',
      zip: '06000',
      country: 'France',
      gender: 'female',
      date_of_birth: '16/02/1997',
      userId: 'abc',
    });
    expect(userData).toEqual({
      em: sha256('ads@example.com'),
      ph: sha256('612345678'),
      fn: sha256('éloïse'),
      ln: sha256('martin'),
      ct: sha256('nice'),
      st: sha256('paca'),
      zp: sha256('06000'),
      country: sha256('fr'),
      ge: sha256('f'),
      db: sha256('19970216'),
      external_id: sha256('abc'),
    });
  });
});

describe("Meta's x-fb-ud-* keys", () => {
  test('are normalized and hashed like every other source', () => {
    const { userData } = build({
      'x-fb-ud-em': ' JOHN@EXAMPLE.COM',
      'x-fb-ud-ph': '+1 (650) 555-1212',
      'x-fb-ud-fn': 'John',
      'x-fb-ud-ge': 'Male',
      'x-fb-ud-db': '1997-02-16',
      'x-fb-ud-country': 'United States',
      'x-fb-ud-external_id': 'ext-1',
      'x-fb-ud-subscription_id': 'sub-9',
      'x-fb-ud-fb-login-id': 123456,
    });
    expect(userData).toEqual({
      em: sha256('john@example.com'),
      ph: sha256('16505551212'),
      fn: sha256('john'),
      ge: sha256('m'),
      db: sha256('19970216'),
      country: sha256('us'),
      external_id: sha256('ext-1'),
      subscription_id: 'sub-9',
      fb_login_id: '123456',
    });
  });

  test('win over GA4 user_data', () => {
    const { userData } = build({
      'x-fb-ud-em': 'meta@example.com',
      user_data: { email_address: 'ga4@example.com' },
    });
    expect(userData.em).toBe(sha256('meta@example.com'));
  });

  test('an unusable x-fb-ud value falls back to the next source and is reported', () => {
    const result = build({
      'x-fb-ud-em': 'not-an-email',
      user_data: { email_address: 'ga4@example.com' },
    });
    expect(result.userData.em).toBe(sha256('ga4@example.com'));
    expect(result.problems).toEqual([
      { key: 'user_data.em', reason: 'from x-fb-ud-em: not a valid email address' },
    ]);
  });
});

describe("Google's sha256_* keys", () => {
  const hash = sha256('jane@example.com');
  test('sha256_email_address and sha256 names are used when nothing raw is there', () => {
    const { userData } = build({
      user_data: {
        sha256_email_address: hash.toUpperCase(),
        address: { sha256_first_name: sha256('jane'), sha256_last_name: sha256('doe') },
      },
    });
    expect(userData).toEqual({ em: hash, fn: sha256('jane'), ln: sha256('doe') });
  });

  test('a raw value wins over the Google hash', () => {
    const { userData } = build({
      user_data: { email_address: 'raw@example.com', sha256_email_address: hash },
    });
    expect(userData.em).toBe(sha256('raw@example.com'));
  });

  test('sha256_phone_number is never used: Google hashes E.164 with "+"', () => {
    const { userData } = build({ user_data: { sha256_phone_number: sha256('+16505551212') } });
    expect(userData.ph).toBeUndefined();
  });
});

describe('precedence of the table and the variable', () => {
  test('table > variable > event', () => {
    const eventData = {
      user_data: { email_address: 'event@example.com', phone_number: '+15550001111' },
      city: 'Oslo',
    };
    const { userData } = build(eventData, {
      userDataObject: { em: 'object@example.com', ph: '+15550002222' },
      userDataList: [{ name: 'em', value: 'table@example.com' }],
    });
    expect(userData.em).toBe(sha256('table@example.com'));
    expect(userData.ph).toBe(sha256('15550002222'));
    expect(userData.ct).toBe(sha256('oslo'));
  });

  test('several table rows for one key make a list', () => {
    const { userData } = build(
      {},
      {
        userDataList: [
          { name: 'em', value: 'a@example.com' },
          { name: 'em', value: 'b@example.com' },
        ],
      },
    );
    expect(userData.em).toEqual([sha256('a@example.com'), sha256('b@example.com')]);
  });

  test('the variable may be JSON text', () => {
    const { userData } = build({}, { userDataObject: '{"fn": "Ana", "external_id": 7}' });
    expect(userData).toEqual({ fn: sha256('ana'), external_id: sha256('7') });
  });

  test('an unusable override falls back to the event and is reported', () => {
    const result = build(
      { user_data: { email_address: 'event@example.com' } },
      {
        userDataList: [{ name: 'em', value: 'oops' }],
      },
    );
    expect(result.userData.em).toBe(sha256('event@example.com'));
    expect(result.problems).toEqual([
      { key: 'user_data.em', reason: 'from the user data table: not a valid email address' },
    ]);
  });

  test('identity keys come only from the table or variable here', () => {
    const { userData } = build(
      {
        ip_override: '1.2.3.4',
        user_agent: 'UA',
        client_ip_address: '5.6.7.8',
        fbp: 'fb.1.1763700000000.1',
      },
      {
        userDataList: [{ name: 'client_user_agent', value: 'Custom UA' }],
        userDataObject: { fbc: 'fb.1.1763700000000.abc' },
      },
    );
    expect(userData).toEqual({ client_user_agent: 'Custom UA', fbc: 'fb.1.1763700000000.abc' });
  });

  test('unknown keys, non-objects and blank rows are reported or skipped', () => {
    const result = build(
      {},
      {
        userDataList: [
          { name: 'emial', value: 'a@example.com' },
          { name: '', value: '' },
          null,
          'x',
        ],
        userDataObject: 42,
      },
    );
    expect(result.userData).toEqual({});
    expect(result.problems).toEqual([
      {
        key: 'user_data',
        reason: 'the user data table names "emial", not a user_data key; ignored',
      },
      { key: 'user_data', reason: 'the user data variable is not an object; ignored' },
    ]);
  });

  test('a never-hashed key takes one value', () => {
    const result = build(
      {},
      {
        userDataList: [
          { name: 'lead_id', value: '1' },
          { name: 'lead_id', value: '2' },
        ],
      },
    );
    expect(result.userData.lead_id).toBe('1');
    expect(result.problems).toEqual([
      { key: 'user_data.lead_id', reason: 'takes one value; the first was kept' },
    ]);
  });
});

describe('switches', () => {
  test('auto-mapping off: only the table and the variable count', () => {
    const { userData } = build(GA4_PURCHASE, {
      autoMapUserData: false,
      userDataList: [{ name: 'fn', value: 'Table' }],
    });
    expect(userData).toEqual({ fn: sha256('table') });
  });

  test('default phone country code applies to national numbers only', () => {
    const { userData } = build(
      { user_data: { phone_number: ['(650) 555-1212', '+44 20 7946 0958'] } },
      { phoneDefaultCountryCode: '+1' },
    );
    expect(userData.ph).toEqual([sha256('16505551212'), sha256('442079460958')]);
  });

  test('an invalid default country code is ignored and reported', () => {
    const result = build({ phone: '6505551212' }, { phoneDefaultCountryCode: 'USA' });
    expect(result.userData.ph).toBe(sha256('6505551212'));
    expect(result.problems).toEqual([
      { key: 'user_data.ph', reason: 'the default phone country code is not 1-3 digits; ignored' },
    ]);
  });

  test('a numeric default country code works', () => {
    expect(build({ phone: '06 12 34 56 78' }, { phoneDefaultCountryCode: 33 }).userData.ph).toBe(
      sha256('33612345678'),
    );
  });

  test('external_id raw when hashing is off', () => {
    expect(build({ user_id: ' U-1 ' }, { hashExternalId: false }).userData.external_id).toBe('U-1');
  });

  test('the date-of-birth year limit follows the clock', () => {
    const event = { date_of_birth: '2029-01-01' };
    expect(build(event, {}, { now: Date.UTC(2030, 5, 1) }).userData.db).toBe(sha256('20290101'));
    expect(build(event, {}, { now: Date.UTC(2026, 5, 1) }).userData.db).toBeUndefined();
  });
});

describe('bad input', () => {
  test.each([
    [{}],
    [{ user_data: null, email: undefined, phone: '' }],
    [{ user_data: [GA4_PURCHASE.user_data] }],
  ])('event data %j gives {}', (eventData) => {
    expect(build(eventData)).toEqual({ userData: {}, problems: [] });
  });

  // As in 0.1.0: a top-level value that is not an object has no `user_data.<member>`.
  test.each([[{ user_data: 'text' }], [{ user_data: 42 }], [{ user_data: true }]])(
    'event data %j gives {} (0.1.0)',
    (eventData) => {
      expect(build(eventData)).toEqual({ userData: {}, problems: [] });
    },
  );

  test('objects, NaN, huge strings, mixed lists, null and bad emails: the rest still goes out', () => {
    const result = build({
      user_data: {
        email_address: { nested: 'a@example.com' },
        phone_number: NaN,
        address: [
          { first_name: 'x'.repeat(10000), last_name: ['Doe', 5, { a: 1 }], city: null },
          'junk',
        ],
      },
      email: 'not an email',
      gender: true,
      user_id: 'u-1',
    });
    expect(result.userData).toEqual({
      ln: [sha256('doe'), sha256('5')],
      external_id: sha256('u-1'),
    });
    expect(result.problems).toEqual([
      {
        key: 'user_data.em',
        reason: 'from user_data.email_address: a value of type object, not text',
      },
      { key: 'user_data.em', reason: 'from email: not a valid email address' },
      { key: 'user_data.ph', reason: 'from user_data.phone_number: a number that is not finite' },
      {
        key: 'user_data.fn',
        reason: 'from user_data.address[].first_name: longer than 256 characters',
      },
      {
        key: 'user_data.ln',
        reason: 'from user_data.address[].last_name: a value of type object, not text',
      },
      { key: 'user_data.ge', reason: 'from gender: a value of type boolean, not text' },
    ]);
  });

  test('keys that shadow Object.prototype methods do not break anything', () => {
    const eventData = JSON.parse(
      '{"hasOwnProperty": 1, "constructor": "x", "__proto__": {"email": "p@example.com"}, "user_data": {"hasOwnProperty": 2, "email_address": "a@example.com"}}',
    );
    expect(
      build(eventData, { userDataObject: JSON.parse('{"hasOwnProperty": 1}') }).userData,
    ).toEqual({
      em: sha256('a@example.com'),
    });
  });
});

describe('keys documented for one action source', () => {
  const APP_EVENT = { anon_id: 'anon-1', 'x-fb-ud-madid': 'ad-1' };
  const MESSAGING_EVENT = { 'x-fb-ud-page_id': '11', ctwa_clid: 'c-1', ig_sid: 's-1' };

  test('app keys are read from the event for app events only', () => {
    expect(build(APP_EVENT, {}, { actionSource: 'app' }).userData).toEqual({
      anon_id: 'anon-1',
      madid: 'ad-1',
    });
    expect(build(APP_EVENT).userData).toEqual({});
    expect(build(APP_EVENT, {}, { actionSource: 'business_messaging' }).userData).toEqual({});
  });

  test('messaging keys are read from the event for business_messaging only', () => {
    expect(build(MESSAGING_EVENT, {}, { actionSource: 'business_messaging' }).userData).toEqual({
      page_id: '11',
      ctwa_clid: 'c-1',
      ig_sid: 's-1',
    });
    expect(build(MESSAGING_EVENT, {}, { actionSource: 'app' }).userData).toEqual({});
  });

  test('the table and the variable set them for any event', () => {
    const fields = {
      userDataList: [{ name: 'madid', value: 'ad-2' }],
      userDataObject: { page_id: '22' },
    };
    expect(build({}, fields).userData).toEqual({ madid: 'ad-2', page_id: '22' });
  });
});

describe('event keys', () => {
  test('an event without user data is searched for every source, each key read once', () => {
    const reader = readerOf({});
    buildUserData(reader, {}, NOW_MS, 'website', {}, []);
    for (const key of ['user_data', 'x-fb-ud-em', 'email', 'user_id', 'x-fb-ud-fb-login-id']) {
      expect(reader.reads).toContain(key);
    }
    for (const key of ['anon_id', 'x-fb-ud-madid', 'x-fb-ud-page_id', 'ig_sid']) {
      expect(reader.reads).not.toContain(key);
    }
    expect(new Set(reader.reads).size).toBe(reader.reads.length);
    expect(reader.reads.filter((k) => EVENT_DATA_KEYS.indexOf(k) < 0)).toEqual([]);
  });

  test('auto-mapping off reads no event key', () => {
    const reader = readerOf(GA4_PURCHASE);
    buildUserData(reader, { autoMapUserData: false }, NOW_MS, 'website', {}, []);
    expect(reader.reads).toEqual([]);
  });

  test("Google's sha256_phone_number is no source", () => {
    expect(Object.values(USER_DATA_SOURCES).flat()).not.toContain('user_data.sha256_phone_number');
  });
});

describe('userDataStage', () => {
  test("adds to what the identity stage found, for the event's action source", () => {
    const ctx = testContext({
      eventData: { email: 'a@example.com', anon_id: 'anon-1' },
      fields: { userDataList: [{ name: 'client_user_agent', value: 'Table UA' }] },
      event: {
        action_source: 'app',
        user_data: { client_user_agent: 'Event UA', fbp: 'fb.1.1.1' },
      },
    });
    expect(userDataStage(ctx)).toBeUndefined();
    expect(ctx.event.user_data).toEqual({
      client_user_agent: 'Table UA',
      fbp: 'fb.1.1.1',
      em: sha256('a@example.com'),
      anon_id: 'anon-1',
    });
  });
});
