/**
 * Classification of one attempt across the Graph API fault matrix. Retry
 * decisions rest on status, code and is_transient; message text never
 * matters (Meta localizes it).
 */
import { describe, expect, it } from 'vitest';
import {
  classifyRejection,
  classifyResponse,
  type Outcome,
} from '../../template-src/delivery/response';

const graphError = (error: Record<string, unknown>) =>
  JSON.stringify({ error: { message: 'Invalid parameter', type: 'OAuthException', ...error } });

const HTML_502 = '<html><body><h1>502 Bad Gateway</h1></body></html>';

describe('classifyResponse: the fault matrix', () => {
  it.each<[string, number, unknown, Partial<Outcome>]>([
    [
      '200 with events_received',
      200,
      '{"events_received":1,"messages":[],"fbtrace_id":"ATHEd8F7"}',
      { verdict: 'ok', reason: 'accepted', status: 200, eventsReceived: 1, fbtraceId: 'ATHEd8F7' },
    ],
    [
      '200 with an empty body',
      200,
      '',
      { verdict: 'ok', reason: 'accepted', eventsReceived: undefined },
    ],
    ['204 without a body', 204, undefined, { verdict: 'ok', reason: 'accepted' }],
    ['200 with HTML', 200, HTML_502, { verdict: 'ok', reason: 'accepted' }],
    [
      '200 with events_received 0',
      200,
      '{"events_received":0}',
      { verdict: 'failed', reason: 'not_received' },
    ],
    [
      '400 code 100 subcode 2804003 (event too old)',
      400,
      graphError({
        code: 100,
        error_subcode: 2804003,
        is_transient: false,
        error_user_title: 'Event Timestamp Too Old',
        error_user_msg: 'The timestamp for this event is too far in the past.',
        fbtrace_id: 'A6UyEgg',
      }),
      {
        verdict: 'failed',
        reason: 'invalid_parameter',
        status: 400,
        fbtraceId: 'A6UyEgg',
        error: {
          code: 100,
          subcode: 2804003,
          type: 'OAuthException',
          message: 'Invalid parameter',
          userTitle: 'Event Timestamp Too Old',
          userMessage: 'The timestamp for this event is too far in the past.',
          isTransient: false,
          blameFields: undefined,
        },
      },
    ],
    [
      '400 code 100 subcode 2804050 (too little customer information)',
      400,
      graphError({ code: 100, error_subcode: 2804050 }),
      { verdict: 'failed', reason: 'invalid_parameter' },
    ],
    [
      '400 code 100 even when marked transient',
      400,
      graphError({ code: 100, is_transient: true }),
      { verdict: 'failed', reason: 'invalid_parameter' },
    ],
    [
      '500 code 100 is still never retried',
      500,
      graphError({ code: 100 }),
      { verdict: 'failed', reason: 'invalid_parameter' },
    ],
    [
      '401 code 190 without subcode',
      401,
      graphError({ code: 190, message: 'Invalid OAuth access token - Cannot parse access token' }),
      { verdict: 'failed', reason: 'invalid_token', status: 401 },
    ],
    [
      '403 code 10 (permission)',
      403,
      graphError({ code: 10 }),
      { verdict: 'failed', reason: 'client_error' },
    ],
    [
      '403 with HTML',
      403,
      HTML_502,
      { verdict: 'failed', reason: 'client_error', error: undefined },
    ],
    ['404 with an empty body', 404, '', { verdict: 'failed', reason: 'client_error' }],
    [
      '429 code 4 (app rate limit)',
      429,
      graphError({ code: 4 }),
      { verdict: 'retry', reason: 'rate_limited' },
    ],
    [
      '400 code 17 (user rate limit)',
      400,
      graphError({ code: 17 }),
      { verdict: 'retry', reason: 'rate_limited' },
    ],
    [
      '400 code 341 (app limit)',
      400,
      graphError({ code: 341 }),
      { verdict: 'retry', reason: 'rate_limited' },
    ],
    [
      '400 code 613 subcode 1996',
      400,
      graphError({ code: 613, error_subcode: 1996 }),
      {
        verdict: 'retry',
        reason: 'rate_limited',
        error: expect.objectContaining({ subcode: 1996 }),
      },
    ],
    [
      // Regression: HTTP's rate-limit status was a final 4xx; it is retried like codes 4/17/613.
      '429 without a Graph error is a rate limit',
      429,
      '',
      { verdict: 'retry', reason: 'rate_limited' },
    ],
    [
      '400 is_transient true',
      400,
      graphError({ code: 368, is_transient: true }),
      { verdict: 'retry', reason: 'transient' },
    ],
    [
      '500 code 1 (unknown)',
      500,
      graphError({ code: 1, error_subcode: 99 }),
      { verdict: 'retry', reason: 'temporary_error' },
    ],
    [
      '503 code 2 (service)',
      503,
      graphError({ code: 2 }),
      { verdict: 'retry', reason: 'temporary_error' },
    ],
    [
      '500 with a Graph error of another code',
      500,
      graphError({ code: 3 }),
      { verdict: 'retry', reason: 'server_error' },
    ],
    ['502 with HTML', 502, HTML_502, { verdict: 'retry', reason: 'server_error', status: 502 }],
    ['503 with an empty body', 503, '', { verdict: 'retry', reason: 'server_error' }],
    [
      '500 with JSON that is not an object',
      500,
      '[1,2]',
      { verdict: 'retry', reason: 'server_error' },
    ],
    ['302 redirect', 302, '', { verdict: 'failed', reason: 'unexpected_status' }],
    [
      'status 0 (callback-form network failure)',
      0,
      undefined,
      { verdict: 'retry', reason: 'network' },
    ],
    ['status -1 (callback-form timeout)', -1, undefined, { verdict: 'retry', reason: 'timeout' }],
    ['status missing', undefined as unknown as number, '', { verdict: 'retry', reason: 'network' }],
    [
      'status as a string',
      '400' as unknown as number,
      graphError({ code: 100 }),
      { verdict: 'failed', status: 400 },
    ],
    [
      'code as a string',
      400,
      graphError({ code: '190' }),
      { verdict: 'failed', reason: 'invalid_token' },
    ],
    [
      'body as an object',
      200,
      { events_received: 1 },
      { verdict: 'ok', eventsReceived: undefined },
    ],
    [
      'error that is not an object',
      400,
      '{"error":"nope"}',
      { verdict: 'failed', error: undefined },
    ],
  ])('%s', (_name, status, body, expected) => {
    expect(classifyResponse(status, body)).toMatchObject(expected);
  });

  it('reads blame_field_specs and fbtrace_id from inside the error', () => {
    const outcome = classifyResponse(
      400,
      graphError({
        code: 100,
        fbtrace_id: 'Xyz',
        error_data: { blame_field_specs: [['custom_data', 'currency'], 'junk', [], [7]] },
      }),
    );
    expect(outcome.fbtraceId).toBe('Xyz');
    expect(outcome.error!.blameFields).toEqual(['custom_data.currency']);
  });

  it('keeps long messages whole: the logger cuts them only after redacting secrets', () => {
    const outcome = classifyResponse(400, graphError({ code: 100, message: 'x'.repeat(5000) }));
    expect(outcome.error!.message).toBe('x'.repeat(5000));
  });

  it('ignores wrongly typed error fields', () => {
    const outcome = classifyResponse(
      400,
      graphError({ code: null, error_subcode: 'abc', is_transient: 'yes', message: 42 }),
    );
    expect(outcome.error).toMatchObject({
      code: undefined,
      subcode: undefined,
      isTransient: undefined,
      message: undefined,
    });
    expect(outcome.verdict).toBe('failed');
  });
});

describe('classifyRejection', () => {
  it.each([
    [{ reason: 'timed_out' }, 'timeout'],
    [{ reason: 'failed' }, 'network'],
    [{ reason: 'other' }, 'network'],
    [undefined, 'network'],
    ['boom', 'network'],
  ])('%j → retry (%s)', (rejection, reason) => {
    expect(classifyRejection(rejection)).toEqual({ verdict: 'retry', reason });
  });
});
