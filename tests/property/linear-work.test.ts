/**
 * Issue 14's third property, on the built template: the work of one event
 * grows at most linearly with the size of its input. Work is counted, not
 * timed (bench/cost.ts): function calls, loop iterations, sandbox API
 * calls, and the keys Object.keys/values/entries walk (one such call per
 * key of a growing object is quadratic work in one API call). For a
 * generated event, one input dimension is grown from n to 2n, everything
 * else equal, and the work may at most about double: ops(2n) ≤ 2.2 ops(n).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { costMeter, operations } from '../../bench/cost';
import { parseTpl } from '../../build/tpl';
import { BUILT_TEMPLATE, metaOk } from '../helpers/tag';
import { ga4WebHit, NOW_MS } from './arbitraries';
import { budget } from './settings';

const MAX_RATIO = 2.2;
const PIXEL = { pixelId: '1234567890', accessToken: 'EAAGlinearWorkToken0123456789abcdef' };

interface Input {
  event?: Record<string, unknown>;
  fields?: Record<string, unknown>;
  cookies?: Record<string, string>;
}

interface Dimension {
  /** The range n is drawn from; the event is measured at n and 2n. */
  sizes: [number, number];
  /** The input at size n; `odd` asks for values the tag must refuse (and report). */
  input: (n: number, odd: boolean) => Input;
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);
const text = (n: number, odd: boolean) => (odd ? 'É @.'.repeat(n).slice(0, n) : 'a'.repeat(n));
const COLLECTION: [number, number] = [40, 300];
const STRING: [number, number] = [1000, 20_000];

const DIMENSIONS: Record<string, Dimension> = {
  'custom_properties keys, JSON text': {
    sizes: COLLECTION,
    input: (n, odd) => ({
      event: {
        custom_properties: JSON.stringify(
          Object.fromEntries(range(n).map((i) => [`p${i}`, odd ? { deep: [i] } : `v${i}`])),
        ),
      },
    }),
  },
  'custom_properties keys, object': {
    sizes: COLLECTION,
    input: (n, odd) => ({
      event: {
        custom_properties: Object.fromEntries(range(n).map((i) => [`p${i}`, odd ? NaN : i])),
      },
    }),
  },
  'GA4 items': {
    sizes: COLLECTION,
    input: (n, odd) => ({
      event: {
        items: range(n).map((i) => ({
          item_id: `SKU-${i}`,
          item_name: `Product ${i}`,
          price: odd ? 'free' : 1 + i,
          quantity: odd ? -1 : 1,
        })),
      },
    }),
  },
  'contents rows': {
    sizes: COLLECTION,
    input: (n, odd) => ({
      event: {
        'x-fb-cd-contents': range(n).map((i) => ({ id: odd ? '' : `c${i}`, quantity: 2 })),
      },
    }),
  },
  content_ids: {
    sizes: COLLECTION,
    input: (n, odd) => ({ event: { content_ids: range(n).map((i) => (odd ? {} : `id${i}`)) } }),
  },
  'email list': {
    sizes: COLLECTION,
    input: (n, odd) => ({
      event: { user_data: { email_address: range(n).map((i) => (odd ? `x${i}` : `u${i}@x.com`)) } },
    }),
  },
  'address list': {
    sizes: COLLECTION,
    input: (n, odd) => ({
      event: {
        user_data: {
          address: range(n).map((i) => ({ first_name: odd ? '' : `N${i}`, city: 'Paris' })),
        },
      },
    }),
  },
  'user data table rows': {
    sizes: COLLECTION,
    input: (n, odd) => ({
      fields: {
        userDataList: range(n).map((i) => ({
          name: odd ? `bogus${i}` : 'external_id',
          value: `x${i}`,
        })),
      },
    }),
  },
  'custom data table rows': {
    sizes: COLLECTION,
    input: (n, odd) => ({
      fields: { customDataList: range(n).map((i) => ({ name: `p${i}`, value: odd ? NaN : i })) },
    }),
  },
  'event name mapping rows': {
    sizes: COLLECTION,
    input: (n) => ({
      fields: { eventNameMappings: range(n).map((i) => ({ from: `e${i}`, to: `E${i}` })) },
    }),
  },
  'event data keys': {
    sizes: COLLECTION,
    input: (n) => ({ event: Object.fromEntries(range(n).map((i) => [`k${i}`, i])) }),
  },
  'pixel rows, logging off': {
    sizes: [2, 10],
    input: (n) => ({
      fields: {
        logMode: 'off',
        pixels: range(n).map((i) => ({ pixelId: `${1000 + i}`, accessToken: `EAAGrow${i}x` })),
      },
    }),
  },
  'page URL': {
    sizes: STRING,
    input: (n, odd) => ({
      event: { page_location: `https://shop.example.com/?q=${text(n, odd)}` },
    }),
  },
  'user agent': { sizes: STRING, input: (n, odd) => ({ event: { user_agent: text(n, odd) } }) },
  'search term': { sizes: STRING, input: (n, odd) => ({ event: { search_term: text(n, odd) } }) },
  'event name': { sizes: STRING, input: (n, odd) => ({ event: { event_name: text(n, odd) } }) },
  'event id': { sizes: STRING, input: (n, odd) => ({ event: { event_id: text(n, odd) } }) },
  email: { sizes: STRING, input: (n, odd) => ({ event: { email: `${text(n, odd)}@x.com` } }) },
  'value text': {
    sizes: STRING,
    input: (n, odd) => ({ event: { value: odd ? text(n, true) : '9'.repeat(n) } }),
  },
  'custom property text': {
    sizes: STRING,
    input: (n, odd) => ({ event: { custom_properties: { note: text(n, odd) } } }),
  },
  fbclid: {
    sizes: STRING,
    input: (n, odd) => ({
      event: {
        page_location: `https://shop.example.com/?fbclid=${odd ? text(n, true) : 'A'.repeat(n)}`,
      },
    }),
  },
  '_fbc and _capi_eec cookies': {
    sizes: STRING,
    input: (n, odd) => ({
      cookies: { _fbc: `fb.1.1767000000000.${'A'.repeat(n)}`, _capi_eec: text(n, odd) },
      fields: { enableEventEnhancement: true },
    }),
  },
};

