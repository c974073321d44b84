/**
 * Event enhancement through the BUILT template: the _capi_eec cookie keeps
 * only SHA-256 hashes of match keys, fills keys missing from later events of
 * the browser, never overrides the current event, and forgets keys after the
 * configured lifetime.
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { metaOk, runTag, type TagRun } from '../helpers/tag';

const NOW = Date.UTC(2026, 0, 15, 12, 0, 0, 123);
const NOW_S = Math.floor(NOW / 1000);
const DAY = 86400;
const COOKIE = '_capi_eec';
/** Keys the cookie may hold: the hashed person-level keys, never IP, UA, fbc or fbp. */
const STORABLE = ['em', 'ph', 'fn', 'ln', 'ct', 'st', 'zp', 'country', 'ge', 'db', 'external_id'];
const SHA256_HEX = /^[0-9a-f]{64}$/;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const JANE = sha256('jane@example.com');
const JOHN = sha256('john@example.com');

const RAW_PERSON = {
  user_data: {
    email_address: ' Jane@Example.com ',
    phone_number: '+1 (650) 555-1234',
    address: {
      first_name: 'Jane',
      last_name: 'Doe',
      city: 'Paris',
      region: 'Île-de-France',
      postal_code: '75001',
      country: 'FR',
    },
    gender: 'female',
    date_of_birth: '1990-04-21',
  },
  external_id: 'customer-4711',
};

interface Options {
  fields?: Record<string, unknown>;
  eventData?: Record<string, unknown>;
  cookie?: string | string[];
  now?: number;
}

function send(options: Options = {}): TagRun {
  return runTag({
    now: options.now ?? NOW,
    responses: metaOk(),
    cookies: options.cookie === undefined ? {} : { [COOKIE]: options.cookie },
    fields: {
      pixels: [{ pixelId: '123', accessToken: 'TOK' }],
      logMode: 'always',
      enableEventEnhancement: true,
      ...options.fields,
    },
    eventData: {
      event_name: 'page_view',
      client_id: '1234567890.1767000000',
      user_agent: 'Mozilla/5.0',
      ip_override: '203.0.113.9',
      page_location: 'https://www.example.com/?fbclid=AbC123',
      ...options.eventData,
    },
  });
}

function userData(run: TagRun): Record<string, any> {
  expect(run.outcome).toBe('success');
  expect(run.metaRequests).toHaveLength(1);
  return run.metaRequests[0].body.data[0].user_data;
}

function enhancementCookies(run: TagRun) {
  return run.cookiesSet.filter((c) => c.name === COOKIE);
}

/** The cookie's content: base64 of JSON. */
function decode(value: string): Record<string, { v: unknown[]; t: number }> {
  return JSON.parse(Buffer.from(value, 'base64').toString('utf8'));
}

function encode(content: unknown): string {
  return Buffer.from(JSON.stringify(content)).toString('base64');
}

function problemKeys(run: TagRun): string[] {
  return run.logs
    .map((l) => JSON.parse(l.text))
    .filter((line) => line.type === 'problems')
    .flatMap((line) => line.problems.map((p: { key: string }) => p.key));
}

/** Every stored value is a bare SHA-256 hex, under a storable key, with a sane time. */
function expectOnlyHashes(cookieValue: string): void {
  const content = decode(cookieValue);
  for (const [key, entry] of Object.entries(content)) {
    expect(STORABLE).toContain(key);
    expect(Object.keys(entry).sort()).toEqual(['t', 'v']);
    expect(entry.v.length).toBeGreaterThan(0);
    for (const v of entry.v) expect(v).toMatch(SHA256_HEX);
    expect(Number.isInteger(entry.t)).toBe(true);
  }
}

describe('event enhancement off (the default)', () => {
  it('neither reads nor writes the cookie', () => {
    const cookie = encode({ em: { v: [JANE], t: NOW_S } });
    const run = send({ fields: { enableEventEnhancement: undefined }, cookie });
    expect(userData(run)).not.toHaveProperty('em');
    const withEmail = send({
      fields: { enableEventEnhancement: false },
      eventData: { user_data: { email_address: 'jane@example.com' } },
    });
    expect(userData(withEmail).em).toBe(JANE);
    expect(enhancementCookies(withEmail)).toEqual([]);
  });
});

