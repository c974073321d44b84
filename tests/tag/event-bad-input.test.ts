/**
 * Bad event data through the BUILT template: objects where text belongs,
 * NaN, very long strings, lists of mixed types, null, malformed emails and
 * phones, items without ids. The bad value is dropped, the event still goes
 * out with everything else, the tag never errors, and the log (logMode
 * 'always') names the dropped key but never the raw value.
 */
import { describe, expect, it } from 'vitest';
import {
  BROWSER_USER_DATA,
  DERIVED_EVENT_ID,
  logLines,
  logText,
  loggedProblems,
  problemKeys,
  send,
  sentEvent,
  sha256,
} from './event-fixtures';

/** A sendable base: the good values the bad ones sit beside. */
const GOOD = {
  event_name: 'purchase',
  value: 25,
  currency: 'USD',
  transaction_id: 'T-9',
  user_data: { email_address: 'good@example.com' },
  items: [{ item_id: 'OK-1', quantity: 1, price: 25 }],
};

interface BadCase {
  name: string;
  /** Merged over GOOD. */
  eventData: Record<string, unknown>;
  /** Tag fields, when the case needs any. */
  fields?: Record<string, unknown>;
  /** The problem key the log must name. */
  droppedKey: string;
  /** Text that must appear in no log line. */
  raw: string[];
  /** What the sent event must still look like. */
  expectSent: (event: Record<string, any>) => void;
}

const hasGoodEmail = (event: Record<string, any>) =>
  expect(event.user_data.em).toBe(sha256('good@example.com'));
const hasGoodCustomData = (event: Record<string, any>) =>
  expect(event.custom_data).toMatchObject({ value: 25, currency: 'USD', order_id: 'T-9' });

