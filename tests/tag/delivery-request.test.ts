/**
 * The shape of the Graph API request the built template sends: endpoint,
 * method, headers, timeout, and a JSON body carrying the token, the
 * appsecret_proof, partner_agent and test_event_code; nothing secret in the URL.
 */
import { describe, expect, it } from 'vitest';
import { metaOk } from '../helpers/tag';
import { EVENT, linesOf, PIXEL, PIXEL_ID, PROOF, send, TOKEN } from './delivery-fixtures';

describe('Graph API request', () => {
  it('POSTs JSON to https://graph.facebook.com/<version>/<pixel>/events', () => {
    const run = send(metaOk());
    expect(run.outcome).toBe('success');
    expect(run.metaRequests).toHaveLength(1);
    const request = run.metaRequests[0];
    expect(request.url).toBe(`https://graph.facebook.com/v26.0/${PIXEL_ID}/events`);
    expect(request.method).toBe('POST');
    expect(request.headers).toEqual({ 'content-type': 'application/json' });
    expect(request.record.form).toBe('promise');
    expect(request.body.data).toHaveLength(1);
    expect(request.body.data[0]).toMatchObject({ event_name: 'Purchase', event_id: 'evt-1' });
  });

  it('keeps the token out of the URL and puts it in the body', () => {
    const run = send(metaOk(), { pixels: [{ ...PIXEL, appSecretProof: PROOF }] });
    const request = run.metaRequests[0];
    expect(request.url).not.toContain('?');
    expect(request.url).not.toContain(TOKEN);
    expect(request.url).not.toContain(PROOF);
    expect(request.body.access_token).toBe(TOKEN);
    expect(request.body.appsecret_proof).toBe(PROOF);
    expect(linesOf(run, 'request')[0].url).toBe(request.url);
  });

  it('sends a trimmed token and a lowercased proof, and no proof when none is set', () => {
    const padded = { ...PIXEL, accessToken: `  ${TOKEN}\n`, appSecretProof: PROOF.toUpperCase() };
    const run = send(metaOk(), { pixels: [padded] });
    expect(run.metaRequests[0].body).toMatchObject({ access_token: TOKEN, appsecret_proof: PROOF });
    expect(send(metaOk()).metaRequests[0].body).not.toHaveProperty('appsecret_proof');
  });

  it('sends partner_agent: fewer than 23 characters, at least two letters', () => {
    const agent = send(metaOk()).metaRequests[0].body.partner_agent as string;
    expect(typeof agent).toBe('string');
    expect(agent.length).toBeLessThan(23);
    expect(agent.replace(/[^A-Za-z]/g, '').length).toBeGreaterThanOrEqual(2);
  });

  it('uses the API version field, with or without the v', () => {
    for (const [field, version] of [
      ['v25.0', 'v25.0'],
      ['24.0', 'v24.0'],
      [' V23.0 ', 'v23.0'],
      ['', 'v26.0'],
    ]) {
      const run = send(metaOk(), { apiVersion: field });
      expect(run.metaRequests[0].url).toBe(
        `https://graph.facebook.com/${version}/${PIXEL_ID}/events`,
      );
    }
  });

  it('passes the timeout field as the request timeout (default 1500 ms)', () => {
    expect(send(metaOk()).metaRequests[0].record.timeoutMs).toBe(1500);
    expect(send(metaOk(), { requestTimeoutMs: '2000' }).metaRequests[0].record.timeoutMs).toBe(
      2000,
    );
    // Without a retry the whole delivery budget (4200 ms) is the attempt's.
    const once = send(metaOk(), { requestTimeoutMs: '2500', retries: '0' });
    expect(once.metaRequests[0].record.timeoutMs).toBe(2500);
    expect(send(metaOk(), { requestTimeoutMs: 800 }).metaRequests[0].record.timeoutMs).toBe(800);
  });
});

describe('test_event_code', () => {
  const eventWithCode = { ...EVENT, test_event_code: 'TEST_FROM_EVENT' };

  it('is absent when no field or event sets it', () => {
    expect(send(metaOk()).metaRequests[0].body).not.toHaveProperty('test_event_code');
  });

  it('comes from the tag field', () => {
    const run = send(metaOk(), { testEventCode: ' TEST123 ' });
    expect(run.metaRequests[0].body.test_event_code).toBe('TEST123');
    expect(linesOf(run, 'request')[0].test_event_code).toBe('TEST123');
  });

  it('comes from the pixel row, before the tag field', () => {
    const run = send(metaOk(), {
      testEventCode: 'TEST_TAG',
      pixels: [{ ...PIXEL, testEventCode: 'TEST_ROW' }],
    });
    expect(run.metaRequests[0].body.test_event_code).toBe('TEST_ROW');
  });

  it('comes from the row, then the field, and only then the event (issue 14; 0.1.0 let the event win)', () => {
    const both = { testEventCode: 'TEST_TAG', pixels: [{ ...PIXEL, testEventCode: 'TEST_ROW' }] };
    const row = send(metaOk(), both, { eventData: eventWithCode });
    expect(row.metaRequests[0].body.test_event_code).toBe('TEST_ROW');
    const field = send(metaOk(), { testEventCode: 'TEST_TAG' }, { eventData: eventWithCode });
    expect(field.metaRequests[0].body.test_event_code).toBe('TEST_TAG');
    const event = send(metaOk(), {}, { eventData: eventWithCode });
    expect(event.metaRequests[0].body.test_event_code).toBe('TEST_FROM_EVENT');
  });

  it('an empty or non-text event value is no code', () => {
    for (const value of ['', '   ', { code: 'x' }, ['TEST']]) {
      const run = send(metaOk(), {}, { eventData: { ...EVENT, test_event_code: value } });
      expect(run.metaRequests[0].body).not.toHaveProperty('test_event_code');
    }
  });

  it('is the top-level body field, never inside the event', () => {
    const run = send(metaOk(), {}, { eventData: eventWithCode });
    expect(run.metaRequests[0].body.data[0]).not.toHaveProperty('test_event_code');
  });
});
