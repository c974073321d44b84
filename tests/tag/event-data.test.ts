/**
 * What the BUILT template sends for typical events, field by field: a GA4
 * purchase (user_data with email, phone and address; items, value,
 * currency, transaction_id), a page_view, Meta's own x-fb-ud-* / x-fb-cd-*
 * keys, ecommerce.items, a search. Every hash is computed here from the
 * normalized text the spec asks for (reference/meta-capi.md §3-5).
 */
import { describe, expect, it } from 'vitest';
import {
  BROWSER,
  BROWSER_USER_DATA,
  DERIVED_EVENT_ID,
  derivedEventId,
  loggedProblems,
  NOW,
  PAGE,
  send,
  sentEvent,
  sha256,
} from './event-fixtures';

const EVENT_TIME = Math.floor(NOW / 1000);

describe('GA4 purchase', () => {
  const purchase = {
    event_name: 'purchase',
    event_id: 'evt-1',
    value: 59.8,
    currency: 'eur',
    transaction_id: 'T-1001',
    user_data: {
      email_address: ' Jane.Doe@Example.com ',
      phone_number: '+1 (650) 555-1212',
      address: {
        first_name: 'Jane',
        last_name: "O'Brien-Smith",
        street: '1 Main St',
        city: 'St. Louis',
        region: 'Missouri',
        postal_code: '63101-1234',
        country: 'United States',
      },
    },
    items: [
      { item_id: 'SKU-1', item_name: 'Shoe', item_brand: 'Acme', price: 20, quantity: 2 },
      { item_name: 'Gift wrap', price: 2, quantity: 1 },
      { item_id: 77, item_name: 'Sock', item_category: 'Socks', price: '9.90' },
    ],
  };

  it('sends every field as Meta wants it', () => {
    const event = sentEvent(send(purchase));
    expect(event).toEqual({
      event_name: 'Purchase',
      event_time: EVENT_TIME,
      action_source: 'website',
      event_id: 'evt-1',
      event_source_url: PAGE,
      user_data: {
        ...BROWSER_USER_DATA,
        em: sha256('jane.doe@example.com'),
        ph: sha256('16505551212'),
        fn: sha256('jane'),
        ln: sha256('obriensmith'),
        ct: sha256('stlouis'),
        st: sha256('mo'),
        zp: sha256('63101'),
        country: sha256('us'),
      },
      custom_data: {
        value: 59.8,
        currency: 'EUR',
        content_ids: ['SKU-1', '77'],
        contents: [
          { id: 'SKU-1', quantity: 2, item_price: 20, title: 'Shoe', brand: 'Acme' },
          { id: '77', quantity: 1, item_price: 9.9, title: 'Sock', category: 'Socks' },
        ],
        content_type: 'product',
        num_items: 3,
        order_id: 'T-1001',
      },
    });
  });

  it('documents hashes Meta publishes (reference/meta-capi.md §3.1)', () => {
    const event = sentEvent(
      send({
        ...purchase,
        user_data: { email_address: 'John_Smith@gmail.com', phone_number: '+1 (650)555-1212' },
      }),
    );
    expect(event.user_data.em).toBe(
      '62a14e44f765419d10fea99367361a727c12365e2520f32218d505ed9aa0f62f',
    );
    expect(event.user_data.ph).toBe(
      'e323ec626319ca94ee8bff2e4c87cf613be6ea19919ed1364124e16807ab3176',
    );
  });

  it('logs the item without an id, by row, and still sends the rest', () => {
    const run = send(purchase);
    sentEvent(run);
    expect(loggedProblems(run)).toEqual([
      { key: 'custom_data.contents', reason: 'from items: row 2 has no usable id; left out' },
    ]);
    expect(run.logs.map((l) => l.text).join('\n')).not.toContain('Gift wrap');
  });

  it('reads address as a list: each address contributes, duplicates once', () => {
    const event = sentEvent(
      send({
        ...purchase,
        user_data: {
          email_address: ['jane@example.com', 'JANE@example.com ', 'j.doe@work.example'],
          address: [
            { first_name: 'Jane', city: 'Paris', country: 'FR', postal_code: '75018' },
            { first_name: 'Janet', city: 'Paris', country: 'fra' },
          ],
        },
      }),
    );
    expect(event.user_data).toEqual({
      ...BROWSER_USER_DATA,
      em: [sha256('jane@example.com'), sha256('j.doe@work.example')],
      fn: [sha256('jane'), sha256('janet')],
      ct: sha256('paris'),
      zp: sha256('75018'),
      country: sha256('fr'),
    });
  });

  it("uses Google's sha256_* address hashes, lowercased, when no raw value is given", () => {
    const hashed = sha256('jane');
    const event = sentEvent(
      send({
        ...purchase,
        user_data: {
          sha256_email_address: sha256('jane@example.com').toUpperCase(),
          address: { sha256_first_name: hashed },
        },
      }),
    );
    expect(event.user_data.em).toBe(sha256('jane@example.com'));
    expect(event.user_data.fn).toBe(hashed);
  });

  it('takes value, currency and order id from ecommerce when the top level has none', () => {
    const event = sentEvent(
      send({
        event_name: 'purchase',
        ecommerce: {
          value: '1.234,50',
          currency: ' gbp ',
          transaction_id: 'T-77',
          items: [{ item_id: 'A', quantity: '3', price: 411.5 }],
        },
      }),
    );
    expect(event.custom_data).toEqual({
      value: 1234.5,
      currency: 'GBP',
      content_ids: ['A'],
      contents: [{ id: 'A', quantity: 3, item_price: 411.5 }],
      content_type: 'product',
      num_items: 3,
      order_id: 'T-77',
    });
  });
});

