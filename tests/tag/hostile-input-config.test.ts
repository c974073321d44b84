/**
 * Issue 14, finding 5, through the built template: configuration that used
 * to be accepted (or silently replaced by a default) stops the tag before
 * anything is read or sent, with a problem naming the field and never
 * quoting its value.
 */
import { describe, expect, it } from 'vitest';
import { PIXEL, problemsOf, send } from './hostile-input-fixtures';

const HIT = { event_name: 'Lead', user_data: { email_address: 'jane@example.com' } };
const ROW = `pixels[pixel ${PIXEL.pixelId}]`;

const CASES: { what: string; fields: Record<string, unknown>; key: string; shown?: string }[] = [
  ...[
    ['U+3000', '\u3000'],
    ['U+2028', '\u2028'],
    ['U+200B', '\u200B'],
  ].map(([name, space]) => ({
    what: `a token with ${name} inside`,
    fields: { pixels: [{ ...PIXEL, accessToken: `EAAGabc${space}def0123456789` }] },
    key: `${ROW}.accessToken`,
  })),
  { what: 'API version v26.5', fields: { apiVersion: 'v26.5' }, key: 'apiVersion', shown: '26.5' },
  { what: 'API version 1.5', fields: { apiVersion: '1.5' }, key: 'apiVersion', shown: '1.5' },
  {
    what: 'pixel IDs 0123 and 123',
    fields: {
      pixels: [
        { pixelId: '0123', accessToken: 'EAAGfirst0123456789' },
        { pixelId: '123', accessToken: 'EAAGsecond0123456789' },
      ],
    },
    key: 'pixels[pixel 123].pixelId',
  },
  {
    what: 'an unknown consentMode',
    fields: { consentMode: 'sometimes' },
    key: 'consentMode',
    shown: 'sometimes',
  },
  { what: 'garbage in lduMode', fields: { lduMode: 'maybe' }, key: 'lduMode', shown: 'maybe' },
  {
    what: 'garbage in cookieDomain',
    fields: { cookieDomain: 'not a domain!' },
    key: 'cookieDomain',
    shown: 'not a domain',
  },
  {
    what: 'garbage in identityCookies',
    fields: { identityCookies: 'sometimes' },
    key: 'identityCookies',
    shown: 'sometimes',
  },
  { what: 'garbage in logMode', fields: { logMode: 'verbose' }, key: 'logMode', shown: 'verbose' },
];

describe('configuration that fails, naming the field', () => {
  it.each(CASES)('$what → $key', ({ fields, key, shown }) => {
    // In Preview, so that a garbage logMode (which falls back to "debug") still logs.
    const run = send(HIT, { fields, containerVersion: { previewMode: true } });
    expect(run.outcome).toBe('failure');
    expect(run.gtmOnFailureCalls).toBe(1);
    expect(run.requests).toEqual([]);
    expect(run.cookiesSet).toEqual([]);
    const problems = problemsOf(run).filter((p) => p.stage === 'config');
    expect(problems.map((p) => p.key)).toContain(key);
    if (shown !== undefined) {
      for (const p of problems) expect(p.reason).not.toContain(shown);
    }
  });

  it('control: the same event under a plain configuration is sent', () => {
    const run = send(HIT, { containerVersion: { previewMode: true } });
    expect(run.outcome).toBe('success');
    expect(run.metaRequests).toHaveLength(1);
  });
});
