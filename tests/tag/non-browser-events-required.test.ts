/**
 * Issue 13, events Meta would reject, through the BUILT template: a
 * Purchase's value from its priced items, the Default currency field, a
 * Purchase without value or currency not sent (the tag fails, naming what to
 * fill), and business_messaging without a channel not sent either.
 */
import { describe, expect, it } from 'vitest';
import { EMAIL, notSent, reasonsFor, run, sentEvent } from './non-browser-events-fixtures';

/** A server-side order without a browser: a CRM or shop webhook. */
const ORDER = {
  event_name: 'purchase',
  action_source: 'system_generated',
  event_id: 'order-T-1',
  transaction_id: 'T-1',
  email: EMAIL,
};
const PRICED_ITEMS = [
  { item_id: 'SKU-1', price: 19.99, quantity: 3 },
  { item_id: 'SKU-2', price: '0.10', quantity: 2 },
  { item_id: 'SKU-3', price: 5 },
];

describe('a Purchase value from its priced items', () => {
  it('is the sum of price × quantity when the event gives no value (quantity 1 when absent)', () => {
    const sent = sentEvent(run({ ...ORDER, currency: 'EUR', items: PRICED_ITEMS }));
    expect(sent.custom_data.value).toBe(65.17);
    expect(sent.custom_data.currency).toBe('EUR');
    expect(sent.custom_data.contents).toEqual([
      { id: 'SKU-1', quantity: 3, item_price: 19.99 },
      { id: 'SKU-2', quantity: 2, item_price: 0.1 },
      { id: 'SKU-3', quantity: 1, item_price: 5 },
    ]);
  });

  it('rounds away the binary noise of the products', () => {
    const items = [{ item_id: 'A', price: 0.1, quantity: 3 }];
    const sent = sentEvent(run({ ...ORDER, currency: 'EUR', items }));
    expect(sent.custom_data.value).toBe(0.3);
  });

  it('leaves a given value as it is', () => {
    const sent = sentEvent(run({ ...ORDER, value: 70, currency: 'EUR', items: PRICED_ITEMS }));
    expect(sent.custom_data.value).toBe(70);
  });

  it('is not summed when one item lacks a price: the Purchase has no value and is not sent', () => {
    const items = [...PRICED_ITEMS, { item_id: 'SKU-4', quantity: 1 }];
    const tagRun = run({ ...ORDER, currency: 'EUR', items });
    expect(notSent(tagRun)).toBe('Meta would reject this event: a Purchase without value');
    expect(reasonsFor(tagRun, 'custom_data.value')).toEqual([
      'Purchase without a value; send value (or priced items) with the event, or set it in the Custom data overrides',
    ]);
  });

  it('is not summed for other events', () => {
    const sent = sentEvent(
      run({ ...ORDER, event_name: 'add_to_cart', currency: 'EUR', items: PRICED_ITEMS }),
    );
    expect(sent.event_name).toBe('AddToCart');
    expect(sent.custom_data.value).toBeUndefined();
  });
});

describe('the Default currency field (defaultCurrency)', () => {
  it("is a Purchase's currency when the event gives none", () => {
    const sent = sentEvent(run({ ...ORDER, value: 49.9 }, { fields: { defaultCurrency: 'usd' } }));
    expect(sent.custom_data).toMatchObject({ value: 49.9, currency: 'USD' });
  });

  it("goes with a Purchase's value summed from its items", () => {
    const sent = sentEvent(
      run({ ...ORDER, items: PRICED_ITEMS }, { fields: { defaultCurrency: 'EUR' } }),
    );
    expect(sent.custom_data).toMatchObject({ value: 65.17, currency: 'EUR' });
  });

  it("never wins over the event's currency, nor over an item's", () => {
    const given = sentEvent(
      run({ ...ORDER, value: 10, currency: 'GBP' }, { fields: { defaultCurrency: 'USD' } }),
    );
    expect(given.custom_data.currency).toBe('GBP');
    const items = [{ item_id: 'A', price: 10, currency: 'CHF' }];
    const fromItem = sentEvent(run({ ...ORDER, items }, { fields: { defaultCurrency: 'USD' } }));
    expect(fromItem.custom_data.currency).toBe('CHF');
  });

  it('is the currency of any event with a value, predicted_ltv or net_revenue, and of no other', () => {
    const fields = { defaultCurrency: 'EUR' };
    const lead = { ...ORDER, event_name: 'generate_lead' };
    for (const key of ['value', 'predicted_ltv', 'net_revenue']) {
      const sent = sentEvent(run({ ...lead, custom_properties: { [key]: 12 } }, { fields }));
      expect(sent.custom_data, key).toMatchObject({ [key]: 12, currency: 'EUR' });
    }
    const withoutValue = sentEvent(run(lead, { fields }));
    expect(withoutValue.custom_data?.currency).toBeUndefined();
  });

  it('when not an ISO 4217 code, fails the tag naming the field, before anything is sent', () => {
    const tagRun = run({ ...ORDER, value: 5 }, { fields: { defaultCurrency: 'EURO' } });
    expect(tagRun.metaRequests).toEqual([]);
    expect([tagRun.gtmOnSuccessCalls, tagRun.gtmOnFailureCalls]).toEqual([0, 1]);
    expect(reasonsFor(tagRun, 'defaultCurrency')).toEqual([
      'must be a 3-letter ISO 4217 code such as EUR',
    ]);
  });
});

