/**
 * tests/helpers/meta-event-spec.ts, the suite's oracle for one server
 * event: each rule drops (or refuses) what Meta would reject, with the
 * reason it names, and request-spec turns each into a violation; what Meta
 * accepts passes untouched.
 */
import { describe, expect, it } from 'vitest';
import { validateServerEvent } from './meta-event-spec';
import { checkMetaRequests } from './request-spec';

const NOW = Date.UTC(2026, 10, 22, 12);
const NOW_S = Math.floor(NOW / 1000);
const DAY = 86400;
const HASH = 'b'.repeat(64);

function validEvent(): Record<string, any> {
  return {
    event_name: 'Lead',
    event_time: NOW_S - 30,
    action_source: 'website',
    event_source_url: 'https://shop.example.com/',
    user_data: { em: [HASH], client_user_agent: 'Mozilla/5.0', client_ip_address: '203.0.113.9' },
    custom_data: { value: 1, currency: 'EUR' },
  };
}

function changed(change: (event: Record<string, any>) => void): Record<string, any> {
  const event = validEvent();
  change(event);
  return event;
}

function violationsOf(event: Record<string, any>): string[] {
  const body = JSON.stringify({ data: [event], access_token: 'EAAGtoken' });
  return checkMetaRequests({
    requests: [
      {
        api: 'sendHttpRequest',
        form: 'promise',
        url: 'https://graph.facebook.com/v26.0/1/events',
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        timeoutMs: 1500,
        sentAt: NOW,
        outcome: { kind: 'pending' },
        unmatched: false,
      },
    ],
  }).violations;
}

