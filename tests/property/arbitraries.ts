/**
 * Generators for the property suite: event data (GA4-shaped, Meta-keyed,
 * hostile), tag field values, request cookies and headers, and Graph API
 * answers. Event data is mostly JSON-like, as a client builds it from an
 * incoming request, with NaN and Infinity now and then; field values may be
 * anything a variable returns.
 */
import fc from 'fast-check';
import { EVENT_DATA_KEYS } from '../../template-src/meta/sources';
import { CONTENT_TYPES, STANDARD_EVENTS, USER_DATA_KEYS } from '../../template-src/meta/spec';
import { metaOk, metaResponse } from '../helpers/tag';
import type { ResponseRule } from '../../build/harness';

export const NOW_MS = Date.UTC(2026, 10, 22, 12, 0, 0);
const NOW_S = Math.floor(NOW_MS / 1000);

/** Keys that name members every object inherits. */
export const PROTOTYPE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  'toString',
  'valueOf',
  'isPrototypeOf',
  'propertyIsEnumerable',
  '__defineGetter__',
];

/** An object with these own keys, `__proto__` included as a plain key (as JSON.parse makes it). */
export function objectOf(entries: [string, unknown][]): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const [key, value] of entries) {
    Object.defineProperty(object, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return object;
}

const hex64 = fc.stringMatching(/^[0-9a-f]{64}$/);
const appendix = fc.constantFrom('AQQAAQMC', 'AQQCAQMC', 'BA', 'Bg', 'AQYDAQMC');
const hashLike = fc.oneof(
  hex64,
  hex64.map((h) => h.toUpperCase()),
  fc.tuple(hex64, appendix).map(([h, a]) => `${h}.${a}`),
  hex64.map((h) => ` ${h} `),
);

// ---- hostile leaves ----

const nastyText = fc.constantFrom(
  '',
  ' ',
  '\t\n',
  '\u0000',
  '\uFEFF',
  '\u200B',
  '\uD800',
  'null',
  'undefined',
  'NaN',
  '[object Object]',
  '{}',
  '[]',
  '{"a":',
  '💥💥',
  'İSTANBUL',
  'Straße',
  'ǅ',
  '%',
  '%E0%A4%A',
  '..',
  'fb.1..',
  'fb.1.2.3.4.5.6',
  '__proto__',
  'constructor',
  'LDU',
  'true',
  '-0',
  '1e400',
  '0x1F',
  // sha256('')
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
);
const unicodeText = fc.string({ unit: 'binary', maxLength: 24 });
const hugeText = fc
  .tuple(
    fc.integer({ min: 5_000, max: 60_000 }),
    fc.constantFrom('a', 'É', '💥', ' ', '7', '.', '@'),
  )
  .map(([n, c]) => c.repeat(n));
const oddNumber = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(0, -0, -1, 1e21, 1e-7, Number.MAX_SAFE_INTEGER, 2 ** 53 + 2, NOW_MS, NOW_S),
);
const scalar = fc.oneof(
  { weight: 3, arbitrary: nastyText },
  { weight: 3, arbitrary: unicodeText },
  { weight: 2, arbitrary: oddNumber },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: hashLike },
);

function nest(depth: number, leaf: unknown, asArray: boolean): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = asArray ? [value] : { a: value, b: [value] };
  return value;
}

/** Up to 400 levels; objects branch, so they stay shallower. */
const deep = fc
  .tuple(fc.integer({ min: 10, max: 400 }), scalar, fc.boolean())
  .map(([depth, leaf, asArray]) => nest(asArray ? depth : Math.min(depth, 12), leaf, asArray));

const prototypeObject = fc
  .array(fc.tuple(fc.constantFrom(...PROTOTYPE_KEYS), scalar), { minLength: 1, maxLength: 4 })
  .map(objectOf);

/** Any JSON-like value a hostile client could put in event data. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: scalar },
  { weight: 1, arbitrary: hugeText },
  { weight: 1, arbitrary: deep },
  { weight: 2, arbitrary: prototypeObject },
  { weight: 1, arbitrary: fc.constantFrom({}, [], [[]], [{}], [null]) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.array(scalar, { maxLength: 5 }) },
);

const anyKey = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...EVENT_DATA_KEYS) },
  { weight: 2, arbitrary: fc.constantFrom(...PROTOTYPE_KEYS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

/** An object of hostile values under the keys the tag reads, inherited names and noise. */
export const hostileObject = fc
  .array(fc.tuple(anyKey, hostileValue), { maxLength: 14 })
  .map(objectOf);