describe('page_view', () => {
  it('is a PageView with the browser keys and no custom_data', () => {
    const event = sentEvent(send({ event_name: 'page_view', page_referrer: 'https://t.co/x' }));
    expect(event).toEqual({
      event_name: 'PageView',
      event_time: EVENT_TIME,
      action_source: 'website',
      // No event_id given: derived from client_id, the name and the time (issue 13).
      event_id: derivedEventId(BROWSER.client_id, 'PageView', EVENT_TIME),
      event_source_url: PAGE,
      referrer_url: 'https://t.co/x',
      user_data: BROWSER_USER_DATA,
    });
  });

  it('gtm.dom is a PageView too, and top-level names feed user_data', () => {
    const event = sentEvent(
      send({
        event_name: 'gtm.dom',
        email: 'Visitor@Example.org',
        first_name: 'Zoë',
        user_id: 'User-42',
        gender: 'Female',
        date_of_birth: '16.02.1997',
      }),
    );
    expect(event.event_name).toBe('PageView');
    expect(event.user_data).toEqual({
      ...BROWSER_USER_DATA,
      em: sha256('visitor@example.org'),
      fn: sha256('zoë'),
      external_id: sha256('User-42'),
      ge: sha256('f'),
      db: sha256('19970216'),
    });
    expect(event.custom_data).toBeUndefined();
  });
});

