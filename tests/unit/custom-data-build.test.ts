/**
 * buildCustomData: GA4 and Meta sources, items → contents/content_ids/
 * num_items/content_type, precedence, auto-mapping switch, custom
 * properties, Purchase checks and bad input.
 */
import { describe, expect, test } from 'vitest';
import type { TagFields } from '../../template-src/context';
import { buildCustomData, customDataStage } from '../../template-src/custom-data/build-custom-data';
import type { Problem } from '../../template-src/lib/problems';
import { EVENT_DATA_KEYS } from '../../template-src/meta/sources';
import { readerOf, testContext, type EventData } from './context';

/** custom_data for an event named `eventName`; undefined when there is none to send. */
function build(
  eventData: EventData,
  fields: TagFields = {},
  eventName = 'Purchase',
  serverData: Record<string, unknown> = {},
) {
  const problems: Problem[] = [];
  const customData = buildCustomData(readerOf(eventData), fields, eventName, serverData, problems);
  return { customData, problems };
}

const GA4_PURCHASE = {
  event_name: 'purchase',
  value: 59.97,
  currency: 'usd',
  transaction_id: 'T-1001',
  items: [
    { item_id: 'SKU1', item_name: 'Shirt', price: 19.99, quantity: 2, item_brand: 'ACME' },
    { item_id: 'SKU2', item_name: 'Cap', price: '19.99' },
  ],
};

describe('GA4 ecommerce', () => {
  test('a purchase with items', () => {
    expect(build(GA4_PURCHASE)).toEqual({
      customData: {
        value: 59.97,
        currency: 'USD',
        content_ids: ['SKU1', 'SKU2'],
        contents: [
          { id: 'SKU1', quantity: 2, item_price: 19.99, title: 'Shirt', brand: 'ACME' },
          { id: 'SKU2', quantity: 1, item_price: 19.99, title: 'Cap' },
        ],
        content_type: 'product',
        num_items: 3,
        order_id: 'T-1001',
      },
      problems: [],
    });
  });

  test('items without an id are left out of contents, ids and num_items, and reported', () => {
    const result = build(
      {
        items: [
          { item_name: 'Shipping', quantity: 1 },
          { item_id: 'A', quantity: 4 },
        ],
      },
      {},
      'AddToCart',
    );
    expect(result.customData).toEqual({
      content_ids: ['A'],
      contents: [{ id: 'A', quantity: 4 }],
      content_type: 'product',
      num_items: 4,
    });
    expect(result.problems).toEqual([
      { key: 'custom_data.contents', reason: 'from items: row 1 has no usable id; left out' },
    ]);
  });

  test('no items with an id: no contents, content_ids or content_type', () => {
    const result = build({ items: [{ item_name: 'x' }] }, {}, 'ViewContent');
    expect(result.customData).toEqual({ content_name: 'x' });
  });

  test('ecommerce.items, value, currency and transaction_id when the top-level ones are missing', () => {
    const { customData } = build({
      ecommerce: {
        items: [{ item_id: 'E1', currency: 'EUR' }],
        value: '10,50',
        transaction_id: 99,
      },
    });
    expect(customData).toMatchObject({
      value: 10.5,
      currency: 'EUR',
      content_ids: ['E1'],
      order_id: '99',
    });
  });

  test('a custom item id key (e.g. WooCommerce SKU), falling back to item_id', () => {
    const { customData } = build(
      { items: [{ item_id: '17', sku: 'WOO-17' }, { item_id: '18' }] },
      { itemIdKey: 'sku' },
      'AddToCart',
    );
    expect(customData?.content_ids).toEqual(['WOO-17', '18']);
  });

  test('a lone item names the content; currency from the first item', () => {
    const { customData } = build(
      {
        items: [
          { item_id: 'A', item_name: 'Blue Shirt', item_category: 'Shirts', currency: 'gbp' },
        ],
      },
      {},
      'ViewContent',
    );
    expect(customData).toMatchObject({
      content_name: 'Blue Shirt',
      content_category: 'Shirts',
      currency: 'GBP',
    });
  });

  test('search_term → search_string', () => {
    expect(build({ search_term: 'red shoes' }, {}, 'Search').customData).toEqual({
      search_string: 'red shoes',
    });
  });

  test('content type field: product_group, or none', () => {
    const eventData = { items: [{ item_id: 'P1' }] };
    expect(
      build(eventData, { contentType: 'product_group' }, 'ViewContent').customData?.content_type,
    ).toBe('product_group');
    expect(
      build(eventData, { contentType: '' }, 'ViewContent').customData?.content_type,
    ).toBeUndefined();
    const bad = build(eventData, { contentType: 'thing' }, 'ViewContent');
    expect(bad.customData?.content_type).toBeUndefined();
    expect(bad.problems).toEqual([
      {
        key: 'custom_data.content_type',
        reason:
          'the content type field is not one of product, product_group, destination, flight, hotel, home_listing, vehicle',
      },
    ]);
  });
});