// ---- GA4-shaped event data ----

const GA4_EVENTS = [
  'page_view',
  'purchase',
  'add_to_cart',
  'view_item',
  'view_item_list',
  'begin_checkout',
  'add_payment_info',
  'add_shipping_info',
  'generate_lead',
  'sign_up',
  'search',
  'refund',
  'gtm.dom',
  'scroll',
  'quote_requested',
];

const USER_AGENTS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148',
  'curl/8.4.0',
];

const fbclid = fc.stringMatching(/^[A-Za-z0-9_-]{8,60}$/);
const pageUrl = fc.oneof(
  fc.webUrl({ withQueryParameters: true }),
  fbclid.map((id) => `https://shop.example.com/p?utm_source=fb&fbclid=${id}`),
  fbclid.map((id) => `https://www.example.co.uk/?fbclid=${id}#top`),
  fc.constantFrom('https://example.com/', 'http://localhost:8080/x', 'ftp://x', 'not a url'),
);
const clientIp = fc.oneof(
  fc.ipV4(),
  fc.ipV6(),
  fc.ipV4().map((ip) => `${ip}:443`),
  fc.tuple(fc.ipV4(), fc.ipV4()).map(([a, b]) => `${a}, ${b}`),
  fc.constantFrom('::1', '[2001:db8::1]:8080', '999.1.1.1', 'unknown'),
);
const clientId = fc
  .tuple(fc.integer({ min: 1e8, max: 2e9 }), fc.integer({ min: 1_600_000_000, max: NOW_S }))
  .map(([random, seconds]) => `${random}.${seconds}`);

/** event_time as sources send it: seconds, milliseconds, text; mostly fresh. */
const freshEventTime = fc.oneof(
  fc.integer({ min: 0, max: 6 * 86400 }).map((age) => NOW_S - age),
  fc.integer({ min: 0, max: 3600_000 }).map((age) => NOW_MS - age),
  fc.integer({ min: 0, max: 3600 }).map((age) => String(NOW_S - age)),
  fc.integer({ min: 1, max: 3600 }).map((ahead) => NOW_S + ahead),
);
const anyEventTime = fc.oneof(
  freshEventTime,
  fc.integer({ min: 7 * 86400 + 1, max: 90 * 86400 }).map((age) => NOW_S - age),
  hostileValue,
);

const email = fc.oneof(
  fc.emailAddress(),
  fc.emailAddress().map((e) => ` ${e.toUpperCase()} `),
  fc.constantFrom('John_Smith@Gmail.com', 'not-an-email', 'a@b', '@@'),
);
const phone = fc.oneof(
  fc.stringMatching(/^\+?[0-9 ()\-.]{6,20}$/),
  fc.constantFrom(
    '(650) 555-1212',
    '+1 650-555-1212',
    '06 12 34 56 78',
    '0049 30 1234567',
    'call me',
  ),
);
const name = fc.oneof(
  fc.constantFrom('Mary', "O'Brien", 'Mary-Jane', 'Valéry', '정', 'JOSÉ ', ' '),
  fc.string({ maxLength: 20 }),
);
const address = fc.record(
  {
    first_name: name,
    last_name: name,
    city: fc.constantFrom('São Paulo', 'New York', 'Los Angeles 90210', 'paris', ''),
    region: fc.constantFrom('California', 'CA', 'Île-de-France', 'Bavaria', 'ny'),
    postal_code: fc.constantFrom('94035-1234', 'M1 1AE', '75018', '1987', '00000'),
    country: fc.constantFrom('United States', 'US', 'deu', 'fr', 'Narnia', 'GB'),
    sha256_first_name: hex64,
  },
  { requiredKeys: [] },
);
const ga4UserData = fc.record(
  {
    email_address: fc.oneof(email, fc.array(email, { maxLength: 3 })),
    phone_number: phone,
    address: fc.oneof(address, fc.array(address, { maxLength: 3 })),
    sha256_email_address: hex64,
    gender: fc.constantFrom('female', 'M', 'x', 'Woman'),
    date_of_birth: fc.constantFrom(
      '1997-02-16',
      '2/16/1997',
      '19970216',
      '31.12.1999',
      'yesterday',
    ),
  },
  { requiredKeys: [] },
);
const money = fc.oneof(
  fc.double({ min: 0, max: 1e6, noNaN: true }),
  fc.integer({ min: 0, max: 100_000 }).map((cents) => (cents / 100).toFixed(2)),
  fc.constantFrom('1,234.56', '12,50', 'free', -5),
);
const currency = fc.constantFrom('USD', 'eur', 'GBP', ' jpy ', 'XYZ', 'EURO', '');
const item = fc.record(
  {
    item_id: fc.oneof(fc.stringMatching(/^[A-Za-z0-9-]{1,12}$/), fc.integer({ min: 1, max: 1e6 })),
    item_name: fc.string({ maxLength: 20 }),
    price: money,
    quantity: fc.oneof(fc.integer({ min: 0, max: 20 }), fc.constantFrom('2', 1.5, -1)),
    item_category: fc.string({ maxLength: 10 }),
    sku: fc.stringMatching(/^SKU[0-9]{1,5}$/),
  },
  { requiredKeys: [] },
);

