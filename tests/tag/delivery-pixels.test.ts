/**
 * Several pixels and optimistic mode through the built template: every pixel
 * gets its own request (own token and proof), a failure of one is reported
 * once and named in the log, and optimistic mode calls back before Meta answers.
 */
import { describe, expect, it } from 'vitest';
import type { ResponseRule } from '../../build/harness';
import { metaOk } from '../helpers/tag';
import {
  graphError,
  linesOf,
  PIXEL,
  PIXEL_ID,
  PROOF,
  resultLine,
  send,
  TOKEN,
} from './delivery-fixtures';

const SECOND = {
  pixelId: '9876543210',
  accessToken: 'EAAsecondDatasetToken9876543210abcdefghijklmnopq',
  appSecretProof: 'ab'.repeat(32),
};
const TWO = { pixels: [{ ...PIXEL, appSecretProof: PROOF }, SECOND] };

function graphUrl(pixelId: string): string {
  return `https://graph.facebook.com/v26.0/${pixelId}/events`;
}

/** The first pixel is accepted; the second gets `rule`'s answer. */
function secondAnswers(rule: Omit<ResponseRule, 'url'>): ResponseRule[] {
  return [{ url: graphUrl(SECOND.pixelId), ...rule }, ...metaOk()];
}

describe('two pixels', () => {
  it('sends one request per pixel, each with its own token and proof', () => {
    const run = send(metaOk(), TWO);
    expect([run.gtmOnSuccessCalls, run.gtmOnFailureCalls]).toEqual([1, 0]);
    expect(run.metaRequests.map((r) => r.url)).toEqual([
      graphUrl(PIXEL_ID),
      graphUrl(SECOND.pixelId),
    ]);
    expect(run.metaRequests.map((r) => [r.body.access_token, r.body.appsecret_proof])).toEqual([
      [TOKEN, PROOF],
      [SECOND.accessToken, SECOND.appSecretProof],
    ]);
    expect(run.metaRequests[0].body.data).toEqual(run.metaRequests[1].body.data);
    expect(resultLine(run)).toMatchObject({ ok: true, failed_pixels: [] });
  });

  it('sends to both in parallel, not one after the other', () => {
    const run = send(
      [
        { url: graphUrl(PIXEL_ID), status: 200, body: { events_received: 1 }, delayMs: 900 },
        { url: graphUrl(SECOND.pixelId), status: 200, body: { events_received: 1 }, delayMs: 900 },
      ],
      TWO,
    );
    expect(run.metaRequests.map((r) => r.record.sentAt)).toEqual([
      run.metaRequests[0].record.sentAt,
      run.metaRequests[0].record.sentAt,
    ]);
    expect(run.calledBackAtMs).toBe(900);
  });

  it('one rejected: both attempted, failure reported once, the failing pixel named', () => {
    const run = send(
      secondAnswers({
        status: 400,
        body: graphError({ code: 100, error_subcode: 33, fbtrace_id: 'Ab' }),
      }),
      TWO,
    );
    expect(run.metaRequests.map((r) => r.url)).toEqual([
      graphUrl(PIXEL_ID),
      graphUrl(SECOND.pixelId),
    ]);
    expect([run.gtmOnSuccessCalls, run.gtmOnFailureCalls]).toEqual([0, 1]);
    expect(resultLine(run)).toMatchObject({
      ok: false,
      failed_pixels: [SECOND.pixelId],
      pixels: [
        { pixel: PIXEL_ID, ok: true, reason: 'accepted', attempts: 1 },
        { pixel: SECOND.pixelId, ok: false, reason: 'invalid_parameter', attempts: 1 },
      ],
    });
    const failed = linesOf(run, 'response').find((l) => l.pixel === SECOND.pixelId);
    expect(failed).toMatchObject({
      status: 400,
      fbtrace_id: 'Ab',
      error: { code: 100, subcode: 33 },
    });
  });

  it('one times out: only that pixel is retried, then the tag fails once', () => {
    const run = send(secondAnswers({ timeout: true }), TWO);
    const urls = run.metaRequests.map((r) => r.url);
    expect(urls.filter((u) => u === graphUrl(PIXEL_ID))).toHaveLength(1);
    expect(urls.filter((u) => u === graphUrl(SECOND.pixelId))).toHaveLength(2);
    expect([run.gtmOnSuccessCalls, run.gtmOnFailureCalls]).toEqual([0, 1]);
    expect(resultLine(run).failed_pixels).toEqual([SECOND.pixelId]);
  });

  it('one recovers on its retry: success once', () => {
    const run = send(
      secondAnswers({ sequence: [{ status: 503 }, { status: 200, body: { events_received: 1 } }] }),
      TWO,
    );
    expect(run.metaRequests).toHaveLength(3);
    expect([run.gtmOnSuccessCalls, run.gtmOnFailureCalls]).toEqual([1, 0]);
    expect(resultLine(run).pixels[1]).toEqual({
      pixel: SECOND.pixelId,
      ok: true,
      reason: 'accepted',
      attempts: 2,
    });
  });

  it('both rejected: failure once, both named', () => {
    const run = send(
      [{ url: 'https://graph.facebook.com/', status: 401, body: graphError({ code: 190 }) }],
      TWO,
    );
    expect(run.metaRequests).toHaveLength(2);
    expect([run.gtmOnSuccessCalls, run.gtmOnFailureCalls]).toEqual([0, 1]);
    expect(resultLine(run).failed_pixels).toEqual([PIXEL_ID, SECOND.pixelId]);
  });

  it("a pixel row's test event code goes to that pixel only", () => {
    const run = send(metaOk(), { pixels: [PIXEL, { ...SECOND, testEventCode: 'TEST2' }] });
    expect(run.metaRequests[0].body).not.toHaveProperty('test_event_code');
    expect(run.metaRequests[1].body.test_event_code).toBe('TEST2');
  });
});

