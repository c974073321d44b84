/**
 * Where the tag looks for each value in the event, in order of preference,
 * and so which event-data keys it may read at all (the read_event_data
 * permission lists exactly these). Readable lists: the build renders the
 * two source tables into meta/compact.ts, which the code uses.
 */

/**
 * Each user_data key's paths: Meta's own `x-fb-ud-*` keys (what Meta's
 * client and tag use), then GA4's `user_data` (address as an object or a
 * list, written `address[]`), then common top-level names. Google's
 * `sha256_*` hashes come last: Google normalizes a few inputs differently
 * (dots in Gmail addresses, spaces in names), so the raw value is
 * preferred. Never `sha256_phone_number`: Google hashes "+1650…" with the
 * plus, Meta without it. `page_id` is read from `x-fb-ud-page_id` only: a
 * bare `page_id` is usually a CMS page number, not a Facebook Page.
 * client_ip_address, client_user_agent, fbc and fbp have no entry: the
 * identity stage reads those.
 */
export const USER_DATA_SOURCES: { [key: string]: string[] } = {
  em: [
    'x-fb-ud-em',
    'user_data.email_address',
    'user_data.email',
    'email',
    'email_address',
    'user_data.sha256_email_address',
  ],
  ph: ['x-fb-ud-ph', 'user_data.phone_number', 'user_data.phone', 'phone', 'phone_number'],
  fn: [
    'x-fb-ud-fn',
    'user_data.address[].first_name',
    'user_data.first_name',
    'first_name',
    'firstName',
    'user_data.address[].sha256_first_name',
  ],
  ln: [
    'x-fb-ud-ln',
    'user_data.address[].last_name',
    'user_data.last_name',
    'last_name',
    'lastName',
    'user_data.address[].sha256_last_name',
  ],
  ct: ['x-fb-ud-ct', 'user_data.address[].city', 'user_data.city', 'city'],
  st: ['x-fb-ud-st', 'user_data.address[].region', 'user_data.region', 'region', 'state'],
  zp: [
    'x-fb-ud-zp',
    'user_data.address[].postal_code',
    'user_data.postal_code',
    'postal_code',
    'zip',
  ],
  country: ['x-fb-ud-country', 'user_data.address[].country', 'user_data.country', 'country'],
  ge: ['x-fb-ud-ge', 'user_data.gender', 'gender'],
  db: ['x-fb-ud-db', 'user_data.date_of_birth', 'date_of_birth', 'db'],
  external_id: ['x-fb-ud-external_id', 'user_data.external_id', 'external_id', 'user_id', 'userId'],
  subscription_id: ['x-fb-ud-subscription_id', 'subscription_id'],
  fb_login_id: [
    'x-fb-ud-fb-login-id',
    'x-fb-ud-fb_login_id',
    'user_data.fb_login_id',
    'fb_login_id',
  ],
  lead_id: ['x-fb-ud-lead_id', 'lead_id'],
  anon_id: ['x-fb-ud-anon_id', 'anon_id'],
  // Firebase's advertising ID (IDFA or GAID) as Google's client passes it on.
  madid: ['x-fb-ud-madid', 'madid', 'x-ga-resettable_device_id'],
  page_id: ['x-fb-ud-page_id'],
  page_scoped_user_id: ['x-fb-ud-page_scoped_user_id', 'page_scoped_user_id'],
  ctwa_clid: ['x-fb-ud-ctwa_clid', 'ctwa_clid'],
  ig_account_id: ['x-fb-ud-ig_account_id', 'ig_account_id'],
  ig_sid: ['x-fb-ud-ig_sid', 'ig_sid'],
  whatsapp_business_account_id: [
    'x-fb-ud-whatsapp_business_account_id',
    'whatsapp_business_account_id',
  ],
  instagram_business_account_id: [
    'x-fb-ud-instagram_business_account_id',
    'instagram_business_account_id',
  ],
};

/**
 * Each standard custom_data key's paths: Meta's `x-fb-cd-*` keys first
 * (what Meta's client sends), then the GA4 names, then Universal
 * Analytics enhanced e-commerce (GTM4WP). A path with more than one dot
 * may come third or later only (lib/event-data.ts firstFound). contents also come from
 * GA4 items, and content_name, content_category and currency from a lone
 * item (custom-data stage).
 */