describe('the cookie', () => {
  it('stores only hashes of the event’s match keys, HttpOnly and Secure', () => {
    const run = send({ eventData: RAW_PERSON });
    const sent = userData(run);
    const [cookie] = enhancementCookies(run);
    expect(cookie.options).toEqual({
      domain: 'auto',
      path: '/',
      'max-age': 30 * DAY,
      secure: true,
      samesite: 'Lax',
      httpOnly: true,
    });
    expectOnlyHashes(cookie.value);
    const content = decode(cookie.value);
    expect(Object.keys(content).sort()).toEqual(
      ['em', 'ph', 'fn', 'ln', 'ct', 'st', 'zp', 'country', 'ge', 'db', 'external_id'].sort(),
    );
    for (const key of Object.keys(content)) {
      expect(content[key]).toEqual({ v: [sent[key]].flat(), t: NOW_S });
    }
    const text = Buffer.from(cookie.value, 'base64').toString('utf8').toLowerCase();
    for (const raw of ['jane', 'doe', 'paris', '5551234', '75001', 'customer-4711', '1990']) {
      expect(text).not.toContain(raw);
    }
  });

  it('never stores IP, user agent, fbc, fbp or other plain identifiers', () => {
    const run = send({
      eventData: { ...RAW_PERSON, lead_id: '123456', 'x-fb-ud-madid': 'abc-def' },
    });
    const content = decode(enhancementCookies(run)[0].value);
    for (const key of [
      'client_ip_address',
      'client_user_agent',
      'fbc',
      'fbp',
      'lead_id',
      'madid',
    ]) {
      expect(content).not.toHaveProperty(key);
    }
  });

  it('does not store an external_id sent unhashed', () => {
    const run = send({
      fields: { hashExternalId: false },
      eventData: { user_data: { email_address: 'jane@example.com' }, external_id: 'customer-4711' },
    });
    expect(userData(run).external_id).toBe('customer-4711');
    const content = decode(enhancementCookies(run)[0].value);
    expect(Object.keys(content)).toEqual(['em']);
  });

  it('is not written for an event without hashed keys', () => {
    expect(enhancementCookies(send())).toEqual([]);
  });

  it('uses the configured lifetime and domain', () => {
    const run = send({
      fields: { enhancementMaxAgeDays: '7', cookieDomain: 'example.com' },
      eventData: { user_data: { email_address: 'jane@example.com' } },
    });
    expect(enhancementCookies(run)[0].options).toMatchObject({
      domain: 'example.com',
      'max-age': 7 * DAY,
      httpOnly: true,
    });
  });

  it('holds nothing but 64-hex hashes whatever the event carries', () => {
    const text = fc.oneof(fc.string(), fc.emailAddress(), fc.stringMatching(/^[0-9a-f]{64}$/));
    const value = fc.oneof(text, fc.integer(), fc.array(text, { maxLength: 3 }));
    fc.assert(
      fc.property(
        fc.record({
          email_address: value,
          phone_number: value,
          first_name: value,
          city: value,
          external_id: value,
        }),
        (raw) => {
          const { external_id: externalId, ...rest } = raw;
          const run = send({ eventData: { user_data: rest, external_id: externalId } });
          for (const cookie of enhancementCookies(run)) expectOnlyHashes(cookie.value);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('filling later events', () => {
  it('adds the remembered keys to an event that lacks them', () => {
    const first = send({ eventData: RAW_PERSON });
    const remembered = userData(first);
    const later = send({ cookie: enhancementCookies(first)[0].encodedValue, now: NOW + 60000 });
    const sent = userData(later);
    for (const key of ['em', 'ph', 'fn', 'ln', 'ct', 'st', 'zp', 'country', 'ge', 'db']) {
      expect([sent[key]].flat()).toEqual([remembered[key]].flat());
    }
    expect(sent.external_id).toEqual([remembered.external_id].flat());
  });

  it('the current event wins, and the cookie then remembers the current value', () => {
    const cookie = encode({
      em: { v: [JANE], t: NOW_S - 3600 },
      ph: { v: [sha256('16505551234')], t: NOW_S - 3600 },
    });
    const run = send({ cookie, eventData: { user_data: { email_address: 'john@example.com' } } });
    const sent = userData(run);
    expect(sent.em).toBe(JOHN);
    expect([sent.ph].flat()).toEqual([sha256('16505551234')]);
    const content = decode(enhancementCookies(run)[0].value);
    expect(content.em).toEqual({ v: [JOHN], t: NOW_S });
    expect(content.ph).toEqual({ v: [sha256('16505551234')], t: NOW_S - 3600 });
  });

  it('a user data table value counts as the current event', () => {
    const cookie = encode({ em: { v: [JANE], t: NOW_S } });
    const run = send({
      cookie,
      fields: { userDataList: [{ name: 'em', value: 'john@example.com' }] },
    });
    expect([userData(run).em].flat()).toEqual([JOHN]);
  });

  it('forgets keys older than the lifetime, each on its own', () => {
    const cookie = encode({
      em: { v: [JANE], t: NOW_S - 2 * DAY },
      ph: { v: [sha256('16505551234')], t: NOW_S - DAY / 2 },
    });
    const sent = userData(send({ cookie, fields: { enhancementMaxAgeDays: 1 } }));
    expect(sent).not.toHaveProperty('em');
    expect([sent.ph].flat()).toEqual([sha256('16505551234')]);
    const defaultLifetime = userData(
      send({ cookie: encode({ em: { v: [JANE], t: NOW_S - 31 * DAY } }) }),
    );
    expect(defaultLifetime).not.toHaveProperty('em');
  });

  it('takes the first cookie value that holds live keys', () => {
    const stale = encode({ em: { v: [JOHN], t: NOW_S - 90 * DAY } });
    const live = encode({ em: { v: [JANE], t: NOW_S } });
    const sent = userData(send({ cookie: ['not base64 !', stale, live] }));
    expect([sent.em].flat()).toEqual([JANE]);
  });

  it('trusts nothing in a forged or broken cookie', () => {
    const forged = [
      encode({ em: { v: ['jane@example.com'], t: NOW_S } }),
      encode({ em: { v: [JANE.toUpperCase()], t: NOW_S } }),
      encode({ em: { v: [JANE], t: 'now' } }),
      encode({ em: { v: [JANE], t: NOW_S + DAY } }),
      encode({ fbc: { v: [JANE], t: NOW_S }, client_ip_address: { v: [JANE], t: NOW_S } }),
      encode([{ em: JANE }]),
      encode('em'),
      Buffer.from('{"em":').toString('base64'),
      'eyJ',
      '',
    ];
    for (const cookie of forged) {
      const run = send({ cookie });
      const sent = userData(run);
      for (const key of ['em', 'fn', 'ph']) expect(sent).not.toHaveProperty(key);
      expect(sent).not.toHaveProperty('client_ip_address', JANE);
      expect(sent.fbc).not.toBe(JANE);
      if (cookie !== '') expect(problemKeys(run)).toContain(COOKIE);
    }
  });

  it('fills nothing after a consent refusal, and writes no cookie', () => {
    const run = runTag({
      now: NOW,
      cookies: { [COOKIE]: encode({ em: { v: [JANE], t: NOW_S } }) },
      fields: {
        pixels: [{ pixelId: '123', accessToken: 'TOK' }],
        enableEventEnhancement: true,
        consentMode: 'adStorage',
      },
      eventData: { event_name: 'page_view', 'x-ga-gcs': 'G100', ...RAW_PERSON },
    });
    expect(run.outcome).toBe('success');
    expect(run.requests).toEqual([]);
    expect(run.cookiesSet).toEqual([]);
  });
});
