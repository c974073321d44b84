/**
 * resolveEventName: the GA4 → Meta table, the opt-in for view_item_list,
 * the user's mappings, overrides, case correction and governance.
 */
import { describe, expect, test } from 'vitest';
import type { TagFields } from '../../template-src/context';
import { eventNameStage, resolveEventName } from '../../template-src/event-name/resolve-event-name';
import { GA4_TO_META, STANDARD_EVENTS } from '../../template-src/meta/spec';
import { testContext, type EventData } from './context';

const inherit = (eventName: unknown, fields: TagFields = {}) => resolveEventName(eventName, fields);

/** The name to send, and the name the governance lists matched it by (before any rename). */
const sent = (name: string, listedAs: string = name) => ({ name, listedAs });

/** A governance block, and the name the not_sent line shows (the one the reason quotes). */
const blocked = (reason: string, shownAs: string) => ({ blocked: reason, shownAs });

describe('inherit: GA4 → Meta', () => {
  test.each([
    ['page_view', 'PageView'],
    ['gtm.dom', 'PageView'],
    ['view_item', 'ViewContent'],
    ['search', 'Search'],
    ['view_search_results', 'Search'],
    ['add_to_cart', 'AddToCart'],
    ['add_to_wishlist', 'AddToWishlist'],
    ['begin_checkout', 'InitiateCheckout'],
    ['add_payment_info', 'AddPaymentInfo'],
    ['add_shipping_info', 'AddPaymentInfo'],
    ['purchase', 'Purchase'],
    ['generate_lead', 'Lead'],
    ['sign_up', 'CompleteRegistration'],
    ['contact', 'Contact'],
    ['customize_product', 'CustomizeProduct'],
    ['donate', 'Donate'],
    ['find_location', 'FindLocation'],
    ['schedule', 'Schedule'],
    ['start_trial', 'StartTrial'],
    ['submit_application', 'SubmitApplication'],
    ['subscribe', 'Subscribe'],
  ])('%s → %s', (ga4, meta) => {
    expect(inherit(ga4)).toEqual(sent(meta));
  });

  test('every standard Meta event but the server-only Append* ones is reachable from a GA4 name', () => {
    const targets = new Set<string>(Object.values(GA4_TO_META));
    const serverOnly = ['AppendValue', 'AppendAttribution'];
    for (const name of STANDARD_EVENTS)
      expect(targets.has(name), name).toBe(!serverOnly.includes(name));
  });

  test('view_item_list maps to ViewContent only when opted in', () => {
    expect(inherit('view_item_list')).toEqual(sent('view_item_list'));
    expect(inherit('view_item_list', { mapViewItemListToViewContent: true })).toEqual(
      sent('ViewContent'),
    );
  });

  test.each([
    ['purchase_completed', 'purchase_completed'],
    ['Purchase', 'Purchase'],
    ['PURCHASE', 'Purchase'],
    ['initiate_checkout', 'InitiateCheckout'],
    ['complete registration', 'CompleteRegistration'],
    ['Add-To-Cart', 'AddToCart'],
    ['  lead ', 'Lead'],
    ['refund', 'refund'],
    ['Quote Requested', 'Quote Requested'],
    ['constructor', 'constructor'],
    [42, '42'],
  ])('other name %j → %j (standard names case-corrected)', (incoming, expected) => {
    expect(inherit(incoming)).toEqual(sent(expected));
  });

  test('the user table wins over the built-in table, exact before case-insensitive', () => {
    const eventNameMappings = [
      { from: 'purchase', to: 'SubscriptionPurchase' },
      { from: 'QUOTE', to: 'lead' },
      { from: 'quote', to: 'Contact' },
      { from: '', to: 'Ignored' },
    ];
    expect(inherit('purchase', { eventNameMappings })).toEqual(sent('SubscriptionPurchase'));
    expect(inherit('quote', { eventNameMappings })).toEqual(sent('Contact'));
    expect(inherit('Quote', { eventNameMappings })).toEqual(sent('Lead'));
    expect(inherit('page_view', { eventNameMappings })).toEqual(sent('PageView'));
  });

  // NaN and Infinity are numbers whose text ("NaN") is no event name (regression: "NaN" was sent).
  test.each([undefined, null, '', '   ', { name: 'purchase' }, ['purchase'], true, NaN, -Infinity])(
    'event_name %j → invalid',
    (eventName) => {
      expect(inherit(eventName)).toEqual({
        invalid: { key: 'event_name', reason: 'missing or not text' },
      });
    },
  );
});

