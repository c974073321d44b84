/**
 * Event fields: event_time (seconds, milliseconds, future, stale,
 * non-numeric), event_id sources, action_source with messaging_channel,
 * URLs, opt_out, app_data, original_event_data, and the drop path.
 */
import { describe, expect, it } from 'vitest';
import { checkFields } from '../../build/fields-check';
import { eventFieldsFields } from '../../template-src/definition/fields/event-fields';
import type { TagFields } from '../../template-src/context';
import { EVENT_DATA_KEYS } from '../../template-src/meta/sources';
import { serverEventStage } from '../../template-src/server-event/server-event';
import { testContext, type EventData } from './context';

const NOW = Date.UTC(2026, 10, 22, 12, 0, 0, 789);
const NOW_S = Math.floor(NOW / 1000);
const DAY = 86400;

/** The server event's own fields the stage set, or why it stopped the run. */
function build(eventData: EventData, fields: TagFields = {}, nowMs = NOW) {
  const ctx = testContext({ fields, eventData, now: nowMs });
  const stop = serverEventStage(ctx);
  if (stop !== undefined) {
    expect(stop).toEqual({ ok: false, stage: 'event', reason: stop.reason });
    return { fields: undefined, drop: stop.reason, problems: ctx.problems };
  }
  const { user_data, ...fieldsSet } = ctx.event;
  expect(user_data).toEqual({});
  return { fields: fieldsSet, drop: undefined, problems: ctx.problems };
}

function fieldsOf(eventData: EventData, fields: TagFields = {}) {
  const out = build(eventData, fields);
  if (!out.fields) throw new Error('dropped: ' + out.drop);
  return out.fields;
}

describe('event_time', () => {
  it('defaults to now, in whole seconds', () => {
    const out = build({});
    expect(out.fields?.event_time).toBe(NOW_S);
    expect(out.problems).toEqual([]);
  });

  it.each([
    ['seconds', NOW_S - 3600, NOW_S - 3600],
    ['fractional seconds', NOW_S - 3600 + 0.9, NOW_S - 3600],
    ['milliseconds', (NOW_S - 3600) * 1000 + 999, NOW_S - 3600],
    ['seconds as text', String(NOW_S - 60), NOW_S - 60],
    ['milliseconds as text', ' ' + String((NOW_S - 60) * 1000) + ' ', NOW_S - 60],
    ['exactly now', NOW_S, NOW_S],
  ])('%s', (_name, raw, expected) => {
    const out = build({ event_time: raw });
    expect(out.fields?.event_time).toBe(expected);
    expect(out.problems).toEqual([]);
  });

  it.each([
    ['seconds', NOW_S + 120],
    ['milliseconds', NOW + 5000],
  ])('a future time in %s is clamped to now and reported', (_name, raw) => {
    const out = build({ event_time: raw });
    expect(out.fields?.event_time).toBe(NOW_S);
    expect(out.problems).toEqual([{ key: 'event_time', reason: 'in the future; clamped to now' }]);
  });

  it('exactly 7 days old is still sent; a second older is dropped and reported', () => {
    expect(build({ event_time: NOW_S - 7 * DAY }).fields?.event_time).toBe(NOW_S - 7 * DAY);
    const out = build({ event_time: (NOW_S - 7 * DAY - 1) * 1000 });
    expect(out.fields).toBeUndefined();
    expect(out.drop).toBe('event_time older than 7 days; Meta rejects it, event not sent');
    expect(out.problems).toEqual([
      { key: 'event_time', reason: 'older than 7 days; Meta rejects it, event not sent' },
    ]);
  });

  it('physical_store events may be 62 days old', () => {
    const store = { actionSource: 'physical_store' };
    expect(build({ event_time: NOW_S - 30 * DAY }, store).fields?.event_time).toBe(
      NOW_S - 30 * DAY,
    );
    expect(build({ event_time: NOW_S - 62 * DAY }, store).fields?.event_time).toBe(
      NOW_S - 62 * DAY,
    );
    expect(build({ event_time: NOW_S - 63 * DAY }, store).drop).toBe(
      'event_time older than 62 days; Meta rejects it, event not sent',
    );
    expect(build({ event_time: NOW_S - 30 * DAY }).drop).toContain('older than 7 days');
  });

  it.each([
    ['text', 'yesterday'],
    ['an exponent', '1.7e9'],
    ['a signed number', '-1700000000'],
    ['negative', -5],
    ['zero', 0],
    ['NaN', NaN],
    ['Infinity', Infinity],
    ['microseconds', NOW * 1000],
    ['an object', { seconds: NOW_S }],
    ['an array', [NOW_S]],
    ['a boolean', true],
  ])('%s is not a time: the event is not sent (issue 14; 0.1.0 used now)', (_name, raw) => {
    const reason = 'not a time (Unix seconds or milliseconds, or ISO-8601); event not sent';
    const out = build({ event_time: raw });
    expect(out.fields).toBeUndefined();
    expect(out.drop).toBe('event_time ' + reason);
    expect(out.problems).toEqual([{ key: 'event_time', reason }]);
  });
});