export const ga4EventData: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(
    fc.record(
      {
        event_name: fc.constantFrom(...GA4_EVENTS),
        page_location: pageUrl,
        page_referrer: pageUrl,
        user_agent: fc.constantFrom(...USER_AGENTS),
        ip_override: clientIp,
        client_id: clientId,
        event_id: fc.oneof(fc.uuid(), fc.integer()),
        event_time: freshEventTime,
        user_data: ga4UserData,
        user_id: fc.oneof(fc.uuid(), fc.integer({ min: 1, max: 1e9 })),
        value: money,
        currency: currency,
        transaction_id: fc.stringMatching(/^T-[0-9]{1,8}$/),
        items: fc.array(item, { maxLength: 12 }),
        search_term: fc.string({ maxLength: 30 }),
        test_event_code: fc.constantFrom('TEST123', ''),
        'x-ga-gcs': fc.constantFrom('G111', 'G100', 'G101', 'G1'),
        'x-ga-gcd': fc.constantFrom('13t3t3t3t5l1', '11p1p1p1p5', '13l3l3l2l1'),
      },
      { requiredKeys: ['event_name'] },
    ),
    fc.boolean(),
  )
  .map(([event, inEcommerce]) => {
    if (!inEcommerce || event.items === undefined) return event;
    const { items, value, currency: code, transaction_id, ...rest } = event;
    return { ...rest, ecommerce: { items, value, currency: code, transaction_id } };
  });

/** A GA4 hit from a web page: always a page URL and a user agent, as Meta wants for website. */
export const ga4WebHit = fc
  .tuple(ga4EventData, fc.webUrl({ withQueryParameters: true }), fc.constantFrom(...USER_AGENTS))
  .map(([event, url, ua]) => ({ ...event, page_location: url, user_agent: ua }));

// ---- Meta-keyed event data (what Meta's own client and tag use) ----

const clickIdValue = (payload: fc.Arbitrary<string>) =>
  fc.oneof(
    fc
      .tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1.6e12, max: NOW_MS }), payload)
      .map(([i, t, p]) => `fb.${i}.${t}.${p}`),
    fc
      .tuple(fc.integer({ min: 1.6e12, max: NOW_MS }), payload, appendix)
      .map(([t, p, a]) => `fb.1.${t}.${p}.${a}`),
    fc.constantFrom('fb.1.abc.def', 'fb.1.2', 'FB.1.2.3', 'fb.1.1700000000000.a b', ''),
  );
export const fbcValue = clickIdValue(fbclid);
export const fbpValue = clickIdValue(fc.integer({ min: 1e9, max: 2147483647 }).map(String));

const rawOrHashed = (raw: fc.Arbitrary<unknown>) =>
  fc.oneof(raw, hashLike, fc.array(fc.oneof(raw, hashLike), { maxLength: 3 }));
const plainId = fc.oneof(
  fc.stringMatching(/^[0-9]{5,17}$/),
  fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
  fc.uuid(),
);
/** Where the event carries each never-hash key (Meta's own names), but for IP and fbc/fbp. */
export const NEVER_HASHED_SOURCES: Record<string, string> = {
  client_user_agent: 'user_agent',
  subscription_id: 'x-fb-ud-subscription_id',
  fb_login_id: 'x-fb-ud-fb-login-id',
  lead_id: 'x-fb-ud-lead_id',
  anon_id: 'x-fb-ud-anon_id',
  madid: 'x-fb-ud-madid',
  page_id: 'x-fb-ud-page_id',
  page_scoped_user_id: 'x-fb-ud-page_scoped_user_id',
  ctwa_clid: 'x-fb-ud-ctwa_clid',
  ig_account_id: 'x-fb-ud-ig_account_id',
  ig_sid: 'x-fb-ud-ig_sid',
};

