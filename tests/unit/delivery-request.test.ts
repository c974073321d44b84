/** The Graph request for one pixel: URL without secrets, body with token, proof and partner_agent. */
import { describe, expect, it } from 'vitest';
import type { DeliveryConfig, PixelConfig, ServerEvent } from '../../template-src/context';
import { PARTNER_AGENT } from '../../template-src/delivery/partner-agent';
import {
  buildRequest,
  chooseTestEventCode,
  graphUrl,
  orderedEvent,
  type GraphRequest,
} from '../../template-src/delivery/request';

const TOKEN = 'EAAtokenvalue0123456789abcdef';
const PROOF = 'c4'.repeat(32);

const pixel = (overrides: Partial<PixelConfig> = {}): PixelConfig => ({
  pixelId: '123456789012345',
  accessToken: TOKEN,
  appSecretProof: '',
  testEventCode: '',
  allowEvents: '',
  blockEvents: '',
  ...overrides,
});

const config = (overrides: Partial<DeliveryConfig> = {}): DeliveryConfig => ({
  pixels: [pixel()],
  apiVersion: 'v26.0',
  timeoutMs: 1500,
  retries: 1,
  testEventCode: '',
  optimistic: false,
  ...overrides,
});

const EVENT = {
  event_name: 'Purchase',
  event_time: 1763769600,
  user_data: { em: ['ab'.repeat(32)] },
};

/** The request buildRequest makes; fails the test when it gives a reason instead. */
function requestFor(...args: Parameters<typeof buildRequest>): GraphRequest {
  const built = buildRequest(...args);
  if (typeof built === 'string') throw new Error('no request: ' + built);
  return built;
}

describe('buildRequest', () => {
  it('posts JSON to the events edge, with the token only in the body', () => {
    const request = requestFor(EVENT, undefined, pixel(), config());
    expect(request.url).toBe('https://graph.facebook.com/v26.0/123456789012345/events');
    expect(request.url).not.toContain(TOKEN);
    expect(request.url).not.toContain('?');
    expect(request.options).toEqual({
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      timeout: 1500,
    });
    expect(JSON.parse(request.body)).toEqual({
      data: [EVENT],
      partner_agent: PARTNER_AGENT,
      access_token: TOKEN,
    });
    expect(request.testEventCode).toBe('');
  });

  it('sends each pixel its own token and proof', () => {
    const cfg = config({ apiVersion: 'v25.0', timeoutMs: 2500 });
    const a = requestFor(EVENT, undefined, pixel({ appSecretProof: PROOF }), cfg);
    const b = requestFor(EVENT, undefined, pixel({ pixelId: '9', accessToken: 'tokenB' }), cfg);
    expect(JSON.parse(a.body)).toMatchObject({ access_token: TOKEN, appsecret_proof: PROOF });
    expect(JSON.parse(b.body).access_token).toBe('tokenB');
    expect(JSON.parse(b.body)).not.toHaveProperty('appsecret_proof');
    expect(a.url).not.toContain(PROOF);
    expect(b.url).toBe(graphUrl('v25.0', '9'));
    expect(b.options.timeout).toBe(2500);
  });

  it('puts test_event_code at the top level', () => {
    const request = requestFor(EVENT, 'TEST777', pixel(), config());
    expect(JSON.parse(request.body).test_event_code).toBe('TEST777');
    expect(JSON.parse(request.body).data[0]).not.toHaveProperty('test_event_code');
    expect(request.testEventCode).toBe('TEST777');
  });

  it('gives up, without throwing, on an event that cannot be serialized', () => {
    const cyclic: Record<string, unknown> = { event_name: 'PageView' };
    cyclic.self = cyclic;
    expect(buildRequest(cyclic, undefined, pixel(), config())).toBe('cannot be serialized as JSON');
  });
});

describe('chooseTestEventCode', () => {
  // Since issue 14: pixel row > tag field > event (what the tag is configured with is never
  // overridden by an event; 0.1.0 let the event win).
  it.each([
    ['the pixel row wins', 'EVT', 'ROW', 'TAG', 'ROW'],
    ['then the tag field', 'EVT', '', 'TAG', 'TAG'],
    ['then the event', 'EVT', '', '', 'EVT'],
    ['the event value is trimmed', '  EVT ', '', '', 'EVT'],
    ['an empty event value is ignored', '  ', '', '', ''],
    ['an object in the event is ignored', { code: 'x' }, '', '', ''],
    ['no event value: the tag field', null, '', 'TAG', 'TAG'],
    ['none at all', undefined, '', '', ''],
  ])('%s', (_name, fromEvent, row, tag, expected) => {
    expect(
      chooseTestEventCode(fromEvent, pixel({ testEventCode: row }), config({ testEventCode: tag })),
    ).toBe(expected);
  });
});

// Changed from 0.1.0 (issue 14, accepted): 0.1.0 used the text of a non-finite number ("NaN") as
// the event's test_event_code; now it is no code at all.
it.each([[NaN], [Infinity]])(
  'an event test_event_code %s is ignored (0.1.0 sent its text)',
  (code) => {
    expect(chooseTestEventCode(code, pixel(), config())).toBe('');
  },
);

describe('orderedEvent', () => {
  it('lists the keys in the order Meta documents, whatever order the stages set them in', () => {
    const event = {
      user_data: { em: 'h' },
      custom_data: { value: 1 },
      data_processing_options_state: 1000,
      data_processing_options_country: 1,
      data_processing_options: ['LDU'],
      original_event_data: { event_name: 'Purchase' },
      app_data: { extinfo: [] },
      opt_out: false,
      referrer_url: 'https://r.example/',
      event_source_url: 'https://s.example/',
      event_id: 'e1',
      messaging_channel: 'whatsapp',
      action_source: 'business_messaging',
      event_time: 1763769600,
      event_name: 'Lead',
    } as ServerEvent;
    expect(Object.keys(orderedEvent(event))).toEqual([
      'event_name',
      'event_time',
      'action_source',
      'messaging_channel',
      'event_id',
      'event_source_url',
      'referrer_url',
      'opt_out',
      'app_data',
      'original_event_data',
      'data_processing_options',
      'data_processing_options_country',
      'data_processing_options_state',
      'user_data',
      'custom_data',
    ]);
    expect(orderedEvent(event)).toEqual(event);
  });

  it('leaves out the optional keys the event does not have', () => {
    const event = {
      user_data: {},
      action_source: 'website',
      event_time: 1,
      event_name: 'PageView',
      data_processing_options: [],
    } as unknown as ServerEvent;
    expect(orderedEvent(event)).toEqual({
      event_name: 'PageView',
      event_time: 1,
      action_source: 'website',
      data_processing_options: [],
      user_data: {},
    });
  });
});
