/** The custom_data value checks: numbers, currency, contents rows, standard keys. */
import { describe, expect, test } from 'vitest';
import {
  MAX_CONTENTS,
  MAX_ROWS_REPORTED,
  normalizeContents,
} from '../../template-src/custom-data/contents';
import { parseDecimal } from '../../template-src/custom-data/parse-decimal';
import { normalizeCustomValue } from '../../template-src/custom-data/values';
import { currencyCode } from '../../template-src/meta/formats';
import type { Problem } from '../../template-src/lib/problems';

describe('parseDecimal', () => {
  test.each([
    [12.5, 12.5],
    [0, 0],
    [-3, -3],
    ['12.50', 12.5],
    [' 12.50 ', 12.5],
    ['12,50', 12.5],
    ['1,234.56', 1234.56],
    ['1.234,56', 1234.56],
    ['1 234,56', 1234.56],
    ['1,234', 1234],
    ['1,234,567', 1234567],
    ['1.234.567', 1234567],
    ['0,5', 0.5],
    ['.5', 0.5],
    ['5.', 5],
    ['-12.5', -12.5],
    ['+7', 7],
    ['0012', 12],
    ['1 234 567,89', 1234567.89],
    ['1\u202f234,5', 1234.5],
    ['- 5', -5],
    ['515  9624', undefined],
    ['12 34', undefined],
    [' . 836', undefined],
    ['7.465,', undefined],
    ['1.23.4', undefined],
    ['12,3456.7', undefined],
    ['', undefined],
    ['.', undefined],
    ['abc', undefined],
    ['$12', undefined],
    ['12 EUR', undefined],
    ['1e3', undefined],
    ['0x10', undefined],
    ['Infinity', undefined],
    [NaN, undefined],
    [Infinity, undefined],
    [true, undefined],
    [null, undefined],
    [{}, undefined],
    [['12'], undefined],
    ['9'.repeat(31), undefined],
  ])('%j → %j', (input, expected) => {
    expect(parseDecimal(input)).toBe(expected);
  });
});

describe('currencyCode', () => {
  test.each([
    ['USD', 'USD'],
    ['usd', 'USD'], // [V]
    [' eur ', 'EUR'],
    ['u.s.d', 'USD'], // [V]
    ['VES', 'VES'],
    ['US$', undefined], // [V]
    ['xyz', undefined], // [V]
    ['$', undefined],
    ['€', undefined],
    ['XXX', undefined],
    ['EURO', undefined],
    ['', undefined],
  ])('%j → %j', (input, expected) => {
    expect(currencyCode(input)).toBe(expected);
  });
});