/** Some never-hash keys, each with a well-formed identifier (the user agent a real one). */
export const plainIdentifiers = fc.record(
  Object.fromEntries(
    Object.keys(NEVER_HASHED_SOURCES).map((key) => [
      key,
      key === 'client_user_agent' ? fc.constantFrom(...USER_AGENTS) : plainId,
    ]),
  ),
  { requiredKeys: [] },
);

const contentsRow = fc.record(
  {
    id: fc.oneof(fc.stringMatching(/^[a-z0-9]{1,8}$/), fc.integer({ min: 1, max: 999 })),
    quantity: fc.oneof(fc.integer({ min: 1, max: 9 }), fc.constant('3')),
    item_price: money,
    delivery_category: fc.constantFrom('home_delivery', 'curbside', 'drone'),
  },
  { requiredKeys: [] },
);

export const metaEventData: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    event_name: fc.oneof(
      fc.constantFrom(...STANDARD_EVENTS),
      fc.constantFrom('purchase', 'PageView ', 'QuoteRequested', 'x'.repeat(51), ''),
    ),
    action_source: fc.constantFrom(
      'website',
      'app',
      'physical_store',
      'business_messaging',
      'system_generated',
      'WEBSITE',
      'web',
    ),
    messaging_channel: fc.constantFrom('whatsapp', 'messenger', 'sms'),
    event_time: anyEventTime,
    page_location: pageUrl,
    user_agent: fc.constantFrom(...USER_AGENTS),
    ip_override: clientIp,
    'x-fb-event_id': fc.oneof(fc.uuid(), fc.integer()),
    'x-fb-ud-em': rawOrHashed(email),
    'x-fb-ud-ph': rawOrHashed(phone),
    'x-fb-ud-fn': rawOrHashed(name),
    'x-fb-ud-ln': rawOrHashed(name),
    'x-fb-ud-ct': rawOrHashed(fc.constantFrom('Paris', 'São Paulo', '')),
    'x-fb-ud-st': rawOrHashed(fc.constantFrom('California', 'tx', 'Ontario')),
    'x-fb-ud-zp': rawOrHashed(fc.constantFrom('94035-1234', 'M1 1AE')),
    'x-fb-ud-country': rawOrHashed(fc.constantFrom('US', 'Germany', 'zz')),
    'x-fb-ud-ge': rawOrHashed(fc.constantFrom('f', 'Male', '?')),
    'x-fb-ud-db': rawOrHashed(fc.constantFrom('1997-02-16', '19970231', '2/16/1997')),
    'x-fb-ud-external_id': rawOrHashed(fc.oneof(fc.uuid(), fc.constant(' User 42 '))),
    'x-fb-ud-subscription_id': plainId,
    'x-fb-ud-fb-login-id': plainId,
    'x-fb-ud-lead_id': plainId,
    'x-fb-ud-anon_id': plainId,
    'x-fb-ud-madid': fc.uuid(),
    'x-fb-ud-page_id': plainId,
    'x-fb-ud-page_scoped_user_id': plainId,
    'x-fb-ud-ctwa_clid': plainId,
    'x-fb-ud-ig_account_id': plainId,
    'x-fb-ud-ig_sid': plainId,
    'x-fb-ck-fbc': fbcValue,
    'x-fb-ck-fbp': fbpValue,
    'x-fb-cd-value': money,
    'x-fb-cd-currency': currency,
    'x-fb-cd-content_ids': fc.oneof(
      fc.array(plainId, { maxLength: 4 }),
      fc.constant('["a","b"]'),
      fc.constant('a,b'),
    ),
    'x-fb-cd-contents': fc.oneof(
      fc.array(contentsRow, { maxLength: 4 }),
      fc.array(contentsRow, { maxLength: 3 }).map((rows) => JSON.stringify(rows)),
    ),
    'x-fb-cd-content_type': fc.constantFrom(...CONTENT_TYPES, 'sku'),
    'x-fb-cd-num_items': fc.oneof(fc.integer({ min: -1, max: 50 }), fc.constant('3')),
    'x-fb-cd-delivery_category': fc.constantFrom('in_store', 'pigeon'),
    'x-fb-cd-status': fc.constantFrom('completed', true),
    'x-fb-cd-predicted_ltv': money,
    'x-fb-cd-net_revenue': money,
    'x-fb-cd-order_id': fc.stringMatching(/^[0-9]{1,10}$/),
    'x-fb-cd-search_string': fc.string({ maxLength: 20 }),
    'x-fb-cd-customer_segmentation': fc.constantFrom('new_customer_to_business', 'vip'),
    'x-fb-cd-item_number': fc.string({ maxLength: 8 }),
    custom_properties: fc.oneof(
      fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
      fc.constant('{"plan":"pro","seats":3}'),
      prototypeObject,
    ),
    data_processing_options: fc.constantFrom(['LDU'], 'LDU', [], 'ldu, other', ['CCPA']),
    data_processing_options_country: fc.constantFrom(0, 1, 2, '1'),
    data_processing_options_state: fc.constantFrom(0, 1000, 1001, '1000'),
    app_data: fc.constantFrom(
      { advertiser_tracking_enabled: 1, extinfo: ['a2', '', '', '', '17.0'] },
      { extinfo: 'x' },
    ),
    original_event_data: fc.constantFrom(
      { event_name: 'Purchase', event_time: NOW_S - 99 },
      { order_id: 'T-1', bogus: 1 },
    ),
    opt_out: fc.constantFrom(true, false, 'yes'),
    test_event_code: fc.constantFrom('TEST77', 42),
  },
  { requiredKeys: [] },
);

