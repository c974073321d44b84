/**
 * The duplicate-purchase guard (issue 17) through the BUILT template: a
 * website Purchase's order is remembered in the HttpOnly `_capi_orders`
 * cookie as `<first 16 hex of sha256(order_id)>.<unix seconds>` entries
 * (hashes only, newest last); a remembered order within the TTL is not
 * sent, the tag succeeds and logs why; expired and malformed entries are
 * ignored; the N newest are kept. Other events, non-website events, an
 * ad_storage denial and the guard off leave the cookie alone.
 */
import { describe, expect, it } from 'vitest';
import { metaResponse, type TagRun } from '../helpers/tag';
import {
  cookiesRead,
  cookiesWritten,
  DAY_S,
  NOW_S,
  notSentReason,
  problemReason,
  run,
  sentEvent,
  sha256,
  type GovernanceRunOptions,
} from './governance-fixtures';

const COOKIE = '_capi_orders';
const ORDER = 'ORDER-2026-000123';
const GUARD = { purchaseGuard: true };
const DUPLICATE =
  'this browser already sent a Purchase with this order_id (duplicate-purchase guard)';

/** The cookie entry for an order sent at `seconds`. */
function entry(orderId: string, seconds = NOW_S): string {
  return sha256(orderId).substring(0, 16) + '.' + seconds;
}

function purchase(
  orderId: string | undefined,
  options: GovernanceRunOptions & { orders?: string } = {},
  extra: Record<string, unknown> = {},
): TagRun {
  const { orders, fields, ...rest } = options;
  return run(
    { event_name: 'purchase', value: 30, currency: 'EUR', transaction_id: orderId, ...extra },
    {
      ...rest,
      fields: { ...GUARD, ...fields },
      cookies: orders === undefined ? {} : { [COOKIE]: orders },
    },
  );
}

/** The guard cookie the run set (fails unless exactly one). */
function guardCookie(result: TagRun) {
  const set = result.cookiesSet.filter((c) => c.name === COOKIE);
  expect(set).toHaveLength(1);
  return set[0];
}

describe('the first Purchase of an order', () => {
  it('is sent and remembered in an HttpOnly cookie that holds hashes only', () => {
    const result = purchase(ORDER);
    expect(sentEvent(result).custom_data.order_id).toBe(ORDER);
    const cookie = guardCookie(result);
    expect(cookie.value).toBe(entry(ORDER));
    expect(cookie.value).toMatch(/^[0-9a-f]{16}\.\d{10}$/);
    expect(cookie.options).toEqual({
      domain: 'auto',
      path: '/',
      'max-age': 30 * DAY_S,
      secure: true,
      samesite: 'Lax',
      httpOnly: true,
    });
    for (const text of [cookie.value, cookie.encodedValue, cookie.header]) {
      expect(text).not.toContain(ORDER);
      expect(text).not.toContain('000123');
      expect(text).not.toContain(encodeURIComponent(ORDER));
    }
    expect(cookie.header).toContain('HttpOnly');
  });

  it('is remembered under the order_id as sent (GA4 transaction_id, custom data table)', () => {
    expect(guardCookie(purchase(' 4711 ')).value).toBe(entry('4711'));
    const table = { customDataList: [{ name: 'order_id', value: 'T-9' }] };
    expect(guardCookie(purchase(undefined, { fields: table })).value).toBe(entry('T-9'));
  });

  it('uses the cookie domain and the days configured', () => {
    const fields = { cookieDomain: 'example.com', purchaseGuardDays: '7' };
    expect(guardCookie(purchase(ORDER, { fields })).options).toMatchObject({
      domain: 'example.com',
      'max-age': 7 * DAY_S,
      httpOnly: true,
    });
  });

  it('is added after the orders already remembered, newest last', () => {
    const earlier = entry('OTHER-1', NOW_S - 3600);
    expect(guardCookie(purchase(ORDER, { orders: earlier })).value).toBe(
      earlier + '_' + entry(ORDER),
    );
  });
});