describe('override', () => {
  test('a standard name ignores the event name', () => {
    expect(
      resolveEventName('page_view', { eventNameMode: 'standard', eventNameStandard: 'Lead' }),
    ).toEqual(sent('Lead'));
  });

  test('an unset standard name means the field default, PageView', () => {
    expect(resolveEventName('purchase', { eventNameMode: 'standard' })).toEqual(sent('PageView'));
    expect(
      resolveEventName(undefined, { eventNameMode: 'standard', eventNameStandard: '' }),
    ).toEqual({
      invalid: { key: 'eventNameStandard', reason: 'empty: no event name to send' },
    });
  });

  const EMPTY_CUSTOM = {
    invalid: { key: 'eventNameCustom', reason: 'empty: no event name to send' },
  };

  test('a custom name, case-corrected when it is a standard one', () => {
    const custom = (eventNameCustom: unknown) =>
      resolveEventName('page_view', { eventNameMode: 'custom', eventNameCustom });
    expect(custom('purchase')).toEqual(sent('Purchase'));
    expect(custom(' QuoteRequested ')).toEqual(sent('QuoteRequested'));
    expect(custom('')).toEqual(EMPTY_CUSTOM);
    expect(custom({})).toEqual(EMPTY_CUSTOM);
    expect(custom(NaN)).toEqual(EMPTY_CUSTOM);
    expect(custom(404)).toEqual(sent('404'));
    expect(custom('x'.repeat(51))).toEqual({
      invalid: { key: 'eventNameCustom', reason: 'event name longer than 50 characters' },
    });
    expect(custom('x'.repeat(50))).toEqual(sent('x'.repeat(50)));
  });
});

describe('governance', () => {
  test('allow-list: only listed events go out (GA4 or Meta spelling, any case)', () => {
    const fields = { eventAllowList: 'Purchase, add_to_cart\nlead' };
    expect(inherit('purchase', fields)).toEqual(sent('Purchase'));
    expect(inherit('add_to_cart', fields)).toEqual(sent('AddToCart'));
    expect(inherit('generate_lead', fields)).toEqual(sent('Lead'));
    expect(inherit('page_view', fields)).toEqual(
      blocked('event "PageView" is not on the allow-list', 'PageView'),
    );
  });

  test('block-list, as text or as a list from a variable', () => {
    expect(inherit('page_view', { eventBlockList: 'pageview' })).toEqual(
      blocked('event "PageView" is on the block-list', 'PageView'),
    );
    expect(inherit('my_event', { eventBlockList: ['My_Event', 7] })).toEqual(
      blocked('event "my_event" is on the block-list', 'my_event'),
    );
    expect(inherit('purchase', { eventBlockList: ' , ' })).toEqual(sent('Purchase'));
  });

  test('the block-list wins over the allow-list', () => {
    expect(inherit('purchase', { eventAllowList: 'Purchase', eventBlockList: 'Purchase' })).toEqual(
      blocked('event "Purchase" is on the block-list', 'Purchase'),
    );
  });

  test('rename after the lists: sensitive names are replaced', () => {
    const fields = {
      eventAllowList: 'ViewContent, Purchase',
      eventRenameList: [
        { from: 'view_item', to: 'PageEngagement' },
        { from: 'Purchase', to: 'purchase' },
      ],
    };
    expect(inherit('view_item', fields)).toEqual(sent('PageEngagement', 'ViewContent'));
    expect(inherit('purchase', fields)).toEqual(sent('Purchase'));
    expect(inherit('add_to_cart', fields)).toEqual(
      blocked('event "AddToCart" is not on the allow-list', 'AddToCart'),
    );
  });

  test('a long name may be renamed to a short one; a rename to a long one is invalid', () => {
    const long = 'x'.repeat(60);
    expect(inherit(long, { eventRenameList: [{ from: long, to: 'Short' }] })).toEqual(
      sent('Short', long),
    );
    expect(inherit('purchase', { eventRenameList: [{ from: 'Purchase', to: long }] })).toEqual({
      invalid: { key: 'eventRenameList', reason: 'event name longer than 50 characters' },
    });
  });

  test('malformed governance fields are ignored', () => {
    const fields = { eventAllowList: { a: 1 }, eventBlockList: 42, eventRenameList: 'x' };
    expect(inherit('purchase', fields)).toEqual(sent('Purchase'));
  });

  test('NaN entries and cells name no event', () => {
    expect(inherit('NaN', { eventBlockList: [NaN] })).toEqual(sent('NaN'));
    expect(inherit('NaN', { eventAllowList: [NaN, 'Lead'] })).toEqual(
      blocked('event "NaN" is not on the allow-list', 'NaN'),
    );
    expect(inherit('lead', { eventRenameList: [{ from: 'Lead', to: NaN }] })).toEqual(sent('Lead'));
    expect(inherit('x', { eventNameMappings: [{ from: 'x', to: Infinity }] })).toEqual(sent('x'));
  });
});

