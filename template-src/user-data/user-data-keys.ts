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
];

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
];

export const USER_DATA_KEYS = HASHED_KEYS.concat(NEVER_HASHED_KEYS);