describe('event_id', () => {
  it('comes from event_id, then x-fb-event_id', () => {
    expect(fieldsOf({ event_id: 'e1', 'x-fb-event_id': 'e2' }).event_id).toBe('e1');
    expect(fieldsOf({ 'x-fb-event_id': 'e2' }).event_id).toBe('e2');
  });

  it('the Event ID field wins when it has a value', () => {
    const event = { event_id: 'e1' };
    expect(fieldsOf(event, { eventIdOverride: ' from-variable ' }).event_id).toBe('from-variable');
    expect(fieldsOf(event, { eventIdOverride: 42 }).event_id).toBe('42');
    expect(fieldsOf(event, { eventIdOverride: '' }).event_id).toBe('e1');
    expect(fieldsOf(event, { eventIdOverride: undefined }).event_id).toBe('e1');
  });

  it('is never taken from transaction_id', () => {
    expect(fieldsOf({ transaction_id: 'T-1001' }).event_id).toBeUndefined();
  });

  it('numbers become text; unusable values are reported and skipped', () => {
    expect(fieldsOf({ event_id: 12345 }).event_id).toBe('12345');
    const out = build({ event_id: { id: 1 }, 'x-fb-event_id': ' e2 ' });
    expect(out.fields?.event_id).toBe('e2');
    expect(out.problems).toEqual([
      { key: 'event_id', reason: 'not a string or number; not used as event_id' },
    ]);
    expect(fieldsOf({ event_id: '   ' }).event_id).toBeUndefined();
  });
});

describe('action_source and messaging_channel', () => {
  it('defaults to website', () => {
    expect(fieldsOf({}).action_source).toBe('website');
  });

  it('uses the field, and a valid event value wins over it', () => {
    expect(fieldsOf({}, { actionSource: 'app' }).action_source).toBe('app');
    expect(fieldsOf({ action_source: 'EMAIL' }, { actionSource: 'app' }).action_source).toBe(
      'email',
    );
  });

  it('an invalid event value is reported and the field used', () => {
    const out = build({ action_source: 'web' }, { actionSource: 'chat' });
    expect(out.fields?.action_source).toBe('chat');
    expect(out.problems.map((p) => p.key)).toEqual(['action_source']);
  });

  it('an invalid field value falls back to website, reported', () => {
    const out = build({}, { actionSource: 'store' });
    expect(out.fields?.action_source).toBe('website');
    expect(out.problems.map((p) => p.key)).toEqual(['actionSource']);
  });

  it('business_messaging carries the channel from the event or the field', () => {
    const bm = { actionSource: 'business_messaging', messagingChannel: 'whatsapp' };
    expect(fieldsOf({}, bm)).toMatchObject({
      action_source: 'business_messaging',
      messaging_channel: 'whatsapp',
    });
    expect(fieldsOf({ messaging_channel: 'Instagram' }, bm).messaging_channel).toBe('instagram');
    // Without a channel the event is built without one; the checks stage refuses it (checks.test.ts).
    const missing = build({}, { actionSource: 'business_messaging' });
    expect(missing.fields?.action_source).toBe('business_messaging');
    expect(missing.fields?.messaging_channel).toBeUndefined();
    expect(missing.problems).toEqual([]);
  });

  it('other action sources never carry a channel', () => {
    expect(
      fieldsOf({ messaging_channel: 'whatsapp' }, { messagingChannel: 'whatsapp' }),
    ).not.toHaveProperty('messaging_channel');
  });
});

