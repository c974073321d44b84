/**
 * Property tests over arbitrary input (event data can hold anything): no
 * entry function of identity, consent, event fields, validation or
 * enhancement ever throws; validation is idempotent; the enhancement cookie
 * only ever holds SHA-256 hashes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideConsent } from '../../template-src/consent/index';
import { applyEventEnhancement } from '../../template-src/enhancement/index';
import { buildEventFields } from '../../template-src/event-fields/index';
import { resolveIdentity } from '../../template-src/identity/index';
import { validateServerEvent } from '../../template-src/validate/index';

const NOW = Date.UTC(2026, 10, 22, 12, 0, 0);

/** Event data with the keys these modules read, each holding anything. */
const eventData = fc.record(
  {
    ip_override: fc.anything(),
    user_agent: fc.anything(),
    page_location: fc.oneof(fc.webUrl({ withQueryParameters: true }), fc.anything()),
    client_id: fc.oneof(fc.constant('123.1760000000'), fc.anything()),
    'x-fb-ck-fbc': fc.anything(),
    'x-fb-ck-fbp': fc.anything(),
    consent_state: fc.anything(),
    'x-ga-gcs': fc.oneof(fc.string({ maxLength: 5 }), fc.anything()),
    'x-ga-gcd': fc.oneof(fc.string({ maxLength: 12 }), fc.anything()),
    event_time: fc.oneof(fc.double(), fc.integer(), fc.anything()),
    event_id: fc.anything(),
    action_source: fc.anything(),
    messaging_channel: fc.anything(),
    page_referrer: fc.anything(),
    opt_out: fc.anything(),
    app_data: fc.anything(),
    original_event_data: fc.anything(),
    data_processing_options: fc.anything(),
    data_processing_options_country: fc.anything(),
    data_processing_options_state: fc.anything(),
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
    consentMode: fc.constantFrom('ignore', 'adStorage', 'adUserData', 'custom', 'x', undefined),
    consentCustomValue: fc.anything(),
    consentWhenAbsent: fc.anything(),
    lduMode: fc.constantFrom('off', 'always', 'eventData', undefined),
    lduLocation: fc.anything(),
    actionSource: fc.anything(),
    messagingChannel: fc.anything(),
    eventIdOverride: fc.anything(),
    enableEventEnhancement: fc.constant(true),
    enhancementMaxAgeDays: fc.anything(),
  },
  { requiredKeys: [], noNullPrototype: true },
);

const cookieValues = fc.array(fc.oneof(fc.string(), fc.base64String()), { maxLength: 3 });

describe('never throws on arbitrary input', () => {
  it('identity, consent, event fields and enhancement', () => {
    fc.assert(
      fc.property(eventData, fields, cookieValues, cookieValues, (event, f, fbc, other) => {
        const problems: { key: string; reason: string }[] = [];
        const identity = resolveIdentity(event, f as never, { fbc, fbp: other }, NOW, problems);
        const consent = decideConsent(event, f as never, problems);
        expect(typeof consent.allowed).toBe('boolean');
        const built = buildEventFields(event, f as never, NOW, problems);
        expect(built.fields !== undefined || typeof built.drop === 'string').toBe(true);
        applyEventEnhancement(identity.userData, f as never, other, NOW, problems);
        for (const p of problems) expect(Object.keys(p).sort()).toEqual(['key', 'reason']);
      }),
    );
  });

  it('validateServerEvent, which is also idempotent', () => {
    const event = fc.record(
      {
        event_name: fc.anything(),
        event_time: fc.anything(),
        action_source: fc.constantFrom('website', 'app', 'x'),
        user_data: fc.oneof(
          fc.dictionary(fc.constantFrom('em', 'ph', 'fbc', 'fbp', 'zz'), fc.anything(), {
            noNullPrototype: true,
          }),
          fc.anything(),
        ),
        custom_data: fc.anything(),
        original_event_data: fc.anything(),
        extra: fc.anything(),
      },
      { requiredKeys: [], noNullPrototype: true },
    );
    fc.assert(
      fc.property(event, (e) => {
        const first = validateServerEvent(e, NOW);
        const second = validateServerEvent(first.event, NOW);
        expect(second.event).toEqual(first.event);
      }),
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
  fc.assert(
    fc.property(userData, (ud) => {
      const out = applyEventEnhancement(ud, { enableEventEnhancement: true }, [], NOW, []);
      for (const c of out.cookiesToSet) {
        const json = JSON.parse(Buffer.from(c.value, 'base64').toString('utf8'));
        for (const entry of Object.values(json) as { v: string[] }[]) {
          for (const v of entry.v) expect(v).toMatch(/^[a-f0-9]{64}$/);
        }
      }
    }),
  );
});