describe('contents', () => {
  const run = (raw: unknown) => {
    const problems: Problem[] = [];
    return { rows: normalizeContents(raw, problems, 'src'), problems };
  };

  test('rows are checked: id required, quantity defaulted, price a number', () => {
    expect(
      run([
        {
          id: 'SKU1',
          quantity: 2,
          item_price: '9.99',
          title: ' Shirt ',
          brand: 'ACME',
          category: 'Tops',
        },
        { id: 42, quantity: '3' },
        { quantity: 1, item_price: 5 },
        { id: '', quantity: 1 },
        { id: { sku: 1 } },
        { id: 'SKU3', quantity: 0, item_price: 'free', title: { x: 1 } },
        { id: 'SKU4', quantity: 1.5, delivery_category: 'Curbside' },
        { id: 'SKU5', delivery_category: 'drone' },
        'junk',
      ]),
    ).toEqual({
      rows: [
        {
          id: 'SKU1',
          quantity: 2,
          item_price: 9.99,
          title: 'Shirt',
          brand: 'ACME',
          category: 'Tops',
        },
        { id: '42', quantity: 3 },
        { id: 'SKU3', quantity: 1 },
        { id: 'SKU4', quantity: 1, delivery_category: 'curbside' },
        { id: 'SKU5', quantity: 1 },
      ],
      problems: [
        { key: 'custom_data.contents', reason: 'from src: row 3 has no usable id; left out' },
        { key: 'custom_data.contents', reason: 'from src: row 4 has no usable id; left out' },
        { key: 'custom_data.contents', reason: 'from src: row 5 has no usable id; left out' },
        {
          key: 'custom_data.contents',
          reason: 'from src: row 6: quantity is not a whole number of at least 1; 1 used',
        },
        { key: 'custom_data.contents', reason: 'from src: row 6: price is not a number' },
        { key: 'custom_data.contents', reason: 'from src: row 6: title is not text' },
        {
          key: 'custom_data.contents',
          reason: 'from src: row 7: quantity is not a whole number of at least 1; 1 used',
        },
        {
          key: 'custom_data.contents',
          reason:
            'from src: row 8: delivery_category is not one of in_store, curbside, home_delivery',
        },
        { key: 'custom_data.contents', reason: 'from src: row 9 is not an object; left out' },
      ],
    });
  });

  test('JSON text is accepted (as Meta client sends x-fb-cd-contents)', () => {
    expect(run('[{"id":"A","quantity":1}]').rows).toEqual([{ id: 'A', quantity: 1 }]);
  });

  test.each([{ id: 'A' }, 'not json', 42, '[object Object]'])('%j is not a list', (raw) => {
    expect(run(raw)).toEqual({
      rows: [],
      problems: [{ key: 'custom_data.contents', reason: 'from src: not a list' }],
    });
  });

  test('at most MAX_CONTENTS rows', () => {
    const result = run(Array.from({ length: MAX_CONTENTS + 5 }, (_, i) => ({ id: 'S' + i })));
    expect(result.rows).toHaveLength(MAX_CONTENTS);
    expect(result.problems).toEqual([
      {
        key: 'custom_data.contents',
        reason: 'from src: row 201 and later rows left out (over 200)',
      },
    ]);
  });

  test('only the first MAX_CONTENTS rows are read, however many are unusable', () => {
    const list = [{ name: 'no id' }, { id: 'A' }].concat(
      Array.from({ length: MAX_CONTENTS + 5 }, (_, i) => ({ id: 'S' + i })),
    );
    const result = run(list);
    expect(result.rows).toHaveLength(MAX_CONTENTS - 1);
    expect(result.problems.map((p) => p.reason)).toEqual([
      'from src: row 1 has no usable id; left out',
      'from src: row 201 and later rows left out (over 200)',
    ]);
  });

  test('problems are listed for MAX_ROWS_REPORTED rows, the rest counted', () => {
    // Regression: every junk row had its own problem; 20,000 of them made a 1.8 MB log line.
    const list = Array.from({ length: 150 }, (_, i) =>
      i % 3 === 0 ? { id: 'S' + i, quantity: 'lots' } : { name: 'no id' },
    );
    const result = run(list);
    expect(result.rows).toHaveLength(50);
    expect(result.problems).toHaveLength(MAX_ROWS_REPORTED + 1);
    expect(result.problems.slice(0, 3).map((p) => p.reason)).toEqual([
      'from src: row 1: quantity is not a whole number of at least 1; 1 used',
      'from src: row 2 has no usable id; left out',
      'from src: row 3 has no usable id; left out',
    ]);
    expect(result.problems[MAX_ROWS_REPORTED]).toEqual({
      key: 'custom_data.contents',
      reason: 'from src: 140 more rows with problems (94 of them left out)',
    });
  });

  const items = (raw: unknown[], itemIdKey: string) => {
    const problems: Problem[] = [];
    return { rows: normalizeContents(raw, problems, 'items', itemIdKey), problems };
  };

  test('a huge item list is read no further than one row past MAX_CONTENTS', () => {
    let read = 0;
    const list: unknown[] = [];
    for (let i = 0; i < 100000; i++) {
      Object.defineProperty(list, i, {
        enumerable: true,
        get: () => {
          read++;
          return { item_id: 'S' + i };
        },
      });
    }
    const result = items(list, 'item_id');
    expect(result.rows).toHaveLength(MAX_CONTENTS);
    expect(result.problems).toEqual([
      {
        key: 'custom_data.contents',
        reason: 'from items: row 201 and later rows left out (over 200)',
      },
    ]);
    expect(read).toBeLessThanOrEqual(MAX_CONTENTS + 1);
  });

  test('GA4 items become rows: custom id key, then item_id, then id', () => {
    const list = [
      {
        item_id: 'G1',
        item_sku: 'SKU-1',
        item_name: 'Shoe',
        price: 10,
        quantity: 2,
        item_brand: 'B',
        item_category: 'C',
      },
      { item_id: 'G2', price: '5' },
      { id: 'legacy' },
      { item_sku: '', item_id: null, id: 'fallback' },
      7,
    ];
    expect(items(list, 'item_sku')).toEqual({
      rows: [
        { id: 'SKU-1', quantity: 2, item_price: 10, title: 'Shoe', brand: 'B', category: 'C' },
        { id: 'G2', quantity: 1, item_price: 5 },
        { id: 'legacy', quantity: 1 },
        { id: 'fallback', quantity: 1 },
      ],
      problems: [
        { key: 'custom_data.contents', reason: 'from items: row 5 is not an object; left out' },
      ],
    });
  });

  test('GA4 items use GA4 names only: price, item_name, item_brand, item_category', () => {
    const list = [
      {
        item_id: 'A',
        item_price: 3,
        title: 'T',
        brand: 'X',
        category: 'Y',
        description: 'D',
        delivery_category: 'curbside',
      },
    ];
    expect(items(list, 'item_id')).toEqual({ rows: [{ id: 'A', quantity: 1 }], problems: [] });
  });

  test('GA4 item values are checked like contents rows', () => {
    expect(
      items([{ item_id: 'A', price: 'free', quantity: 'lots', item_name: {} }], 'item_id'),
    ).toEqual({
      rows: [{ id: 'A', quantity: 1 }],
      problems: [
        {
          key: 'custom_data.contents',
          reason: 'from items: row 1: quantity is not a whole number of at least 1; 1 used',
        },
        { key: 'custom_data.contents', reason: 'from items: row 1: price is not a number' },
        { key: 'custom_data.contents', reason: 'from items: row 1: title is not text' },
      ],
    });
  });
});

