/**
 * ___SERVER_PERMISSIONS___, least privilege: each entry is needed by an API
 * the compiled code requires (the build cross-checks both directions).
 */
import { readEventData, sendHttp, type ServerPermission } from './gtm-types';

export const permissions: ServerPermission[] = [
  readEventData(['event_name']),
  sendHttp(['https://graph.facebook.com/']),
];
