/**
 * The server-event validator: a valid event passes unchanged; what Meta
 * would reject is dropped key by key and reported without its value;
 * `sendable` is false only when the event cannot be saved.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { validateServerEvent } from '../../template-src/validate/index';

const NOW = Date.UTC(2026, 10, 22, 12, 0, 0);
const NOW_S = NOW / 1000;
const sha = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
const EMAIL = 'jane.doe@example.com';

function validEvent(): Record<string, any> {
  return {
    event_name: 'Purchase',
    event_time: NOW_S - 10,
    action_source: 'website',
    event_source_url: 'https://shop.example.com/thanks',
    event_id: 'evt-1',
    user_data: {
      em: [sha(EMAIL)],
      ph: sha('16505551212'),
      external_id: 'user-42',
      client_ip_address: '2001:db8::1',
      client_user_agent: 'Mozilla/5.0',
      fbc: 'fb.1.1763700000000.IwAR2F4-dbP0',
      fbp: 'fb.1.1763700000000.1116446470',
    },
    custom_data: {
      value: 142.52,
      currency: 'USD',
      contents: [{ id: 'SKU1', quantity: 2, item_price: 71.26 }],
      content_ids: ['SKU1'],
      content_type: 'product',
      num_items: 2,
      order_id: 'T-1001',
      my_property: { nested: true },
    },
    opt_out: false,
    referrer_url: 'https://www.google.com/',
    data_processing_options: ['LDU'],
    data_processing_options_country: 1,
    data_processing_options_state: 1000,
  };
}

function withChange(change: (e: Record<string, any>) => void) {
  const event = validEvent();
  change(event);
  return validateServerEvent(event, NOW);
}

it('a valid event passes unchanged with no problems', () => {
  const out = validateServerEvent(validEvent(), NOW);
  expect(out).toEqual({ event: validEvent(), problems: [], sendable: true });
});

it('accepts hashes with a Parameter Builder appendix and a not-LDU []', () => {
  const out = withChange((e) => {
    e.user_data.em = sha(EMAIL) + '.AQQCAQMC';
    e.user_data.fbp = 'fb.1.1763700000000.1116446470.AQQBAQMC';
    e.data_processing_options = [];
  });
  expect(out.problems).toEqual([]);
});

describe('user_data', () => {
  it('drops a raw value where a hash belongs, never sending it', () => {
    const out = withChange((e) => {
      e.user_data.em = EMAIL;
      e.user_data.fn = sha('jane').toUpperCase();
    });
    expect(out.event.user_data).not.toHaveProperty('em');
    expect(out.event.user_data).not.toHaveProperty('fn');
    expect(out.problems).toEqual([
      { key: 'user_data.em', reason: 'not a valid hashed value; dropped' },
      { key: 'user_data.fn', reason: 'not a valid hashed value; dropped' },
    ]);
    expect(JSON.stringify(out)).not.toContain(EMAIL);
    expect(out.sendable).toBe(true);
  });

  it('keeps the valid entries of a list', () => {
    const out = withChange((e) => {
      e.user_data.em = [sha(EMAIL), EMAIL, '', sha('b@example.com')];
    });
    expect(out.event.user_data.em).toEqual([sha(EMAIL), sha('b@example.com')]);
    expect(out.problems).toEqual([{ key: 'user_data.em', reason: '2 invalid entries dropped' }]);
  });

  it.each([
    ['fbc', 'fb.1.1763700000000'],
    ['fbp', 'fbp.1.1763700000000.123'],
    ['client_ip_address', '203.0.113.5:443'],
    ['client_ip_address', 'unknown'],
    ['client_user_agent', ''],
    ['subscription_id', sha('sub-1')],
    ['fbp', ['fb.1.1763700000000.1116446470']],
  ])('drops an invalid %s', (key, value) => {
    const out = withChange((e) => {
      e.user_data[key] = value;
    });
    expect(out.event.user_data).not.toHaveProperty(key);
    expect(out.problems.map((p) => p.key)).toContain('user_data.' + key);
    expect(out.sendable).toBe(true);
  });

  it('drops unknown keys', () => {
    const out = withChange((e) => {
      e.user_data.email = EMAIL;
    });
    expect(out.event.user_data).not.toHaveProperty('email');
    expect(out.problems).toEqual([
      { key: 'user_data.email', reason: 'not a customer information parameter; dropped' },
    ]);
  });

  it('an event with no customer information left cannot be sent', () => {
    const out = withChange((e) => {
      e.user_data = { em: EMAIL };
    });
    expect(out.sendable).toBe(false);
    expect(out.problems).toContainEqual({
      key: 'user_data',
      reason: 'no customer information parameter left',
    });
    expect(withChange((e) => delete e.user_data).sendable).toBe(false);
  });

  it('reports a weak-only key set (v13.0 baseline)', () => {
    const out = withChange((e) => {
      e.user_data = { ct: sha('paris'), country: sha('fr'), client_user_agent: 'Mozilla/5.0' };
    });
    expect(out.problems).toContainEqual({
      key: 'user_data',
      reason: 'only keys Meta deems insufficient on their own (v13.0 baseline)',
    });
  });
});

describe('required fields', () => {
  it.each(['event_name', 'event_time', 'action_source'])(
    'missing %s makes it unsendable',
    (key) => {
      const out = withChange((e) => delete e[key]);
      expect(out.sendable).toBe(false);
      expect(out.problems).toContainEqual({ key, reason: 'missing' });
    },
  );

  it.each([
    ['event_name', ''],
    ['event_name', 42],
    ['event_name', null],
    ['event_time', 1.5],
    ['event_time', '1763700000'],
    ['action_source', 'Website'],
  ])('invalid %s %j makes it unsendable', (key, value) => {
    const out = withChange((e) => {
      e[key] = value;
    });
    expect(out.sendable).toBe(false);
    expect(out.event).not.toHaveProperty(key);
  });

  it('a stale event_time is unsendable; 62 days are fine for physical_store', () => {
    expect(withChange((e) => (e.event_time = NOW_S - 8 * 86400)).sendable).toBe(false);
    const store = withChange((e) => {
      e.event_time = NOW_S - 60 * 86400;
      e.action_source = 'physical_store';
    });
    expect(store.sendable).toBe(true);
  });

  it('event_time in milliseconds is reported as future', () => {
    const out = withChange((e) => (e.event_time = NOW));
    expect(out.problems).toContainEqual({
      key: 'event_time',
      reason: 'in the future (milliseconds?)',
    });
  });

  it('a custom event name over 50 characters is reported', () => {
    const out = withChange((e) => (e.event_name = 'x'.repeat(51)));
    expect(out.problems.map((p) => p.key)).toEqual(['event_name']);
  });

  it('a non-object is unsendable', () => {
    for (const value of [null, 'event', [validEvent()]]) {
      expect(validateServerEvent(value, NOW)).toEqual({
        event: {},
        problems: [{ key: 'event', reason: 'not an object' }],
        sendable: false,
      });
    }
  });
});

describe('optional fields are dropped, not fatal', () => {
  it.each([
    ['unknown_param', 1, 'unknown_param', 'not a server event parameter; dropped'],
    [
      'event_source_url',
      'shop.example.com',
      'event_source_url',
      'not an absolute http(s) URL; dropped',
    ],
    ['opt_out', 'true', 'opt_out', 'not a boolean; dropped'],
    ['event_id', {}, 'event_id', 'not a non-empty string; dropped'],
    ['data_processing_options', 'LDU', 'data_processing_options', 'not [] or ["LDU"]; dropped'],
    ['data_processing_options_state', 6, 'data_processing_options_state', 'not 0 or 1000; dropped'],
    ['messaging_channel', 'sms', 'messaging_channel', 'not a known channel; dropped'],
    ['app_data', 'x', 'app_data', 'not an object; dropped'],
    ['referrer_url', null, 'referrer_url', 'null; dropped'],
  ])('%s = %j', (key, value, problemKey, reason) => {
    const out = withChange((e) => {
      e[key] = value;
    });
    expect(out.event).not.toHaveProperty(key);
    expect(out.problems).toContainEqual({ key: problemKey, reason });
    expect(out.sendable).toBe(true);
  });

  it('a numeric event_id becomes text', () => {
    expect(withChange((e) => (e.event_id = 7)).event.event_id).toBe('7');
  });

  it('original_event_data keeps only its own keys', () => {
    const out = withChange((e) => {
      e.original_event_data = { event_name: 'Purchase', event_time: NOW_S - 99 * 86400, foo: 1 };
    });
    expect(out.event.original_event_data).toEqual({
      event_name: 'Purchase',
      event_time: NOW_S - 99 * 86400,
    });
    expect(out.problems).toEqual([
      { key: 'original_event_data.foo', reason: 'not a parameter of original_event_data; dropped' },
    ]);
  });
});

describe('requirements across fields', () => {
  it('website events need event_source_url and client_user_agent (reported)', () => {
    const out = withChange((e) => {
      delete e.event_source_url;
      delete e.user_data.client_user_agent;
    });
    expect(out.problems).toEqual([
      { key: 'event_source_url', reason: 'required for website events' },
      { key: 'user_data.client_user_agent', reason: 'required for website events' },
    ]);
    expect(out.sendable).toBe(true);
  });

  it('app events need app_data with advertiser_tracking_enabled and extinfo', () => {
    const out = withChange((e) => {
      e.action_source = 'app';
      e.app_data = { advertiser_tracking_enabled: 1 };
    });
    expect(out.problems.map((p) => p.key)).toEqual(['app_data']);
  });

  it('business_messaging needs messaging_channel', () => {
    const out = withChange((e) => (e.action_source = 'business_messaging'));
    expect(out.problems).toEqual([
      { key: 'messaging_channel', reason: 'required for business_messaging' },
    ]);
  });

  it('LDU needs country and state', () => {
    const out = withChange((e) => {
      delete e.data_processing_options_country;
      delete e.data_processing_options_state;
    });
    expect(out.problems.map((p) => p.key)).toEqual([
      'data_processing_options_country',
      'data_processing_options_state',
    ]);
  });
});

describe('custom_data', () => {
  it('fixes numbers given as text and lower-case currency', () => {
    const out = withChange((e) => {
      e.custom_data.value = '142.52';
      e.custom_data.currency = 'usd';
      e.custom_data.num_items = '2';
    });
    expect(out.event.custom_data).toMatchObject({ value: 142.52, currency: 'USD', num_items: 2 });
    expect(out.problems).toEqual([]);
  });

  it('drops contents rows without an id, and bad typed fields', () => {
    const out = withChange((e) => {
      e.custom_data.contents = [{ quantity: 1 }, { id: 'A', quantity: 'two' }, 'x'];
      e.custom_data.content_type = 'products';
      e.custom_data.delivery_category = 'drone';
      e.custom_data.currency = 'US$';
      e.custom_data.num_items = 1.5;
      e.custom_data.content_ids = 'SKU1';
    });
    expect(out.event.custom_data.contents).toEqual([{ id: 'A' }]);
    expect(out.problems.map((p) => p.key)).toEqual([
      'custom_data.currency',
      'custom_data.contents',
      'custom_data.contents.quantity',
      'custom_data.contents',
      'custom_data.content_ids',
      'custom_data.content_type',
      'custom_data.num_items',
      'custom_data.delivery_category',
    ]);
    expect(out.sendable).toBe(true);
  });

  it('leaves the Purchase value check to buildCustomData, so it is reported once', () => {
    const out = withChange((e) => delete e.custom_data.value);
    expect(out.problems).toEqual([]);
    expect(out.sendable).toBe(true);
  });
});