describe('a Purchase Meta would reject is not sent', () => {
  it('without a currency: gtmOnFailure, and a problem naming defaultCurrency', () => {
    const tagRun = run({ ...ORDER, value: 49.9 });
    expect(notSent(tagRun)).toBe('Meta would reject this event: a Purchase without currency');
    expect(reasonsFor(tagRun, 'custom_data.currency')).toEqual([
      'Purchase without a currency; send currency with the event or fill the Default currency field (defaultCurrency)',
    ]);
  });

  it('an unusable currency counts as none', () => {
    const tagRun = run({ ...ORDER, value: 49.9, currency: 'euros' });
    expect(notSent(tagRun)).toBe('Meta would reject this event: a Purchase without currency');
    expect(reasonsFor(tagRun, 'custom_data.currency')).toContain(
      'Purchase without a currency; send currency with the event or fill the Default currency field (defaultCurrency)',
    );
  });

  it('without value nor currency: both named, in one reason', () => {
    const tagRun = run(ORDER);
    expect(notSent(tagRun)).toBe(
      'Meta would reject this event: a Purchase without value; a Purchase without currency',
    );
    expect(reasonsFor(tagRun, 'custom_data.value')).toHaveLength(1);
    expect(reasonsFor(tagRun, 'custom_data.currency')).toHaveLength(1);
  });

  it('a Purchase named by the Standard event field follows the same rule', () => {
    const fields = { eventNameMode: 'standard', eventNameStandard: 'Purchase' };
    const tagRun = run({ ...ORDER, event_name: 'anything', value: 3 }, { fields });
    expect(notSent(tagRun)).toBe('Meta would reject this event: a Purchase without currency');
  });
});

describe('business_messaging without messaging_channel is not sent', () => {
  const message = {
    event_name: 'Lead',
    action_source: 'business_messaging',
    event_id: 'msg-1',
    ctwa_clid: 'ARAkLkA8rmlFeiCktEJQ',
    email: EMAIL,
  };

  it('gtmOnFailure, and a problem naming the field to choose', () => {
    const tagRun = run(message);
    expect(notSent(tagRun)).toBe(
      'Meta would reject this event: a business_messaging event without messaging_channel',
    );
    expect(reasonsFor(tagRun, 'messaging_channel')).toEqual([
      'required for business_messaging but missing; send messaging_channel or choose the Messaging channel field',
    ]);
  });

  it('an unknown channel counts as none', () => {
    const tagRun = run({ ...message, messaging_channel: 'telegram' });
    expect(notSent(tagRun)).toContain('a business_messaging event without messaging_channel');
    expect(reasonsFor(tagRun, 'messaging_channel')).toContain(
      'not one of messenger, whatsapp, instagram; ignored',
    );
  });

  it('is sent with the channel from the event, else from the Messaging channel field', () => {
    const fromEvent = sentEvent(run({ ...message, messaging_channel: 'WhatsApp' }));
    expect(fromEvent.messaging_channel).toBe('whatsapp');
    const fromField = sentEvent(run(message, { fields: { messagingChannel: 'instagram' } }));
    expect(fromField.messaging_channel).toBe('instagram');
  });
});