describe('optimistic mode', () => {
  it('calls gtmOnSuccess before Meta answers, and only once', () => {
    const run = send(
      [
        {
          url: 'https://graph.facebook.com/',
          status: 200,
          body: { events_received: 1 },
          delayMs: 700,
        },
      ],
      { optimisticSuccess: true },
    );
    expect([run.gtmOnSuccessCalls, run.gtmOnFailureCalls]).toEqual([1, 0]);
    expect(run.calledBackAtMs).toBe(0);
    expect(run.elapsedMs).toBe(700);
    expect(resultLine(run)).toMatchObject({ ok: true, optimistic: true });
  });

  it('still sends, retries and logs the failure, but never calls gtmOnFailure', () => {
    const run = send([{ url: 'https://graph.facebook.com/', status: 503 }], {
      optimisticSuccess: true,
    });
    expect(run.metaRequests).toHaveLength(2);
    expect([run.gtmOnSuccessCalls, run.gtmOnFailureCalls]).toEqual([1, 0]);
    expect(run.problems).toEqual([]);
    expect(resultLine(run)).toMatchObject({
      ok: false,
      optimistic: true,
      failed_pixels: [PIXEL_ID],
    });
  });

  it('two pixels, one failing: success once, the failing pixel in the log', () => {
    const run = send(secondAnswers({ status: 400, body: graphError({ code: 100 }) }), {
      ...TWO,
      optimisticSuccess: true,
    });
    expect(run.metaRequests).toHaveLength(2);
    expect([run.gtmOnSuccessCalls, run.gtmOnFailureCalls]).toEqual([1, 0]);
    expect(resultLine(run).failed_pixels).toEqual([SECOND.pixelId]);
  });

  it('does not hide a bad configuration', () => {
    const run = send(metaOk(), { optimisticSuccess: true, pixels: [{ ...PIXEL, pixelId: '' }] });
    expect([run.gtmOnSuccessCalls, run.gtmOnFailureCalls]).toEqual([0, 1]);
    expect(run.requests).toEqual([]);
  });

  it('is off unless the field is exactly true', () => {
    for (const value of ['true', 1, 'yes']) {
      const run = send([{ url: 'https://graph.facebook.com/', status: 400 }], {
        optimisticSuccess: value,
      });
      expect(run.outcome).toBe('failure');
    }
  });
});

describe('log modes around delivery', () => {
  it('writes nothing with logMode off, and still delivers', () => {
    const run = send(metaOk(), { logMode: 'off' });
    expect(run.logs).toEqual([]);
    expect(run.outcome).toBe('success');
  });

  it("writes only in Preview with the default 'debug' mode", () => {
    expect(send(metaOk(), { logMode: undefined }).logs).toEqual([]);
    const preview = send(
      metaOk(),
      { logMode: undefined },
      { containerVersion: { previewMode: true } },
    );
    expect(linesOf(preview, 'result')).toHaveLength(1);
  });

  it('lists the match keys sent (names only) in the request line', () => {
    const line = linesOf(send(metaOk()), 'request')[0];
    expect(line.match_keys).toEqual([
      'client_ip_address',
      'client_user_agent',
      'ct',
      'em',
      'fbp',
      'fn',
      'ln',
      'ph',
      'zp',
    ]);
  });
});