describe("Meta's own keys (x-fb-ud-*, x-fb-cd-*)", () => {
  const hashedPhone = sha256('16505551212');

  const metaKeys = {
    event_name: 'AddToCart',
    'x-fb-ud-em': ' JOHN_Smith@Gmail.com',
    'x-fb-ud-ph': hashedPhone.toUpperCase(),
    'x-fb-ud-fn': 'Valéry',
    'x-fb-ud-ln': 'Smith Jr.',
    'x-fb-ud-ct': 'São Paulo',
    'x-fb-ud-st': 'SP',
    'x-fb-ud-zp': '01310-100',
    'x-fb-ud-country': 'BR',
    'x-fb-ud-ge': 'm',
    'x-fb-ud-db': '1980-12-01',
    'x-fb-ud-external_id': 'crm-9',
    'x-fb-ud-lead_id': ' 5550001 ',
    'x-fb-cd-value': '12.50',
    'x-fb-cd-currency': 'brl',
    'x-fb-cd-content_ids': '["P1","P2"]',
    'x-fb-cd-contents': '[{"id":"P1","quantity":2,"item_price":5},{"id":"P2","quantity":1}]',
    'x-fb-cd-content_type': 'product_group',
    'x-fb-cd-num_items': '3',
    'x-fb-cd-order_id': 'O-5',
    'x-fb-cd-delivery_category': 'Home_Delivery',
  };

  it('normalizes and hashes x-fb-ud-*, passes hashes and raw IDs through, maps x-fb-cd-*', () => {
    const event = sentEvent(send(metaKeys));
    expect(event.event_name).toBe('AddToCart');
    expect(event.user_data).toEqual({
      ...BROWSER_USER_DATA,
      em: sha256('john_smith@gmail.com'),
      ph: hashedPhone,
      fn: sha256('valéry'),
      ln: sha256('smithjr'),
      ct: sha256('sãopaulo'),
      st: sha256('sp'),
      zp: sha256('01310100'),
      country: sha256('br'),
      ge: sha256('m'),
      db: sha256('19801201'),
      external_id: sha256('crm-9'),
      lead_id: '5550001',
    });
    expect(event.custom_data).toEqual({
      value: 12.5,
      currency: 'BRL',
      content_ids: ['P1', 'P2'],
      contents: [
        { id: 'P1', quantity: 2, item_price: 5 },
        { id: 'P2', quantity: 1 },
      ],
      content_type: 'product_group',
      num_items: 3,
      order_id: 'O-5',
      delivery_category: 'home_delivery',
    });
  });

  it('win over the GA4 names for the same key', () => {
    const event = sentEvent(
      send({
        ...metaKeys,
        user_data: { email_address: 'other@example.com', address: { first_name: 'Other' } },
        value: 99,
        currency: 'USD',
        items: [{ item_id: 'GA4-ITEM' }],
      }),
    );
    expect(event.user_data.em).toBe(sha256('john_smith@gmail.com'));
    expect(event.user_data.fn).toBe(sha256('valéry'));
    expect(event.custom_data.value).toBe(12.5);
    expect(event.custom_data.currency).toBe('BRL');
    expect(event.custom_data.contents.map((c: { id: string }) => c.id)).toEqual(['P1', 'P2']);
  });

  it('keeps a Parameter Builder value (hash.appendix) exactly', () => {
    const value = sha256('john_smith@gmail.com') + '.AQQCAQMC';
    const event = sentEvent(send({ event_name: 'Lead', 'x-fb-ud-em': value }));
    expect(event.user_data.em).toBe(value);
  });
});

describe('never-hashed identifiers', () => {
  const HASH = sha256('5550001');

  it('a hash-shaped lead_id is refused at its source and the next source is used', () => {
    for (const hash of [HASH, HASH.toUpperCase()]) {
      const run = send({ event_name: 'Lead', 'x-fb-ud-lead_id': hash, lead_id: ' 5550001 ' });
      expect(sentEvent(run).user_data.lead_id).toBe('5550001');
      expect(loggedProblems(run)).toContainEqual({
        key: 'user_data.lead_id',
        reason: 'from x-fb-ud-lead_id: a SHA-256 hash where Meta wants the value unhashed',
      });
    }
  });

  it('a hash-shaped lead_id with no other source sends no lead_id', () => {
    const run = send({ event_name: 'Lead', 'x-fb-ud-lead_id': HASH });
    expect(sentEvent(run).user_data).toEqual(BROWSER_USER_DATA);
    expect(loggedProblems(run)).toEqual([
      {
        key: 'user_data.lead_id',
        reason: 'from x-fb-ud-lead_id: a SHA-256 hash where Meta wants the value unhashed',
      },
      DERIVED_EVENT_ID,
    ]);
  });

  it('anon_id and madid are read from the event for action_source app only', () => {
    const ids = { 'x-fb-ud-anon_id': 'anon-1', madid: 'ad-2' };
    // An app event needs app_data (issue 13: not sent without it).
    const appData = { advertiser_tracking_enabled: 1, extinfo: ['a2', '', '', '', '14'] };
    const app = sentEvent(
      send({ event_name: 'Lead', action_source: 'app', app_data: appData, ...ids }),
    );
    expect(app.user_data).toMatchObject({ anon_id: 'anon-1', madid: 'ad-2' });
    const website = sentEvent(send({ event_name: 'Lead', action_source: 'website', ...ids }));
    expect(website.user_data).toEqual(BROWSER_USER_DATA);
  });

  it('a user data table row still sets anon_id for a website event', () => {
    const run = send(
      { event_name: 'Lead', 'x-fb-ud-anon_id': 'from-event' },
      { fields: { userDataList: [{ name: 'anon_id', value: 'from-table' }] } },
    );
    const event = sentEvent(run);
    expect(event.action_source).toBe('website');
    expect(event.user_data).toEqual({ ...BROWSER_USER_DATA, anon_id: 'from-table' });
  });
});

