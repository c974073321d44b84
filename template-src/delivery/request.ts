/**
 * Builds the Graph API request for one pixel. The access token and
 * appsecret_proof travel in the JSON body, never in the URL, so they cannot
 * leak through URL logs; partner_agent and test_event_code sit at the top
 * level next to `data`, as Meta's docs place them.
 */
import { JSON } from '../sandbox/apis';
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
 * The event's own `test_event_code` wins (like Meta's tag: a client can route
 * one request to Test Events), then the pixel row's code (codes are issued
 * per dataset), then the tag-wide field.
 */
export function chooseTestEventCode(
  fromEvent: unknown,
  pixel: PixelConfig,
  config: DeliveryConfig,
): string {
  const eventCode = textOf(fromEvent);
  if (eventCode !== undefined && eventCode !== '') return eventCode;
  if (pixel.testEventCode !== '') return pixel.testEventCode;
  return config.testEventCode;
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

/** Undefined when the event cannot be serialized (it cannot then be sent at all). */
export function buildRequest(
  event: { [key: string]: unknown },
  eventTestCode: unknown,
  pixel: PixelConfig,
  config: DeliveryConfig,
): GraphRequest | undefined {
  const testEventCode = chooseTestEventCode(eventTestCode, pixel, config);
  const payload: { [key: string]: unknown } = {
    data: [event],
    partner_agent: PARTNER_AGENT,
    access_token: pixel.accessToken,
  };
  if (testEventCode !== '') payload.test_event_code = testEventCode;
  if (pixel.appSecretProof !== '') payload.appsecret_proof = pixel.appSecretProof;
  const body = JSON.stringify(payload);
  if (typeof body !== 'string') return undefined;
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
