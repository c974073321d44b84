/**
 * The README's worked preview example, run as the README shows it:
 * `preview template.tpl --event tests/fixtures/preview/ga4-purchase-event.json
 * --fields tests/fixtures/preview/fields.json`, through the CLI's main().
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../build/build';
import { main } from '../../build/cli';

const EVENT = 'tests/fixtures/preview/ga4-purchase-event.json';
const FIELDS = 'tests/fixtures/preview/fields.json';
const TOKEN = JSON.parse(readFileSync(path.join(ROOT, FIELDS), 'utf8')).pixels[0].accessToken;

async function preview(...extra: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(
    ['preview', 'template.tpl', '--event', EVENT, '--fields', FIELDS, ...extra],
    { out: (line) => out.push(line), err: (line) => err.push(line), cwd: ROOT },
  );
  return { code, out, err, text: out.join('\n') };
}

/** The JSON body printed under "body:" of the first request. */
function firstBody(out: string[]): any {
  const start = out.findIndex((line) => line.trim() === 'body:') + 1;
  const end = out.findIndex((line, i) => i > start && line.trim().startsWith('response:'));
  return JSON.parse(out.slice(start, end).join('\n'));
}

describe('the README preview example', () => {
  it('prints one POST of a Purchase to the Graph API and ends in success', async () => {
    const r = await preview();
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.out[0]).toBe('Outcome: success (gtmOnSuccess ×1)');
    expect(r.out).toContain('Requests (1):');
    expect(r.out).toContain('  #1 POST https://graph.facebook.com/v26.0/1234567890/events');

    const body = firstBody(r.out);
    const event = body.data[0];
    expect(event.event_name).toBe('Purchase');
    expect(event.event_id).toBe('order-1001.1717171717');
    expect(event.custom_data).toMatchObject({
      value: 74.5,
      currency: 'USD',
      order_id: '1001',
      content_ids: ['SKU-42', 'SKU-7'],
      num_items: 3,
    });
    // "+1 (650) 555-1212" normalized to 16505551212, then SHA-256 hex.
    expect(event.user_data.ph).toBe(
      'e323ec626319ca94ee8bff2e4c87cf613be6ea19919ed1364124e16807ab3176',
    );
    expect(body.test_event_code).toBe('TEST12345');
  });

  it('masks the access token unless --show-secrets, which shows it in the body only', async () => {
    const masked = await preview();
    expect(masked.text).not.toContain(TOKEN);
    expect(firstBody(masked.out).access_token).toBe('EAAB…(masked)');

    const r = await preview('--show-secrets');
    const requestLine = r.out.find((line) => line.startsWith('  #1 POST '));
    expect(requestLine).toBeDefined();
    expect(requestLine).not.toContain(TOKEN);
    expect(firstBody(r.out).access_token).toBe(TOKEN);
    const logs = r.out.slice(r.out.findIndex((line) => line.startsWith('Logs (')) + 1);
    expect(logs.length).toBeGreaterThan(0);
    expect(logs.join('\n')).not.toContain(TOKEN);
    // Once in the whole output: the body's access_token.
    expect(r.text.split(TOKEN).length - 1).toBe(1);
  });
});