/** Well-formed data with hostile values laid over some keys, at the top and inside user_data. */
function overlaid(base: fc.Arbitrary<Record<string, unknown>>) {
  return fc.tuple(base, hostileObject, hostileObject).map(([event, top, userData]) => {
    const merged = objectOf([...Object.entries(event), ...Object.entries(top)]);
    const inner = merged.user_data;
    if (inner !== null && typeof inner === 'object' && !Array.isArray(inner)) {
      merged.user_data = objectOf([...Object.entries(inner), ...Object.entries(userData)]);
    }
    return merged;
  });
}

export const hostileEventData: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  hostileObject,
  overlaid(ga4EventData),
  overlaid(metaEventData),
);

// ---- tag fields ----

export const accessToken = fc.stringMatching(/^EAAG[A-Za-z0-9]{28}$/);

export interface FieldsCase {
  fields: Record<string, unknown>;
  /** Every access token the fields carry (each must stay out of URLs and logs). */
  tokens: string[];
}

const pixelId = fc.stringMatching(/^[1-9][0-9]{4,15}$/);

function pixelRow(id: fc.Arbitrary<string>) {
  return fc.record(
    {
      pixelId: id,
      accessToken,
      appSecretProof: fc.oneof(
        fc.constant(''),
        hex64,
        hex64.map((h) => h.toUpperCase()),
      ),
      testEventCode: fc.constantFrom('', 'TEST555'),
    },
    { requiredKeys: ['pixelId', 'accessToken'] },
  );
}

/** 1-3 rows with distinct pixel ids (the UI enforces it); `messy` adds ids the tag must refuse. */
export function pixelRows(messy: boolean) {
  const id = messy
    ? fc.oneof(
        { weight: 30, arbitrary: pixelId },
        { weight: 1, arbitrary: fc.constantFrom(' 123456 ', '12a', '', 'x') },
      )
    : pixelId;
  return fc.uniqueArray(pixelRow(id), {
    minLength: 1,
    maxLength: 3,
    selector: (row) => row.pixelId.trim(),
  });
}

const table = (
  fromArb: fc.Arbitrary<unknown>,
  toArb: fc.Arbitrary<unknown>,
  columns: [string, string],
) =>
  fc.array(
    fc.tuple(fromArb, toArb).map(([a, b]) => ({ [columns[0]]: a, [columns[1]]: b })),
    { maxLength: 3 },
  );

const eventNameText = fc.oneof(
  fc.constantFrom(...STANDARD_EVENTS),
  fc.constantFrom('purchase', 'add_to_cart', 'QuoteRequested', 'x'.repeat(60), ' ', '💥'),
);
const nameList = fc
  .tuple(
    fc.array(fc.oneof(fc.constantFrom(...STANDARD_EVENTS, ...GA4_EVENTS), nastyText), {
      maxLength: 4,
    }),
    fc.constantFrom(', ', '\n', ','),
  )
  .map(([names, separator]) => names.join(separator));
