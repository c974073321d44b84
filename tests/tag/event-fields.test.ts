/**
 * The server event's own fields through the BUILT template: event_time
 * (seconds or milliseconds, future clamped, too old or unreadable → not sent
 * and gtmOnFailure), event_id precedence (never transaction_id as it is),
 * action_source and the URLs.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { metaOk, runTag, type TagRun } from '../helpers/tag';

const NOW = Date.UTC(2026, 0, 15, 12, 0, 0, 500);
const NOW_S = Math.floor(NOW / 1000);
const DAY = 86400;
const CLIENT_ID = '1234567890.1767000000';

/** The event_id the tag derives when none is given (issue 13): 32 hex digits of a SHA-256. */
function derivedEventId(...parts: (string | number)[]): string {
  return createHash('sha256').update(parts.join('|'), 'utf8').digest('hex').substring(0, 32);
}

function send(eventData: Record<string, unknown>, fields: Record<string, unknown> = {}): TagRun {
  return runTag({
    now: NOW,
    responses: metaOk(),
    fields: { pixels: [{ pixelId: '123', accessToken: 'TOK' }], logMode: 'always', ...fields },
    eventData: {
      event_name: 'page_view',
      client_id: CLIENT_ID,
      user_agent: 'Mozilla/5.0',
      ip_override: '203.0.113.9',
      page_location: 'https://www.example.com/?fbclid=AbC123',
      ...eventData,
    },
  });
}

function sentEvent(run: TagRun): Record<string, any> {
  expect(run.outcome).toBe('success');
  expect(run.metaRequests).toHaveLength(1);
  return run.metaRequests[0].body.data[0];
}

function logLines(run: TagRun): Array<Record<string, any>> {
  return run.logs.map((l) => JSON.parse(l.text));
}

function problems(run: TagRun): { key: string; reason: string }[] {
  return logLines(run)
    .filter((line) => line.type === 'problems')
    .flatMap((line) => line.problems);
}

function problemKeys(run: TagRun): string[] {
  return problems(run).map((p) => p.key);
}

/** Not sent, gtmOnFailure once, no cookie, and a log line naming the reason. */
function expectDropped(run: TagRun, reasonPart: string, key = 'event_time'): void {
  expect(run.outcome).toBe('failure');
  expect(run.gtmOnFailureCalls).toBe(1);
  expect(run.gtmOnSuccessCalls).toBe(0);
  expect(run.requests).toEqual([]);
  expect(run.cookiesSet).toEqual([]);
  const notSent = logLines(run).filter((line) => line.type === 'not_sent');
  expect(notSent).toHaveLength(1);
  expect(notSent[0].event_name).toBe('PageView');
  expect(notSent[0].reason).toContain(reasonPart);
  expect(problemKeys(run)).toContain(key);
}

describe('event_time', () => {
  it('is now, in whole seconds, when the event has none', () => {
    expect(sentEvent(send({})).event_time).toBe(NOW_S);
  });

  it.each([
    ['seconds', NOW_S - 3600, NOW_S - 3600],
    ['seconds as text', String(NOW_S - 3600), NOW_S - 3600],
    ['fractional seconds', NOW_S - 3600 + 0.9, NOW_S - 3600],
    ['milliseconds', (NOW_S - 3600) * 1000 + 999, NOW_S - 3600],
    ['milliseconds as text', ` ${(NOW_S - 3600) * 1000 + 1} `, NOW_S - 3600],
    ['6 days 23 hours old', NOW_S - 7 * DAY + 3600, NOW_S - 7 * DAY + 3600],
  ])('takes %s', (_kind, input, expected) => {
    const run = send({ event_time: input });
    expect(sentEvent(run).event_time).toBe(expected);
    expect(problemKeys(run)).not.toContain('event_time');
  });

  it.each([
    ['seconds', NOW_S + 3600],
    ['milliseconds', NOW + 3600000],
    ['one second', NOW_S + 1],
  ])('clamps a future time in %s to now, and reports it', (_kind, input) => {
    const run = send({ event_time: input });
    expect(sentEvent(run).event_time).toBe(NOW_S);
    expect(problemKeys(run)).toContain('event_time');
  });

  it.each([
    ['seconds', NOW_S - 7 * DAY - 1],
    ['milliseconds', (NOW_S - 8 * DAY) * 1000],
    ['seconds as text', String(NOW_S - 30 * DAY)],
    ['the year 1970', 1000],
  ])('does not send an event older than 7 days (%s): gtmOnFailure and a log line', (_k, input) => {
    expectDropped(send({ event_time: input }), 'older than 7 days');
  });

  it('allows 62 days for physical_store, from the field or the event', () => {
    const old = NOW_S - 61 * DAY;
    const fromField = send({ event_time: old }, { actionSource: 'physical_store' });
    expect(sentEvent(fromField)).toMatchObject({
      event_time: old,
      action_source: 'physical_store',
    });
    const fromEvent = send({ event_time: old, action_source: 'physical_store' });
    expect(sentEvent(fromEvent).event_time).toBe(old);
  });

  it('does not send a physical_store event older than 62 days', () => {
    const run = send({ event_time: NOW_S - 62 * DAY - 1 }, { actionSource: 'physical_store' });
    expectDropped(run, 'older than 62 days');
  });

  it.each([
    'yesterday',
    '1.7e9',
    '-1768474800',
    '0x69000000',
    '1768474800s',
    0,
    -5,
    true,
    { seconds: NOW_S },
    [NOW_S],
    1e20,
    Number.NaN,
  ])('does not send an event whose time is no time, %j (issue 14; 0.1.0 used now)', (input) => {
    expectDropped(send({ event_time: input }), 'event_time not a time');
  });
});

