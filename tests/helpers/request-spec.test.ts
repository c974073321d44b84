/**
 * tests/helpers/request-spec.ts: passes what the built tag sends, and
 * catches each planted violation with a message naming it.
 */
import { describe, expect, it } from 'vitest';
import type { HttpRequestRecord } from '../../build/harness';
import { assertValidMetaRequests, checkMetaRequests, MAX_BODY_BYTES } from './request-spec';
import { metaOk, runTag } from './tag';

const NOW = Date.UTC(2026, 10, 22, 12);
const TOKEN = 'EAAGtokenTOKENtoken123';
const HASH = 'a'.repeat(64);

function validEvent(): Record<string, any> {
  return {
    event_name: 'Purchase',
    event_time: Math.floor(NOW / 1000) - 30,
    action_source: 'website',
    event_source_url: 'https://shop.example.com/checkout',
    event_id: 'order-1',
    user_data: {
      em: [HASH],
      client_user_agent: 'Mozilla/5.0',
      client_ip_address: '203.0.113.9',
      fbp: 'fb.1.1700000000000.123456789',
    },
    custom_data: {
      value: 12.5,
      currency: 'EUR',
      contents: [{ id: 'sku-1', quantity: 1, item_price: 12.5 }],
    },
  };
}

function validBody(): Record<string, any> {
  return { data: [validEvent()], partner_agent: 'capisgtm_0_1', access_token: TOKEN };
}

function sent(
  body: unknown,
  overrides: Partial<HttpRequestRecord> = {},
  logs: string[] = [],
): { requests: HttpRequestRecord[]; logs: { args: unknown[]; text: string; at: number }[] } {
  const request: HttpRequestRecord = {
    api: 'sendHttpRequest',
    form: 'promise',
    url: 'https://graph.facebook.com/v26.0/123456/events',
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    timeoutMs: 1500,
    sentAt: NOW,
    outcome: { kind: 'pending' },
    unmatched: false,
    ...overrides,
  };
  return { requests: [request], logs: logs.map((text) => ({ args: [text], text, at: NOW })) };
}

function violationsOf(body: unknown, overrides?: Partial<HttpRequestRecord>, logs?: string[]) {
  return checkMetaRequests(sent(body, overrides, logs)).violations;
}

function withEvent(change: (event: Record<string, any>) => void): Record<string, any> {
  const body = validBody();
  change(body.data[0]);
  return body;
}

