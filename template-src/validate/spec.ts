/** What Meta's Conversions API accepts, as data (reference/meta-capi.md §2, §3, §5). */
import { HASHED_KEYS, NEVER_HASHED_KEYS } from '../user-data/user-data-keys';

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
];

export const MESSAGING_CHANNELS = ['messenger', 'whatsapp', 'instagram'];

export const DAY_SECONDS = 86400;

/** How old event_time may be: 7 days, 62 for physical_store uploads. */
export function maxEventAgeSeconds(actionSource: unknown): number {
  return (actionSource === 'physical_store' ? 62 : 7) * DAY_SECONDS;
}

export const STANDARD_EVENT_NAMES = [
  'AddPaymentInfo',
  'AddToCart',
  'AddToWishlist',
  'CompleteRegistration',
  'Contact',
  'CustomizeProduct',
  'Donate',
  'FindLocation',
  'InitiateCheckout',
  'Lead',
  'PageView',
  'Purchase',
  'Schedule',
  'Search',
  'StartTrial',
  'SubmitApplication',
  'Subscribe',
  'ViewContent',
];

export const CUSTOM_EVENT_NAME_MAX = 50;

/** Keys of a server event (data[i]); the SDK-only ones are accepted too. */
export const SERVER_EVENT_KEYS = [
  'event_name',
  'event_time',
  'user_data',
  'custom_data',
  'event_source_url',
  'opt_out',
  'event_id',
  'action_source',
  'data_processing_options',
  'data_processing_options_country',
  'data_processing_options_state',
  'referrer_url',
  'customer_segmentation',
  'app_data',
  'original_event_data',
  'attribution_data',
  'messaging_channel',
  'advertiser_tracking_enabled',
  'advanced_measurement_table',
];

export const ORIGINAL_EVENT_DATA_KEYS = ['event_name', 'event_time', 'order_id', 'event_id'];

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
];

/** Hashed or not, as long as every channel does the same; may be a list. */
export const EITHER_USER_KEYS = ['external_id'];

/** user_data keys Meta wants SHA-256 hashed; each may be a list. Past the tag's own, SDK-only ones. */
export const HASHED_USER_KEYS = HASHED_KEYS.filter((k) => EITHER_USER_KEYS.indexOf(k) < 0).concat([
  'f5first',
  'f5last',
  'fi',
  'dobd',
  'dobm',
  'doby',
  'app_user_id',
]);

/** user_data keys sent as they are; never a hash. */
export const PLAIN_USER_KEYS = NEVER_HASHED_KEYS.concat([
  'whatsapp_business_account_id',
  'instagram_business_account_id',
]);

/**
 * Sets of keys that are not enough on their own (meta-capi.md §3.2): an
 * event whose keys all fall inside one of them is invalid.
 */
export const WEAK_KEY_SETS = [
  ['ct', 'country', 'st', 'zp', 'ge', 'client_user_agent'],
  ['db', 'client_user_agent'],
  ['fn', 'ge'],
  ['ln', 'ge'],
];

export const CONTENT_TYPES = [
  'product',
  'product_group',
  'destination',
  'flight',
  'hotel',
  'home_listing',
  'vehicle',
];

export const DELIVERY_CATEGORIES = ['in_store', 'curbside', 'home_delivery'];
