/**
 * The fields that change what the BUILT template sends: user data table and
 * variable, custom data table and variable, auto-mapping switches, item id
 * key and content type, event name override (standard and custom), the
 * mapping table, governance (allow, block, rename) and the view_item_list
 * opt-in. Asserted on the request body's data[0], field by field.
 */
import { describe, expect, it } from 'vitest';
import {
  BROWSER_USER_DATA,
  DERIVED_EVENT_ID,
  FBC,
  FBP,
  IP,
  logLines,
  loggedProblems,
  send,
  sentEvent,
  sha256,
} from './event-fixtures';

const GA4_USER_DATA = {
  email_address: 'event@example.com',
  phone_number: '+1 650 555 1212',
  address: { first_name: 'Eve', city: 'Boston', country: 'US' },
};

describe('user data overrides', () => {
  it('the table wins over the event; a key listed twice sends two values', () => {
    const event = sentEvent(
      send(
        { event_name: 'generate_lead', user_data: GA4_USER_DATA },
        {
          fields: {
            phoneDefaultCountryCode: '+33',
            userDataList: [
              { name: 'em', value: ' Table@Example.com' },
              { name: 'em', value: 'second@example.com' },
              { name: 'ph', value: '06 12 34 56 78' },
              { name: 'lead_id', value: '778899' },
            ],
          },
        },
      ),
    );
    expect(event.event_name).toBe('Lead');
    expect(event.user_data).toEqual({
      ...BROWSER_USER_DATA,
      em: [sha256('table@example.com'), sha256('second@example.com')],
      ph: sha256('33612345678'),
      fn: sha256('eve'),
      ct: sha256('boston'),
      country: sha256('us'),
      lead_id: '778899',
    });
  });

  it('the variable (object or JSON text) wins over the event, the table over both', () => {
    const object = { fn: 'Zoë', ct: 'New York', st: 'New York', em: 'object@example.com' };
    for (const userDataObject of [object, JSON.stringify(object)]) {
      const event = sentEvent(
        send(
          { event_name: 'generate_lead', user_data: GA4_USER_DATA },
          {
            fields: { userDataObject, userDataList: [{ name: 'em', value: 'table@example.com' }] },
          },
        ),
      );
      expect(event.user_data).toEqual({
        ...BROWSER_USER_DATA,
        em: sha256('table@example.com'),
        ph: sha256('16505551212'),
        fn: sha256('zoë'),
        ct: sha256('newyork'),
        st: sha256('ny'),
        country: sha256('us'),
      });
    }
  });

  it('an unusable override falls back to the next source, and is logged by key', () => {
    const run = send(
      { event_name: 'generate_lead', user_data: GA4_USER_DATA },
      { fields: { userDataList: [{ name: 'em', value: 'not-an-email' }] } },
    );
    expect(sentEvent(run).user_data.em).toBe(sha256('event@example.com'));
    expect(loggedProblems(run)).toContainEqual({
      key: 'user_data.em',
      reason: 'from the user data table: not a valid email address',
    });
  });

  it('the table may set the IP, user agent and click IDs', () => {
    const fbc = 'fb.1.1767000000001.OtherClick';
    const event = sentEvent(
      send(
        { event_name: 'page_view' },
        {
          fields: {
            userDataList: [
              { name: 'client_ip_address', value: '2001:db8::7' },
              { name: 'client_user_agent', value: 'Custom UA' },
              { name: 'fbc', value: fbc },
            ],
          },
        },
      ),
    );
    expect(event.user_data).toEqual({
      client_ip_address: '2001:db8::7',
      client_user_agent: 'Custom UA',
      fbc: fbc,
      fbp: FBP,
    });
  });

  it('a malformed IP or click ID override never replaces the good one (regression)', () => {
    const run = send(
      { event_name: 'page_view' },
      { fields: { userDataObject: { client_ip_address: 'localhost', fbc: 'junk', fbp: 'fb.x' } } },
    );
    expect(sentEvent(run).user_data).toEqual(BROWSER_USER_DATA);
    expect(loggedProblems(run).map((p) => p.key)).toEqual([
      'user_data.client_ip_address',
      'user_data.fbc',
      'user_data.fbp',
      // the event gives no event_id: one is derived, and logged (issue 13)
      'event_id',
    ]);
  });

  it('an IP override with a port or a proxy list is cleaned like ip_override', () => {
    const event = sentEvent(
      send(
        { event_name: 'page_view' },
        { fields: { userDataList: [{ name: 'client_ip_address', value: '198.51.100.7:443' }] } },
      ),
    );
    expect(event.user_data.client_ip_address).toBe('198.51.100.7');
  });

  it('external_id is sent raw when hashing is switched off', () => {
    const event = sentEvent(
      send(
        { event_name: 'page_view', user_id: ' User-42 ' },
        { fields: { hashExternalId: false } },
      ),
    );
    expect(event.user_data.external_id).toBe('User-42');
  });

  it('auto-mapping off: the event is not read, overrides still are', () => {
    const event = sentEvent(
      send(
        { event_name: 'page_view', user_data: GA4_USER_DATA, 'x-fb-ud-em': 'meta@example.com' },
        { fields: { autoMapUserData: false, userDataList: [{ name: 'ge', value: 'Woman' }] } },
      ),
    );
    expect(event.user_data).toEqual({ ...BROWSER_USER_DATA, ge: sha256('f') });
  });

  it('a table row naming no user_data key is ignored and logged by its name', () => {
    const run = send(
      { event_name: 'page_view' },
      { fields: { userDataList: [{ name: 'email', value: 'x@example.com' }] } },
    );
    expect(sentEvent(run).user_data).toEqual(BROWSER_USER_DATA);
    expect(loggedProblems(run)).toEqual([
      {
        key: 'user_data',
        reason: 'the user data table names "email", not a user_data key; ignored',
      },
      DERIVED_EVENT_ID,
    ]);
  });
});