const userDataValue = fc.oneof(email, phone, name, plainId, hashLike, hostileValue);

/** Mostly `common`, now and then `rare` (a value the tag must refuse or a restrictive one). */
const mostly = <T>(common: fc.Arbitrary<T>, rare: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 8, arbitrary: common }, { weight: 1, arbitrary: rare });

/**
 * Choices for the tag's fields, each left unset now and then (as GTM hands
 * a template a field it never showed); restrictive settings are rarer, so
 * most cases reach the request. `hostile` mixes in values of any type.
 */
export function tagFields(options: {
  hostile: boolean;
  consent: boolean;
}): fc.Arbitrary<FieldsCase> {
  const field = (valid: fc.Arbitrary<unknown>, unsetWeight = 1): fc.Arbitrary<unknown> =>
    fc.oneof(
      { weight: unsetWeight, arbitrary: fc.constant(undefined) },
      {
        weight: 1,
        arbitrary: options.hostile
          ? fc.oneof({ weight: 12, arbitrary: valid }, { weight: 1, arbitrary: hostileValue })
          : valid,
      },
    );
  const consentFields = options.consent
    ? {
        consentMode: field(fc.constantFrom('ignore', 'adStorage', 'adUserData', 'custom', 'x'), 4),
        consentCustomValue: field(fc.constantFrom('granted', 'denied', 'true', false, 'maybe')),
        consentWhenAbsent: field(mostly(fc.constant('send'), fc.constant('block'))),
      }
    : {};
  return fc
    .record({
      pixels: options.hostile
        ? fc.oneof(
            { weight: 15, arbitrary: pixelRows(true) },
            { weight: 1, arbitrary: hostileValue },
          )
        : pixelRows(true),
      apiVersion: field(mostly(fc.constantFrom('v26.0', '25.0', ' V24.0 ', ''), fc.constant('v2'))),
      requestTimeoutMs: field(
        mostly(fc.constantFrom('1500', '500', '10000', ''), fc.constantFrom('0', '99999')),
      ),
      retries: field(mostly(fc.constantFrom('0', '1', '2'), fc.constant('3'))),
      optimisticSuccess: field(fc.boolean()),
      testEventCode: field(fc.constantFrom('', 'TEST42')),
      logMode: field(mostly(fc.constant('always'), fc.constantFrom('debug', 'off')), 0),
      ...consentFields,
      lduMode: field(fc.constantFrom('off', 'always', 'eventData')),
      lduLocation: field(fc.constantFrom('geolocate', 'usGeolocateState', 'california')),
      eventNameMode: field(fc.constantFrom('inherit', 'standard', 'custom'), 2),
      eventNameStandard: field(fc.constantFrom(...STANDARD_EVENTS)),
      eventNameCustom: field(eventNameText),
      mapViewItemListToViewContent: field(fc.boolean()),
      eventNameMappings: field(table(eventNameText, eventNameText, ['from', 'to'])),
      eventAllowList: field(nameList, 8),
      eventBlockList: field(nameList, 6),
      eventRenameList: field(table(eventNameText, eventNameText, ['from', 'to']), 2),
      actionSource: field(
        mostly(
          fc.constantFrom('website', 'app', 'physical_store', 'system_generated'),
          fc.constantFrom('business_messaging', 'chat', 'x'),
        ),
      ),
      messagingChannel: field(fc.constantFrom('whatsapp', 'messenger', 'instagram')),
      eventIdOverride: field(fc.oneof(fc.uuid(), fc.integer(), fc.constant(''))),
      autoMapUserData: field(mostly(fc.constant(true), fc.constant(false))),
      phoneDefaultCountryCode: field(fc.constantFrom('1', '+44', '0049', '', '999')),
      hashExternalId: field(fc.boolean()),
      userDataObject: field(
        fc
          .array(fc.tuple(fc.constantFrom(...USER_DATA_KEYS, 'bogus'), userDataValue), {
            maxLength: 5,
          })
          .map(objectOf),
      ),
      userDataList: field(
        table(fc.constantFrom(...USER_DATA_KEYS, 'email'), userDataValue, ['name', 'value']),
      ),
      autoMapCustomData: field(mostly(fc.constant(true), fc.constant(false))),
      itemIdKey: field(fc.constantFrom('item_id', 'sku', '', 'item_name')),
      contentType: field(fc.constantFrom(...CONTENT_TYPES, 'none')),
      customDataObject: field(
        fc.dictionary(
          fc.constantFrom('value', 'currency', 'plan', 'contents', 'num_items'),
          fc.oneof(money, currency, hostileValue),
          { maxKeys: 3 },
        ),
      ),
      customDataList: field(
        table(
          fc.constantFrom('value', 'currency', 'content_ids', 'tier'),
          fc.oneof(money, currency),
          ['name', 'value'],
        ),
      ),
      generateFbc: field(fc.boolean()),
      generateFbp: field(mostly(fc.constant(true), fc.constant(false))),
      identityCookies: field(fc.constantFrom('generated', 'always', 'never')),
      cookieDomain: field(fc.constantFrom('auto', 'example.com', '', ' .Example.COM ')),
      cookieMaxAgeDays: field(
        mostly(fc.constantFrom('90', '1', 400), fc.constantFrom('0', '-5', 'abc')),
      ),
      cookieHttpOnly: field(fc.boolean()),
      enableEventEnhancement: field(fc.boolean()),
      enhancementMaxAgeDays: field(mostly(fc.constantFrom('30', 7), fc.constantFrom('0', 'x'))),
    })
    .map((fields) => ({ fields, tokens: tokensOf(fields.pixels) }));
}

