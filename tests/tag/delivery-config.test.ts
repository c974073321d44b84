/**
 * Bad delivery configuration through the built template: the tag fails at
 * once (gtmOnFailure, once), sends nothing, sets no cookie, and writes one
 * 'problems' line naming the field, never its value, then the not_sent line.
 */
import { describe, expect, it } from 'vitest';
import { metaOk } from '../helpers/tag';
import { linesOf, PIXEL, send, TOKEN } from './delivery-fixtures';

interface BadConfig {
  name: string;
  fields: Record<string, unknown>;
  key: string;
}

/** Pixel rows are named by their pixel ID when usable, else by their row number (issue 14). */
const BAD: BadConfig[] = [
  { name: 'no pixels field', fields: { pixels: undefined }, key: 'pixels' },
  { name: 'an empty pixels table', fields: { pixels: [] }, key: 'pixels' },
  { name: 'a pixels value that is not a table', fields: { pixels: 'abc' }, key: 'pixels' },
  { name: 'a row that is not an object', fields: { pixels: ['123'] }, key: 'pixels[row 1]' },
  {
    name: 'an empty pixel id',
    fields: { pixels: [{ ...PIXEL, pixelId: '' }] },
    key: 'pixels[row 1].pixelId',
  },
  {
    name: 'a whitespace pixel id',
    fields: { pixels: [{ ...PIXEL, pixelId: '  \t ' }] },
    key: 'pixels[row 1].pixelId',
  },
  {
    name: 'a pixel id with letters',
    fields: { pixels: [{ ...PIXEL, pixelId: '12345abc' }] },
    key: 'pixels[row 1].pixelId',
  },
  {
    name: 'a pixel id with a dash',
    fields: { pixels: [{ ...PIXEL, pixelId: '123-456' }] },
    key: 'pixels[row 1].pixelId',
  },
  {
    name: 'a pixel id that is an object',
    fields: { pixels: [{ ...PIXEL, pixelId: { id: 1 } }] },
    key: 'pixels[row 1].pixelId',
  },
  {
    name: 'an empty access token',
    fields: { pixels: [{ ...PIXEL, accessToken: '' }] },
    key: `pixels[pixel ${PIXEL.pixelId}].accessToken`,
  },
  {
    name: 'a whitespace access token',
    fields: { pixels: [{ ...PIXEL, accessToken: ' \n ' }] },
    key: `pixels[pixel ${PIXEL.pixelId}].accessToken`,
  },
  {
    name: 'an access token with inner whitespace',
    fields: { pixels: [{ ...PIXEL, accessToken: `${TOKEN.slice(0, 20)} ${TOKEN.slice(20)}` }] },
    key: `pixels[pixel ${PIXEL.pixelId}].accessToken`,
  },
  {
    name: 'a missing access token',
    fields: { pixels: [{ pixelId: PIXEL.pixelId }] },
    key: `pixels[pixel ${PIXEL.pixelId}].accessToken`,
  },
  {
    name: 'an appsecret_proof that is not 64 hex',
    fields: { pixels: [{ ...PIXEL, appSecretProof: 'my-app-secret' }] },
    key: `pixels[pixel ${PIXEL.pixelId}].appSecretProof`,
  },
  {
    name: 'a bad second row',
    fields: { pixels: [PIXEL, { pixelId: '987', accessToken: '' }] },
    key: 'pixels[pixel 987].accessToken',
  },
  {
    name: 'the same pixel twice',
    fields: { pixels: [PIXEL, { ...PIXEL }] },
    key: `pixels[pixel ${PIXEL.pixelId}].pixelId`,
  },
  { name: 'a non-numeric timeout', fields: { requestTimeoutMs: 'fast' }, key: 'requestTimeoutMs' },
  { name: 'a fractional timeout', fields: { requestTimeoutMs: '1500.5' }, key: 'requestTimeoutMs' },
  { name: 'a negative timeout', fields: { requestTimeoutMs: -5 }, key: 'requestTimeoutMs' },
  { name: 'a too short timeout', fields: { requestTimeoutMs: '10' }, key: 'requestTimeoutMs' },
  { name: 'a too long timeout', fields: { requestTimeoutMs: '60000' }, key: 'requestTimeoutMs' },
  { name: 'a timeout that is NaN', fields: { requestTimeoutMs: NaN }, key: 'requestTimeoutMs' },
  { name: 'retries above the maximum', fields: { retries: '5' }, key: 'retries' },
  { name: 'retries as text', fields: { retries: 'once' }, key: 'retries' },
  { name: 'an API version without dot', fields: { apiVersion: 'v26' }, key: 'apiVersion' },
  { name: 'an API version as a word', fields: { apiVersion: 'latest' }, key: 'apiVersion' },
  { name: 'an API version with a patch', fields: { apiVersion: 'v26.0.1' }, key: 'apiVersion' },
  { name: 'an API version with a path', fields: { apiVersion: 'v26.0/evil' }, key: 'apiVersion' },
  {
    name: 'a test event code that is an object',
    fields: { testEventCode: {} },
    key: 'testEventCode',
  },
];

describe.each(BAD)('bad config: $name', ({ fields, key }) => {
  it('fails once, sends nothing and names the field', () => {
    const run = send(metaOk(), fields);
    expect(run.error).toBeUndefined();
    expect([run.gtmOnSuccessCalls, run.gtmOnFailureCalls]).toEqual([0, 1]);
    expect(run.requests).toEqual([]);
    expect(run.cookiesSet).toEqual([]);
    const problems = linesOf(run, 'problems');
    expect(problems).toHaveLength(1);
    expect(problems[0].stage).toBe('config');
    expect(problems[0].problems.map((p: { key: string }) => p.key)).toContain(key);
    // Issue 16: every exit names the event (here as the event gives it) and why it was not sent.
    expect(linesOf(run, 'not_sent')).toEqual([
      {
        tag: 'meta-capi',
        type: 'not_sent',
        event_name: 'purchase',
        event_id: 'evt-1',
        reason: 'the tag configuration has problems',
      },
    ]);
    expect(run.logs).toHaveLength(2);
  });
});

describe('config problems', () => {
  it('are all listed in one line, each naming its row and column', () => {
    const run = send(metaOk(), {
      pixels: [
        { pixelId: 'abc', accessToken: '' },
        { pixelId: '', accessToken: TOKEN },
      ],
      requestTimeoutMs: 'x',
      apiVersion: 'next',
    });
    expect(linesOf(run, 'problems')[0].problems.map((p: { key: string }) => p.key)).toEqual([
      'pixels[row 1].pixelId',
      'pixels[row 1].accessToken',
      'pixels[row 2].pixelId',
      'apiVersion',
      'requestTimeoutMs',
    ]);
  });

  it('are silent with logMode off, and the tag still fails without sending', () => {
    const run = send(metaOk(), { logMode: 'off', pixels: [{ ...PIXEL, pixelId: 'x' }] });
    expect(run.logs).toEqual([]);
    expect(run.requests).toEqual([]);
    expect(run.outcome).toBe('failure');
  });

  it('accept numbers where GTM variables hand them over', () => {
    const run = send(metaOk(), {
      pixels: [{ ...PIXEL, pixelId: 1234567890 }],
      requestTimeoutMs: 2000,
      retries: 0,
    });
    expect(run.outcome).toBe('success');
    expect(run.metaRequests[0].url).toBe('https://graph.facebook.com/v26.0/1234567890/events');
  });
});
