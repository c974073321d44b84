/**
 * Per-pixel rules (issue 17) through the BUILT template: each pixel row's
 * "Only these events" and "Never these events" lists, matched like the
 * tag's own lists (any case, GA4-style names, the name before renaming).
 * A row that does not take the event is skipped and logged; the tag's
 * outcome counts only the rows that take it; when none does, nothing is
 * sent and the tag succeeds.
 */
import { describe, expect, it } from 'vitest';
import type { ResponseRule } from '../../build/harness';
import { metaOk } from '../helpers/tag';
import { linesOf, notSentReason, PIXEL, run } from './governance-fixtures';

const BRAND_A = { pixelId: '1111111111', accessToken: 'EAABrandAToken0123456789abcdefghijklmn' };
const BRAND_B = { pixelId: '2222222222', accessToken: 'EAABrandBToken0123456789abcdefghijklmn' };

function graphUrl(pixelId: string): string {
  return `https://graph.facebook.com/v26.0/${pixelId}/events`;
}

/** The pixel IDs the event was sent to, in order. */
function sentTo(pixels: object[], eventName: string, fields: object = {}, extra: object = {}) {
  const purchase = /purchase/i.test(eventName) ? { value: 10, currency: 'EUR' } : {};
  const result = run(
    { event_name: eventName, ...purchase, ...extra },
    { fields: { pixels, ...fields } },
  );
  expect(result.outcome).toBe('success');
  return result.metaRequests.map((r) => r.url.split('/')[4]);
}

/** Meta rejects every event sent to `pixelId` and accepts the others. */
function rejects(pixelId: string): ResponseRule[] {
  return [
    {
      url: graphUrl(pixelId),
      status: 400,
      body: { error: { message: 'Invalid parameter', code: 100, fbtrace_id: 'Ab' } },
    },
    ...metaOk(),
  ];
}

describe('a pixel row with no lists', () => {
  it('takes every event, and nothing is logged as skipped', () => {
    const result = run({ event_name: 'page_view' }, { fields: { pixels: [PIXEL, BRAND_A] } });
    expect(result.metaRequests.map((r) => r.url)).toEqual([
      graphUrl(PIXEL.pixelId),
      graphUrl(BRAND_A.pixelId),
    ]);
    expect(linesOf(result, 'pixels_skipped')).toEqual([]);
  });
});

describe('"Only these events" (allowEvents)', () => {
  const pixels = [{ ...BRAND_A, allowEvents: 'Purchase, Lead' }, BRAND_B];

  it.each([
    ['purchase', ['1111111111', '2222222222']],
    ['generate_lead', ['1111111111', '2222222222']],
    ['page_view', ['2222222222']],
    ['add_to_cart', ['2222222222']],
  ])('%s is sent to %j', (name, expected) => {
    expect(sentTo(pixels, name)).toEqual(expected);
  });

  it('reads names separated by line breaks too', () => {
    const rows = [{ ...BRAND_A, allowEvents: 'Purchase\nLead' }, BRAND_B];
    expect(sentTo(rows, 'generate_lead')).toEqual(['1111111111', '2222222222']);
    expect(sentTo(rows, 'view_item')).toEqual(['2222222222']);
  });
});

describe('"Never these events" (blockEvents)', () => {
  const pixels = [BRAND_A, { ...BRAND_B, blockEvents: 'PageView, ViewContent' }];

  it.each([
    ['page_view', ['1111111111']],
    ['view_item', ['1111111111']],
    ['purchase', ['1111111111', '2222222222']],
  ])('%s is sent to %j', (name, expected) => {
    expect(sentTo(pixels, name)).toEqual(expected);
  });

  it('wins over the same row\'s "Only these events"', () => {
    const rows = [BRAND_A, { ...BRAND_B, allowEvents: 'Purchase', blockEvents: 'Purchase' }];
    expect(sentTo(rows, 'purchase')).toEqual(['1111111111']);
  });
});

describe('names in the lists', () => {
  it.each([
    ['GA4-style name for a GA4 event', 'add_to_cart', 'add_to_cart'],
    ['GA4-style name for a Meta event', 'add_to_cart', 'AddToCart'],
    ['Meta name for a GA4 event', 'AddToCart', 'add_to_cart'],
    ['upper case', 'PURCHASE', 'purchase'],
    ['lower case, spaces around', '  purchase  ', 'Purchase'],
    ['words with spaces', 'add to cart', 'AddToCart'],
    ['GA4 lead name', 'generate_lead', 'Lead'],
  ])('%s: list %j takes event %j', (_label, list, eventName) => {
    const rows = [
      { ...BRAND_A, allowEvents: list },
      { ...BRAND_B, blockEvents: list },
    ];
    expect(sentTo(rows, eventName)).toEqual(['1111111111']);
  });

  it('name the event before the rename table renames it', () => {
    const rows = [
      { ...BRAND_A, allowEvents: 'Lead' },
      { ...BRAND_B, allowEvents: 'Contact' },
    ];
    const fields = { eventRenameList: [{ from: 'Lead', to: 'Contact' }] };
    const result = run({ event_name: 'generate_lead' }, { fields: { pixels: rows, ...fields } });
    expect(result.metaRequests.map((r) => [r.url, r.body.data[0].event_name])).toEqual([
      [graphUrl(BRAND_A.pixelId), 'Contact'],
    ]);
  });

  it('match a custom event name regardless of case, but not a different name', () => {
    const rows = [
      { ...BRAND_A, allowEvents: 'Newsletter_Signup' },
      { ...BRAND_B, allowEvents: 'newsletter' },
    ];
    expect(sentTo(rows, 'newsletter_signup')).toEqual(['1111111111']);
  });
});

