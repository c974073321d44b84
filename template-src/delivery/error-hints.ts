/**
 * A short fix for each Meta error a user can act on, keyed `code:subcode`,
 * then `code` (reference/meta-capi.md §1.5; Meta's "Handling Errors" and
 * Conversions API troubleshooting pages). Written into the response log
 * line, so the remedy is where the error is.
 */
import { lookup } from '../lib/tables';
import type { MetaError } from './response';

const HINTS =
  "|100:33=The pixel (dataset) ID does not exist or the token cannot reach it: check the pixel row and create the token in that dataset's Conversions API settings" +
  '|100:2804003=event_time is more than 7 days old (62 for physical_store): send events when they happen' +
  "|100:2804010=A required custom_data field is missing or invalid, usually a Purchase's currency or value: send them, or fill the Default currency field" +
  '|100:2804030=Limited Data Use needs its country and state: check the Limited Data Use fields' +
  '|100:2804036=The lead ID is unknown to Meta or deleted: send the lead_id Meta gave the lead' +
  '|100:2804050=Not enough customer information: send more match keys (email, phone, IP address with user agent, fbp or fbc)' +
  "|100:2804116=A business messaging event needs the channel's account ID: page_id (Messenger) or whatsapp_business_account_id (WhatsApp)" +
  '|100=Meta rejected a parameter: see blame_fields and user_msg; the problems line lists what the tag changed or left out' +
  "|102=The access token's session is invalid: create a new token in Events Manager and paste it in the pixel row" +
  '|190=The access token is invalid or expired: create a new token in Events Manager (dataset settings, Conversions API) and paste it in the pixel row' +
  "|1=A temporary error on Meta's side: the tag retries; if it lasts, check Meta's platform status" +
  "|2=A temporary error on Meta's side: the tag retries; if it lasts, check Meta's platform status" +
  "|3=The token lacks a capability this call needs: create it from the dataset's Conversions API settings" +
  '|4=Rate limited by Meta: the tag retries; spread the load if it lasts' +
  '|10=Permission denied: the token was not made for this dataset, or lacks ads_management' +
  '|17=Rate limited by Meta: the tag retries; spread the load if it lasts' +
  "|341=Meta's application limit was reached: the tag retries; spread the load if it lasts" +
  '|368=Meta blocked the app for a while for a policy reason: wait, then check Business Support' +
  '|613=Rate limited by Meta: the tag retries; spread the load if it lasts' +
  '|';

const PERMISSION =
  'Permission denied: the token was not made for this dataset, or lacks ads_management';
const THROTTLED =
  "Rate limited by Meta's business use case limits: not retried at once; spread the load, or wait for the time Meta's X-Business-Use-Case header gives";

export function fixHint(error: MetaError | undefined): string | undefined {
  if (error === undefined || error.code === undefined) return undefined;
  const code = '' + error.code;
  const hint =
    (error.subcode === undefined ? undefined : lookup(HINTS, code + ':' + error.subcode)) ||
    lookup(HINTS, code);
  if (hint !== undefined) return hint;
  if (error.code >= 200 && error.code <= 299) return PERMISSION;
  return error.code >= 80000 && error.code <= 80999 ? THROTTLED : undefined;
}
