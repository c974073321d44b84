import { eventKeyOf } from './read-event-path';

/**
 * Where each user_data key is found in the event, in order of preference:
 * Meta's own `x-fb-ud-*` keys (what Meta's client and tag use), then GA4's
 * `user_data` (address as an object or a list), then common top-level
 * names. Google's `sha256_*` hashes come last: Google normalizes a few
 * inputs differently (dots in Gmail addresses, spaces in names), so the raw
 * value is preferred. Never `sha256_phone_number`: Google hashes "+1650…"
 * with the plus, Meta without it. `page_id` is read from `x-fb-ud-page_id`
 * only: a bare `page_id` is usually a CMS page number, not a Facebook Page.
 * client_ip_address, client_user_agent, fbc and fbp have no entry: the
 * identity module reads those from the event.
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
  madid: ['x-fb-ud-madid', 'madid'],
  page_id: ['x-fb-ud-page_id'],
  page_scoped_user_id: ['x-fb-ud-page_scoped_user_id', 'page_scoped_user_id'],
  ctwa_clid: ['x-fb-ud-ctwa_clid', 'ctwa_clid'],
  ig_account_id: ['x-fb-ud-ig_account_id', 'ig_account_id'],
  ig_sid: ['x-fb-ud-ig_sid', 'ig_sid'],
};

/** Every event-data key the user_data mapping reads (for read_event_data permissions). */
export const USER_DATA_EVENT_KEYS: string[] = eventKeysOf(USER_DATA_SOURCES);

function eventKeysOf(sources: { [key: string]: string[] }): string[] {
  const keys: string[] = [];
  for (const name in sources) {
    if (!sources.hasOwnProperty(name)) continue;
    sources[name].forEach((path) => {
      const key = eventKeyOf(path);
      if (keys.indexOf(key) < 0) keys.push(key);
    });
  }
  return keys;
}