describe('custom data overrides', () => {
  const purchase = {
    event_name: 'purchase',
    value: 10,
    currency: 'USD',
    transaction_id: 'T-1',
    items: [{ item_id: 'G1', item_sku: 'SKU-1', quantity: 2, price: 5 }],
  };

  it('the table wins over the event; other names become custom properties', () => {
    const event = sentEvent(
      send(purchase, {
        fields: {
          customDataList: [
            { name: 'value', value: '99,95' },
            { name: 'currency', value: 'gbp' },
            { name: 'plan', value: 'pro' },
            { name: 'content_ids', value: 'X1, X2' },
          ],
        },
      }),
    );
    expect(event.custom_data).toEqual({
      value: 99.95,
      currency: 'GBP',
      content_ids: ['X1', 'X2'],
      contents: [{ id: 'G1', quantity: 2, item_price: 5 }],
      content_type: 'product',
      num_items: 2,
      order_id: 'T-1',
      plan: 'pro',
    });
  });

  it('the variable wins over the event, the table over the variable', () => {
    const event = sentEvent(
      send(purchase, {
        fields: {
          customDataObject: { value: 49.9, currency: 'EUR', predicted_ltv: '300', tier: 'gold' },
          customDataList: [{ name: 'currency', value: 'CHF' }],
        },
      }),
    );
    expect(event.custom_data).toMatchObject({
      value: 49.9,
      currency: 'CHF',
      predicted_ltv: 300,
      order_id: 'T-1',
      tier: 'gold',
    });
  });

  it('item id key and content type fields', () => {
    const bySku = sentEvent(
      send(purchase, { fields: { itemIdKey: 'item_sku', contentType: 'product_group' } }),
    );
    expect(bySku.custom_data.contents).toEqual([{ id: 'SKU-1', quantity: 2, item_price: 5 }]);
    expect(bySku.custom_data.content_ids).toEqual(['SKU-1']);
    expect(bySku.custom_data.content_type).toBe('product_group');

    const none = sentEvent(send(purchase, { fields: { contentType: 'none' } }));
    expect(none.custom_data.content_ids).toEqual(['G1']);
    expect(none.custom_data).not.toHaveProperty('content_type');
  });

  it('auto-mapping off: only the table and variable are read', () => {
    // A Purchase needs a currency to be sent (issue 13): the table gives one too.
    const customDataList = [
      { name: 'value', value: '5' },
      { name: 'currency', value: 'eur' },
    ];
    const event = sentEvent(
      send(purchase, { fields: { autoMapCustomData: false, customDataList } }),
    );
    expect(event.custom_data).toEqual({ value: 5, currency: 'EUR' });
  });
});

