/**
 * Restricted-data mode (issue 17) through the BUILT template: URLs without
 * query string (or path), descriptive custom data, contents titles and
 * custom properties withheld, standard events only (a custom name renamed
 * by the rename table or blocked), and one log line listing what was
 * withheld. With the mode off, nothing is withheld.
 */
import { describe, expect, it } from 'vitest';
import {
  linesOf,
  notSentReason,
  run,
  sentEvent,
  type GovernanceRunOptions,
} from './governance-fixtures';

const ON = { restrictedData: true };
const PAGE = 'https://clinic.example.com/conditions/diabetes/book?utm_source=meta&plan=gold#slot-3';
const REFERRER = 'https://search.example.org/results?q=insulin+pump';

/** A Purchase with every kind of descriptive data restricted-data mode withholds. */
const RICH_PURCHASE = {
  event_name: 'purchase',
  page_location: PAGE,
  page_referrer: REFERRER,
  transaction_id: 'ORDER-7001',
  value: 40,
  currency: 'USD',
  search_term: 'insulin pump',
  content_category: 'Diabetes care',
  items: [
    {
      item_id: 'SKU-1',
      item_name: 'Glucose meter',
      item_brand: 'Acme',
      item_category: 'Diabetes',
      price: 20,
      quantity: 2,
    },
  ],
  custom_properties: { condition: 'type 2 diabetes', plan: 'gold' },
};

function purchase(fields: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return run({ ...RICH_PURCHASE, ...extra }, { fields });
}

describe('restricted-data mode off (the default)', () => {
  it.each([[{}], [{ restrictedData: false }]])('%j withholds nothing', (fields) => {
    const result = purchase(fields);
    const event = sentEvent(result);
    expect(event.event_source_url).toBe(PAGE);
    expect(event.referrer_url).toBe(REFERRER);
    expect(event.custom_data).toMatchObject({
      content_name: 'Glucose meter',
      content_category: 'Diabetes care',
      search_string: 'insulin pump',
      condition: 'type 2 diabetes',
      plan: 'gold',
    });
    expect(event.custom_data.contents).toEqual([
      {
        id: 'SKU-1',
        quantity: 2,
        item_price: 20,
        title: 'Glucose meter',
        brand: 'Acme',
        category: 'Diabetes',
      },
    ]);
    expect(linesOf(result, 'withheld')).toEqual([]);
  });

  it('sends a custom event name as it is', () => {
    expect(sentEvent(run({ event_name: 'colonoscopy_scheduled' })).event_name).toBe(
      'colonoscopy_scheduled',
    );
  });
});

