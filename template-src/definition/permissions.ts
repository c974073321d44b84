/**
 * ___SERVER_PERMISSIONS___, least privilege: each entry is needed by an API
 * the compiled code requires (the build cross-checks both directions), and
 * lists only the event-data keys, cookies and URL the tag uses.
 */
import {
  ENHANCEMENT_COOKIE,
  FBC_COOKIE,
  FBP_COOKIE,
  PURCHASE_GUARD_COOKIE,
} from '../lib/cookie-names';
import { EVENT_DATA_KEYS } from '../meta/sources';
import {
  getCookies,
  logging,
  readContainerData,
  readEventData,
  sendHttp,
  setCookies,
  type ServerPermission,
} from './gtm-types';

export const permissions: ServerPermission[] = [
  readEventData(EVENT_DATA_KEYS),
  getCookies([FBC_COOKIE, FBP_COOKIE, ENHANCEMENT_COOKIE, PURCHASE_GUARD_COOKIE]),
  setCookies([
    { name: FBC_COOKIE, secure: 'secure' },
    { name: FBP_COOKIE, secure: 'secure' },
    { name: ENHANCEMENT_COOKIE, secure: 'secure' },
    { name: PURCHASE_GUARD_COOKIE, secure: 'secure' },
  ]),
  sendHttp(['https://graph.facebook.com/']),
  // 'all' so the "always" log mode also logs in production; the tag gates
  // logging itself (default: Preview and debug sessions only).
  logging('all'),
  // getContainerVersion, to tell Preview/debug sessions apart.
  readContainerData(),
];
