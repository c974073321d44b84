/**
 * Failures the properties found, kept as plain examples. Event data, a
 * cookie or a variable is attacker-shaped JSON: an object in it may carry
 * its own "hasOwnProperty" key, and calling value.hasOwnProperty(...) on it
 * threw "value.hasOwnProperty is not a function", so the tag failed with a
 * runtime error instead of calling back (0.1.0's `own` and `readPath`, which
 * read nested event values such as consent_state.ad_storage and
 * user_data.address.first_name).
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { metaOk, runTag } from '../helpers/tag';
import { NOW_MS } from './arbitraries';

const SHADOW = { hasOwnProperty: 1 };
const fields = {
  pixels: [{ pixelId: '10000', accessToken: 'EAAGregressionToken000' }],
  logMode: 'always',
};

function run(
  eventData: Record<string, unknown>,
  extra: Record<string, unknown> = {},
  cookies = {},
) {
  return runTag({
    fields: { ...fields, ...extra },
    eventData,
    cookies,
    responses: metaOk(),
    now: NOW_MS,
  });
}

describe('objects with their own "hasOwnProperty" key', () => {
  it('nested event values are read through them', () => {
    const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
    const userData = {
      ...SHADOW,
      email_address: 'jane@example.com',
      address: { ...SHADOW, first_name: 'Jane', city: 'Springfield' },
    };
    // A Purchase needs value and currency to be sent (issue 13).
    const sent = run({ event_name: 'purchase', value: 1, currency: 'EUR', user_data: userData });
    expect(sent.outcome).toBe('success');
    expect(sent.metaRequests[0].body.data[0].user_data).toMatchObject({
      em: sha256('jane@example.com'),
      fn: sha256('jane'),
      ct: sha256('springfield'),
    });
    const denied = run(
      {
        event_name: 'purchase',
        user_data: userData,
        consent_state: { ...SHADOW, ad_storage: 'denied' },
      },
      { consentMode: 'adStorage' },
    );
    expect(denied.error).toBeUndefined();
    expect(denied.gtmOnSuccessCalls).toBe(1);
    expect(denied.metaRequests).toEqual([]);
  });

  it('in the event-enhancement cookie', () => {
    const stored = JSON.stringify({ em: { ...SHADOW, v: ['a'.repeat(64)], t: NOW_MS / 1000 } });
    const result = run(
      { event_name: 'AddPaymentInfo' },
      { enableEventEnhancement: true },
      { _capi_eec: Buffer.from(stored).toString('base64') },
    );
    expect(result.error).toBeUndefined();
    expect(result.outcome).toBe('success');
  });

  it.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    [
      'consent_state',
      { consent_state: { ...SHADOW, ad_storage: 'denied' } },
      { consentMode: 'adStorage' },
    ],
    ['app_data', { action_source: 'app', app_data: SHADOW }, {}],
    ['original_event_data', { original_event_data: { ...SHADOW, event_name: 'Lead' } }, {}],
    ['user_data', { user_data: { ...SHADOW, email_address: 'jane@example.com' } }, {}],
    ['items', { items: [{ ...SHADOW, item_id: 'a', quantity: 1 }], ecommerce: SHADOW }, {}],
    ['custom_properties', { custom_properties: { ...SHADOW, constructor: 1, toString: 2 } }, {}],
    ['the event itself', { ...SHADOW, user_data: SHADOW }, {}],
  ])('in %s', (_, eventData, extra) => {
    const result = run({ event_name: 'purchase', ...eventData }, extra);
    expect(result.error).toBeUndefined();
    expect(result.gtmOnSuccessCalls + result.gtmOnFailureCalls).toBe(1);
  });
});