describe('restricted-data mode: URLs', () => {
  it.each([
    [
      'unset (origin and path)',
      undefined,
      'https://clinic.example.com/conditions/diabetes/book',
      'https://search.example.org/results',
      ['event_source_url query string', 'referrer_url query string'],
    ],
    [
      '"path"',
      'path',
      'https://clinic.example.com/conditions/diabetes/book',
      'https://search.example.org/results',
      ['event_source_url query string', 'referrer_url query string'],
    ],
    [
      '"origin"',
      'origin',
      'https://clinic.example.com/',
      'https://search.example.org/',
      ['event_source_url path and query string', 'referrer_url path and query string'],
    ],
  ])('URLs sent %s', (_label, restrictedUrl, page, referrer, withheld) => {
    const result = run(
      { event_name: 'page_view', page_location: PAGE, page_referrer: REFERRER },
      { fields: { ...ON, restrictedUrl } },
    );
    const event = sentEvent(result);
    expect([event.event_source_url, event.referrer_url]).toEqual([page, referrer]);
    expect(linesOf(result, 'withheld')).toEqual([
      {
        tag: 'meta-capi',
        type: 'withheld',
        event_name: 'PageView',
        reason: 'restricted-data mode',
        withheld,
      },
    ]);
  });

  it('applies to a URL from the server data table too', () => {
    const fields = { ...ON, serverDataList: [{ name: 'event_source_url', value: PAGE }] };
    const event = sentEvent(run({ event_name: 'page_view' }, { fields }));
    expect(event.event_source_url).toBe('https://clinic.example.com/conditions/diabetes/book');
  });

  it.each([
    ['path', 'https://clinic.example.com/book#top', 'https://clinic.example.com/book'],
    ['path', 'https://clinic.example.com?ref=ad', 'https://clinic.example.com'],
    ['origin', 'https://clinic.example.com:8443/book?x=1', 'https://clinic.example.com:8443/'],
    ['origin', 'http://clinic.example.com/a/b/c', 'http://clinic.example.com/'],
  ])('URLs sent "%s": %s becomes %s', (restrictedUrl, page, expected) => {
    const event = sentEvent(
      run({ event_name: 'page_view', page_location: page }, { fields: { ...ON, restrictedUrl } }),
    );
    expect(event.event_source_url).toBe(expected);
  });

  it('leaves a URL without query string alone in "path" and lists nothing for it', () => {
    const result = run(
      { event_name: 'page_view', page_location: 'https://clinic.example.com/book' },
      { fields: ON },
    );
    expect(sentEvent(result).event_source_url).toBe('https://clinic.example.com/book');
    expect(linesOf(result, 'withheld')).toEqual([]);
  });

  // In "origin" mode a URL that is already its origin, with or without "/", is sent as it is.
  it.each(['https://clinic.example.com', 'https://clinic.example.com/'])(
    'does not claim to withhold a path from a URL that has none ("origin"): %s',
    (page) => {
      const result = run(
        { event_name: 'page_view', page_location: page },
        { fields: { ...ON, restrictedUrl: 'origin' } },
      );
      expect(sentEvent(result).event_source_url).toBe(page);
      expect(linesOf(result, 'withheld')).toEqual([]);
    },
  );

  // User name and password in a URL are neither origin nor path: both modes drop them.
  it.each([
    ['path', 'https://clinic.example.com/book'],
    ['origin', 'https://clinic.example.com/'],
  ])('drops user information from the URL ("%s")', (restrictedUrl, expected) => {
    const event = sentEvent(
      run(
        {
          event_name: 'page_view',
          page_location: 'https://jane:secret@clinic.example.com/book?x=1',
        },
        { fields: { ...ON, restrictedUrl } },
      ),
    );
    expect(event.event_source_url).toBe(expected);
  });
});

describe('restricted-data mode: custom data', () => {
  it('withholds content_name, content_category, search_string, titles and custom properties; keeps the rest', () => {
    const result = purchase(ON, { predicted_ltv: 300, delivery_category: 'home_delivery' });
    expect(sentEvent(result).custom_data).toEqual({
      value: 40,
      currency: 'USD',
      content_ids: ['SKU-1'],
      contents: [{ id: 'SKU-1', quantity: 2, item_price: 20 }],
      content_type: 'product',
      delivery_category: 'home_delivery',
      num_items: 2,
      order_id: 'ORDER-7001',
      predicted_ltv: 300,
    });
  });

  it('keeps only id, quantity, item_price and delivery_category of each contents row', () => {
    const contents = [
      {
        id: 'RX-1',
        quantity: 1,
        item_price: 9.5,
        delivery_category: 'curbside',
        title: 'Antidepressant refill',
        brand: 'Pharma',
        category: 'Mental health',
        description: 'Monthly refill',
      },
      { id: 'RX-2', quantity: 3, title: 'Test strips' },
    ];
    const result = run({ event_name: 'AddToCart', contents }, { fields: ON });
    expect(sentEvent(result).custom_data.contents).toEqual([
      { id: 'RX-1', quantity: 1, item_price: 9.5, delivery_category: 'curbside' },
      { id: 'RX-2', quantity: 3 },
    ]);
    expect(linesOf(result, 'withheld')[0].withheld).toEqual([
      'contents titles, brands, categories and descriptions',
    ]);
  });

  it('withholds custom properties and descriptive keys from the table, the variable and custom_properties alike', () => {
    const fields = {
      ...ON,
      customDataList: [
        { name: 'content_name', value: 'Fertility consultation' },
        { name: 'clinic', value: 'north' },
        { name: 'status', value: 'booked' },
      ],
      customDataObject: { content_category: 'Fertility', diagnosis: 'pcos', value: 120 },
    };
    const result = run(
      { event_name: 'Schedule', currency: 'EUR', custom_properties: { doctor: 'dr-who' } },
      { fields },
    );
    expect(sentEvent(result).custom_data).toEqual({
      value: 120,
      currency: 'EUR',
      status: 'booked',
    });
    expect(linesOf(result, 'withheld')[0].withheld).toEqual([
      'custom_data.content_name',
      'custom_data.content_category',
      'custom properties (3)',
    ]);
  });

  it('keeps the CRM preset event_source and lead_event_source', () => {
    const event = sentEvent(
      run(
        { event_name: 'Lead', user_data: { email_address: 'jane.doe@example.com' } },
        { fields: { ...ON, actionSource: 'crm', leadEventSource: 'Acme CRM' } },
      ),
    );
    expect(event.custom_data).toEqual({ event_source: 'crm', lead_event_source: 'Acme CRM' });
  });
});

