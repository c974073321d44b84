/**
 * Issue 14, finding 6 (values), through the built template: absurd fbc/fbp
 * cookies are neither sent nor written back; the SHA-256 of an empty value
 * is no email; event names with NUL or text-direction characters are
 * refused; "pur chase" is no Purchase.
 */
import { describe, expect, it } from 'vitest';
import { outbound, problemsOf, send, sentEvent, sha256 } from './hostile-input-fixtures';

const HIT = { event_name: 'Lead', user_data: { email_address: 'jane@example.com' } };

describe('absurd fbc and fbp cookies are refused, not sent or re-written', () => {
  const THIRTY_DIGITS = '123456789012345678901234567890';
  it.each([
    ['_fbc', `fb.1.${THIRTY_DIGITS}.IwAR2F4dbP0l7Mn1`, 'fbc'],
    ['_fbc', 'fb.1.1767000000000.<script>alert(1)</script>', 'fbc'],
    ['_fbp', `fb.1.${THIRTY_DIGITS}.1122334455`, 'fbp'],
    ['_fbp', 'fb.1.1767000000000.<b>1122334455</b>', 'fbp'],
  ])('%s = %s', (cookie, value, key) => {
    const run = send(HIT, { cookies: { [cookie]: value }, fields: { identityCookies: 'always' } });
    expect(sentEvent(run).user_data[key]).not.toBe(value);
    expect(run.cookiesSet.filter((c) => c.value === value)).toEqual([]);
    expect(outbound(run)).not.toContain(value);
    expect(problemsOf(run).map((p) => p.key)).toContain(cookie);
  });
});

describe('the SHA-256 of an empty value is refused as em', () => {
  const EMPTY_HASH = sha256('');

  it.each([
    ['x-fb-ud-em', { 'x-fb-ud-em': EMPTY_HASH }],
    ['user_data.sha256_email_address', { user_data: { sha256_email_address: EMPTY_HASH } }],
  ])('from %s', (_, event) => {
    const run = send({ event_name: 'Lead', ...event });
    expect(sentEvent(run).user_data.em).toBeUndefined();
    expect(run.requests[0].body).not.toContain(EMPTY_HASH);
    expect(problemsOf(run).some((p) => p.reason.includes('empty value'))).toBe(true);
  });
});

describe('event names hiding what they say are refused', () => {
  it.each([
    ['NUL', 'Purchase\u0000'],
    ['NUL inside', 'Pur\u0000chase'],
    ['RTL override', 'Lead\u202Eesahcrup'],
    ['RTL isolate', '\u2067Lead'],
  ])('%s', (_, name) => {
    const run = send({ ...HIT, event_name: name });
    expect(run.outcome).toBe('failure');
    expect(run.requests).toEqual([]);
    expect(problemsOf(run).map((p) => p.key)).toContain('event_name');
  });
});

describe('case correction reads words, not letters', () => {
  it('"pur chase" is not Purchase', () => {
    const run = send({ ...HIT, event_name: 'pur chase' });
    expect(run.metaRequests.map((r) => r.body.data[0].event_name)).not.toContain('Purchase');
  });

  it('control: "add to cart" is AddToCart, "PURCHASE" is Purchase', () => {
    for (const [given, standard] of [
      ['add to cart', 'AddToCart'],
      ['PURCHASE', 'Purchase'],
    ]) {
      const run = send({ ...HIT, event_name: given, value: 5, currency: 'EUR' });
      expect(sentEvent(run).event_name).toBe(standard);
    }
  });
});