describe('eventNameStage', () => {
  function run(eventData: EventData, fields: TagFields = {}) {
    const ctx = testContext({ eventData, fields });
    return { stop: eventNameStage(ctx), ctx };
  }

  test('sets the resolved name and goes on', () => {
    const { stop, ctx } = run({ event_name: 'add_to_cart' });
    expect(stop).toBeUndefined();
    expect(ctx.event.event_name).toBe('AddToCart');
    expect(ctx.problems).toEqual([]);
  });

  test.each([[{}], [{ event_name: ['purchase'] }], [{ event_name: '' }]])(
    'event data %j: stops as a failure of the event, the problem named',
    (eventData) => {
      const { stop, ctx } = run(eventData);
      expect(stop).toEqual({
        ok: false,
        stage: 'event',
        reason: 'no event name Meta would accept',
      });
      expect(ctx.problems).toEqual([{ key: 'event_name', reason: 'missing or not text' }]);
      expect(ctx.event.event_name).toBeUndefined();
    },
  );

  test('a field that gives no name stops as a configuration failure', () => {
    const { stop, ctx } = run({ event_name: 'purchase' }, { eventNameMode: 'custom' });
    expect(stop).toEqual({ ok: false, stage: 'config', reason: 'no event name Meta would accept' });
    expect(ctx.problems).toEqual([
      { key: 'eventNameCustom', reason: 'empty: no event name to send' },
    ]);
  });

  test('a rename to a name too long is a configuration failure too', () => {
    const { stop, ctx } = run(
      { event_name: 'purchase' },
      { eventRenameList: [{ from: 'Purchase', to: 'x'.repeat(51) }] },
    );
    expect(stop).toMatchObject({ ok: false, stage: 'config' });
    expect(ctx.problems.map((p) => p.key)).toEqual(['eventRenameList']);
  });

  test('a governance block stops as a success, with the reason and no problem', () => {
    const { stop, ctx } = run({ event_name: 'page_view' }, { eventBlockList: 'PageView' });
    expect(stop).toEqual({
      ok: true,
      stage: 'event',
      reason: 'event "PageView" is on the block-list',
    });
    expect(ctx.problems).toEqual([]);
    // The not_sent line names the event as the reason does.
    expect(ctx.event.event_name).toBe('PageView');
  });

  test('reads event_name in inherit mode only', () => {
    expect(run({ event_name: 'lead' }).ctx.eventData.reads).toEqual(['event_name']);
    const standard = run({ event_name: 'lead' }, { eventNameMode: 'standard' });
    expect(standard.ctx.event.event_name).toBe('PageView');
    expect(standard.ctx.eventData.reads).toEqual([]);
    expect(run({}, { eventNameMode: 'custom', eventNameCustom: 'X' }).ctx.eventData.reads).toEqual(
      [],
    );
  });
});