export const CUSTOM_DATA_SOURCES: { [key: string]: string[] } = {
  value: ['x-fb-cd-value', 'value', 'ecommerce.value', 'ecommerce.purchase.actionField.revenue'],
  currency: ['x-fb-cd-currency', 'currency', 'ecommerce.currency', 'ecommerce.currencyCode'],
  content_ids: ['x-fb-cd-content_ids', 'content_ids'],
  contents: ['x-fb-cd-contents', 'contents'],
  content_type: ['x-fb-cd-content_type', 'content_type'],
  num_items: ['x-fb-cd-num_items', 'num_items'],
  content_name: ['x-fb-cd-content_name', 'content_name'],
  content_category: ['x-fb-cd-content_category', 'content_category'],
  order_id: [
    'x-fb-cd-order_id',
    'transaction_id',
    'ecommerce.transaction_id',
    'order_id',
    'ecommerce.purchase.actionField.id',
  ],
  search_string: ['x-fb-cd-search_string', 'search_term', 'search_string'],
  predicted_ltv: ['x-fb-cd-predicted_ltv', 'predicted_ltv'],
  net_revenue: ['x-fb-cd-net_revenue', 'net_revenue'],
  status: ['x-fb-cd-status'],
  delivery_category: ['x-fb-cd-delivery_category', 'delivery_category'],
  customer_segmentation: ['x-fb-cd-customer_segmentation', 'customer_segmentation'],
  item_number: ['x-fb-cd-item_number'],
};

/**
 * Item lists: GA4's top-level one, else the one inside `ecommerce`, else
 * the product list of a Universal Analytics enhanced e-commerce event, as
 * GTM4WP's `gtm4wp.*EEC` events carry it (forwarded whole by clients that
 * pass on the dataLayer).
 */
export const ITEM_LIST_SOURCES = [
  'items',
  'ecommerce.items',
  'ecommerce.purchase.products',
  'ecommerce.checkout.products',
  'ecommerce.add.products',
  'ecommerce.detail.products',
];

/** Extra properties as Meta's client sends them: an object or its JSON text. */
export const CUSTOM_PROPERTIES_KEY = 'custom_properties';

/**
 * Every top-level event-data key the tag reads, and nothing else. Not
 * readable this way: arbitrary `x-fb-cd-<name>` custom properties (only
 * Meta's standard ones are listed); use the custom data table for others.
 */
export const EVENT_DATA_KEYS: string[] = [
  // consent
  'consent_state',
  'x-ga-gcd',
  'x-ga-gcs',
  // event name and the server event's own fields
  'event_name',
  'action_source',
  'messaging_channel',
  'event_time',
  'event_id',
  'x-fb-event_id',
  'page_location',
  'page_referrer',
  'opt_out',
  'app_data',
  'original_event_data',
  'attribution_data',
  // app_data: its own keys, and what Google's client passes on from a Firebase app
  'advertiser_tracking_enabled',
  'application_tracking_enabled',
  'extinfo',
  'x-ga-platform',
  'x-ga-os_version',
  'x-ga-device_model',
  'app_id',
  'app_version',
  'language',
  'data_processing_options',
  'data_processing_options_country',
  'data_processing_options_state',
  // browser identity
  'ip_override',
  'user_agent',
  'client_id',
  'x-fb-ck-fbc',
  'fbc',
  '_fbc',
  'x-fb-ck-fbp',
  'fbp',
  '_fbp',
  // delivery
  'test_event_code',
]
  .concat(topLevelKeys(USER_DATA_SOURCES))
  .concat(topLevelKeys(CUSTOM_DATA_SOURCES))
  .concat(
    ITEM_LIST_SOURCES.map((path) => path.split('.')[0]),
    [CUSTOM_PROPERTIES_KEY],
  )
  .filter((key, i, all) => all.indexOf(key) === i)
  .sort();

/** The top-level keys (what getEventData and the permission address) of a source table. */
function topLevelKeys(sources: { [key: string]: string[] }): string[] {
  const keys: string[] = [];
  for (const name of Object.keys(sources)) {
    for (const path of sources[name]) keys.push(path.split('.')[0].split('[]')[0]);
  }
  return keys;
}
