/**
 * Shared inputs and readers for the delivery tag tests: a sendable event,
 * one pixel with a token-shaped secret, and the tag's JSON log lines.
 */
import type { ResponseRule, ScriptedResponse } from '../../build/harness';
import { assertNoLeaks } from '../helpers/leak-guard';
import { runTag, type TagRun, type TagRunOptions } from '../helpers/tag';

export const NOW = 1763769600000;
export const PIXEL_ID = '1234567890';
export const TOKEN = 'EAAGm0PX4ZCpsBAKZCZBnotarealtoken0123456789abcdefZZ';
export const PROOF = '0f'.repeat(32);
export const GRAPH = 'https://graph.facebook.com/';

export const PIXEL = { pixelId: PIXEL_ID, accessToken: TOKEN };

/** A Purchase that passes validation without a single problem line. */
export const EVENT = {
  event_name: 'purchase',
  client_id: '1234567890.1763700000',
  ip_override: '203.0.113.9',
  user_agent: 'Mozilla/5.0 (X11; Linux x86_64)',
  page_location: 'https://shop.example.com/checkout',
  event_id: 'evt-1',
  value: 49.9,
  currency: 'eur',
  transaction_id: 'T-1',
  user_data: {
    email_address: ' Jane.Doe@Example.com ',
    phone_number: '+1 (650) 555-1212',
    address: {
      first_name: 'Jane',
      last_name: 'Doe-Smith',
      city: 'Springfield',
      postal_code: '94025',
    },
  },
};

export type LogLine = Record<string, any>;

/** Runs the built tag with one pixel and logMode 'always'; `fields` add to or replace those. */
export function send(
  responses: ResponseRule[],
  fields: Record<string, unknown> = {},
  options: Partial<TagRunOptions> = {},
): TagRun {
  const all = { pixels: [PIXEL], logMode: 'always', ...fields };
  const eventData = options.eventData ?? EVENT;
  const run = runTag({ now: NOW, eventData, ...options, fields: all, responses });
  assertNoLeaks(run, { fields: all, eventData });
  return run;
}

/** Every Graph API call answered by `answer` (a sequence repeats its last answer). */
export function answer(...sequence: ScriptedResponse[]): ResponseRule[] {
  return [{ url: GRAPH, sequence }];
}

export function logLines(run: TagRun): LogLine[] {
  return run.logs.map((l) => JSON.parse(l.text) as LogLine);
}

export function linesOf(run: TagRun, type: string): LogLine[] {
  return logLines(run).filter((l) => l.type === type);
}

/** The single 'result' line the delivery writes once every pixel is settled. */
export function resultLine(run: TagRun): LogLine {
  const results = linesOf(run, 'result');
  if (results.length !== 1) throw new Error(`expected one result line, got ${results.length}`);
  return results[0];
}

export function graphError(error: Record<string, unknown>): Record<string, unknown> {
  return { error: { message: 'An error', type: 'OAuthException', ...error } };
}