describe('event name', () => {
  it('a standard override ignores the event name', () => {
    const event = sentEvent(
      send(
        { event_name: 'page_view' },
        { fields: { eventNameMode: 'standard', eventNameStandard: 'Schedule' } },
      ),
    );
    expect(event.event_name).toBe('Schedule');
  });

  it('an unset standard override is the field default, PageView (regression)', () => {
    const event = sentEvent(
      send({ event_name: 'purchase' }, { fields: { eventNameMode: 'standard' } }),
    );
    expect(event.event_name).toBe('PageView');
  });

  it.each([
    ['QuoteRequested', 'QuoteRequested'],
    ['add_to_cart', 'AddToCart'],
    [' complete registration ', 'CompleteRegistration'],
  ])('a custom override %j is sent as %j', (eventNameCustom, expected) => {
    const event = sentEvent(
      send({ event_name: 'page_view' }, { fields: { eventNameMode: 'custom', eventNameCustom } }),
    );
    expect(event.event_name).toBe(expected);
  });

  it('the mapping table wins over the GA4 table; its targets are case-corrected', () => {
    const fields = {
      eventNameMappings: [
        { from: 'quote_request', to: 'lead' },
        { from: 'purchase', to: 'Subscribe' },
      ],
    };
    expect(sentEvent(send({ event_name: 'QUOTE_REQUEST' }, { fields })).event_name).toBe('Lead');
    expect(sentEvent(send({ event_name: 'purchase' }, { fields })).event_name).toBe('Subscribe');
    expect(sentEvent(send({ event_name: 'add_to_cart' }, { fields })).event_name).toBe('AddToCart');
  });

  it('view_item_list: ViewContent only when opted in, else its own name', () => {
    const list = { event_name: 'view_item_list', items: [{ item_id: 'L1' }, { item_id: 'L2' }] };
    const optedIn = sentEvent(send(list, { fields: { mapViewItemListToViewContent: true } }));
    expect(optedIn.event_name).toBe('ViewContent');
    expect(optedIn.custom_data.content_ids).toEqual(['L1', 'L2']);
    expect(sentEvent(send(list)).event_name).toBe('view_item_list');
  });
});

