/**
 * Issue 13, the server event's own fields through the BUILT template: the
 * Event field overrides table (serverDataList) over the event over the
 * tag's fields, the auto-mapping switch (autoMapServerData), and event_time
 * given as text (ISO-8601 or digits); a time that cannot be read fails the
 * event instead of becoming "now".
 */
import { describe, expect, it } from 'vitest';
import {
  EMAIL,
  NOW_SECONDS,
  notSent,
  problems,
  reasonsFor,
  run,
  sentEvent,
} from './non-browser-events-fixtures';

/** 2026-01-15T10:00:00Z and 07:00Z, both within Meta's 7 days of NOW (12:00Z that day). */
const TEN_O_CLOCK = NOW_SECONDS - 2 * 3600;
const SEVEN_O_CLOCK = NOW_SECONDS - 5 * 3600;

const LEAD = { event_name: 'Lead', event_id: 'lead-1', email: EMAIL };

interface Precedence {
  name: string;
  /** The table row's value. */
  table: string;
  /** The event's own keys giving the field. */
  event: Record<string, unknown>;
  /** The tag's field for it, if there is one. */
  field?: Record<string, unknown>;
  /** What else the event needs for the field to apply. */
  base?: Record<string, unknown>;
  read: (sent: Record<string, any>) => unknown;
  /** Sent from the table, from the event, and from neither. */
  expected: [unknown, unknown, unknown];
}

const PRECEDENCE: Precedence[] = [
  {
    name: 'event_time',
    table: '2026-01-15T10:00:00Z',
    event: { event_time: SEVEN_O_CLOCK },
    read: (e) => e.event_time,
    expected: [TEN_O_CLOCK, SEVEN_O_CLOCK, NOW_SECONDS],
  },
  {
    name: 'event_source_url',
    table: 'https://table.example.com/thanks',
    event: { page_location: 'https://event.example.com/thanks' },
    read: (e) => e.event_source_url,
    expected: ['https://table.example.com/thanks', 'https://event.example.com/thanks', undefined],
  },
  {
    name: 'referrer_url',
    table: 'https://table.example.com/cart',
    event: { page_referrer: 'https://event.example.com/cart' },
    read: (e) => e.referrer_url,
    expected: ['https://table.example.com/cart', 'https://event.example.com/cart', undefined],
  },
  {
    name: 'action_source',
    table: 'physical_store',
    event: { action_source: 'email' },
    field: { actionSource: 'chat' },
    read: (e) => e.action_source,
    expected: ['physical_store', 'email', 'chat'],
  },
  {
    name: 'messaging_channel',
    table: 'instagram',
    event: { messaging_channel: 'messenger' },
    field: { messagingChannel: 'whatsapp' },
    base: { action_source: 'business_messaging' },
    read: (e) => e.messaging_channel,
    expected: ['instagram', 'messenger', 'whatsapp'],
  },
  {
    name: 'opt_out',
    table: 'true',
    event: { opt_out: false },
    read: (e) => e.opt_out,
    expected: [true, false, undefined],
  },
  {
    name: 'original_event_data.event_name',
    table: 'Purchase',
    event: { original_event_data: { event_name: 'Lead' } },
    read: (e) => e.original_event_data?.event_name,
    expected: ['Purchase', 'Lead', undefined],
  },
  {
    name: 'original_event_data.event_time',
    table: '2025-11-01T08:30:00+01:00',
    event: { original_event_data: { event_time: 1761000000 } },
    read: (e) => e.original_event_data?.event_time,
    expected: [Date.UTC(2025, 10, 1, 7, 30) / 1000, 1761000000, undefined],
  },
  {
    name: 'original_event_data.order_id',
    table: 'T-TABLE',
    event: { original_event_data: { order_id: 'T-EVENT' } },
    read: (e) => e.original_event_data?.order_id,
    expected: ['T-TABLE', 'T-EVENT', undefined],
  },
  {
    name: 'original_event_data.event_id',
    table: 'id-table',
    event: { original_event_data: { event_id: 'id-event' } },
    read: (e) => e.original_event_data?.event_id,
    expected: ['id-table', 'id-event', undefined],
  },
  {
    name: 'customer_segmentation',
    table: 'new_customer_to_business',
    event: { customer_segmentation: 'existing_customer_to_business' },
    read: (e) => e.custom_data?.customer_segmentation,
    expected: ['new_customer_to_business', 'existing_customer_to_business', undefined],
  },
];