describe('ecommerce.items', () => {
  it('begin_checkout: InitiateCheckout with contents, ids and num_items from ecommerce.items', () => {
    const event = sentEvent(
      send({
        event_name: 'begin_checkout',
        currency: 'USD',
        value: 45,
        ecommerce: {
          items: [
            { item_id: 'A-1', quantity: 2, price: 10, item_name: 'Mug' },
            { item_id: 'B-2', quantity: 1, price: 25 },
            { item_id: 'A-1', quantity: 1, price: 10 },
          ],
        },
      }),
    );
    expect(event.event_name).toBe('InitiateCheckout');
    expect(event.custom_data).toEqual({
      value: 45,
      currency: 'USD',
      content_ids: ['A-1', 'B-2'],
      contents: [
        { id: 'A-1', quantity: 2, item_price: 10, title: 'Mug' },
        { id: 'B-2', quantity: 1, item_price: 25 },
        { id: 'A-1', quantity: 1, item_price: 10 },
      ],
      content_type: 'product',
      num_items: 4,
    });
  });

  it('view_item: a lone item gives content_name, content_category and currency', () => {
    const event = sentEvent(
      send({
        event_name: 'view_item',
        ecommerce: {
          items: [{ item_id: 'S1', item_name: 'Sneaker', item_category: 'Shoes', currency: 'cad' }],
        },
      }),
    );
    expect(event.event_name).toBe('ViewContent');
    expect(event.custom_data).toEqual({
      currency: 'CAD',
      content_ids: ['S1'],
      contents: [{ id: 'S1', quantity: 1, title: 'Sneaker', category: 'Shoes' }],
      content_type: 'product',
      num_items: 1,
      content_name: 'Sneaker',
      content_category: 'Shoes',
    });
  });

  it('top-level items win over ecommerce.items', () => {
    const event = sentEvent(
      send({
        event_name: 'add_to_cart',
        items: [{ item_id: 'TOP' }],
        ecommerce: { items: [{ item_id: 'NESTED' }] },
      }),
    );
    expect(event.custom_data.content_ids).toEqual(['TOP']);
  });
});

describe('other GA4 events', () => {
  it.each([
    ['search', 'Search'],
    ['view_search_results', 'Search'],
    ['add_to_wishlist', 'AddToWishlist'],
    ['add_payment_info', 'AddPaymentInfo'],
    ['add_shipping_info', 'AddPaymentInfo'],
    ['generate_lead', 'Lead'],
    ['sign_up', 'CompleteRegistration'],
    ['subscribe', 'Subscribe'],
    ['my_custom_event', 'my_custom_event'],
    ['add to cart', 'AddToCart'],
  ])('%s is sent as %s', (incoming, expected) => {
    expect(sentEvent(send({ event_name: incoming })).event_name).toBe(expected);
  });

  it('search: search_term becomes search_string', () => {
    const event = sentEvent(send({ event_name: 'search', search_term: '  red shoes ' }));
    expect(event.custom_data).toEqual({ search_string: 'red shoes' });
  });

  it('custom_properties are sent as custom properties, standard keys checked', () => {
    const event = sentEvent(
      send({
        event_name: 'sign_up',
        custom_properties: { plan: 'pro', seats: 5, trial: true, status: 'ignored here' },
        'x-fb-cd-status': 'registered',
      }),
    );
    expect(event.custom_data).toEqual({
      status: 'registered',
      plan: 'pro',
      seats: 5,
      trial: true,
    });
  });
});
