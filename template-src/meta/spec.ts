/**
 * What Meta's Conversions API accepts, as typed lists (reference/meta-capi.md
 * §2, §3, §5): the readable home of every key list and enum. The tag's code
 * never imports this module: GTM would rebuild each list on every event, so
 * the build renders the lists into compact strings (meta/compact.ts) and the
 * code looks values up there. The field definitions and the tests use the
 * lists directly.
 */

/** Where the conversion happened (server event `action_source`). */
export const ACTION_SOURCES = [
  'email',
  'website',
  'app',
  'phone_call',
  'chat',
  'physical_store',
  'system_generated',
  'business_messaging',
  'other',
] as const;
export type ActionSource = (typeof ACTION_SOURCES)[number];

/** `messaging_channel`, required for business_messaging. */
export const MESSAGING_CHANNELS = ['messenger', 'whatsapp', 'instagram'] as const;

/** Meta's standard events, spelled as Meta spells them. */
export const STANDARD_EVENTS = [
  'PageView',
  'ViewContent',
  'Search',
  'AddToCart',
  'AddToWishlist',
  'InitiateCheckout',
  'AddPaymentInfo',
  'Purchase',
  'Lead',
  'CompleteRegistration',
  'Contact',
  'CustomizeProduct',
  'Donate',
  'FindLocation',
  'Schedule',
  'StartTrial',
  'SubmitApplication',
  'Subscribe',
  // Server-only: more value for, or the attribution of, an earlier event
  // (original_event_data names it). Not Pixel events.
  'AppendValue',
  'AppendAttribution',
] as const;

/**
 * GA4 (and GTM) event names and the Meta standard event each one means.
 * Names not listed pass through, case-corrected when they spell a standard
 * event another way.
 */
export const GA4_TO_META: { [ga4Name: string]: (typeof STANDARD_EVENTS)[number] } = {
  page_view: 'PageView',
  'gtm.dom': 'PageView',
  view_item: 'ViewContent',
  search: 'Search',
  view_search_results: 'Search',
  add_to_cart: 'AddToCart',
  add_to_wishlist: 'AddToWishlist',
  begin_checkout: 'InitiateCheckout',
  add_payment_info: 'AddPaymentInfo',
  add_shipping_info: 'AddPaymentInfo',
  purchase: 'Purchase',
  generate_lead: 'Lead',
  sign_up: 'CompleteRegistration',
  contact: 'Contact',
  customize_product: 'CustomizeProduct',
  donate: 'Donate',
  find_location: 'FindLocation',
  schedule: 'Schedule',
  start_trial: 'StartTrial',
  submit_application: 'SubmitApplication',
  subscribe: 'Subscribe',
  // GTM4WP's enhanced e-commerce dataLayer events (gtm4wp.com, "Enhanced
  // e-commerce"): each names the shop step it reports.
  'gtm4wp.changeDetailViewEEC': 'ViewContent',
  'gtm4wp.addProductToCartEEC': 'AddToCart',
  'gtm4wp.checkoutStepEEC': 'InitiateCheckout',
  'gtm4wp.checkoutOptionEEC': 'AddPaymentInfo',
  'gtm4wp.orderCompletedEEC': 'Purchase',
};

/** The keys `original_event_data` may carry (AppendValue and similar). */
export const ORIGINAL_EVENT_DATA_KEYS = [
  'event_name',
  'event_time',
  'order_id',
  'event_id',
] as const;

/**
 * The keys `attribution_data` may carry (AppendAttribution), as Meta's
 * Business SDK models them; `attribution_setting` is an object of two
 * numbers.
 */
export const ATTRIBUTION_DATA_KEYS = [
  'scope',
  'visit_time',
  'ad_id',
  'adset_id',
  'campaign_id',
  'attribution_share',
  'attribution_model',
  'attr_window',
  'attribution_value',
  'attribution_source',
  'touchpoint_type',
  'touchpoint_ts',
  'attribution_method',
  'decline_reason',
  'attribution_setting',
] as const;

/** The two members of `attribution_data.attribution_setting`. */
export const ATTRIBUTION_SETTING_KEYS = [
  'inactivity_window_hours',
  'reattribution_window_hours',
] as const;

/**
 * `app_data` keys (required for app events: advertiser_tracking_enabled and
 * extinfo), in the order they are sent.
 */