describe('URLs, opt_out, app_data, original_event_data', () => {
  it('event_source_url from page_location, referrer_url from page_referrer', () => {
    const f = fieldsOf({
      page_location: 'https://shop.example.com/p?a=1',
      page_referrer: 'http://google.com/',
    });
    expect(f.event_source_url).toBe('https://shop.example.com/p?a=1');
    expect(f.referrer_url).toBe('http://google.com/');
  });

  it('a URL that is not absolute http(s) is left out and reported', () => {
    const out = build({ page_location: 'javascript:alert(1)', page_referrer: '/relative' });
    expect(out.fields).not.toHaveProperty('event_source_url');
    expect(out.fields).not.toHaveProperty('referrer_url');
    expect(out.problems.map((p) => p.key)).toEqual(['page_location', 'page_referrer']);
  });

  it.each([
    [true, true],
    [false, false],
    ['true', true],
    [' FALSE ', false],
  ])('opt_out %j → %j', (raw, expected) => {
    expect(fieldsOf({ opt_out: raw }).opt_out).toBe(expected);
  });

  it('an unreadable opt_out is left out and reported', () => {
    const out = build({ opt_out: 'yes' });
    expect(out.fields).not.toHaveProperty('opt_out');
    expect(out.problems.map((p) => p.key)).toEqual(['opt_out']);
  });

  it('app_data is built for app events only, extinfo padded to its 16 texts (issue 13)', () => {
    const extinfo = ['a2', 'com.example', '1.0', '1.0', '14'];
    const appData = { advertiser_tracking_enabled: 1, extinfo };
    expect(fieldsOf({ app_data: appData }, { actionSource: 'app' }).app_data).toEqual({
      advertiser_tracking_enabled: 1,
      extinfo: [...extinfo, ...Array(11).fill('')],
    });
    expect(fieldsOf({ app_data: appData })).not.toHaveProperty('app_data');
    const bad = build({ app_data: 'x' }, { actionSource: 'app' });
    expect(bad.problems.map((p) => p.key)).toEqual([
      'app_data',
      'app_data.advertiser_tracking_enabled',
    ]);
  });

  it('original_event_data keeps its four keys, time in seconds, without an age check', () => {
    const old = (NOW_S - 40 * DAY) * 1000;
    const out = build({
      original_event_data: {
        event_name: 'Purchase',
        event_time: old,
        order_id: 1001,
        event_id: 'e0',
        extra: 1,
      },
    });
    expect(out.fields?.original_event_data).toEqual({
      event_name: 'Purchase',
      event_time: NOW_S - 40 * DAY,
      order_id: '1001',
      event_id: 'e0',
    });
    expect(out.problems).toEqual([]);
  });

  it('original_event_data with unusable values', () => {
    const out = build({ original_event_data: { event_time: 'soon', event_name: ['x'] } });
    expect(out.fields).not.toHaveProperty('original_event_data');
    expect(out.problems.map((p) => p.key)).toEqual([
      'original_event_data.event_name',
      'original_event_data.event_time',
    ]);
  });
});

describe('Limited Data Use is part of the event fields', () => {
  it('off by default', () => {
    expect(fieldsOf({ data_processing_options: ['LDU'] })).not.toHaveProperty(
      'data_processing_options',
    );
  });

  it('from event data', () => {
    expect(fieldsOf({ data_processing_options: ['LDU'] }, { lduMode: 'eventData' })).toMatchObject({
      data_processing_options: ['LDU'],
      data_processing_options_country: 0,
      data_processing_options_state: 0,
    });
    const notLdu = fieldsOf({ data_processing_options: [] }, { lduMode: 'eventData' });
    expect(notLdu.data_processing_options).toEqual([]);
    expect(notLdu).not.toHaveProperty('data_processing_options_country');
  });
});

describe('event keys', () => {
  it('reads only the server event keys', () => {
    const ldu = { data_processing_options: ['LDU'], data_processing_options_country: 'x' };
    const app = testContext({
      fields: { lduMode: 'eventData', actionSource: 'app' },
      eventData: ldu,
    });
    serverEventStage(app);
    const messaging = testContext({ fields: { actionSource: 'business_messaging' } });
    serverEventStage(messaging);
    const seen = new Set([...app.eventData.reads, ...messaging.eventData.reads]);
    expect([...seen].sort()).toEqual([
      'action_source',
      // app_data's own keys on the event, and the Firebase fields it falls back on (issue 13)
      'advertiser_tracking_enabled',
      'app_data',
      'application_tracking_enabled',
      'data_processing_options',
      'data_processing_options_country',
      'data_processing_options_state',
      'event_id',
      'event_time',
      'extinfo',
      'messaging_channel',
      'opt_out',
      'original_event_data',
      'page_location',
      'page_referrer',
      'x-fb-event_id',
      'x-ga-os_version',
      'x-ga-platform',
      'x-ga-resettable_device_id',
    ]);
    expect([...seen].filter((k) => EVENT_DATA_KEYS.indexOf(k) < 0)).toEqual([]);
  });

  it('reads messaging_channel and app_data only for their action source', () => {
    const website = testContext();
    serverEventStage(website);
    expect(website.eventData.reads).not.toContain('messaging_channel');
    expect(website.eventData.reads).not.toContain('app_data');
  });

  it('its fields pass the build field check', () => {
    expect(checkFields([{ file: 'event-fields.ts', fields: eventFieldsFields }])).toEqual([]);
  });
});
