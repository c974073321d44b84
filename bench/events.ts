/**
 * The benchmark's events. The rich purchase is the one the cost targets are
 * set on: 10 items, email, phone and a full address, debug off, one pixel.
 */
import type { RunOptions } from '../build/harness';

export const NOW_MS = Date.UTC(2026, 10, 22, 12);

const GRAPH_OK = [
  {
    url: 'https://graph.facebook.com/',
    status: 200,
    headers: { 'content-type': 'application/json' },
    body: { events_received: 1, messages: [], fbtrace_id: 'AbCdEfGh' },
  },
];

const PIXEL = { pixelId: '1234567890', accessToken: 'EAAG1234567890', appSecretProof: '' };

const BROWSER = {
  page_location: 'https://shop.example.com/p/42?utm_source=fb&fbclid=IwAR2F4-dbP0l7Mn1Iaw',
  page_referrer: 'https://www.facebook.com/',
  user_agent:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36',
  ip_override: '203.0.113.9',
  client_id: '1234567890.1763700000',
};

const COOKIES = {
  _fbp: ['fb.1.1763700000000.1234567890'],
  _fbc: ['fb.1.1763700000000.IwAR2F4-dbP0l7Mn1Iaw'],
};

export const PAGE_VIEW: RunOptions = {
  data: { pixels: [PIXEL] },
  eventData: { event_name: 'page_view', event_id: 'pv-1', ...BROWSER },
  request: { cookies: { _fbp: COOKIES._fbp } },
  responses: GRAPH_OK,
  now: NOW_MS,
};

export const RICH_PURCHASE: RunOptions = {
  data: { pixels: [PIXEL], phoneDefaultCountryCode: '1' },
  eventData: {
    event_name: 'purchase',
    event_id: 'order-1001',
    ...BROWSER,
    transaction_id: 'T-1001',
    value: 1234.5,
    currency: 'usd',
    items: Array.from({ length: 10 }, (_, i) => ({
      item_id: 'SKU-' + i,
      item_name: 'Product ' + i,
      item_category: 'Shoes',
      price: 12.34 + i,
      quantity: 1 + (i % 3),
    })),
    user_data: {
      email_address: ' Jane.Doe@Example.com ',
      phone_number: '(650) 555-1212',
      address: {
        first_name: 'Jane',
        last_name: "O'Brien",
        city: 'San Francisco',
        region: 'California',
        postal_code: '94103-1234',
        country: 'United States',
      },
    },
  },
  request: { cookies: COOKIES },
  responses: GRAPH_OK,
  now: NOW_MS,
};

/**
 * The rich purchase with the governance features on (restricted-data
 * mode, a consent check, the duplicate-purchase guard holding five orders,
 * pixel rows with their own lists): not a cost target, shown beside it.
 */
export const GOVERNED_PURCHASE: RunOptions = {
  ...RICH_PURCHASE,
  data: {
    ...RICH_PURCHASE.data,
    pixels: [
      { ...PIXEL, allowEvents: 'Purchase, Lead' },
      { ...PIXEL, pixelId: '9876543210', blockEvents: 'PageView' },
    ],
    restrictedData: true,
    consentMode: 'adUserData',
    purchaseGuard: true,
  },
  eventData: { ...RICH_PURCHASE.eventData, 'x-ga-gcd': '11t1t1t1t5' },
  request: {
    cookies: {
      ...COOKIES,
      _capi_orders: [
        ['1', '2', '3', '4', '5']
          .map((n) => n.repeat(16) + '.' + Math.floor(NOW_MS / 1000 - 3600))
          .join('_'),
      ],
    },
  },
};