const CASES: BadCase[] = [
  {
    name: 'an object as the email',
    eventData: { user_data: { email_address: { address: 'hidden.person@example.com' } } },
    droppedKey: 'user_data.em',
    raw: ['hidden.person@example.com'],
    expectSent: (event) => {
      expect(event.user_data).toEqual(BROWSER_USER_DATA);
      hasGoodCustomData(event);
    },
  },
  {
    name: 'NaN as the phone',
    eventData: { user_data: { email_address: 'good@example.com', phone_number: NaN } },
    droppedKey: 'user_data.ph',
    raw: ['NaN'],
    expectSent: (event) => {
      hasGoodEmail(event);
      expect(event.user_data).not.toHaveProperty('ph');
    },
  },
  {
    name: 'a very long email',
    eventData: {
      user_data: {
        email_address: 'longlocalpart'.repeat(30) + '@example.com',
        phone_number: '+16505551212',
      },
    },
    droppedKey: 'user_data.em',
    raw: ['longlocalpartlonglocalpart'],
    expectSent: (event) => {
      expect(event.user_data).not.toHaveProperty('em');
      expect(event.user_data.ph).toBe(sha256('16505551212'));
    },
  },
  {
    name: 'a 1 MB first name',
    eventData: {
      user_data: {
        email_address: 'good@example.com',
        address: { first_name: 'Q'.repeat(1 << 20) },
      },
    },
    droppedKey: 'user_data.fn',
    raw: ['QQQQQQQQ'],
    expectSent: (event) => {
      hasGoodEmail(event);
      expect(event.user_data).not.toHaveProperty('fn');
    },
  },
  {
    name: 'a phone list of mixed types',
    eventData: {
      user_data: {
        email_address: 'good@example.com',
        phone_number: [
          '+1 650 555 1212',
          { n: '+33 6 12 34 56 78' },
          null,
          ['+44 20 7946 0958'],
          'call me maybe',
        ],
      },
    },
    droppedKey: 'user_data.ph',
    raw: ['call me maybe', '612345678', '2079460958'],
    expectSent: (event) => {
      hasGoodEmail(event);
      expect(event.user_data.ph).toBe(sha256('16505551212'));
    },
  },
  {
    name: 'malformed emails',
    eventData: {
      user_data: {
        email_address: [
          'jane@@example.com',
          'jane.example.com',
          'jane@localhost',
          'good@example.com',
        ],
      },
    },
    droppedKey: 'user_data.em',
    raw: ['jane@@example.com', 'jane.example.com', 'jane@localhost'],
    expectSent: hasGoodEmail,
  },
  {
    name: 'malformed phones',
    eventData: {
      user_data: {
        email_address: 'good@example.com',
        phone_number: ['12-34', 'phone: n/a', 'jane@example.com'],
      },
    },
    droppedKey: 'user_data.ph',
    raw: ['12-34', 'phone: n/a', 'jane@example.com'],
    expectSent: (event) => {
      hasGoodEmail(event);
      expect(event.user_data).not.toHaveProperty('ph');
    },
  },
  {
    name: 'address values that normalize to nothing or name nothing',
    eventData: {
      user_data: {
        email_address: 'good@example.com',
        address: {
          first_name: '!!! ???',
          country: 'Atlantisland',
          postal_code: '-',
          region: 'Bavaria',
        },
      },
      gender: 'unknownish',
      date_of_birth: '31/02/1990',
    },
    droppedKey: 'user_data.country',
    raw: ['Atlantisland', 'unknownish', '31/02/1990'],
    expectSent: (event) => {
      hasGoodEmail(event);
      expect(event.user_data.st).toBe(sha256('bavaria'));
      for (const key of ['fn', 'country', 'zp', 'ge', 'db']) {
        expect(event.user_data).not.toHaveProperty(key);
      }
    },
  },
  // Since issue 13 a Purchase whose value is dropped takes the sum of its priced items (GOOD's
  // one item: 25), and one whose currency is dropped the Default currency field.
  {
    name: 'an object as the value',
    eventData: { value: { amount: 99 } },
    droppedKey: 'custom_data.value',
    raw: ['amount'],
    expectSent: (event) => {
      hasGoodEmail(event);
      expect(event.custom_data).toMatchObject({ value: 25, currency: 'USD', order_id: 'T-9' });
    },
  },
  {
    name: 'NaN and text as numbers',
    eventData: { value: NaN, predicted_ltv: 'lots', num_items: 2.5 },
    droppedKey: 'custom_data.value',
    raw: ['lots'],
    expectSent: (event) => {
      expect(event.custom_data.value).toBe(25);
      expect(event.custom_data).not.toHaveProperty('predicted_ltv');
      expect(event.custom_data.num_items).toBe(1);
    },
  },
  {
    name: 'a currency that is no ISO code',
    eventData: { currency: 'US$ dollars' },
    fields: { defaultCurrency: 'EUR' },
    droppedKey: 'custom_data.currency',
    raw: ['US$ dollars'],
    expectSent: (event) => {
      expect(event.custom_data.currency).toBe('EUR');
      expect(event.custom_data.value).toBe(25);
    },
  },
  {
    name: 'a very long transaction id',
    eventData: { transaction_id: 'TX'.repeat(400) },
    droppedKey: 'custom_data.order_id',
    raw: ['TXTXTXTX'],
    expectSent: (event) => {
      expect(event.custom_data).not.toHaveProperty('order_id');
      expect(event.custom_data.value).toBe(25);
    },
  },
  {
    name: 'items of mixed types and without ids',
    eventData: {
      items: [
        null,
        'SKU-STRING',
        42,
        [{ item_id: 'NESTED' }],
        { item_name: 'No Id Product' },
        { item_id: { sku: 'OBJ-ID' } },
        { item_id: NaN },
        { item_id: 'OK-2', quantity: 'several', price: 'cheap' },
      ],
    },
    droppedKey: 'custom_data.contents',
    raw: ['No Id Product', 'OBJ-ID', 'several', 'cheap'],
    expectSent: (event) => {
      expect(event.custom_data.contents).toEqual([{ id: 'OK-2', quantity: 1 }]);
      expect(event.custom_data.content_ids).toEqual(['OK-2']);
      expect(event.custom_data.num_items).toBe(1);
      hasGoodCustomData(event);
    },
  },
  {
    name: 'content_ids of mixed types',
    eventData: { content_ids: ['A', 1, null, { id: 'HIDDEN-ID' }, ['B'], NaN] },
    droppedKey: 'custom_data.content_ids',
    raw: ['HIDDEN-ID'],
    expectSent: (event) => expect(event.custom_data.content_ids).toEqual(['A', '1']),
  },
  {
    name: 'custom_properties that are not an object',
    eventData: { custom_properties: 'plan=secretplan' },
    droppedKey: 'custom_data',
    raw: ['secretplan'],
    expectSent: hasGoodCustomData,
  },
  {
    name: 'x-fb-cd-contents that is not JSON',
    eventData: { 'x-fb-cd-contents': '[{"id": "BROKEN' },
    droppedKey: 'custom_data.contents',
    raw: ['BROKEN'],
    expectSent: (event) => expect(event.custom_data.content_ids).toEqual(['OK-1']),
  },
];

describe('a bad value is dropped, the event still goes out', () => {
  it.each(CASES)('$name', ({ eventData, fields, droppedKey, raw, expectSent }) => {
    const run = send({ ...GOOD, ...eventData }, { fields });
    const event = sentEvent(run);
    expect(event.event_name).toBe('Purchase');
    expectSent(event);
    expect(problemKeys(run)).toContain(droppedKey);
    const text = logText(run);
    for (const value of raw) expect(text).not.toContain(value);
  });

  it('null values are simply absent: nothing is logged about them (only the derived event_id)', () => {
    const run = send({
      event_name: 'page_view',
      user_data: { email_address: null, phone_number: null, address: null },
      items: null,
      value: null,
      currency: null,
      email: null,
    });
    expect(sentEvent(run)).toMatchObject({ event_name: 'PageView', user_data: BROWSER_USER_DATA });
    expect(sentEvent(run)).not.toHaveProperty('custom_data');
    expect(loggedProblems(run)).toEqual([DERIVED_EVENT_ID]);
  });

  it.each([
    ['user_data a string', { user_data: 'jane@example.com' }],
    ['user_data a list', { user_data: [{ email_address: 'jane@example.com' }] }],
    ['address a string', { user_data: { address: '1 Main St, Springfield' } }],
    ['items an object', { items: { item_id: 'A' } }],
    ['ecommerce a number', { ecommerce: 7 }],
  ])('%s: ignored, the event still goes out', (_name, eventData) => {
    const run = send({ event_name: 'page_view', ...eventData });
    expect(sentEvent(run).user_data).toEqual(BROWSER_USER_DATA);
  });
});