describe("Meta's x-fb-cd-* keys and custom_properties", () => {
  test('x-fb-cd-* win over GA4 keys; contents may be JSON text', () => {
    const { customData } = build({
      ...GA4_PURCHASE,
      'x-fb-cd-contents': '[{"id":"M1","quantity":3,"item_price":2}]',
      'x-fb-cd-content_type': 'product_group',
      'x-fb-cd-num_items': '5',
      'x-fb-cd-predicted_ltv': '120.5',
      'x-fb-cd-status': 'registered',
      'x-fb-cd-delivery_category': 'in_store',
      'x-fb-cd-content_category': 'Apparel',
    });
    expect(customData).toEqual({
      value: 59.97,
      currency: 'USD',
      content_ids: ['M1'],
      contents: [{ id: 'M1', quantity: 3, item_price: 2 }],
      content_type: 'product_group',
      num_items: 5,
      content_category: 'Apparel',
      order_id: 'T-1001',
      predicted_ltv: 120.5,
      status: 'registered',
      delivery_category: 'in_store',
    });
  });

  test('other x-fb-cd-* keys and custom_properties become custom properties', () => {
    const { customData, problems } = build(
      {
        'x-fb-cd-checkin_date': '2026-12-01',
        'x-fb-cd-': 'ignored',
        custom_properties: '{"plan":"pro","seats":5,"value":"12","checkin_date":"other"}',
      },
      {},
      'Subscribe',
    );
    expect(customData).toEqual({ value: 12, plan: 'pro', seats: 5, checkin_date: 'other' });
    expect(problems).toEqual([]);
  });

  test('only standard x-fb-cd-* keys are read: the tag reads event data key by key', () => {
    const { customData } = build(
      { 'x-fb-cd-checkin_date': '2026-12-01', custom_properties: { plan: 'pro' } },
      {},
      'Lead',
    );
    expect(customData).toEqual({ plan: 'pro' });
  });
});

describe('precedence', () => {
  test('table > variable > event, for standard keys and custom properties', () => {
    const { customData } = build(
      { ...GA4_PURCHASE, custom_properties: { tier: 'event', campaign: 'spring' } },
      {
        customDataObject: { value: '40', tier: 'object', currency: 'EUR' },
        customDataList: [
          { name: 'value', value: '50.00' },
          { name: 'tier', value: 'table' },
          { name: 'content_ids', value: 'X1, X2' },
        ],
      },
    );
    expect(customData).toMatchObject({
      value: 50,
      currency: 'EUR',
      content_ids: ['X1', 'X2'],
      tier: 'table',
      campaign: 'spring',
    });
    expect(customData?.num_items).toBe(3);
  });

  test('the variable may be JSON text; a bad one is reported', () => {
    expect(build({}, { customDataObject: '{"value": 5, "currency": "usd"}' }).customData).toEqual({
      value: 5,
      currency: 'USD',
    });
    const bad = build({}, { customDataObject: 'not json' }, 'Lead');
    expect(bad).toEqual({
      customData: undefined,
      problems: [
        { key: 'custom_data', reason: 'the custom data variable is not an object; ignored' },
      ],
    });
  });

  test('an unusable override falls back to the event and is reported', () => {
    const result = build(GA4_PURCHASE, {
      customDataList: [{ name: 'currency', value: 'dollars' }],
    });
    expect(result.customData?.currency).toBe('USD');
    expect(result.problems).toEqual([
      {
        key: 'custom_data.currency',
        reason: 'from the custom data table: not an ISO 4217 currency code',
      },
    ]);
  });

  test('contents from the table derive content_ids and num_items', () => {
    const { customData } = build(
      {},
      { customDataList: [{ name: 'contents', value: '[{"id":"T1","quantity":2}]' }] },
      'AddToCart',
    );
    expect(customData).toEqual({
      content_ids: ['T1'],
      contents: [{ id: 'T1', quantity: 2 }],
      content_type: 'product',
      num_items: 2,
    });
  });

  test('auto-mapping off: only the table and the variable count', () => {
    const result = build(GA4_PURCHASE, {
      autoMapCustomData: false,
      customDataList: [{ name: 'value', value: '1' }],
    });
    expect(result.customData).toEqual({ value: 1 });
    expect(result.problems).toEqual([]);
  });
});

describe('Purchase value and currency', () => {
  // Since issue 13 the checks stage, not this builder, refuses a Purchase without them (checks.test.ts).
  test('a Purchase without value and currency is built without them, and not reported here', () => {
    expect(build({ transaction_id: 'T' })).toEqual({
      customData: { order_id: 'T' },
      problems: [],
    });
  });

  test('value 0 counts as a value: it is not replaced by the priced items', () => {
    const { customData, problems } = build({
      value: 0,
      currency: 'USD',
      items: [{ item_id: 'A', price: 5 }],
    });
    expect(customData?.value).toBe(0);
    expect(problems).toEqual([]);
  });

  test('other events without value are fine', () => {
    expect(build({}, {}, 'PageView')).toEqual({ customData: undefined, problems: [] });
  });
});