describe('standard keys', () => {
  const check = (key: string, raw: unknown) => {
    const problems: Problem[] = [];
    return { value: normalizeCustomValue(key, raw, problems, 'src'), problems };
  };

  test.each([
    ['value', '19.99', 19.99],
    ['value', 0, 0],
    ['predicted_ltv', '250', 250],
    ['net_revenue', 3.5, 3.5],
    ['num_items', '3', 3],
    ['num_items', 0, 0],
    ['content_ids', ['A', 1, 'A', ' B '], ['A', '1', 'B']],
    ['content_ids', '["A","B"]', ['A', 'B']],
    ['content_ids', 'A, B,C', ['A', 'B', 'C']],
    ['content_ids', 123, ['123']],
    ['content_type', 'Product', 'product'],
    ['content_type', 'product_group', 'product_group'],
    ['content_type', 'hotel', 'hotel'],
    ['order_id', 12345, '12345'],
    ['order_id', ' T-1 ', 'T-1'],
    ['search_string', 'red shoes', 'red shoes'],
    ['status', true, true],
    ['status', 'completed', 'completed'],
    ['delivery_category', 'HOME_DELIVERY', 'home_delivery'],
    ['customer_segmentation', 'new_customer_to_business', 'new_customer_to_business'],
    ['currency', 'eur', 'EUR'],
    ['value', '', undefined],
    ['order_id', null, undefined],
    ['content_ids', [], undefined],
  ])('%s %j → %j', (key, raw, expected) => {
    expect(check(key, raw)).toEqual({ value: expected, problems: [] });
  });

  test.each([
    ['value', 'abc', 'not a number'],
    ['value', NaN, 'not a number'],
    ['value', { amount: 1 }, 'not a number'],
    ['num_items', 2.5, 'not a number'],
    ['num_items', -1, 'not a number'],
    ['currency', 'dollars', 'not an ISO 4217 currency code'],
    ['currency', 840, 'not an ISO 4217 currency code'],
    [
      'content_type',
      'products',
      'not one of product, product_group, destination, flight, hotel, home_listing, vehicle',
    ],
    ['delivery_category', 'drone', 'not one of in_store, curbside, home_delivery'],
    ['customer_segmentation', 'vip', 'not a customer segmentation value Meta knows'],
    ['order_id', { id: 1 }, 'not text of at most 500 characters'],
    ['search_string', 'x'.repeat(501), 'not text of at most 500 characters'],
    ['content_ids', { a: 1 }, 'not a list of ids'],
  ])('%s %j is left out: %s', (key, raw, reason) => {
    expect(check(key, raw)).toEqual({
      value: undefined,
      problems: [{ key: 'custom_data.' + key, reason: 'from src: ' + reason }],
    });
  });

  test('content_ids: a huge list is cut quickly, past the first 200 ids', () => {
    // Regression: every id was de-duplicated against all before it (50,000 ids took seconds).
    const ids = Array.from({ length: 100000 }, (_, i) => 'S' + i);
    const started = Date.now();
    const result = check('content_ids', ids);
    expect(Date.now() - started).toBeLessThan(200);
    expect(result.value).toEqual(ids.slice(0, 200));
    expect(result.problems).toEqual([
      { key: 'custom_data.content_ids', reason: 'from src: ids after the first 200 left out' },
    ]);
  });

  test('content_ids: unusable ids are counted, never shown', () => {
    expect(check('content_ids', ['A', { x: 1 }, NaN, null])).toEqual({
      value: ['A'],
      problems: [{ key: 'custom_data.content_ids', reason: 'from src: 2 unusable ids left out' }],
    });
  });
});
