/**
 * tests/helpers/tag.ts: runTag over a .tpl (by default the built
 * dist/template.tpl), with Graph API requests parsed for assertions.
 */
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../fixtures/harness/fixtures';
import { BUILT_TEMPLATE, metaOk, metaResponse, runTag, templateRuntime } from '../helpers/tag';

const templateFile = fixturePath('preview-tag');
const base = {
  templateFile,
  fields: { pixelId: '42', accessToken: 'tok' },
  eventData: { event_name: 'Lead' },
  now: 1767225600000,
};

describe('runTag', () => {
  it('runs the tag and returns the parsed Graph API requests', () => {
    const run = runTag({ ...base, cookies: { _fbp: 'fb.1.9.9' }, responses: metaOk() });
    expect(run.outcome).toBe('success');
    expect(run.metaRequests).toHaveLength(1);
    expect(run.metaRequests[0]).toMatchObject({
      url: 'https://graph.facebook.com/v25.0/42/events',
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: {
        data: [{ event_name: 'Lead', user_data: { fbp: 'fb.1.9.9' } }],
        access_token: 'tok',
      },
    });
    expect(run.cookiesSet).toEqual([]);
  });

  it('passes request headers, the clock and scripted errors through', () => {
    const run = runTag({
      ...base,
      headers: { host: 'sgtm.example.org' },
      responses: metaResponse(400, { error: { code: 100 } }),
    });
    expect(run.outcome).toBe('failure');
    expect(run.cookiesSet[0].header).toBe(
      '_fbp=fb.1.1767225600000.42; Domain=example.org; Path=/; Max-Age=7776000; Secure; SameSite=Lax',
    );
  });

  it('fails loudly when a request has no scripted response', () => {
    const run = runTag(base);
    expect(run.outcome).toBe('error');
    expect(run.error!.message).toContain(
      'no scripted response for POST https://graph.facebook.com/',
    );
  });

  it('compiles the built template once and reuses it', () => {
    const first = templateRuntime();
    expect(templateRuntime()).toBe(first);
    expect(templateRuntime(BUILT_TEMPLATE).type).toBe('TAG');
    expect(templateRuntime(templateFile)).not.toBe(first);
  });
});