describe('checkMetaRequests', () => {
  it('accepts a valid request', () => {
    expect(checkMetaRequests(sent(validBody()))).toEqual({ violations: [], warnings: [] });
  });

  it('accepts what the built tag sends', () => {
    const run = runTag({
      fields: { pixels: [{ pixelId: '123', accessToken: TOKEN }], logMode: 'always' },
      eventData: {
        event_name: 'purchase',
        value: '19.90',
        currency: 'eur',
        page_location: 'https://shop.example.com/?fbclid=IwAR1',
        user_agent: 'Mozilla/5.0',
        ip_override: '203.0.113.9',
        user_data: { email_address: ' Jane@Example.com ' },
        items: [{ item_id: 'sku-1', price: 19.9, quantity: 1 }],
      },
      responses: metaOk(),
      now: NOW,
    });
    expect(run.outcome).toBe('success');
    expect(run.requests).toHaveLength(1);
    expect(checkMetaRequests(run)).toEqual({ violations: [], warnings: [] });
  });

  it.each<[string, string, () => string[]]>([
    ['not POST', 'method is not POST', () => violationsOf(validBody(), { method: 'GET' })],
    [
      'another host',
      'URL is not',
      () => violationsOf(validBody(), { url: 'https://example.com/v26.0/1/events' }),
    ],
    [
      'not a Graph version',
      'URL is not',
      () => violationsOf(validBody(), { url: 'https://graph.facebook.com/v26.1/1/events' }),
    ],
    [
      'not JSON',
      'content-type',
      () => violationsOf(validBody(), { headers: { 'content-type': 'text/plain' } }),
    ],
    [
      'token in the URL',
      'access token is in a URL',
      () =>
        violationsOf(validBody(), {
          url: `https://graph.facebook.com/v26.0/1/events?access_token=${TOKEN}`,
        }),
    ],
    [
      'token in a log',
      'access token is in a log',
      () => violationsOf(validBody(), {}, [`{"url":"x","token":"${TOKEN}"}`]),
    ],
    ['body not JSON', 'not a JSON object', () => violationsOf('{"data":[')],
    [
      'body too big',
      'bytes (limit',
      () => violationsOf(withEvent((e) => (e.custom_data.note = 'x'.repeat(MAX_BODY_BYTES)))),
    ],
    [
      'no token',
      'no access_token',
      () => violationsOf({ ...validBody(), access_token: undefined }),
    ],
    ['data empty', 'data must be', () => violationsOf({ ...validBody(), data: [] })],
    [
      'data too long',
      'data must be',
      () => violationsOf({ ...validBody(), data: Array.from({ length: 1001 }, validEvent) }),
    ],
    ['data not a list', 'data must be', () => violationsOf({ ...validBody(), data: validEvent() })],
    [
      'unknown top-level key',
      'unknown top-level key "upload_tag"',
      () => violationsOf({ ...validBody(), upload_tag: 'x' }),
    ],
    [
      'partner_agent too long',
      'partner_agent',
      () => violationsOf({ ...validBody(), partner_agent: 'a'.repeat(23) }),
    ],
    [
      'partner_agent without letters',
      'partner_agent',
      () => violationsOf({ ...validBody(), partner_agent: '1-0' }),
    ],
    [
      'empty test_event_code',
      'test_event_code',
      () => violationsOf({ ...validBody(), test_event_code: '' }),
    ],
    [
      'bad appsecret_proof',
      'appsecret_proof',
      () => violationsOf({ ...validBody(), appsecret_proof: 'xyz' }),
    ],
    [
      'no event_name',
      'event_name: missing',
      () => violationsOf(withEvent((e) => delete e.event_name)),
    ],
    [
      'custom event_name over 50',
      'longer than 50',
      () => violationsOf(withEvent((e) => (e.event_name = 'E'.repeat(51)))),
    ],
    [
      'event_time in ms',
      'event_time is in the future',
      () => violationsOf(withEvent((e) => (e.event_time = NOW))),
    ],
    [
      'event_time 8 days old',
      'event_time: older than',
      () => violationsOf(withEvent((e) => (e.event_time -= 8 * 86400))),
    ],
    [
      'event_time not whole',
      'event_time: not a whole number',
      () => violationsOf(withEvent((e) => (e.event_time += 0.5))),
    ],
    [
      'bad action_source',
      'action_source: not a valid',
      () => violationsOf(withEvent((e) => (e.action_source = 'web'))),
    ],
    [
      'raw email',
      'user_data.em is not valid',
      () => violationsOf(withEvent((e) => (e.user_data.em = ['jane@example.com']))),
    ],
    [
      'upper-case hash',
      'user_data.em is not valid',
      () => violationsOf(withEvent((e) => (e.user_data.em = HASH.toUpperCase()))),
    ],
    [
      'hashed IP',
      'user_data.client_ip_address is not valid',
      () => violationsOf(withEvent((e) => (e.user_data.client_ip_address = HASH))),
    ],
    [
      'hashed lead_id',
      'user_data.lead_id is not valid',
      () => violationsOf(withEvent((e) => (e.user_data.lead_id = HASH))),
    ],
    [
      'bad fbc',
      'user_data.fbc is not valid',
      () => violationsOf(withEvent((e) => (e.user_data.fbc = 'fb.1.abc'))),
    ],
    [
      'no user_data key',
      'no customer information parameter',
      () => violationsOf(withEvent((e) => (e.user_data = {}))),
    ],
    [
      'unknown user_data key',
      'user_data.email is not valid',
      () => violationsOf(withEvent((e) => (e.user_data.email = HASH))),
    ],
    [
      'token inside an event',
      'access_token is not valid as sent',
      () => violationsOf(withEvent((e) => (e.access_token = TOKEN))),
    ],
    [
      'lower-case currency',
      'custom_data.currency is not valid',
      () => violationsOf(withEvent((e) => (e.custom_data.currency = 'eur'))),
    ],
    [
      'value as text',
      'custom_data.value is not valid',
      () => violationsOf(withEvent((e) => (e.custom_data.value = '12.5'))),
    ],
    [
      'bad content_type',
      'custom_data.content_type is not valid',
      () => violationsOf(withEvent((e) => (e.custom_data.content_type = 'sku'))),
    ],
    [
      'contents row without id',
      'custom_data.contents is not valid',
      () => violationsOf(withEvent((e) => (e.custom_data.contents = [{ quantity: 1 }]))),
    ],
    [
      'contents row without quantity',
      'contents[0] has no quantity',
      () => violationsOf(withEvent((e) => (e.custom_data.contents = [{ id: 'a' }]))),
    ],
    [
      'bad delivery_category',
      'custom_data.delivery_category is not valid',
      () => violationsOf(withEvent((e) => (e.custom_data.delivery_category = 'post'))),
    ],
    [
      'LDU without country',
      'LDU without data_processing_options_country',
      () => violationsOf(withEvent((e) => (e.data_processing_options = ['LDU']))),
    ],
    [
      'LDU without state nor IP',
      'LDU without data_processing_options_state',
      () =>
        violationsOf(
          withEvent((e) => {
            e.data_processing_options = ['LDU'];
            e.data_processing_options_country = 1;
            delete e.user_data.client_ip_address;
          }),
        ),
    ],
  ])('reports %s', (_, message, violations) => {
    expect(violations()).toContainEqual(expect.stringContaining(message));
  });

  it('names the request, the event and the key', () => {
    const [message] = violationsOf(withEvent((e) => (e.user_data.em = ['jane@example.com'])));
    expect(message).toBe(
      'request 1 (POST https://graph.facebook.com/v26.0/123456/events) data[0]: ' +
        'user_data.em is not valid as sent (user_data.em: 1 invalid entries dropped)',
    );
  });

  it('warns about requirements the tag cannot meet from the event it got', () => {
    const report = checkMetaRequests(
      sent(
        withEvent((e) => {
          delete e.user_data.client_user_agent;
          delete e.custom_data;
        }),
      ),
    );
    expect(report.violations).toEqual([]);
    expect(report.warnings).toEqual([
      expect.stringContaining('user_data.client_user_agent: required for website events'),
      expect.stringContaining('custom_data: Purchase without value or currency'),
    ]);
    const noValue = checkMetaRequests(sent(withEvent((e) => delete e.custom_data.value)));
    expect(noValue).toEqual({
      violations: [],
      warnings: [expect.stringContaining('custom_data: Purchase without value or currency')],
    });
    const hashedAgent = checkMetaRequests(
      sent(withEvent((e) => (e.user_data.client_user_agent = HASH))),
    );
    expect(hashedAgent).toEqual({
      violations: [],
      warnings: [expect.stringContaining('user_data.client_user_agent looks hashed')],
    });
  });
});

describe('assertValidMetaRequests', () => {
  it('passes a valid run and runs that sent nothing', () => {
    expect(() => assertValidMetaRequests(sent(validBody()))).not.toThrow();
    expect(() => assertValidMetaRequests({ requests: [] })).not.toThrow();
  });

  it('throws with every violation listed', () => {
    const body = withEvent((e) => {
      e.custom_data.currency = 'eur';
      e.user_data.ph = '+1 650 555 1212';
    });
    expect(() => assertValidMetaRequests(sent({ ...body, partner_agent: 'x'.repeat(30) }))).toThrow(
      /^3 Meta request spec violation\(s\):\n {2}- .*partner_agent.*\n {2}- .*user_data\.ph.*\n {2}- .*custom_data\.currency/,
    );
  });
});