describe('a repeated Purchase', () => {
  it('within the TTL is not sent; the tag succeeds and logs why', () => {
    const first = guardCookie(purchase(ORDER)).value;
    const reload = purchase(ORDER, { orders: first });
    expect(notSentReason(reload)).toBe(DUPLICATE);
    expect(cookiesRead(reload)).toContain(COOKIE);
  });

  it('is recognised among other remembered orders', () => {
    const orders = [entry('A-1', NOW_S - 50), entry(ORDER, NOW_S - 40), entry('A-2', NOW_S - 30)];
    expect(notSentReason(purchase(ORDER, { orders: orders.join('_') }))).toBe(DUPLICATE);
  });

  it('is not sent up to the last second of the TTL, and is sent after it', () => {
    const days = { fields: { purchaseGuardDays: '2' } };
    const edge = purchase(ORDER, { ...days, orders: entry(ORDER, NOW_S - 2 * DAY_S) });
    expect(notSentReason(edge)).toBe(DUPLICATE);
    const expired = purchase(ORDER, { ...days, orders: entry(ORDER, NOW_S - 2 * DAY_S - 1) });
    sentEvent(expired);
    expect(guardCookie(expired).value).toBe(entry(ORDER));
  });

  it('drops expired entries when it remembers a new order', () => {
    const old = entry('OLD-1', NOW_S - 31 * DAY_S);
    const recent = entry('NEW-1', NOW_S - DAY_S);
    const result = purchase(ORDER, { orders: old + '_' + recent });
    sentEvent(result);
    expect(guardCookie(result).value).toBe(recent + '_' + entry(ORDER));
  });

  it('with another order ID is sent', () => {
    sentEvent(purchase('ORDER-2', { orders: entry(ORDER) }));
  });
});

describe('"Orders remembered" keeps the newest N', () => {
  const previous = (n: number) =>
    Array.from({ length: n }, (_, i) => entry('P-' + i, NOW_S - 1000 + i));

  it.each([
    [undefined, 10],
    ['3', 3],
    ['1', 1],
    ['20', 20],
  ])('Orders remembered %j: %i entries, the oldest dropped', (purchaseGuardOrders, kept) => {
    const before = previous(25);
    const result = purchase(ORDER, {
      fields: { purchaseGuardOrders },
      orders: before.join('_'),
    });
    sentEvent(result);
    const after = guardCookie(result).value.split('_');
    expect(after).toEqual([...before, entry(ORDER)].slice(-kept));
  });

  it('an order pushed out is sent again', () => {
    const before = [entry(ORDER, NOW_S - 100), entry('B', NOW_S - 50)];
    const first = purchase('C', { fields: { purchaseGuardOrders: '2' }, orders: before.join('_') });
    const kept = guardCookie(first).value;
    expect(kept).toBe(before[1] + '_' + entry('C'));
    sentEvent(purchase(ORDER, { orders: kept }));
  });

  it('an out-of-range value is reported and the default used', () => {
    const result = purchase(ORDER, {
      fields: { purchaseGuardOrders: '50' },
      orders: previous(12).join('_'),
    });
    expect(guardCookie(result).value.split('_')).toHaveLength(10);
    expect(problemReason(result, 'purchaseGuardOrders')).toContain('1 to 20');
  });
});

describe('a malformed cookie', () => {
  it.each([
    ['garbage', 'not-a-cookie'],
    ['hash without time', sha256(ORDER).substring(0, 16)],
    ['time not a number', sha256(ORDER).substring(0, 16) + '.soon'],
    ['hash too short', sha256(ORDER).substring(0, 12) + '.' + NOW_S],
    ['raw order ID', ORDER + '.' + NOW_S],
    ['too long', (entry(ORDER) + '_').repeat(40)],
  ])('%s: ignored, the Purchase sent, the cookie rewritten', (_label, orders) => {
    const result = purchase(ORDER, { orders });
    sentEvent(result);
    expect(guardCookie(result).value).toBe(entry(ORDER));
  });

  it('keeps the well-formed entries beside malformed ones', () => {
    const good = entry('GOOD-1', NOW_S - 10);
    const result = purchase(ORDER, { orders: 'x_' + good + '_zz.12' });
    expect(guardCookie(result).value).toBe(good + '_' + entry(ORDER));
  });
});

