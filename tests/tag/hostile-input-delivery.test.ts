/**
 * Issue 14, findings 4 and 6 (delivery), through the built template: a
 * throw from sendHttpRequest on a retry still ends in exactly one callback;
 * the access token stays out of the logs when Meta echoes it URL-encoded,
 * upper-cased or cut short; the configured test event code wins over the
 * event's own.
 */
import { describe, expect, it } from 'vitest';
import type { ScriptedResponse } from '../../build/harness';
import { metaResponse } from '../helpers/tag';
import { PIXEL, send, sentEvent } from './hostile-input-fixtures';

const HIT = {
  event_name: 'Lead',
  user_data: { email_address: 'jane@example.com' },
};

describe('a throw from sendHttpRequest on the retry', () => {
  /**
   * Each attempt's request starts inside a promise's then-callback, where a
   * throw becomes a rejection, whatever a throw inside Promise.create's
   * resolver does (GTM documents nothing about it; the harness lets it out).
   */
  it('ends in exactly one callback, a failure', () => {
    let calls = 0;
    const run = send(HIT, {
      responses: (): ScriptedResponse => {
        calls++;
        // A plain value, as a sandbox API throws it (a host Error would end the harness run).
        if (calls === 2) throw { reason: 'thrown by sendHttpRequest' };
        return { status: 503, body: { error: { code: 2, is_transient: true } } };
      },
    });
    expect(calls).toBe(2);
    expect(run.outcome).toBe('failure');
    expect(run.gtmOnSuccessCalls + run.gtmOnFailureCalls).toBe(1);
    expect(run.problems).toEqual([]);
  });
});

describe('the token is redacted however Meta echoes it', () => {
  /** A token whose URL-encoded and upper-cased forms differ from it and from Meta's token shape. */
  const token = 'capi/Token+For=Redaction0123456789xyz';
  const echoes = [
    ['URL-encoded', encodeURIComponent(token)],
    ['upper-cased', token.toUpperCase()],
    ['cut short', token.slice(0, 20)],
  ];

  it.each(echoes)('%s', (_, echo) => {
    const run = send(HIT, {
      fields: { pixels: [{ ...PIXEL, accessToken: token }], retries: '0' },
      responses: metaResponse(400, {
        error: {
          message: `Invalid OAuth access token - Cannot parse access token: ${echo}`,
          type: 'OAuthException',
          code: 190,
          fbtrace_id: 'Aecho',
        },
      }),
    });
    expect(run.outcome).toBe('failure');
    const logs = run.logs.map((l) => l.text).join('\n');
    expect(logs).toContain('Cannot parse access token');
    for (const form of [
      token,
      encodeURIComponent(token),
      token.toUpperCase(),
      token.slice(0, 16),
    ]) {
      expect(logs).not.toContain(form);
    }
  });
});

describe('test_event_code', () => {
  it("the tag field wins over the event's", () => {
    const run = send(
      { ...HIT, test_event_code: 'TEST99999' },
      { fields: { testEventCode: 'TEST11111' } },
    );
    sentEvent(run);
    expect(run.metaRequests[0].body.test_event_code).toBe('TEST11111');
  });

  it("the pixel row's wins over both", () => {
    const run = send(
      { ...HIT, test_event_code: 'TEST99999' },
      {
        fields: { testEventCode: 'TEST11111', pixels: [{ ...PIXEL, testEventCode: 'TEST22222' }] },
      },
    );
    sentEvent(run);
    expect(run.metaRequests[0].body.test_event_code).toBe('TEST22222');
  });

  it("control: without either, the event's is used", () => {
    const run = send({ ...HIT, test_event_code: 'TEST99999' });
    sentEvent(run);
    expect(run.metaRequests[0].body.test_event_code).toBe('TEST99999');
  });
});