function tokensOf(pixels: unknown): string[] {
  if (!Array.isArray(pixels)) return [];
  return pixels.flatMap((row) =>
    row !== null && typeof row === 'object' && typeof row.accessToken === 'string'
      ? [row.accessToken]
      : [],
  );
}

// ---- request and answers ----

const enhancementCookie = fc
  .tuple(hex64, fc.integer({ min: -100 * 86400, max: 120 }), fc.boolean())
  .map(([hash, age, hostile]) =>
    Buffer.from(
      hostile
        ? `{"em":{"hasOwnProperty":1,"v":["${hash}"],"t":${NOW_S - age}},"__proto__":{"v":1}}`
        : JSON.stringify({ em: { v: [hash], t: NOW_S - age }, ph: { v: 'x', t: 'y' } }),
    ).toString('base64'),
  );

export const requestCookies = fc.record(
  {
    _fbc: fc.oneof(fbcValue, fc.array(fbcValue, { maxLength: 3 }), unicodeText),
    _fbp: fc.oneof(fbpValue, fc.array(fbpValue, { maxLength: 3 }), unicodeText),
    _capi_eec: fc.oneof(enhancementCookie, unicodeText, fc.constant('e30=')),
  },
  { requiredKeys: [] },
);

export const requestHeaders = fc.record(
  {
    host: fc.constantFrom('sgtm.example.com', 'localhost', '127.0.0.1', 'a.b.c.example.co.uk'),
    'user-agent': fc.constantFrom(...USER_AGENTS),
  },
  { requiredKeys: [] },
);

const errorBody = (code: number, subcode?: number, transient = false) => ({
  error: {
    message: 'Invalid parameter',
    type: 'OAuthException',
    code,
    ...(subcode !== undefined ? { error_subcode: subcode } : {}),
    is_transient: transient,
    fbtrace_id: 'Ab1',
  },
});
const GRAPH = 'https://graph.facebook.com/';

/** Graph API answers from the fault matrix; every Graph call gets one. */
export const graphAnswers: fc.Arbitrary<ResponseRule[]> = fc.oneof(
  { weight: 6, arbitrary: fc.constant(metaOk()) },
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      metaResponse(400, errorBody(100, 2804003)),
      metaResponse(400, errorBody(100, 2804050)),
      metaResponse(401, errorBody(190, 463)),
      metaResponse(400, errorBody(613, 1996)),
      metaResponse(400, errorBody(1, undefined, true)),
      metaResponse(500, 'Internal Server Error'),
      metaResponse(503, { error: { code: 2 } }),
      metaResponse(200, 'not json'),
      metaResponse(200, { events_received: 0 }),
      metaResponse(204, ''),
      [{ url: GRAPH, timeout: true }],
      [{ url: GRAPH, networkError: true }],
      [{ url: GRAPH, delayMs: 1400, status: 200, body: { events_received: 1 } }],
      [{ url: GRAPH, sequence: [{ status: 503 }, { status: 200, body: { events_received: 1 } }] }],
      [{ url: GRAPH, sequence: [{ timeout: true }, { networkError: true }, { status: 500 }] }],
    ),
  },
);

export const previewMode = fc.boolean();