describe('restricted-data mode: standard events only', () => {
  it.each([
    ['purchase', 'Purchase'],
    ['generate_lead', 'Lead'],
    ['add to cart', 'AddToCart'],
    ['Schedule', 'Schedule'],
    ['page_view', 'PageView'],
  ])('sends %s as the standard event %s', (name, expected) => {
    const extra = expected === 'Purchase' ? { value: 1, currency: 'USD' } : {};
    expect(sentEvent(run({ event_name: name, ...extra }, { fields: ON })).event_name).toBe(
      expected,
    );
  });

  it('does not send a custom event without a rename row, and says why', () => {
    const reason = notSentReason(run({ event_name: 'colonoscopy_scheduled' }, { fields: ON }));
    expect(reason).toContain('"colonoscopy_scheduled" is not a standard event');
    expect(reason).toContain('rename table');
  });

  it('does not send a custom event set in the tag (event name "custom")', () => {
    const options: GovernanceRunOptions = {
      fields: { ...ON, eventNameMode: 'custom', eventNameCustom: 'hiv_test_ordered' },
    };
    expect(notSentReason(run({ event_name: 'page_view' }, options))).toContain(
      '"hiv_test_ordered" is not a standard event',
    );
  });

  it('sends a custom event the rename table renames to a standard one (in any case)', () => {
    const fields = {
      ...ON,
      eventRenameList: [{ from: 'colonoscopy_scheduled', to: 'schedule' }],
    };
    const result = run({ event_name: 'colonoscopy_scheduled' }, { fields });
    expect(sentEvent(result).event_name).toBe('Schedule');
    expect(result.logs.map((l) => l.text).join('\n')).not.toContain('colonoscopy');
  });

  it('does not send an event the rename table renames to another custom name', () => {
    const fields = {
      ...ON,
      eventRenameList: [{ from: 'colonoscopy_scheduled', to: 'AppointmentBooked' }],
    };
    expect(notSentReason(run({ event_name: 'colonoscopy_scheduled' }, { fields }))).toContain(
      '"AppointmentBooked" is not a standard event',
    );
  });
});

describe('restricted-data mode: the withheld log line', () => {
  it('lists everything withheld from the event, by key, never by value', () => {
    const result = purchase(ON);
    sentEvent(result);
    expect(linesOf(result, 'withheld')).toEqual([
      {
        tag: 'meta-capi',
        type: 'withheld',
        event_name: 'Purchase',
        reason: 'restricted-data mode',
        withheld: [
          'event_source_url query string',
          'referrer_url query string',
          'contents titles, brands, categories and descriptions',
          'custom_data.content_name',
          'custom_data.content_category',
          'custom_data.search_string',
          'custom properties (2)',
        ],
      },
    ]);
    const text = result.logs.map((l) => l.text).join('\n');
    for (const value of ['diabetes', 'Glucose', 'insulin', 'gold', 'Acme']) {
      expect(text).not.toContain(value);
    }
  });

  it('is written on a not_sent exit too (a Purchase Meta would reject for its missing currency)', () => {
    const result = run({ event_name: 'purchase', page_location: PAGE, value: 5 }, { fields: ON });
    expect(result.outcome).toBe('failure');
    expect(result.metaRequests).toEqual([]);
    expect(linesOf(result, 'withheld').map((l) => l.withheld)).toEqual([
      ['event_source_url query string'],
    ]);
    expect(linesOf(result, 'not_sent')).toHaveLength(1);
  });

  it('is not written when nothing was withheld', () => {
    const result = run({ event_name: 'Lead' }, { fields: ON });
    sentEvent(result);
    expect(linesOf(result, 'withheld')).toEqual([]);
  });

  it('is not written when logging is off, and the event is still restricted', () => {
    const result = purchase({ ...ON, logMode: 'off' });
    expect(result.logs).toEqual([]);
    expect(sentEvent(result).event_source_url).toBe(
      'https://clinic.example.com/conditions/diabetes/book',
    );
  });
});