const meter = costMeter(parseTpl(readFileSync(BUILT_TEMPLATE, 'utf8')));

/** The work of `base` with the dimension's input at size n. */
function work(
  base: { event: Record<string, unknown>; logMode: string },
  dimension: Dimension,
  n: number,
  odd: boolean,
): number {
  const input = dimension.input(n, odd);
  return operations(
    meter({
      data: { pixels: [PIXEL], logMode: base.logMode, ...input.fields },
      eventData: { ...base.event, ...input.event },
      request: { cookies: input.cookies ?? {} },
      responses: metaOk(),
      now: NOW_MS,
      timeoutMs: 0,
    }),
  );
}

const baseCase = fc.record({
  event: ga4WebHit,
  logMode: fc.constantFrom('always', 'off'),
});

function growthCase(dimensions: Record<string, Dimension>) {
  return fc.constantFrom(...Object.keys(dimensions)).chain((name) =>
    fc.record({
      name: fc.constant(name),
      n: fc.integer({ min: dimensions[name].sizes[0], max: dimensions[name].sizes[1] }),
      odd: fc.boolean(),
      base: baseCase,
    }),
  );
}

function assertLinear(dimensions: Record<string, Dimension>, params: fc.Parameters<unknown>) {
  fc.assert(
    fc.property(growthCase(dimensions), ({ name, n, odd, base }) => {
      const dimension = dimensions[name];
      const once = work(base, dimension, n, odd);
      const twice = work(base, dimension, 2 * n, odd);
      expect(
        twice / once,
        `${name}: ${once} operations at n = ${n}, ${twice} at 2n`,
      ).toBeLessThanOrEqual(MAX_RATIO);
    }),
    params,
  );
}

describe('per-event work grows at most linearly with input size', () => {
  const cases = budget(0.025);
  test(
    'in every dimension of the event, the tables and the cookies',
    () => assertLinear(DIMENSIONS, cases.params),
    cases.timeoutMs,
  );

  const pixels = budget(0.005);
  /**
   * BUG: with logging on, each log line is redacted form by form against
   * every pixel's token (log/redact.ts, a loop per form and line), and
   * each pixel adds lines: work grows with pixels², e.g. 5 → 10 → 20 rows
   * cost about 5,400 → 14,800 → 49,400 operations (2.7× and 3.3×). The
   * 20-row cap bounds it; it is not linear within the cap.
   */
  test.fails(
    'pixel rows with logging on',
    () =>
      assertLinear(
        {
          'pixel rows, logging on': {
            sizes: [5, 10],
            input: (n) => ({
              fields: {
                logMode: 'always',
                pixels: range(n).map((i) => ({
                  pixelId: `${1000 + i}`,
                  accessToken: `EAAGrowToken${i}x0123456789abcdef`,
                })),
              },
            }),
          },
        },
        { ...pixels.params, endOnFailure: true },
      ),
    pixels.timeoutMs,
  );
});
