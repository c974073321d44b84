/**
 * Issue 14, finding 2, through the built template: what one event may make
 * the tag do is bounded. custom_properties from any hit are handled in work
 * linear in their number and capped at 100 (with a problem); a huge fbclid
 * makes no cookie browsers would drop (over 4 KB); 1 MB value, currency and
 * quantity strings are refused without being scanned. Work is counted in
 * interpreted operations (bench/cost.ts), never timed.
 */
import { describe, expect, it } from 'vitest';
import { eventWork, PAGE, problemsOf, send, sentEvent } from './hostile-input-fixtures';

function properties(count: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < count; i++) out[`prop_${i}`] = `value ${i}`;
  return out;
}

describe('custom_properties', () => {
  it('1,000 of them: the first 100 are sent, the rest left out with a problem', () => {
    for (const given of [properties(1000), JSON.stringify(properties(1000))]) {
      const run = send({ event_name: 'Lead', custom_properties: given });
      const customData = sentEvent(run).custom_data;
      expect(Object.keys(customData)).toEqual(Object.keys(properties(100)));
      const capped = problemsOf(run).filter((p) => p.key === 'custom_data');
      expect(capped).toHaveLength(1);
      expect(capped[0].reason).toContain('more than 100 custom properties');
    }
  });

  it('twice as many keys cost at most about twice the work (1,000 → 2,000)', () => {
    const work = (n: number) =>
      eventWork({ event_name: 'Lead', custom_properties: JSON.stringify(properties(n)) });
    expect(work(2000) / work(1000)).toBeLessThanOrEqual(2.2);
  });
});

describe('cookies never exceed 4 KB', () => {
  it.each([4500, 100_000])('an fbclid of %i characters makes no fbc and no cookie', (length) => {
    const fbclid = 'A'.repeat(length);
    const run = send(
      { event_name: 'page_view', page_location: `${PAGE}?fbclid=${fbclid}` },
      { fields: { identityCookies: 'always' } },
    );
    expect(sentEvent(run).user_data.fbc).toBeUndefined();
    expect(run.cookiesSet.filter((c) => c.name === '_fbc')).toEqual([]);
    for (const cookie of run.cookiesSet) expect(cookie.header.length).toBeLessThanOrEqual(4096);
  });
});

describe('1 MB number and currency strings are refused without being scanned', () => {
  const MB = 1 << 20;
  const huge = {
    event_name: 'AddToCart',
    value: '9'.repeat(MB),
    currency: 'U'.repeat(MB),
    items: [{ item_id: 'SKU-1', price: 5, quantity: '2'.repeat(MB) }],
  };
  const small = {
    ...huge,
    value: 'nine',
    currency: 'U',
    items: [{ item_id: 'SKU-1', price: 5, quantity: 'two' }],
  };

  it('each is refused with a problem', () => {
    const run = send(huge);
    const customData = sentEvent(run).custom_data;
    expect(customData.value).toBeUndefined();
    expect(customData.currency).toBeUndefined();
    expect(customData.contents).toEqual([{ id: 'SKU-1', quantity: 1, item_price: 5 }]);
    const keys = problemsOf(run).map((p) => p.key);
    expect(keys).toEqual(
      expect.arrayContaining(['custom_data.value', 'custom_data.currency', 'custom_data.contents']),
    );
  });

  it('3 MB of them cost fewer than 1,000 operations more than three short bad strings', () => {
    expect(eventWork(huge) - eventWork(small)).toBeLessThan(1000);
  });
});