describe('the Event field overrides table (serverDataList)', () => {
  it.each(PRECEDENCE)(
    '$name: the table, else the event, else the field',
    ({ name, table, event, field, base, read, expected }) => {
      const eventData = { ...LEAD, ...base, ...event };
      const serverDataList = [{ name, value: table }];
      const fromTable = run(eventData, { fields: { ...field, serverDataList } });
      expect(read(sentEvent(fromTable)), 'table').toEqual(expected[0]);
      expect(reasonsFor(fromTable, `serverDataList[${name}]`)).toEqual([]);
      const fromEvent = run(eventData, { fields: { ...field } });
      expect(read(sentEvent(fromEvent)), 'event').toEqual(expected[1]);
      const fromNeither = run({ ...LEAD, ...base }, { fields: { ...field } });
      expect(read(sentEvent(fromNeither)), 'field or default').toEqual(expected[2]);
    },
  );

  it('original_event_data rows are merged over the event object, key by key', () => {
    const sent = sentEvent(
      run(
        {
          ...LEAD,
          event_name: 'AppendValue',
          original_event_data: { event_name: 'Purchase', order_id: 'T-EVENT', event_id: 'e-1' },
        },
        { fields: { serverDataList: [{ name: 'original_event_data.order_id', value: 'T-9' }] } },
      ),
    );
    expect(sent.original_event_data).toEqual({
      event_name: 'Purchase',
      order_id: 'T-9',
      event_id: 'e-1',
    });
  });

  it('customer_segmentation from the table wins over the Custom data overrides too', () => {
    const sent = sentEvent(
      run(LEAD, {
        fields: {
          serverDataList: [{ name: 'customer_segmentation', value: 'customer_in_loyalty_program' }],
          customDataList: [{ name: 'customer_segmentation', value: 'new_customer_to_medium' }],
        },
      }),
    );
    expect(sent.custom_data.customer_segmentation).toBe('customer_in_loyalty_program');
  });

  it('a row with an empty value sets nothing, so the event value goes through', () => {
    const sent = sentEvent(
      run(
        { ...LEAD, page_location: 'https://event.example.com/' },
        {
          fields: {
            serverDataList: [
              { name: 'event_source_url', value: '' },
              { name: 'event_time', value: undefined },
            ],
          },
        },
      ),
    );
    expect(sent.event_source_url).toBe('https://event.example.com/');
    expect(sent.event_time).toBe(NOW_SECONDS);
  });

  it('a row naming no server event field is named in a problem and ignored', () => {
    const tagRun = run(LEAD, {
      fields: { serverDataList: [{ name: 'event_name', value: 'Purchase' }] },
    });
    expect(sentEvent(tagRun).event_name).toBe('Lead');
    expect(reasonsFor(tagRun, 'serverDataList')).toEqual([
      'a row names "event_name", not a server event field; ignored',
    ]);
  });

  it.each([
    { name: 'event_source_url', value: 'table.example.com/thanks', read: 'event_source_url' },
    { name: 'referrer_url', value: 'javascript:alert(1)', read: 'referrer_url' },
    { name: 'opt_out', value: 'sometimes', read: 'opt_out' },
    { name: 'action_source', value: 'webhook', read: 'action_source' },
  ])('an unusable $name is named by its row and left out', ({ name, value, read }) => {
    const tagRun = run(LEAD, { fields: { serverDataList: [{ name, value }] } });
    const sent = sentEvent(tagRun);
    expect(sent[read]).toEqual(name === 'action_source' ? 'website' : undefined);
    expect(reasonsFor(tagRun, `serverDataList[${name}]`)).toHaveLength(1);
  });

  it("an unusable customer_segmentation row is named and the event's value used", () => {
    const tagRun = run(
      { ...LEAD, customer_segmentation: 'existing_customer_to_business' },
      { fields: { serverDataList: [{ name: 'customer_segmentation', value: 'vip' }] } },
    );
    expect(sentEvent(tagRun).custom_data.customer_segmentation).toBe(
      'existing_customer_to_business',
    );
    expect(reasonsFor(tagRun, 'custom_data.customer_segmentation')).toEqual([
      'from the server data table: not a customer segmentation value Meta knows',
    ]);
  });

  // An unusable table value is reported and does not shadow the event's valid value, as for
  // customer_segmentation (test above): an `email` event with a bad action_source row stays an
  // email event (no invented fbp), a WhatsApp event with a bad channel row is still sent.
  it.each<{
    name: string;
    value: string;
    event: Record<string, unknown>;
    read: (e: any) => unknown;
    expected: unknown;
  }>([
    {
      name: 'action_source',
      value: 'webhook',
      event: { action_source: 'email' },
      read: (e) => [e.action_source, e.user_data.fbp],
      expected: ['email', undefined],
    },
    {
      name: 'messaging_channel',
      value: 'telegram',
      event: { action_source: 'business_messaging', messaging_channel: 'whatsapp' },
      read: (e) => e.messaging_channel,
      expected: 'whatsapp',
    },
    {
      name: 'event_source_url',
      value: 'event.example.com/',
      event: { page_location: 'https://event.example.com/' },
      read: (e) => e.event_source_url,
      expected: 'https://event.example.com/',
    },
    {
      name: 'referrer_url',
      value: 'javascript:alert(1)',
      event: { page_referrer: 'https://event.example.com/cart' },
      read: (e) => e.referrer_url,
      expected: 'https://event.example.com/cart',
    },
    {
      name: 'opt_out',
      value: 'sometimes',
      event: { opt_out: true },
      read: (e) => e.opt_out,
      expected: true,
    },
    {
      name: 'original_event_data.event_time',
      value: 'last Tuesday',
      event: { original_event_data: { event_name: 'Purchase', event_time: 1761000000 } },
      read: (e) => e.original_event_data?.event_time,
      expected: 1761000000,
    },
  ])(
    "an unusable $name row does not hide the event's value",
    ({ name, value, event, read, expected }) => {
      const tagRun = run({ ...LEAD, ...event }, { fields: { serverDataList: [{ name, value }] } });
      expect(read(sentEvent(tagRun))).toEqual(expected);
      expect(reasonsFor(tagRun, `serverDataList[${name}]`)).toHaveLength(1);
    },
  );

  // Like every other row's, so that the user can tell the table from the event at fault.
  it('a problem about an original_event_data.* row names the row', () => {
    const name = 'original_event_data.event_time';
    const tagRun = run(LEAD, { fields: { serverDataList: [{ name, value: 'last Tuesday' }] } });
    sentEvent(tagRun);
    expect(reasonsFor(tagRun, `serverDataList[${name}]`)).toHaveLength(1);
  });

  // Like the other unusable rows: named and ignored; the event's own time (else now) is used.
  it.each([
    ['the event has its own time', { event_time: TEN_O_CLOCK }, TEN_O_CLOCK],
    ['the event has no time', {}, NOW_SECONDS],
  ])('an unreadable event_time in the table is named and ignored: %s', (_, event, expected) => {
    const tagRun = run(
      { ...LEAD, ...event },
      { fields: { serverDataList: [{ name: 'event_time', value: 'last Tuesday' }] } },
    );
    expect(sentEvent(tagRun).event_time).toBe(expected);
    expect(reasonsFor(tagRun, 'serverDataList[event_time]')).toEqual([
      'not a time (Unix seconds or milliseconds, or ISO-8601); ignored',
    ]);
  });
});

