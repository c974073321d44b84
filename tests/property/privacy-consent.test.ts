/**
 * Issue 14's first property, through the built template: when the event
 * explicitly denies ad_storage (consent_state, x-ga-gcd or x-ga-gcs, the
 * first of them that can be read), in any mode that checks consent, nothing
 * cookie-derived is sent and no cookie is written, whatever else the event,
 * the fields and the browser's cookies hold. Cookie-derived: fbc and fbp
 * (from the _fbc/_fbp cookies, Meta's forwarded x-fb-ck-* keys, or a click
 * ID in the page URL), and the hashed keys stored in the enhancement
 * cookie. An fbc or fbp the operator typed into the user data fields is
 * not cookie-derived. The "No consent check" mode sends regardless, by
 * design (it only logs the denial: tests/tag/hostile-input-consent).
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { metaOk, runTag } from '../helpers/tag';
import {
  fbcValue,
  fbpValue,
  ga4EventData,
  ga4WebHit,
  hostileEventData,
  metaEventData,
  NOW_MS,
  pixelRows,
  tagFields,
} from './arbitraries';
import { budget } from './settings';

const CONSENT_KEYS = ['consent_state', 'x-ga-gcd', 'x-ga-gcs'];

const deniedState = fc.constantFrom(false, 'denied', ' DENIED ', 'false', 'False');
const grantedState = fc.constantFrom(true, 'granted', 'true', ' Granted ');
/** A consent_state entry that cannot be read, so the next source decides. */
const unreadableState = fc.constantFrom('maybe', 0, [], {});
const anyLetter = fc.constantFrom(...'trnvpqmul');
const deniedLetter = fc.constantFrom(...'pqmu');

/** x-ga-gcd with these letters for ad_storage and ad_user_data (analytics and personalization any). */
const gcd = (adStorage: fc.Arbitrary<string>, adUserData: fc.Arbitrary<string>) =>
  fc
    .tuple(
      fc.stringMatching(/^[0-9]{2}$/),
      adStorage,
      anyLetter,
      adUserData,
      anyLetter,
      fc.stringMatching(/^[0-9]{0,3}$/),
    )
    .map(([prefix, s, a, u, p, tail]) => `${prefix}${s}1${a}1${u}1${p}${tail}`);
const anyGcs = fc.constantFrom('G100', 'G101', 'G110', 'G111', 'G1', 'bogus');
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

interface Signals {
  adStorage: unknown;
  gcd: string | undefined;
  gcs: string | undefined;
  form: string;
}

/** The sources in precedence order; the first readable one denies ad_storage. */
const adStorageDenied: fc.Arbitrary<Signals> = fc.oneof(
  fc.record({
    adStorage: deniedState,
    gcd: optional(gcd(anyLetter, anyLetter)),
    gcs: optional(anyGcs),
    form: fc.constant('consent_state'),
  }),
  fc.record({
    adStorage: optional(unreadableState),
    gcd: gcd(deniedLetter, anyLetter),
    gcs: optional(anyGcs),
    form: fc.constant('x-ga-gcd'),
  }),
  fc.record({
    adStorage: optional(unreadableState),
    // 'l': ad_storage not set, so x-ga-gcd says nothing about it.
    gcd: optional(fc.oneof(gcd(fc.constant('l'), anyLetter), fc.constantFrom('garbage', '11'))),
    gcs: fc.constantFrom('G100', 'G101'),
    form: fc.constant('x-ga-gcs'),
  }),
);

interface Consent {
  fields: Record<string, unknown>;
  signals: Record<string, unknown>;
  form: string;
}