describe('the log', () => {
  it('names each skipped pixel and why, in one line', () => {
    const rows = [
      { ...BRAND_A, allowEvents: 'Purchase' },
      { ...BRAND_B, blockEvents: 'PageView' },
      PIXEL,
    ];
    const result = run({ event_name: 'page_view' }, { fields: { pixels: rows } });
    expect(result.metaRequests.map((r) => r.url)).toEqual([graphUrl(PIXEL.pixelId)]);
    expect(linesOf(result, 'pixels_skipped')).toEqual([
      {
        tag: 'meta-capi',
        type: 'pixels_skipped',
        event_name: 'PageView',
        pixels: [
          { pixel: BRAND_A.pixelId, reason: "not on this pixel row's allow-list" },
          { pixel: BRAND_B.pixelId, reason: "on this pixel row's block-list" },
        ],
      },
    ]);
    expect(linesOf(result, 'result')[0].pixels.map((p: { pixel: string }) => p.pixel)).toEqual([
      PIXEL.pixelId,
    ]);
  });
});

describe('the outcome counts only the rows that take the event', () => {
  const rows = [
    { ...BRAND_A, allowEvents: 'Purchase' },
    { ...BRAND_B, allowEvents: 'Lead' },
  ];

  it('a skipped row that Meta would reject cannot fail the tag', () => {
    const result = run(
      { event_name: 'purchase', value: 10, currency: 'EUR' },
      { fields: { pixels: rows }, responses: rejects(BRAND_B.pixelId) },
    );
    expect(result.outcome).toBe('success');
    expect([result.gtmOnSuccessCalls, result.gtmOnFailureCalls]).toEqual([1, 0]);
    expect(result.metaRequests.map((r) => r.url)).toEqual([graphUrl(BRAND_A.pixelId)]);
    expect(linesOf(result, 'result')[0]).toMatchObject({ ok: true, failed_pixels: [] });
  });

  it('a taking row that Meta rejects fails the tag', () => {
    const result = run(
      { event_name: 'generate_lead' },
      { fields: { pixels: rows }, responses: rejects(BRAND_B.pixelId) },
    );
    expect(result.outcome).toBe('failure');
    expect([result.gtmOnSuccessCalls, result.gtmOnFailureCalls]).toEqual([0, 1]);
    expect(result.metaRequests.map((r) => r.url)).toEqual([graphUrl(BRAND_B.pixelId)]);
    expect(linesOf(result, 'result')[0]).toMatchObject({
      ok: false,
      failed_pixels: [BRAND_B.pixelId],
    });
  });

  it('one taking row rejected fails the tag even when another taking row accepts', () => {
    const both = [rows[0], { ...BRAND_B, allowEvents: 'Lead, Purchase' }];
    const result = run(
      { event_name: 'purchase', value: 10, currency: 'EUR' },
      { fields: { pixels: both }, responses: rejects(BRAND_B.pixelId) },
    );
    expect(result.outcome).toBe('failure');
    expect(result.metaRequests).toHaveLength(2);
  });
});

describe('when no row takes the event', () => {
  it('nothing is sent, no cookie is set, and the tag succeeds with the reason logged', () => {
    const rows = [
      { ...BRAND_A, allowEvents: 'Purchase' },
      { ...BRAND_B, blockEvents: 'PageView' },
    ];
    const result = run({ event_name: 'page_view' }, { fields: { pixels: rows } });
    expect(notSentReason(result)).toBe('no pixel row takes this event');
    expect(linesOf(result, 'not_sent')[0].event_name).toBe('PageView');
    expect(linesOf(result, 'pixels_skipped')[0].pixels).toHaveLength(2);
  });

  it('even when every row would be rejected by Meta', () => {
    const rows = [{ ...BRAND_B, allowEvents: 'Lead' }];
    const result = run(
      { event_name: 'page_view' },
      { fields: { pixels: rows }, responses: rejects(BRAND_B.pixelId) },
    );
    expect(notSentReason(result)).toBe('no pixel row takes this event');
  });
});