describe('governance', () => {
  function notSent(run: ReturnType<typeof send>) {
    expect(run.outcome).toBe('success');
    expect(run.gtmOnSuccessCalls).toBe(1);
    expect(run.gtmOnFailureCalls).toBe(0);
    expect(run.requests).toEqual([]);
    expect(run.cookiesSet).toEqual([]);
    return logLines(run).filter((l) => l.type === 'not_sent');
  }

  it('allow-list: listed events (GA4 or Meta spelling) go out, others do not', () => {
    const fields = { eventAllowList: 'purchase,\n Lead' };
    expect(
      sentEvent(send({ event_name: 'purchase', value: 1, currency: 'USD' }, { fields })).event_name,
    ).toBe('Purchase');
    expect(sentEvent(send({ event_name: 'generate_lead' }, { fields })).event_name).toBe('Lead');
    expect(notSent(send({ event_name: 'page_view' }, { fields }))).toEqual([
      {
        tag: 'meta-capi',
        type: 'not_sent',
        event_name: 'PageView',
        reason: 'event "PageView" is not on the allow-list',
      },
    ]);
  });

  it('a blocked event still logs the problems found before it, consent ones included', () => {
    const run = send(
      { event_name: 'page_view', consent_state: { ad_storage: 'maybe' } },
      {
        fields: { eventAllowList: 'Purchase', consentMode: 'adStorage', consentWhenAbsent: 'send' },
      },
    );
    expect(notSent(run)).toEqual([
      {
        tag: 'meta-capi',
        type: 'not_sent',
        event_name: 'PageView',
        reason: 'event "PageView" is not on the allow-list',
      },
    ]);
    expect(loggedProblems(run)).toEqual([
      { key: 'consent_state.ad_storage', reason: 'malformed consent signal; treated as absent' },
    ]);
  });

  it('block-list: a blocked event is not sent, the tag succeeds and says why', () => {
    const lines = notSent(
      send({ event_name: 'view_item' }, { fields: { eventBlockList: 'AddToCart, view_item' } }),
    );
    expect(lines).toEqual([
      {
        tag: 'meta-capi',
        type: 'not_sent',
        event_name: 'ViewContent',
        reason: 'event "ViewContent" is on the block-list',
      },
    ]);
  });

  it('rename: a sensitive name is replaced; the lists use the name before renaming', () => {
    const fields = {
      eventAllowList: 'ViewContent',
      eventRenameList: [{ from: 'view_item', to: 'PageEngagement' }],
    };
    const event = sentEvent(
      send({ event_name: 'view_item', items: [{ item_id: 'RX-1' }] }, { fields }),
    );
    expect(event.event_name).toBe('PageEngagement');
    expect(event.custom_data.content_ids).toEqual(['RX-1']);
  });

  it('rename to a standard name in another spelling gives Meta’s spelling', () => {
    const fields = { eventRenameList: [{ from: 'my_event', to: 'purchase' }] };
    const event = sentEvent(
      send({ event_name: 'my_event', value: 1, currency: 'EUR' }, { fields }),
    );
    expect(event.event_name).toBe('Purchase');
  });

  /** Not sent and failed, with one problem line naming the field or event key to fix. */
  function rejected(run: ReturnType<typeof send>) {
    expect(run.outcome).toBe('failure');
    expect(run.gtmOnFailureCalls).toBe(1);
    expect(run.gtmOnSuccessCalls).toBe(0);
    expect(run.requests).toEqual([]);
    expect(run.cookiesSet).toEqual([]);
    return logLines(run)
      .filter((l) => l.type === 'problems' || l.type === 'not_sent')
      .map(({ stage, problems, reason }) => ({ stage, problems, reason }));
  }

  it('no event name: not sent, failure, the event key named', () => {
    expect(rejected(send({ event_name: '  ' }))).toEqual([
      {
        stage: 'event',
        problems: [{ key: 'event_name', reason: 'missing or not text' }],
        reason: undefined,
      },
      { stage: undefined, problems: undefined, reason: 'no event name Meta would accept' },
    ]);
  });

  it('an empty custom name is a configuration error naming the field', () => {
    const run = send({ event_name: 'purchase' }, { fields: { eventNameMode: 'custom' } });
    expect(rejected(run)[0]).toEqual({
      stage: 'config',
      problems: [{ key: 'eventNameCustom', reason: 'empty: no event name to send' }],
      reason: undefined,
    });
  });

  it('a name over 50 characters is not sent; the field that made it is named', () => {
    const long = 'e'.repeat(51);
    const problemOf = (run: ReturnType<typeof send>) => rejected(run)[0].problems;
    expect(problemOf(send({ event_name: long }))).toEqual([
      { key: 'event_name', reason: 'event name longer than 50 characters' },
    ]);
    expect(
      problemOf(
        send(
          { event_name: 'quote' },
          { fields: { eventNameMappings: [{ from: 'quote', to: long }] } },
        ),
      ),
    ).toEqual([{ key: 'eventNameMappings', reason: 'event name longer than 50 characters' }]);
    expect(
      problemOf(
        send(
          { event_name: 'purchase' },
          { fields: { eventRenameList: [{ from: 'Purchase', to: long }] } },
        ),
      ),
    ).toEqual([{ key: 'eventRenameList', reason: 'event name longer than 50 characters' }]);
  });

  it('the IP is not used by blocked events (nothing about the user is logged)', () => {
    const run = send(
      { event_name: 'page_view', user_data: GA4_USER_DATA },
      { fields: { eventBlockList: 'PageView' } },
    );
    notSent(run);
    const text = run.logs.map((l) => l.text).join('\n');
    expect(text).not.toContain(IP);
    expect(text).not.toContain(FBC);
  });
});