describe('bad input', () => {
  test.each([
    [{}],
    [{ value: null, currency: undefined, items: null, custom_properties: '' }],
    [{ items: [], ecommerce: { items: [] }, custom_properties: {} }],
  ])('event data %j gives no custom_data', (eventData) => {
    expect(build(eventData, {}, 'PageView')).toEqual({ customData: undefined, problems: [] });
  });

  // As in 0.1.0: a top-level value that is not an object has no `ecommerce.<member>`
  // (value, currency, transaction_id).
  test.each([[{ ecommerce: '19.99' }], [{ ecommerce: 'USD' }]])(
    'event data %j gives no custom_data (0.1.0)',
    (eventData) => {
      expect(build(eventData, {}, 'Lead')).toEqual({ customData: undefined, problems: [] });
    },
  );

  test('NaN, objects and long strings are left out and named; the rest still goes out', () => {
    const result = build({
      value: NaN,
      currency: { code: 'USD' },
      transaction_id: 'x'.repeat(600),
      search_term: 'ok',
      items: 'not a list',
      custom_properties: { fn: () => 1, deep: { a: 'b'.repeat(6000) }, fine: [1, 2] },
    });
    expect(result.customData).toEqual({ search_string: 'ok', fine: [1, 2] });
    expect(result.problems).toEqual([
      { key: 'custom_data.contents', reason: 'from items: not a list' },
      { key: 'custom_data.value', reason: 'from value: not a number' },
      { key: 'custom_data.currency', reason: 'from currency: not an ISO 4217 currency code' },
      {
        key: 'custom_data.order_id',
        reason: 'from transaction_id: not text of at most 500 characters',
      },
      { key: 'custom_data.fn', reason: 'from custom_properties: an unusable function' },
      { key: 'custom_data.deep', reason: 'from custom_properties: an unusable object' },
    ]);
  });

  test('keys that shadow Object.prototype members do not break anything', () => {
    const eventData = JSON.parse(
      '{"hasOwnProperty": 1, "x-fb-cd-hasOwnProperty": "a", "x-fb-cd-__proto__": {"polluted": 1}, "custom_properties": {"hasOwnProperty": "b", "toString": "c", "__proto__": {"x": 1}, "plan": "pro"}, "value": 3, "currency": "USD"}',
    );
    const { customData } = build(eventData, {
      customDataList: [
        { name: 'hasOwnProperty', value: 'd' },
        { name: '__proto__', value: 'e' },
      ],
      customDataObject: JSON.parse('{"hasOwnProperty": "f"}'),
    });
    expect(customData).toEqual({
      value: 3,
      currency: 'USD',
      hasOwnProperty: 'd',
      toString: 'c',
      plan: 'pro',
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('event keys', () => {
  test('an event without custom data is searched for every source, each key read once', () => {
    const reader = readerOf({});
    buildCustomData(reader, {}, 'Purchase', {}, []);
    for (const key of [
      'value',
      'currency',
      'transaction_id',
      'search_term',
      'items',
      'ecommerce',
      'custom_properties',
      'x-fb-cd-contents',
    ]) {
      expect(reader.reads).toContain(key);
    }
    expect(new Set(reader.reads).size).toBe(reader.reads.length);
    expect(reader.reads.filter((k) => EVENT_DATA_KEYS.indexOf(k) < 0)).toEqual([]);
  });

  test('auto-mapping off reads no event key', () => {
    const reader = readerOf(GA4_PURCHASE);
    buildCustomData(reader, { autoMapCustomData: false }, 'Purchase', {}, []);
    expect(reader.reads).toEqual([]);
  });

  test('a key found stops the search for that key', () => {
    const reader = readerOf({ 'x-fb-cd-order_id': 'A1' });
    expect(buildCustomData(reader, {}, 'Lead', {}, [])).toEqual({ order_id: 'A1' });
    for (const later of ['transaction_id', 'order_id']) expect(reader.reads).not.toContain(later);
  });
});

describe('customDataStage', () => {
  test('sets custom_data for the event name the event-name stage resolved', () => {
    // Only a Purchase takes its value from its priced items.
    const items = [{ item_id: 'A', price: 5, quantity: 2 }];
    const purchase = testContext({ eventData: { items }, event: { event_name: 'Purchase' } });
    expect(customDataStage(purchase)).toBeUndefined();
    expect(purchase.event.custom_data?.value).toBe(10);
    expect(purchase.problems).toEqual([]);
    const lead = testContext({ eventData: { items }, event: { event_name: 'Lead' } });
    expect(customDataStage(lead)).toBeUndefined();
    expect(lead.event.custom_data).not.toHaveProperty('value');
  });

  test('leaves custom_data out when there is nothing to send', () => {
    const ctx = testContext({ event: { event_name: 'PageView' } });
    expect(customDataStage(ctx)).toBeUndefined();
    expect(ctx.event).not.toHaveProperty('custom_data');
  });
});