describe('validateServerEvent', () => {
  it('passes a valid event untouched, without problems', () => {
    expect(validateServerEvent(validEvent(), NOW)).toEqual({
      event: validEvent(),
      problems: [],
      sendable: true,
    });
  });

  // [what, change, the problem reported, the key that must be gone from the cleaned event]
  it.each<[string, (e: Record<string, any>) => void, string, string]>([
    [
      'an unknown event key',
      (e) => (e.upload_tag = 'x'),
      'upload_tag: not a server event parameter; dropped',
      'upload_tag',
    ],
    ['a null value', (e) => (e.opt_out = null), 'opt_out: null; dropped', 'opt_out'],
    [
      'a relative event_source_url',
      (e) => (e.event_source_url = '/cart'),
      'event_source_url: not an absolute http(s) URL; dropped',
      'event_source_url',
    ],
    [
      'an ftp referrer_url',
      (e) => (e.referrer_url = 'ftp://x.example'),
      'referrer_url: not an absolute http(s) URL; dropped',
      'referrer_url',
    ],
    [
      'a URL with a space',
      (e) => (e.event_source_url = 'https://a.example/b c'),
      'event_source_url: not an absolute http(s) URL; dropped',
      'event_source_url',
    ],
    ['opt_out as text', (e) => (e.opt_out = 'true'), 'opt_out: not a boolean; dropped', 'opt_out'],
    [
      'an empty event_id',
      (e) => (e.event_id = ''),
      'event_id: not a non-empty string; dropped',
      'event_id',
    ],
    [
      'data_processing_options not LDU',
      (e) => (e.data_processing_options = ['GDPR']),
      'data_processing_options: not [] or ["LDU"]; dropped',
      'data_processing_options',
    ],
    [
      'an unknown LDU country',
      (e) => (e.data_processing_options_country = 2),
      'data_processing_options_country: not 0 or 1; dropped',
      'data_processing_options_country',
    ],
    [
      'an unknown LDU state',
      (e) => (e.data_processing_options_state = 1),
      'data_processing_options_state: not 0 or 1000; dropped',
      'data_processing_options_state',
    ],
    [
      'an unknown messaging_channel',
      (e) => (e.messaging_channel = 'sms'),
      'messaging_channel: not a known channel; dropped',
      'messaging_channel',
    ],
    [
      'an unknown customer_segmentation',
      (e) => (e.customer_segmentation = 'vip'),
      'customer_segmentation: not a known segment; dropped',
      'customer_segmentation',
    ],
    [
      'original_event_data not an object',
      (e) => (e.original_event_data = 'Lead'),
      'original_event_data: not an object; dropped',
      'original_event_data',
    ],
    [
      'app_data not an object',
      (e) => (e.app_data = [1]),
      'app_data: not an object; dropped',
      'app_data',
    ],
    [
      'user_data.em raw',
      (e) => (e.user_data.em = 'jane@example.com'),
      'user_data.em: not a valid hashed value; dropped',
      'user_data.em',
    ],
    [
      'user_data.em with a bad appendix',
      (e) => (e.user_data.em = HASH + '.abc'),
      'user_data.em: not a valid hashed value; dropped',
      'user_data.em',
    ],
    [
      'user_data.f5first raw (SDK key)',
      (e) => (e.user_data.f5first = 'janed'),
      'user_data.f5first: not a valid hashed value; dropped',
      'user_data.f5first',
    ],
    [
      'user_data.external_id empty',
      (e) => (e.user_data.external_id = ' '),
      'user_data.external_id: not a valid hashed value; dropped',
      'user_data.external_id',
    ],
    [
      'user_data.fbp as a list',
      (e) => (e.user_data.fbp = ['fb.1.1700000000000.1']),
      'user_data.fbp: a list where one value belongs; dropped',
      'user_data.fbp',
    ],
    [
      'user_data.fbc with a space',
      (e) => (e.user_data.fbc = 'fb.1.1700000000000.Iw AR'),
      'user_data.fbc: invalid value; dropped',
      'user_data.fbc',
    ],
    [
      'user_data.fbc with a 3-character appendix',
      (e) => (e.user_data.fbc = 'fb.1.1.IwAR.abc'),
      'user_data.fbc: invalid value; dropped',
      'user_data.fbc',
    ],
    [
      'an IPv4 with a leading zero',
      (e) => (e.user_data.client_ip_address = '203.0.113.09'),
      'user_data.client_ip_address: invalid value; dropped',
      'user_data.client_ip_address',
    ],
    [
      'an IPv6 with a zone',
      (e) => (e.user_data.client_ip_address = 'fe80::1%eth0'),
      'user_data.client_ip_address: invalid value; dropped',
      'user_data.client_ip_address',
    ],
    [
      'an IP with a port',
      (e) => (e.user_data.client_ip_address = '203.0.113.9:443'),
      'user_data.client_ip_address: invalid value; dropped',
      'user_data.client_ip_address',
    ],
    [
      'a hashed subscription_id (upper case)',
      (e) => (e.user_data.subscription_id = HASH.toUpperCase()),
      'user_data.subscription_id: invalid value; dropped',
      'user_data.subscription_id',
    ],
    [
      'a hashed whatsapp_business_account_id',
      (e) => (e.user_data.whatsapp_business_account_id = HASH),
      'user_data.whatsapp_business_account_id: invalid value; dropped',
      'user_data.whatsapp_business_account_id',
    ],
    [
      'an unknown user_data key',
      (e) => (e.user_data.email = HASH),
      'user_data.email: not a customer information parameter; dropped',
      'user_data.email',
    ],
    [
      'custom_data not an object',
      (e) => (e.custom_data = 'x'),
      'custom_data: not an object; dropped',
      'custom_data',
    ],
    [
      'value not a number',
      (e) => (e.custom_data.value = '1,5'),
      'custom_data.value: not a number; dropped',
      'custom_data.value',
    ],
    [
      'num_items not whole',
      (e) => (e.custom_data.num_items = 1.5),
      'custom_data.num_items: not a whole number; dropped',
      'custom_data.num_items',
    ],
    [
      'a 2-letter currency',
      (e) => (e.custom_data.currency = 'EU'),
      'custom_data.currency: not a 3-letter ISO 4217 code; dropped',
      'custom_data.currency',
    ],
    [
      'content_ids not a list',
      (e) => (e.custom_data.content_ids = 'a'),
      'custom_data.content_ids: not a list; dropped',
      'custom_data.content_ids',
    ],
    [
      'contents not a list',
      (e) => (e.custom_data.contents = {}),
      'custom_data.contents: not a list; dropped',
      'custom_data.contents',
    ],
    [
      'an unknown customer_segmentation in custom_data',
      (e) => (e.custom_data.customer_segmentation = 'vip'),
      'custom_data.customer_segmentation: not a known segment; dropped',
      'custom_data.customer_segmentation',
    ],
  ])('drops %s', (_, change, problem, droppedPath) => {
    const result = validateServerEvent(changed(change), NOW);
    expect(result.problems.map((p) => `${p.key}: ${p.reason}`)).toContain(problem);
    expect(result.sendable).toBe(true);
    const [top, inner] = droppedPath.split('.');
    expect(inner === undefined ? result.event : result.event[top]).not.toHaveProperty(inner ?? top);
    expect(violationsOf(changed(change))).toContainEqual(
      expect.stringContaining(`${droppedPath} is not valid as sent`),
    );
  });

  it.each<[string, (e: Record<string, any>) => void, string]>([
    ['event_name as a number', (e) => (e.event_name = 7), 'event_name: missing or not text'],
    ['a blank event_name', (e) => (e.event_name = ' '), 'event_name: missing or not text'],
    ['no event_time', (e) => delete e.event_time, 'event_time: missing'],
    [
      'event_time as text',
      (e) => (e.event_time = String(NOW_S)),
      'event_time: not a whole number of seconds',
    ],
    ['event_time 0', (e) => (e.event_time = 0), 'event_time: not a whole number of seconds'],
    [
      'a physical_store event 63 days old',
      (e) => {
        e.action_source = 'physical_store';
        e.event_time = NOW_S - 63 * DAY;
      },
      'event_time: older than Meta accepts (whole request would be rejected)',
    ],
    ['no action_source', (e) => delete e.action_source, 'action_source: missing'],
    [
      'user_data not an object',
      (e) => (e.user_data = 'jane@example.com'),
      'user_data: no customer information parameter left',
    ],
    [
      'only invalid user_data',
      (e) => (e.user_data = { em: 'x' }),
      'user_data: no customer information parameter left',
    ],
  ])('refuses the event for %s', (_, change, problem) => {
    const result = validateServerEvent(changed(change), NOW);
    expect(result.sendable).toBe(false);
    expect(result.problems.map((p) => `${p.key}: ${p.reason}`)).toContain(problem);
    const [violation] = violationsOf(changed(change));
    expect(violation).toContain('Meta would reject it: ');
    expect(violation).toContain(problem);
  });

  it('refuses what is not an object', () => {
    for (const event of ['Lead', [validEvent()], null]) {
      expect(validateServerEvent(event, NOW)).toEqual({
        event: {},
        problems: [{ key: 'event', reason: 'not an object' }],
        sendable: false,
      });
    }
  });

  it.each<[string, (e: Record<string, any>) => void, Record<string, any>]>([
    ['event_id as a number becomes text', (e) => (e.event_id = 7), { event_id: '7' }],
    [
      'numeric text becomes a number',
      (e) => (e.custom_data.value = ' 12.50 '),
      { custom_data: { value: 12.5, currency: 'EUR' } },
    ],
    [
      'a lower-case currency becomes upper case',
      (e) => (e.custom_data.currency = 'eur'),
      { custom_data: { value: 1, currency: 'EUR' } },
    ],
    [
      'contents quantity as text becomes a number',
      (e) => (e.custom_data.contents = [{ id: 'a', quantity: '2' }]),
      { custom_data: { value: 1, currency: 'EUR', contents: [{ id: 'a', quantity: 2 }] } },
    ],
  ])('rewrites: %s', (_, change, expected) => {
    const result = validateServerEvent(changed(change), NOW);
    expect(result.event).toMatchObject(expected);
    expect(violationsOf(changed(change)).join('\n')).toContain('is not valid as sent');
  });

  it('keeps only what is valid in a list and a contents row with an id', () => {
    const result = validateServerEvent(
      changed((e) => {
        e.user_data.ph = [HASH, 'x', HASH + '.AbCd_-12'];
        e.custom_data.content_ids = ['a', 7, {}, ''];
        e.custom_data.contents = [{ quantity: 1 }, { id: 3, item_price: 'x', quantity: 1 }];
        e.original_event_data = { event_name: 'Lead', order_id: 'o1', extra: 1 };
      }),
      NOW,
    );
    expect(result.event.user_data.ph).toEqual([HASH, HASH + '.AbCd_-12']);
    expect(result.event.custom_data.content_ids).toEqual(['a', 7]);
    expect(result.event.custom_data.contents).toEqual([{ id: 3, quantity: 1 }]);
    expect(result.event.original_event_data).toEqual({ event_name: 'Lead', order_id: 'o1' });
    expect(result.problems).toEqual([
      { key: 'user_data.ph', reason: '1 invalid entries dropped' },
      { key: 'custom_data.content_ids', reason: 'entries that are not ids dropped' },
      { key: 'custom_data.contents', reason: 'row without an id dropped (Meta rejects it)' },
      { key: 'custom_data.contents.item_price', reason: 'not a number; dropped' },
      {
        key: 'original_event_data.extra',
        reason: 'not a parameter of original_event_data; dropped',
      },
    ]);
  });

  it('accepts what Meta accepts', () => {
    const event = changed((e) => {
      e.action_source = 'physical_store';
      e.event_time = NOW_S - 61 * DAY;
      e.event_id = 'order-1';
      e.opt_out = false;
      e.data_processing_options = [];
      e.messaging_channel = 'whatsapp';
      e.customer_segmentation = 'new_customer_to_business';
      e.user_data = {
        em: [HASH + '.Ab'],
        external_id: ['user-1', HASH],
        client_ip_address: '2001:db8::ffff:192.0.2.1',
        client_user_agent: 'Mozilla/5.0',
        fbc: 'fb.1.1700000000000.IwAR-x_y.AbCdEfGh',
        fbp: 'fb.2.1700000000000.123456789',
        lead_id: 1234567890,
        doby: HASH,
        instagram_business_account_id: '17841400000000000',
      };
      e.custom_data = {
        value: -3.5,
        currency: 'JPY',
        num_items: 0,
        content_type: 'product_group',
        delivery_category: 'curbside',
        content_ids: ['a', 7],
        contents: [{ id: 'a', quantity: 1, item_price: 2.5, note: 'x' }],
        anything: { nested: true },
      };
    });
    expect(validateServerEvent(event, NOW)).toEqual({ event, problems: [], sendable: true });
  });

  it('reports, without dropping, what spans fields', () => {
    const problemsOf = (change: (e: Record<string, any>) => void) =>
      validateServerEvent(changed(change), NOW).problems.map((p) => `${p.key}: ${p.reason}`);
    expect(problemsOf((e) => (e.event_name = 'E'.repeat(51)))).toEqual([
      'event_name: custom name longer than 50 characters',
    ]);
    expect(problemsOf((e) => (e.event_time = NOW_S + 61))).toEqual([
      'event_time: in the future (milliseconds?)',
    ]);
    expect(problemsOf((e) => (e.event_time = NOW_S + 60))).toEqual([]);
    expect(problemsOf((e) => (e.user_data = { ct: HASH, client_user_agent: 'UA' }))).toEqual([
      'user_data: only keys Meta deems insufficient on their own (v13.0 baseline)',
    ]);
    expect(
      problemsOf((e) => {
        delete e.event_source_url;
        delete e.user_data.client_user_agent;
      }),
    ).toEqual([
      'event_source_url: required for website events',
      'user_data.client_user_agent: required for website events',
    ]);
    expect(problemsOf((e) => (e.action_source = 'app'))).toEqual([
      'app_data: app events need advertiser_tracking_enabled and extinfo',
    ]);
    expect(problemsOf((e) => (e.action_source = 'business_messaging'))).toEqual([
      'messaging_channel: required for business_messaging',
    ]);
    expect(problemsOf((e) => (e.data_processing_options = ['LDU']))).toEqual([
      'data_processing_options_country: required with LDU',
      'data_processing_options_state: required with LDU',
    ]);
  });

  it('treats "__proto__" in the sent JSON as the own key it is', () => {
    const event = JSON.parse('{"__proto__": {"x": 1}}');
    const result = validateServerEvent(event, NOW);
    expect(result.problems).toContainEqual({
      key: '__proto__',
      reason: 'not a server event parameter; dropped',
    });
    const custom = changed((e) => (e.custom_data = JSON.parse('{"__proto__": {"x": 1}}')));
    expect(Object.keys(validateServerEvent(custom, NOW).event.custom_data)).toEqual(['__proto__']);
  });
});