describe('left untouched', () => {
  /** Neither reads nor writes the guard cookie, and sends the event. */
  function untouched(result: TagRun): void {
    sentEvent(result);
    expect(cookiesRead(result)).not.toContain(COOKIE);
    expect(cookiesWritten(result)).not.toContain(COOKIE);
  }

  it.each([['AddToCart'], ['InitiateCheckout'], ['Subscribe']])(
    '%s with an order ID',
    (eventName) => {
      untouched(
        run(
          { event_name: eventName, transaction_id: ORDER, value: 5, currency: 'EUR' },
          { fields: GUARD, cookies: { [COOKIE]: entry(ORDER) } },
        ),
      );
    },
  );

  it.each([['app'], ['system_generated'], ['physical_store'], ['email']])(
    'a Purchase with action_source %s',
    (actionSource) => {
      const extra =
        actionSource === 'app'
          ? {
              'x-ga-platform': 'android',
              app_id: 'com.example',
              'x-ga-os_version': '14',
            }
          : {};
      untouched(
        purchase(
          ORDER,
          { fields: { actionSource }, orders: entry(ORDER) },
          {
            ...extra,
            user_data: { email_address: 'jane.doe@example.com' },
          },
        ),
      );
    },
  );

  it('a Purchase when ad_storage is denied', () => {
    untouched(
      purchase(
        ORDER,
        { fields: { consentMode: 'adUserData' }, orders: entry(ORDER) },
        { consent_state: { ad_user_data: true, ad_storage: false } },
      ),
    );
  });

  it('a Purchase sent without customer information by consent', () => {
    untouched(
      purchase(
        ORDER,
        {
          fields: { consentMode: 'adUserData', consentDeniedAction: 'anonymous' },
          orders: entry(ORDER),
        },
        { consent_state: { ad_user_data: false, ad_storage: true } },
      ),
    );
  });

  it.each([[undefined], [false]])('a Purchase with the guard %j', (purchaseGuard) => {
    untouched(purchase(ORDER, { fields: { purchaseGuard }, orders: entry(ORDER) }));
  });

  it('a Purchase without an order ID: sent, and the log says it could not be checked', () => {
    const result = purchase(undefined);
    untouched(result);
    expect(problemReason(result, 'purchaseGuard')).toContain('without order_id');
  });
});

describe('cookie writes follow consent and the event going out', () => {
  it('reads but does not write when ad_storage is absent and a missing signal blocks', () => {
    const result = purchase(
      ORDER,
      { fields: { consentMode: 'adUserData', consentWhenAbsent: 'block' } },
      { consent_state: { ad_user_data: true } },
    );
    sentEvent(result);
    expect(cookiesRead(result)).toContain(COOKIE);
    expect(cookiesWritten(result)).toEqual([]);
  });

  it('writes nothing when the Purchase is not sent for another reason (no currency)', () => {
    const result = purchase(ORDER, {}, { currency: undefined });
    expect(result.outcome).toBe('failure');
    expect(result.cookiesSet).toEqual([]);
  });

  it('remembers the order when the tag sends it, even if Meta then rejects it', () => {
    const result = purchase(ORDER, {
      responses: metaResponse(400, { error: { message: 'Invalid', code: 100, fbtrace_id: 'A' } }),
    });
    expect(result.outcome).toBe('failure');
    expect(guardCookie(result).value).toBe(entry(ORDER));
  });
});