describe('auto-mapping of the server event fields (autoMapServerData)', () => {
  /** Everything the event could say about its own fields. */
  const SAYS_ALL = {
    ...LEAD,
    event_name: 'AppendAttribution',
    event_time: SEVEN_O_CLOCK,
    page_location: 'https://event.example.com/',
    page_referrer: 'https://event.example.com/cart',
    action_source: 'app',
    opt_out: true,
    original_event_data: { event_name: 'Purchase', order_id: 'T-1' },
    attribution_data: { ad_id: '1200000001', attribution_share: 1 },
    app_data: { advertiser_tracking_enabled: 1, extinfo: ['a2', 'x', '1', '1', '14'] },
  };

  it('on (the default): every one of them is read', () => {
    const sent = sentEvent(run(SAYS_ALL));
    expect(sent).toMatchObject({
      event_time: SEVEN_O_CLOCK,
      event_source_url: 'https://event.example.com/',
      referrer_url: 'https://event.example.com/cart',
      action_source: 'app',
      opt_out: true,
      original_event_data: { event_name: 'Purchase', order_id: 'T-1' },
      attribution_data: { ad_id: '1200000001', attribution_share: 1 },
    });
    expect(sent.app_data.extinfo[0]).toBe('a2');
  });

  it('off: none of them is read; the fields, the table, event_id and user data still apply', () => {
    const tagRun = run(SAYS_ALL, {
      fields: {
        autoMapServerData: false,
        actionSource: 'system_generated',
        serverDataList: [{ name: 'referrer_url', value: 'https://table.example.com/' }],
      },
    });
    const sent = sentEvent(tagRun);
    expect(sent.event_time).toBe(NOW_SECONDS);
    expect(sent.action_source).toBe('system_generated');
    expect(sent.referrer_url).toBe('https://table.example.com/');
    for (const key of [
      'event_source_url',
      'opt_out',
      'original_event_data',
      'attribution_data',
      'app_data',
    ]) {
      expect(sent[key], key).toBeUndefined();
    }
    expect(sent.event_id).toBe('lead-1');
    expect(sent.user_data.em).toHaveLength(64);
  });

  it('off, for an app event: app_data only from the App data fields', () => {
    const appData = { advertiser_tracking_enabled: 1, extinfo: ['i2', 'x', '1', '1', '17'] };
    const sent = sentEvent(
      run(
        { ...SAYS_ALL, event_name: 'Lead', 'x-ga-platform': 'android', 'x-ga-os_version': '14' },
        { fields: { autoMapServerData: false, actionSource: 'app', appDataObject: appData } },
      ),
    );
    expect(sent.app_data.extinfo.slice(0, 5)).toEqual(['i2', 'x', '1', '1', '17']);
  });
});

