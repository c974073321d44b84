/**
 * Issue 14, finding 1, through the built template: an explicit ad_storage
 * denial stops cookie READS (and so everything cookie-derived: fbp, an fbc
 * from the cookie or the page's fbclid, enhancement values) as well as
 * writes, in the adUserData and custom consent modes; the default "No
 * consent check" mode logs an explicit denial it sends anyway; with "block
 * when absent" no cookie is written without an ad_storage signal.
 */
import { describe, expect, it } from 'vitest';
import {
  NOW_S,
  outbound,
  PAGE,
  problemsOf,
  send,
  sentEvent,
  sha256,
} from './hostile-input-fixtures';

const FBCLID = 'IwAR2F4dbP0l7Mn1UrlClick';
const FBC_COOKIE = 'fb.1.1767000000000.IwARcookieClickId';
const FBP_COOKIE = 'fb.1.1767000000000.1122334455';
/** An email hash only the enhancement cookie holds: it can reach the request only from there. */
const STORED_EM = sha256('stored.person@example.com');
const ENHANCEMENT_COOKIE = Buffer.from(
  JSON.stringify({ em: { v: [STORED_EM], t: NOW_S - 60 } }),
).toString('base64');

const COOKIES = { _fbc: FBC_COOKIE, _fbp: FBP_COOKIE, _capi_eec: ENHANCEMENT_COOKIE };
/** Everything on that reads or writes a cookie. */
const COOKIE_FIELDS = { enableEventEnhancement: true, identityCookies: 'always' };
/** A web hit with a click in its URL and a phone number, but no email of its own. */
const HIT = {
  event_name: 'page_view',
  page_location: `${PAGE}?utm_source=fb&fbclid=${FBCLID}`,
  user_data: { phone_number: '+1 650 555 0123' },
};

/** Each way an event can say "ad_storage denied", with ad_user_data granted where the mode reads it. */
const DENIALS: { mode: string; form: string; signals: Record<string, unknown> }[] = [
  {
    mode: 'adUserData',
    form: 'consent_state',
    signals: { consent_state: { ad_storage: 'denied', ad_user_data: 'granted' } },
  },
  // ad_storage p (denied), analytics t, ad_user_data t (granted), ad_personalization t.
  { mode: 'adUserData', form: 'x-ga-gcd', signals: { 'x-ga-gcd': '11p1t1t1t5' } },
  {
    mode: 'adUserData',
    form: 'x-ga-gcs',
    signals: { 'x-ga-gcs': 'G100', consent_state: { ad_user_data: 'granted' } },
  },
  { mode: 'custom', form: 'consent_state', signals: { consent_state: { ad_storage: 'denied' } } },
  { mode: 'custom', form: 'x-ga-gcd', signals: { 'x-ga-gcd': '11p1t1t1t5' } },
  { mode: 'custom', form: 'x-ga-gcs', signals: { 'x-ga-gcs': 'G100' } },
];

function consentFields(mode: string): Record<string, unknown> {
  return mode === 'custom'
    ? { consentMode: 'custom', consentCustomValue: 'granted' }
    : { consentMode: mode };
}

describe('an explicit ad_storage denial stops cookie reads, not only writes', () => {
  it('control: with ad_storage granted the same hit carries fbc, fbp and the stored email', () => {
    const run = send(
      { ...HIT, consent_state: { ad_storage: 'granted', ad_user_data: 'granted' } },
      { cookies: COOKIES, fields: { ...COOKIE_FIELDS, consentMode: 'adUserData' } },
    );
    const userData = sentEvent(run).user_data;
    expect(userData.fbp).toBe(FBP_COOKIE);
    expect(userData.fbc).toMatch(new RegExp(`\\.${FBCLID}$`));
    expect(userData.em).toEqual([STORED_EM]);
    expect(run.cookiesSet.map((c) => c.name).sort()).toEqual(['_capi_eec', '_fbc', '_fbp']);
  });

  it.each(DENIALS)(
    '$mode mode, denial in $form: no fbc, no fbp, no enhancement value, no cookie',
    ({ mode, signals }) => {
      const run = send(
        { ...HIT, ...signals },
        { cookies: COOKIES, fields: { ...COOKIE_FIELDS, ...consentFields(mode) } },
      );
      const userData = sentEvent(run).user_data;
      expect(userData.fbc).toBeUndefined();
      expect(userData.fbp).toBeUndefined();
      expect(userData.em).toBeUndefined();
      expect([userData.ph].flat()).toEqual([sha256('16505550123')]);
      expect(run.cookiesSet).toEqual([]);
      const out = outbound(run);
      for (const cookieValue of [FBC_COOKIE, FBP_COOKIE, STORED_EM]) {
        expect(out).not.toContain(cookieValue);
      }
    },
  );
});

describe('the "No consent check" mode logs an explicit denial it sends anyway', () => {
  it.each([
    { signals: { 'x-ga-gcs': 'G100' }, key: 'x-ga-gcs', purpose: 'ad_storage' },
    {
      signals: { consent_state: { ad_user_data: 'denied' } },
      key: 'consent_state.ad_user_data',
      purpose: 'ad_user_data',
    },
    { signals: { 'x-ga-gcd': '11t1t1p1t5' }, key: 'x-ga-gcd', purpose: 'ad_user_data' },
  ])('$key denying $purpose', ({ signals, key, purpose }) => {
    for (const consentMode of [undefined, 'ignore']) {
      const run = send({ ...HIT, ...signals }, { fields: { consentMode } });
      sentEvent(run);
      const logged = problemsOf(run).filter((p) => p.key === key);
      expect(logged).toHaveLength(1);
      expect(logged[0].reason).toContain(`denies ${purpose}`);
    }
  });
});

describe('"block when absent": no cookie is written without an ad_storage signal', () => {
  const modes = [
    { consentMode: 'adUserData', signals: { consent_state: { ad_user_data: 'granted' } } },
    { consentMode: 'custom', consentCustomValue: 'granted', signals: {} },
  ];

  it.each(modes)('$consentMode mode: sent, but no cookie', ({ signals, ...consent }) => {
    const run = send(
      { ...HIT, ...signals },
      { fields: { ...COOKIE_FIELDS, ...consent, consentWhenAbsent: 'block' } },
    );
    sentEvent(run);
    expect(run.cookiesSet).toEqual([]);
  });

  it.each(modes)(
    'control: $consentMode mode with "send when absent" writes them',
    ({ signals, ...consent }) => {
      const run = send(
        { ...HIT, ...signals },
        { fields: { ...COOKIE_FIELDS, ...consent, consentWhenAbsent: 'send' } },
      );
      sentEvent(run);
      expect(run.cookiesSet.map((c) => c.name).sort()).toEqual(['_capi_eec', '_fbc', '_fbp']);
    },
  );
});