describe('event_id', () => {
  it('prefers the Event ID field, then event_id, then x-fb-event_id', () => {
    const all = { event_id: 'from-event', 'x-fb-event_id': 'from-meta' };
    expect(sentEvent(send(all, { eventIdOverride: 'from-field' })).event_id).toBe('from-field');
    expect(sentEvent(send(all)).event_id).toBe('from-event');
    expect(sentEvent(send({ 'x-fb-event_id': 'from-meta' })).event_id).toBe('from-meta');
  });

  it('never falls back to transaction_id as it is: without an event_id one is derived from it', () => {
    const purchase = { event_name: 'purchase', value: 5, currency: 'EUR' };
    const onlyTransaction = send({ ...purchase, transaction_id: 'T-1001' });
    expect(sentEvent(onlyTransaction).event_id).toBe(derivedEventId('Purchase', 'T-1001'));
    expect(problemKeys(onlyTransaction)).toContain('event_id');
    const both = send({ ...purchase, transaction_id: 'T-1001', event_id: 'evt-9' });
    expect(sentEvent(both).event_id).toBe('evt-9');
  });

  it('sends numbers as text and trims text', () => {
    expect(sentEvent(send({ event_id: 1700000000123 })).event_id).toBe('1700000000123');
    expect(sentEvent(send({ event_id: '  evt-1 ' })).event_id).toBe('evt-1');
    expect(sentEvent(send({}, { eventIdOverride: 42 })).event_id).toBe('42');
  });

  it('skips blank and unusable values, reporting the unusable ones', () => {
    const blankField = send({ event_id: 'evt-1' }, { eventIdOverride: '   ' });
    expect(sentEvent(blankField).event_id).toBe('evt-1');
    const objectId = send({ event_id: { id: 1 }, 'x-fb-event_id': 'from-meta' });
    expect(sentEvent(objectId).event_id).toBe('from-meta');
    expect(problemKeys(objectId)).toContain('event_id');
    const none = send({ event_id: ['a'] }, { eventIdOverride: Number.NaN });
    // None usable: derived from client_id, the name and the time (issue 13).
    expect(sentEvent(none).event_id).toBe(derivedEventId(CLIENT_ID, 'PageView', NOW_S));
    expect(problemKeys(none)).toEqual(expect.arrayContaining(['event_id', 'eventIdOverride']));
  });
});

describe('action_source', () => {
  it('is website by default, or the field', () => {
    expect(sentEvent(send({})).action_source).toBe('website');
    expect(sentEvent(send({}, { actionSource: 'system_generated' })).action_source).toBe(
      'system_generated',
    );
  });

  it('takes a valid value from the event over the field, ignoring an invalid one', () => {
    const fields = { actionSource: 'chat' };
    expect(sentEvent(send({ action_source: ' Email ' }, fields)).action_source).toBe('email');
    const invalid = send({ action_source: 'web' }, fields);
    expect(sentEvent(invalid).action_source).toBe('chat');
    expect(problemKeys(invalid)).toContain('action_source');
  });

  it('adds messaging_channel for business_messaging', () => {
    const run = send(
      { 'x-fb-ud-page_id': '1234', page_scoped_user_id: '5678' },
      { actionSource: 'business_messaging', messagingChannel: 'messenger' },
    );
    expect(sentEvent(run)).toMatchObject({
      action_source: 'business_messaging',
      messaging_channel: 'messenger',
    });
  });

  it('reports a missing messaging_channel once, and does not send the event (issue 13)', () => {
    const run = send({ 'x-fb-ud-page_id': '1234' }, { actionSource: 'business_messaging' });
    expectDropped(run, 'a business_messaging event without messaging_channel', 'messaging_channel');
    expect(problems(run).filter((p) => p.key === 'messaging_channel')).toEqual([
      {
        key: 'messaging_channel',
        reason: expect.stringContaining('required for business_messaging but missing'),
      },
    ]);
  });
});

describe('event_source_url and referrer_url', () => {
  it('come from page_location and page_referrer when they are http(s) URLs', () => {
    const event = sentEvent(send({ page_referrer: 'https://l.facebook.com/' }));
    expect(event.event_source_url).toBe('https://www.example.com/?fbclid=AbC123');
    expect(event.referrer_url).toBe('https://l.facebook.com/');
  });

  it('are left out and reported otherwise', () => {
    const run = send({ page_location: 'javascript:alert(1)', page_referrer: 'android-app://x' });
    const event = sentEvent(run);
    expect(event).not.toHaveProperty('event_source_url');
    expect(event).not.toHaveProperty('referrer_url');
    expect(problemKeys(run)).toEqual(expect.arrayContaining(['page_location', 'page_referrer']));
  });
});
