/**
 * Builds the Graph API request for one pixel. The access token and
 * appsecret_proof travel in the JSON body, never in the URL, so they cannot
 * leak through URL logs; partner_agent and test_event_code sit at the top
 * level next to `data`, as Meta's docs place them.
 */
import { JSON } from '../sandbox/apis';
import { typeOf } from '../sandbox/type-of';
import type { DeliveryConfig } from './config';
import { PARTNER_AGENT } from './partner-agent';
import type { PixelConfig } from './pixels';
import { fieldText } from './text';

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
  const eventCode = fieldText(fromEvent);
  if (eventCode !== undefined && eventCode !== '') return eventCode;
  if (pixel.testEventCode !== '') return pixel.testEventCode;
  return config.testEventCode;
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
  if (typeOf(body) !== 'string') return undefined;
  return {
    pixelId: pixel.pixelId,
    url: graphUrl(config.apiVersion, pixel.pixelId),
    options: {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      timeout: config.timeoutMs,
    },
    body: body as string,
    testEventCode: testEventCode,
  };
}