/** A consent-checking mode, its fields, and the event's signals, ad_user_data mostly granted. */
const consent: fc.Arbitrary<Consent> = fc
  .tuple(
    fc.constantFrom('adUserData', 'adUserData', 'custom', 'custom', 'adStorage'),
    adStorageDenied,
    optional(
      fc.oneof({ weight: 4, arbitrary: grantedState }, { weight: 1, arbitrary: deniedState }),
    ),
    grantedState,
    fc.constantFrom(undefined, 'block', 'send'),
  )
  .map(([mode, signals, adUserData, custom, whenAbsent]) => {
    const state: Record<string, unknown> = {};
    if (signals.adStorage !== undefined) state.ad_storage = signals.adStorage;
    if (adUserData !== undefined) state.ad_user_data = adUserData;
    const keys: Record<string, unknown> = {};
    if (Object.keys(state).length > 0) keys.consent_state = state;
    if (signals.gcd !== undefined) keys['x-ga-gcd'] = signals.gcd;
    if (signals.gcs !== undefined) keys['x-ga-gcs'] = signals.gcs;
    return {
      fields: {
        consentMode: mode,
        consentWhenAbsent: whenAbsent,
        ...(mode === 'custom' ? { consentCustomValue: custom } : {}),
      },
      signals: keys,
      form: signals.form,
    };
  });

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** Browser cookies whose every value is recognisable: fbc/fbp, and stored hashes of its own. */
const browserCookies = fc
  .tuple(fbcValue, fbpValue, fc.uuid(), fc.integer({ min: 0, max: 20 * 86400 }))
  .map(([fbc, fbp, id, age]) => {
    const stored = {
      em: sha256(`stored-${id}@cookie.example`),
      ph: sha256(`1555${id.replace(/\D/g, '').slice(0, 7)}`),
      external_id: sha256(`stored-${id}`),
    };
    const t = Math.floor(NOW_MS / 1000) - age;
    const entries = Object.entries(stored).map(([key, hash]) => [key, { v: [hash], t }]);
    return {
      cookies: {
        _fbc: fbc,
        _fbp: fbp,
        _capi_eec: Buffer.from(JSON.stringify(Object.fromEntries(entries))).toString('base64'),
      },
      stored: Object.values(stored),
    };
  });

const anyEvent = fc.oneof(
  { weight: 4, arbitrary: ga4WebHit },
  { weight: 1, arbitrary: ga4EventData },
  { weight: 1, arbitrary: metaEventData },
  { weight: 1, arbitrary: hostileEventData },
);

/** Mostly a plain configuration with every cookie feature switchable, now and then any fields. */
const anyFields: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record(
      {
        pixels: pixelRows(false),
        logMode: fc.constantFrom('always', 'off'),
        identityCookies: fc.constantFrom('generated', 'always', 'never'),
        generateFbc: fc.boolean(),
        generateFbp: fc.boolean(),
        enableEventEnhancement: fc.boolean(),
        cookieDomain: fc.constantFrom('auto', 'example.com'),
      },
      { requiredKeys: ['pixels', 'logMode'] },
    ),
  },
  { weight: 1, arbitrary: tagFields({ hostile: false, consent: false }).map((c) => c.fields) },
);

function withSignals(event: Record<string, unknown>, signals: Record<string, unknown>) {
  const rest = Object.fromEntries(Object.entries(event).filter(([k]) => !CONSENT_KEYS.includes(k)));
  return { ...rest, ...signals };
}

/** Every string and number the operator typed into the fields. */
function fieldTexts(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === 'string' || typeof value === 'number') into.add(String(value).trim());
  else if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) fieldTexts(v, into);
  }
  return into;
}

describe('ad_storage explicitly denied', () => {
  const cases = budget(0.03);
  test(
    'no cookie-derived value is sent and no cookie is written',
    () => {
      let sent = 0;
      let runs = 0;
      fc.assert(
        fc.property(
          anyEvent,
          consent,
          anyFields,
          browserCookies,
          (event, { fields: consentFields, signals }, fields, browser) => {
            const allFields = { ...fields, ...consentFields };
            const eventData = withSignals(event, signals);
            const run = runTag({
              fields: allFields,
              eventData,
              cookies: browser.cookies,
              responses: metaOk(),
              now: NOW_MS,
            });
            runs++;
            if (run.metaRequests.length > 0) sent++;
            expect(run.cookiesSet).toEqual([]);
            const typed = fieldTexts(allFields);
            for (const request of run.metaRequests) {
              for (const sentEvent of request.body.data) {
                for (const key of ['fbc', 'fbp']) {
                  const value = sentEvent.user_data?.[key];
                  if (value !== undefined) expect(typed, `user_data.${key}`).toContain(value);
                }
              }
              for (const hash of browser.stored) expect(request.rawBody).not.toContain(hash);
            }
          },
        ),
        cases.params,
      );
      // Most cases must reach Meta, or the property says little.
      expect(sent).toBeGreaterThan(runs / 2);
    },
    cases.timeoutMs,
  );
});
