/**
 * Property tests over arbitrary input (event data, field values and cookies
 * can hold anything): the stages, run in main.ts's order, never throw and
 * either go on or stop with a well-formed StageStop; every problem is a
 * {key, reason}; the enhancement cookie only ever holds SHA-256 hashes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { enhancementStage } from '../../template-src/enhancement/index';
import { STAGES as ALL_STAGES } from '../../template-src/stages';
import type { UserData } from '../../template-src/context';
import { ENHANCEMENT_COOKIE } from '../../template-src/lib/cookie-names';
import { NOW_MS, testContext } from './context';

/** main.ts's stages after the config stage, in its order. */
const STAGES = ALL_STAGES.slice(1);

/** Anything, but mostly what lets the run go on to the later stages. */
const mostly = <T>(usual: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: usual, weight: 4 }, { arbitrary: fc.anything(), weight: 1 });

/** Event data with the keys the stages read, each holding anything. */
const eventData = fc.record(
  {
    event_name: mostly(fc.constantFrom('purchase', 'page_view', 'Lead')),
    ip_override: fc.anything(),
    user_agent: fc.anything(),
    page_location: fc.oneof(fc.webUrl({ withQueryParameters: true }), fc.anything()),
    client_id: fc.oneof(fc.constant('123.1760000000'), fc.anything()),
    'x-fb-ck-fbc': fc.anything(),
    'x-fb-ck-fbp': fc.anything(),
    consent_state: fc.anything(),
    'x-ga-gcs': fc.oneof(fc.string({ maxLength: 5 }), fc.anything()),
    'x-ga-gcd': fc.oneof(fc.string({ maxLength: 12 }), fc.anything()),
    event_time: mostly(fc.constantFrom(undefined, NOW_MS, NOW_MS / 1000 - 60, '1763769000')),
    event_id: fc.anything(),
    action_source: fc.oneof(fc.constantFrom('website', 'app', 'business_messaging'), fc.anything()),
    messaging_channel: fc.anything(),
    page_referrer: fc.anything(),
    opt_out: fc.anything(),
    app_data: fc.anything(),
    original_event_data: fc.anything(),
    data_processing_options: fc.anything(),
    data_processing_options_country: fc.anything(),
    data_processing_options_state: fc.anything(),
    user_data: fc.anything(),
    email: fc.anything(),
    value: fc.anything(),
    currency: fc.anything(),
    items: fc.anything(),
    custom_properties: fc.anything(),
  },
  { requiredKeys: [], noNullPrototype: true },
);

const fields = fc.record(
  {
    generateFbc: fc.anything(),
    generateFbp: fc.anything(),
    identityCookies: fc.constantFrom('generated', 'always', 'never', undefined),
    cookieDomain: fc.anything(),
    cookieMaxAgeDays: fc.anything(),
    consentMode: fc.oneof(
      { arbitrary: fc.constant('ignore'), weight: 3 },
      {
        arbitrary: fc.constantFrom('adStorage', 'adUserData', 'custom', 'x', undefined),
        weight: 1,
      },
    ),
    consentCustomValue: fc.anything(),
    consentWhenAbsent: fc.anything(),
    eventNameMode: mostly(fc.constant('inherit')),
    eventNameCustom: fc.anything(),
    eventAllowList: mostly(fc.constant('')),
    lduMode: fc.constantFrom('off', 'always', 'eventData', undefined),
    lduLocation: fc.anything(),
    actionSource: fc.anything(),
    messagingChannel: fc.anything(),
    eventIdOverride: fc.anything(),
    userDataObject: fc.anything(),
    customDataList: fc.anything(),
    enableEventEnhancement: fc.constant(true),
    enhancementMaxAgeDays: fc.anything(),
  },
  { requiredKeys: [], noNullPrototype: true },
);

const cookieValues = fc.array(fc.oneof(fc.string(), fc.base64String()), { maxLength: 3 });

describe('never throws on arbitrary input', () => {
  it('the stages, in order, go on or stop with a StageStop', () => {
    fc.assert(
      fc.property(
        eventData,
        fields,
        cookieValues,
        cookieValues,
        cookieValues,
        (event, f, fbc, fbp, enhancement) => {
          const ctx = testContext({
            eventData: event,
            fields: f,
            cookies: { _fbc: fbc, _fbp: fbp, [ENHANCEMENT_COOKIE]: enhancement },
          });
          for (const stage of STAGES) {
            const stop = stage(ctx);
            if (stop === undefined) continue;
            expect(typeof stop.ok).toBe('boolean');
            expect(['config', 'consent', 'event']).toContain(stop.stage);
            break;
          }
          expect(typeof ctx.cookiesReadable).toBe('boolean');
          expect(typeof ctx.cookiesWritable).toBe('boolean');
          for (const p of ctx.problems) {
            expect(Object.keys(p).sort()).toEqual(['key', 'reason']);
            expect(typeof p.key).toBe('string');
            expect(typeof p.reason).toBe('string');
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

it('the enhancement cookie never holds anything but hashes', () => {
  const userData = fc.dictionary(
    fc.constantFrom('em', 'ph', 'fn', 'external_id', 'client_ip_address', 'fbp'),
    fc.oneof(
      fc.string(),
      fc.stringMatching(/^[a-f0-9]{64}$/),
      fc.array(fc.oneof(fc.string(), fc.stringMatching(/^[a-f0-9]{64}$/))),
    ),
    { noNullPrototype: true },
  );
  let written = 0;
  fc.assert(
    fc.property(userData, (ud) => {
      const ctx = testContext({
        fields: { enableEventEnhancement: true },
        now: NOW_MS,
        // The cookie belongs to a browser: website events only (issue 14).
        event: { action_source: 'website', user_data: ud as UserData },
      });
      enhancementStage(ctx);
      written += ctx.cookies.length;
      for (const c of ctx.cookies) {
        const json = JSON.parse(Buffer.from(c.value, 'base64').toString('utf8'));
        for (const entry of Object.values(json) as { v: string[] }[]) {
          for (const v of entry.v) expect(v).toMatch(/^[a-f0-9]{64}$/);
        }
      }
    }),
  );
  expect(written).toBeGreaterThan(0);
});
