/**
 * Builds the Graph API request for one pixel. The access token and
 * appsecret_proof travel in the JSON body, never in the URL, so they cannot
 * leak through URL logs; partner_agent and test_event_code sit at the top
 * level next to `data`, as Meta's docs place them.
 */
import { JSON } from '../sandbox/apis';
import { looksPersonal } from '../lib/personal-data';
import { textOf } from '../lib/text';
import type { DeliveryConfig, PixelConfig, ServerEvent } from '../context';
import { PARTNER_AGENT } from './partner-agent';

export const GRAPH_HOST = 'https://graph.facebook.com/';

export interface GraphRequest {
  pixelId: string;
  url: string;
  options: HttpRequestOptions;
  /** Holds the token: send it, never log it. */
  body: string;
  /** '' when none is sent. */
  testEventCode: string;
}

export function graphUrl(apiVersion: string, pixelId: string): string {
  return GRAPH_HOST + apiVersion + '/' + pixelId + '/events';
}

/**
 * The pixel row's code wins (codes are issued per dataset), then the
 * tag-wide field: what the tag is configured with is never overridden by
 * an event. Without either, the event's own `test_event_code` routes it to
 * Test Events (a client may set one for a debugging session).
 */
export function chooseTestEventCode(
  fromEvent: unknown,
  pixel: PixelConfig,
  config: DeliveryConfig,
): string {
  if (pixel.testEventCode !== '') return pixel.testEventCode;
  if (config.testEventCode !== '') return config.testEventCode;
  const eventCode = textOf(fromEvent);
  return eventCode !== undefined && !looksPersonal(eventCode) ? eventCode : '';
}

/** The event with its keys in the order Meta's docs list them, whatever order the stages set them in. */
export function orderedEvent(e: ServerEvent): { [key: string]: unknown } {
  const out: { [key: string]: unknown } = {
    event_name: e.event_name,
    event_time: e.event_time,
    action_source: e.action_source,
  };
  if (e.messaging_channel !== undefined) out.messaging_channel = e.messaging_channel;
  if (e.event_id !== undefined) out.event_id = e.event_id;
  if (e.event_source_url !== undefined) out.event_source_url = e.event_source_url;
  if (e.referrer_url !== undefined) out.referrer_url = e.referrer_url;
  if (e.opt_out !== undefined) out.opt_out = e.opt_out;
  if (e.app_data !== undefined) out.app_data = e.app_data;
  if (e.original_event_data !== undefined) out.original_event_data = e.original_event_data;
  if (e.attribution_data !== undefined) out.attribution_data = e.attribution_data;
  if (e.data_processing_options !== undefined) {
    out.data_processing_options = e.data_processing_options;
  }
  if (e.data_processing_options_country !== undefined) {
    out.data_processing_options_country = e.data_processing_options_country;
    out.data_processing_options_state = e.data_processing_options_state;
  }
  out.user_data = e.user_data;
  if (e.custom_data !== undefined) out.custom_data = e.custom_data;
  return out;
}

/**
 * No event needs anywhere near this; every part of one is capped well
 * below it, so a body this large means something unbounded got through.
 */
export const MAX_BODY_CHARACTERS = 1000000;

/** The request, or why there is none (the event cannot be serialized, or is too large). */
export function buildRequest(
  event: { [key: string]: unknown },
  eventTestCode: unknown,
  pixel: PixelConfig,
  config: DeliveryConfig,
): GraphRequest | string {
  const testEventCode = chooseTestEventCode(eventTestCode, pixel, config);
  const payload: { [key: string]: unknown } = {
    data: [event],
    partner_agent: PARTNER_AGENT,
    access_token: pixel.accessToken,
  };
  if (testEventCode !== '') payload.test_event_code = testEventCode;
  if (pixel.appSecretProof !== '') payload.appsecret_proof = pixel.appSecretProof;
  const body = JSON.stringify(payload);
  if (typeof body !== 'string') return 'cannot be serialized as JSON';
  if (body.length > MAX_BODY_CHARACTERS)
    return 'over ' + MAX_BODY_CHARACTERS + ' characters as JSON';
  return {
    pixelId: pixel.pixelId,
    url: graphUrl(config.apiVersion, pixel.pixelId),
    options: {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      timeout: config.timeoutMs,
    },
    body: body,
    testEventCode: testEventCode,
  };
}