describe('event_time given as text', () => {
  it.each([
    ['ISO-8601 with Z', '2026-01-15T10:00:00Z', TEN_O_CLOCK],
    ['ISO-8601 with fractions and an offset', '2026-01-15T11:30:00.250+01:30', TEN_O_CLOCK],
    ['ISO-8601 with a negative offset, no colon', '2026-01-15T05:00:00-0500', TEN_O_CLOCK],
    ['ISO-8601 without a zone (UTC)', '2026-01-15T10:00:00', TEN_O_CLOCK],
    ['ISO-8601 with a space and no seconds', '2026-01-15 10:00', TEN_O_CLOCK],
    ['a date alone (midnight UTC)', '2026-01-15', NOW_SECONDS - 12 * 3600],
    ['seconds as digits', String(TEN_O_CLOCK), TEN_O_CLOCK],
    ['milliseconds as digits', `${TEN_O_CLOCK}123`, TEN_O_CLOCK],
  ])('%s', (_label, eventTime, expected) => {
    const sent = sentEvent(run({ ...LEAD, event_time: eventTime }));
    expect(sent.event_time).toBe(expected);
  });

  it.each([
    'yesterday',
    '2026-13-01T00:00:00Z',
    '2026-01-15T25:00:00Z',
    '15/01/2026 10:00',
    '-1768471200',
    '1.7e9',
  ])('an unreadable time (%s) fails the event; it is not sent as now', (eventTime) => {
    const tagRun = run({ ...LEAD, event_time: eventTime });
    expect(notSent(tagRun)).toBe(
      'event_time not a time (Unix seconds or milliseconds, or ISO-8601); event not sent',
    );
    expect(reasonsFor(tagRun, 'event_time')).toHaveLength(1);
  });

  // 31 November and 29 February of a common year are not read as a later day.
  it.each(['2025-11-31T10:00:00Z', '2025-02-29T10:00:00Z'])(
    'a date that does not exist (%s) fails the event too',
    (eventTime) => {
      // Now is the 3rd of the next month, so the day it is read as is within 7 days.
      const now = Date.UTC(+eventTime.slice(0, 4), +eventTime.slice(5, 7), 3);
      const tagRun = run({ ...LEAD, event_time: eventTime }, { now });
      expect(notSent(tagRun)).toBe(
        'event_time not a time (Unix seconds or milliseconds, or ISO-8601); event not sent',
      );
    },
  );

  it('an ISO time older than 7 days is not sent either', () => {
    const tagRun = run({ ...LEAD, event_time: '2026-01-01T00:00:00Z' });
    expect(notSent(tagRun)).toBe('event_time older than 7 days; Meta rejects it, event not sent');
    expect(problems(tagRun).map((p) => p.key)).toContain('event_time');
  });
});