// Since issue 13 Meta's rejection is foreseen: such a Purchase is not sent (0.1.0 sent it).
describe('a Purchase without value or currency', () => {
  function expectNotSent(run: ReturnType<typeof send>): void {
    expect(run.outcome).toBe('failure');
    expect([run.gtmOnSuccessCalls, run.gtmOnFailureCalls]).toEqual([0, 1]);
    expect(run.requests).toEqual([]);
    const notSent = logLines(run).filter((l) => l.type === 'not_sent');
    expect(notSent).toHaveLength(1);
    expect(notSent[0].reason).toContain('a Purchase without value; a Purchase without currency');
  }

  it('is not sent: failure, both named in the log', () => {
    const run = send({ event_name: 'purchase', transaction_id: 'T-1' });
    expectNotSent(run);
    expect(loggedProblems(run)).toEqual(
      expect.arrayContaining([
        { key: 'custom_data.value', reason: expect.stringContaining('Purchase without a value') },
        {
          key: 'custom_data.currency',
          reason: expect.stringContaining('Purchase without a currency'),
        },
      ]),
    );
  });

  it('with neither custom data at all, not sent either', () => {
    const run = send({ event_name: 'purchase' });
    expectNotSent(run);
    expect(problemKeys(run)).toEqual(
      expect.arrayContaining(['custom_data.value', 'custom_data.currency']),
    );
  });

  it('a non-Purchase without value is no problem', () => {
    const run = send({ event_name: 'add_to_cart', items: [{ item_id: 'A' }] });
    sentEvent(run);
    expect(loggedProblems(run)).toEqual([DERIVED_EVENT_ID]);
  });
});

describe('junk in bulk cannot flood the log or stall the tag (regression)', () => {
  it('thousands of bad emails, junk items and ids: a few problems, a short log', () => {
    const run = send({
      ...GOOD,
      user_data: {
        email_address: Array.from({ length: 3000 }, (_, i) => (i % 2 ? 'bad' + i : { i })),
      },
      items: Array.from({ length: 3000 }, (_, i) => ({ item_name: 'junk ' + i })),
      content_ids: Array.from({ length: 30000 }, (_, i) => 'ID' + i),
    });
    const event = sentEvent(run);
    expect(event.user_data).not.toHaveProperty('em');
    expect(event.custom_data.content_ids).toHaveLength(200);
    expect(event.custom_data).not.toHaveProperty('contents');
    expect(loggedProblems(run).length).toBeLessThan(20);
    expect(logText(run).length).toBeLessThan(5000);
  });

  it('a huge item list sends at most 200 contents rows', () => {
    const run = send({
      ...GOOD,
      items: Array.from({ length: 5000 }, (_, i) => ({ item_id: 'S' + i, quantity: 1 })),
    });
    const event = sentEvent(run);
    expect(event.custom_data.contents).toHaveLength(200);
    expect(event.custom_data.num_items).toBe(200);
    expect(loggedProblems(run)).toContainEqual({
      key: 'custom_data.contents',
      reason: 'from items: row 201 and later rows left out (over 200)',
    });
  });
});

describe('the event name', () => {
  it.each([
    ['an object', { name: 'purchase' }],
    ['a list', ['purchase']],
    ['null', null],
    ['NaN', NaN],
  ])('%s: not sent, failure, the key named', (_name, eventName) => {
    const run = send({ ...GOOD, event_name: eventName });
    expect(run.outcome).toBe('failure');
    expect(run.gtmOnFailureCalls).toBe(1);
    expect(run.gtmOnSuccessCalls).toBe(0);
    expect(run.requests).toEqual([]);
    expect(logText(run)).toContain('{"key":"event_name","reason":"missing or not text"}');
    expect(logText(run)).toContain('"type":"not_sent"');
  });

  it('missing: the problems found before it are logged too, consent ones included', () => {
    const run = send(
      { ...GOOD, event_name: undefined, consent_state: { ad_storage: 'maybe' } },
      { fields: { consentMode: 'adStorage', consentWhenAbsent: 'send' } },
    );
    expect(run.outcome).toBe('failure');
    expect(run.requests).toEqual([]);
    expect(loggedProblems(run)).toEqual([
      { key: 'consent_state.ad_storage', reason: 'malformed consent signal; treated as absent' },
      { key: 'event_name', reason: 'missing or not text' },
    ]);
  });
});
