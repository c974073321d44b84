/**
 * Issue 13, idempotent retries through the BUILT template: an event without
 * event_id gets one derived before the first attempt, the first 32 hex
 * digits of SHA-256 over `<event name>|<order_id>`, else over
 * `<client_id>|<event name>|<event_time>`; the same for every copy of the
 * event and on every attempt, and logged. A given ID is never replaced.
 */
import { describe, expect, it } from 'vitest';
import { metaOk } from '../helpers/tag';
import {
  CLIENT_ID,
  EMAIL,
  NOW,
  NOW_SECONDS,
  reasonsFor,
  run,
  sentEvent,
  sha256,
} from './non-browser-events-fixtures';

const ORDER = {
  event_name: 'purchase',
  action_source: 'system_generated',
  transaction_id: 'T-1001',
  value: 49.9,
  currency: 'EUR',
  email: EMAIL,
  client_id: CLIENT_ID,
};
const PAGE_VIEW = {
  event_name: 'page_view',
  client_id: CLIENT_ID,
  event_time: NOW_SECONDS - 60,
  email: EMAIL,
  user_agent: 'Mozilla/5.0',
  page_location: 'https://www.example.com/',
};
const FROM_ORDER =
  'none given; derived from the event name and order_id so that a resent copy is de-duplicated. If the Pixel sends this event too, set the Event ID field to its eventID';
const FROM_CLIENT =
  'none given; derived from client_id, the event name and event_time so that a resent copy is de-duplicated. If the Pixel sends this event too, set the Event ID field to its eventID';

const derived = (seed: string) => sha256(seed).substring(0, 32);

describe('a derived event_id', () => {
  it('from the Meta event name and order_id, and logged', () => {
    const tagRun = run(ORDER);
    expect(sentEvent(tagRun).event_id).toBe(derived('Purchase|T-1001'));
    expect(reasonsFor(tagRun, 'event_id')).toEqual([FROM_ORDER]);
  });

  it('from client_id, the Meta event name and event_time when there is no order_id', () => {
    const tagRun = run(PAGE_VIEW);
    const sent = sentEvent(tagRun);
    expect(sent.event_id).toBe(derived(`${CLIENT_ID}|PageView|${NOW_SECONDS - 60}`));
    expect(reasonsFor(tagRun, 'event_id')).toEqual([FROM_CLIENT]);
  });

  it('is the same for two copies of the event, received at different times', () => {
    const first = sentEvent(run(ORDER)).event_id;
    const later = sentEvent(run(ORDER, { now: NOW + 3600_000 })).event_id;
    expect(first).toMatch(/^[0-9a-f]{32}$/);
    expect(later).toBe(first);
    const view = sentEvent(run(PAGE_VIEW)).event_id;
    const viewLater = sentEvent(run(PAGE_VIEW, { now: NOW + 60_000 })).event_id;
    expect(view).toMatch(/^[0-9a-f]{32}$/);
    expect(viewLater).toBe(view);
  });

  it('differs between orders, and between events of one order', () => {
    const ids = [
      sentEvent(run(ORDER)).event_id,
      sentEvent(run({ ...ORDER, transaction_id: 'T-1002' })).event_id,
      sentEvent(run({ ...ORDER, event_name: 'refund' })).event_id,
    ];
    expect(new Set(ids).size).toBe(3);
  });

  it('is the same on the retry after a 5xx as on the first attempt', () => {
    const tagRun = run(ORDER, {
      responses: [
        {
          url: 'https://graph.facebook.com/',
          sequence: [
            { status: 503, body: '' },
            { status: 200, body: '{"events_received":1}' },
          ],
        },
      ],
    });
    expect(tagRun.metaRequests).toHaveLength(2);
    expect([tagRun.gtmOnSuccessCalls, tagRun.gtmOnFailureCalls]).toEqual([1, 0]);
    const ids = tagRun.metaRequests.map((r) => r.body.data[0].event_id);
    expect(ids).toEqual([derived('Purchase|T-1001'), derived('Purchase|T-1001')]);
  });

  it('is not derived when neither order_id nor client_id is known, and the log says so', () => {
    const { client_id: _, ...withoutClient } = PAGE_VIEW;
    const tagRun = run(withoutClient);
    expect(sentEvent(tagRun).event_id).toBeUndefined();
    expect(reasonsFor(tagRun, 'event_id')).toEqual([
      'none given, and no order_id or client_id to derive one from',
    ]);
  });
});

describe('a given event_id is never replaced', () => {
  it.each([
    {
      label: 'the Event ID field',
      eventData: {},
      fields: { eventIdOverride: 'field-id' },
      id: 'field-id',
    },
    { label: 'event_id', eventData: { event_id: 'event-id' }, fields: {}, id: 'event-id' },
    {
      label: 'x-fb-event_id',
      eventData: { 'x-fb-event_id': 'meta-id' },
      fields: {},
      id: 'meta-id',
    },
    { label: 'a numeric event_id', eventData: { event_id: 42 }, fields: {}, id: '42' },
  ])('$label', ({ eventData, fields, id }) => {
    const tagRun = run({ ...ORDER, ...eventData }, { fields, responses: metaOk() });
    expect(sentEvent(tagRun).event_id).toBe(id);
    expect(reasonsFor(tagRun, 'event_id')).toEqual([]);
  });
});