export const APP_DATA_KEYS = [
  'advertiser_tracking_enabled',
  'application_tracking_enabled',
  'extinfo',
  'campaign_ids',
  'install_referrer',
  'installer_package',
  'url_schemes',
  'vendor_id',
  'windows_attribution_id',
] as const;

/**
 * The server event fields the server data table may set, over the event
 * and the tag's other fields. customer_segmentation goes to custom_data,
 * where Meta's own example puts it.
 */
export const SERVER_DATA_KEYS = [
  'event_time',
  'event_source_url',
  'referrer_url',
  'action_source',
  'messaging_channel',
  'opt_out',
  'original_event_data.event_name',
  'original_event_data.event_time',
  'original_event_data.order_id',
  'original_event_data.event_id',
  'customer_segmentation',
] as const;

export const CUSTOMER_SEGMENTATION_VALUES = [
  'new_customer_to_business',
  'new_customer_to_business_line',
  'new_customer_to_product_area',
  'new_customer_to_medium',
  'existing_customer_to_business',
  'existing_customer_to_business_line',
  'existing_customer_to_product_area',
  'existing_customer_to_medium',
  'customer_in_loyalty_program',
] as const;

export const CONTENT_TYPES = [
  'product',
  'product_group',
  'destination',
  'flight',
  'hotel',
  'home_listing',
  'vehicle',
] as const;

export const DELIVERY_CATEGORIES = ['in_store', 'curbside', 'home_delivery'] as const;

/** user_data keys Meta wants normalized and SHA-256 hashed; each accepts a list. */
export const HASHED_KEYS = [
  'em',
  'ph',
  'fn',
  'ln',
  'ct',
  'st',
  'zp',
  'country',
  'ge',
  'db',
  'external_id',
] as const;

/** user_data keys Meta wants as sent, never hashed; each takes one value. */
export const NEVER_HASHED_KEYS = [
  'client_ip_address',
  'client_user_agent',
  'fbc',
  'fbp',
  'subscription_id',
  'fb_login_id',
  'lead_id',
  'anon_id',
  'madid',
  'page_id',
  'page_scoped_user_id',
  'ctwa_clid',
  'ig_account_id',
  'ig_sid',
  'whatsapp_business_account_id',
  'instagram_business_account_id',
] as const;

/**
 * user_data keys Meta documents for one kind of event only: the app's own
 * identifiers for app events, the channel identifiers for
 * business_messaging. The event is searched for them only then.
 */
export const ACTION_SOURCE_OF_KEY: { [key: string]: ActionSource } = {
  anon_id: 'app',
  madid: 'app',
  page_id: 'business_messaging',
  page_scoped_user_id: 'business_messaging',
  ctwa_clid: 'business_messaging',
  ig_account_id: 'business_messaging',
  ig_sid: 'business_messaging',
  whatsapp_business_account_id: 'business_messaging',
  instagram_business_account_id: 'business_messaging',
};

/**
 * The user_data keys Meta's business messaging examples carry for each
 * channel (reference/meta-capi.md §2): the business's account and the
 * person's ID on that channel.
 */
export const CHANNEL_IDENTIFIERS: { [channel: string]: string[] } = {
  messenger: ['page_id', 'page_scoped_user_id'],
  whatsapp: ['whatsapp_business_account_id', 'ctwa_clid'],
  instagram: ['instagram_business_account_id', 'ig_sid'],
};

/** Every user_data key the tag sends, in the order it builds them. */
export const USER_DATA_KEYS: readonly string[] = [...HASHED_KEYS, ...NEVER_HASHED_KEYS];

/** custom_data keys with a meaning (and a check) of their own, in the order they are sent. */
export const STANDARD_CUSTOM_KEYS = [
  'value',
  'currency',
  'content_ids',
  'contents',
  'content_type',
  'num_items',
  'content_name',
  'content_category',
  'order_id',
  'search_string',
  'predicted_ltv',
  'net_revenue',
  'status',
  'delivery_category',
  'customer_segmentation',
  'item_number',
] as const;

/**
 * Sets of keys that are not enough on their own (meta-capi.md §3.2): an
 * event whose match keys all fall inside one of them is reported.
 */
export const WEAK_KEY_SETS: readonly (readonly string[])[] = [
  ['ct', 'country', 'st', 'zp', 'ge', 'client_user_agent'],
  ['db', 'client_user_agent'],
  ['fn', 'ge'],
  ['ln', 'ge'],
];
