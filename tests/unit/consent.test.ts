/**
 * Consent decision: every mode × every signal source × granted / denied /
 * absent × both spellings (booleans and strings), the no-signal policy,
 * source precedence, and malformed signals (treated as absent, reported).
 */
import { describe, expect, it } from 'vitest';
import { checkFields } from '../../build/fields-check';
import { consentStage, decideConsent } from '../../template-src/consent/decision';
import type { TagFields } from '../../template-src/context';
import { consentFields } from '../../template-src/definition/fields/consent';
import { configStage } from '../../template-src/delivery/config';
import type { Problem } from '../../template-src/lib/problems';
import { EVENT_DATA_KEYS } from '../../template-src/meta/sources';
import { readerOf, testContext, type EventData } from './context';

function decide(eventData: EventData, fields: TagFields) {
  const problems: Problem[] = [];
  return { ...decideConsent(readerOf(eventData), fields, problems), problems };
}

/** What the tag may do with cookies for this event: read them (and send what came from one), write them. */
function cookieUse(eventData: EventData, fields: TagFields) {
  const d = decideConsent(readerOf(eventData), fields, []);
  return { readable: d.cookiesReadable, writable: d.cookiesWritable };
}

type State = 'granted' | 'denied';

/** Ways each source can say granted or denied. */
const CONSENT_STATE_SPELLINGS: Record<State, unknown[]> = {
  granted: [true, 'granted', 'GRANTED', ' Granted ', 'true', 'TRUE'],
  denied: [false, 'denied', 'DENIED', ' denied ', 'false', 'False'],
};
const GCS: Record<State, string[]> = { granted: ['G111', 'G110'], denied: ['G100', 'G101'] };
/** x-ga-gcd with the tested purpose's letter set to each meaning, the others varied. */
function gcd(adStorage: string, adUserData: string): string {
  return '11' + adStorage + '1t1' + adUserData + '1p5';
}
const GCD_LETTERS: Record<State, string[]> = {
  granted: ['t', 'r', 'n', 'v'],
  denied: ['p', 'q', 'm', 'u'],
};

const MODES = [
  { mode: 'adStorage', purpose: 'ad_storage' },
  { mode: 'adUserData', purpose: 'ad_user_data' },
] as const;

const STATES: State[] = ['granted', 'denied'];

describe.each(MODES)('mode $mode', ({ mode, purpose }) => {
  describe.each(STATES)('%s', (state) => {
    it.each(CONSENT_STATE_SPELLINGS[state].map((v) => [v]))(
      `consent_state.${purpose} = %j`,
      (value) => {
        const out = decide({ consent_state: { [purpose]: value } }, { consentMode: mode });
        expect(out.allowed).toBe(state === 'granted');
        expect(out.reason).toBe(`${purpose} ${state} (consent_state.${purpose})`);
        expect(out.problems).toEqual([]);
      },
    );

    it.each(GCD_LETTERS[state].map((l) => [l]))('x-ga-gcd letter %s', (letter) => {
      const other = state === 'granted' ? 'p' : 't';
      const value = purpose === 'ad_storage' ? gcd(letter, other) : gcd(other, letter);
      const out = decide({ 'x-ga-gcd': value }, { consentMode: mode });
      expect(out.allowed).toBe(state === 'granted');
      expect(out.reason).toBe(`${purpose} ${state} (x-ga-gcd)`);
    });

    it.each(GCS[state].map((v) => [v]))('x-ga-gcs %s', (value) => {
      const out = decide({ 'x-ga-gcs': value }, { consentMode: mode, consentWhenAbsent: 'block' });
      if (purpose === 'ad_storage') {
        expect(out.allowed).toBe(state === 'granted');
        expect(out.reason).toBe(`ad_storage ${state} (x-ga-gcs)`);
      } else {
        // gcs has no ad_user_data digit: no signal, so the policy decides.
        expect(out.allowed).toBe(false);
        expect(out.reason).toBe(
          'no ad_user_data signal; blocked as configured for a missing signal',
        );
      }
    });
  });

  describe('absent', () => {
    const absentEvents: Record<string, unknown>[] = [
      {},
      { consent_state: {} },
      { consent_state: { [purpose]: null } },
      { consent_state: { [purpose]: '' } },
      { 'x-ga-gcd': '11l1l1l1l5' },
      { 'x-ga-gcs': '' },
    ];
    it.each(absentEvents.map((e) => [e]))('%j follows the policy', (eventData) => {
      const blocked = decide(eventData, { consentMode: mode });
      expect(blocked.allowed).toBe(false);
      expect(blocked.reason).toBe(
        `no ${purpose} signal; blocked as configured for a missing signal`,
      );
      const sent = decide(eventData, { consentMode: mode, consentWhenAbsent: 'send' });
      expect(sent.allowed).toBe(true);
      expect(sent.reason).toBe(`no ${purpose} signal; sent as configured for a missing signal`);
      expect(sent.problems).toEqual([]);
    });
  });
});

describe('mode custom', () => {
  describe.each(STATES)('%s', (state) => {
    it.each(CONSENT_STATE_SPELLINGS[state].map((v) => [v]))('variable value %j', (value) => {
      const out = decide({}, { consentMode: 'custom', consentCustomValue: value });
      expect(out.allowed).toBe(state === 'granted');
      expect(out.reason).toBe(`custom consent ${state} (consentCustomValue)`);
    });
  });

  it.each([[undefined], [null], ['']])('variable value %j is no signal', (value) => {
    const base = { consentMode: 'custom', consentCustomValue: value };
    expect(decide({}, base).allowed).toBe(false);
    expect(decide({}, { ...base, consentWhenAbsent: 'send' }).allowed).toBe(true);
  });

  it('ignores event-data signals', () => {
    const event = { consent_state: { ad_storage: false }, 'x-ga-gcs': 'G100' };
    expect(decide(event, { consentMode: 'custom', consentCustomValue: 'granted' }).allowed).toBe(
      true,
    );
  });
});

describe('mode ignore', () => {
  it.each([[undefined], ['ignore']])('%j sends whatever the signals say', (mode) => {
    const event = {
      consent_state: { ad_storage: 'denied', ad_user_data: false },
      'x-ga-gcs': 'G100',
    };
    const out = decide(event, { consentMode: mode, consentWhenAbsent: 'block' });
    expect(out).toEqual({
      allowed: true,
      reason: 'consent not checked (mode: ignore)',
      outcome: 'full',
      cookiesReadable: true,
      cookiesWritable: true,
      problems: [],
    });
  });
});

it('an unknown mode is a configuration error: the config stage stops before consent is decided', () => {
  const ctx = testContext({
    fields: { pixels: [{ pixelId: '1', accessToken: 'T' }], consentMode: 'adStorageV3' },
    eventData: { consent_state: { ad_storage: true } },
  });
  expect(configStage(ctx)).toEqual({ ok: false, stage: 'config' });
  expect(ctx.problems.map((p) => p.key)).toEqual(['consentMode']);
  expect(ctx.problems[0].reason).toContain('must be one of');
  expect(ctx.eventData.reads).toEqual([]);
});

describe('precedence', () => {
  it('consent_state wins over x-ga-gcd, which wins over x-ga-gcs', () => {
    const all = {
      consent_state: { ad_storage: 'granted' },
      'x-ga-gcd': gcd('p', 'p'),
      'x-ga-gcs': 'G100',
    };
    expect(decide(all, { consentMode: 'adStorage' }).reason).toBe(
      'ad_storage granted (consent_state.ad_storage)',
    );
    const noState = { 'x-ga-gcd': gcd('t', 'p'), 'x-ga-gcs': 'G100' };
    expect(decide(noState, { consentMode: 'adStorage' }).reason).toBe(
      'ad_storage granted (x-ga-gcd)',
    );
  });

  it('a not-set gcd letter falls through to x-ga-gcs', () => {
    const out = decide(
      { 'x-ga-gcd': gcd('l', 'l'), 'x-ga-gcs': 'G110' },
      { consentMode: 'adStorage' },
    );
    expect(out.reason).toBe('ad_storage granted (x-ga-gcs)');
  });

  it('ad_user_data reads its own gcd letter, not ad_storage', () => {
    const out = decide({ 'x-ga-gcd': gcd('t', 'q') }, { consentMode: 'adUserData' });
    expect(out).toMatchObject({ allowed: false, reason: 'ad_user_data denied (x-ga-gcd)' });
  });

  it('a real Consent Mode v2 string: 13r3r3r3r5 grants both', () => {
    expect(decide({ 'x-ga-gcd': '13r3r3r3r5' }, { consentMode: 'adStorage' }).allowed).toBe(true);
    expect(decide({ 'x-ga-gcd': '13r3r3r3r5' }, { consentMode: 'adUserData' }).allowed).toBe(true);
    expect(decide({ 'x-ga-gcd': '11p1p1p1p5' }, { consentMode: 'adUserData' }).allowed).toBe(false);
  });
});

describe('malformed signals are treated as absent and reported', () => {
  it.each([
    [{ consent_state: { ad_storage: 'yes' } }, 'consent_state.ad_storage'],
    [{ consent_state: { ad_storage: 1 } }, 'consent_state.ad_storage'],
    [{ consent_state: { ad_storage: { v: 'granted' } } }, 'consent_state.ad_storage'],
    [{ 'x-ga-gcs': 'G1x1' }, 'x-ga-gcs'],
    [{ 'x-ga-gcs': 'G11' }, 'x-ga-gcs'],
    [{ 'x-ga-gcs': 'g111' }, 'x-ga-gcs'],
    [{ 'x-ga-gcs': 111 }, 'x-ga-gcs'],
    [{ 'x-ga-gcd': 'garbage' }, 'x-ga-gcd'],
    [{ 'x-ga-gcd': '11z1t1t1t5' }, 'x-ga-gcd'],
    [{ 'x-ga-gcd': '11t1t1t' }, 'x-ga-gcd'],
    [{ 'x-ga-gcd': 'aat1t1t1t5' }, 'x-ga-gcd'],
    [{ 'x-ga-gcd': '11txt1t1t5' }, 'x-ga-gcd'],
  ])('%j', (eventData, key) => {
    const out = decide(eventData, { consentMode: 'adStorage', consentWhenAbsent: 'send' });
    expect(out.allowed).toBe(true);
    expect(out.reason).toBe('no ad_storage signal; sent as configured for a missing signal');
    expect(out.problems).toEqual([{ key, reason: 'malformed consent signal; treated as absent' }]);
  });

  it('a malformed source does not hide a valid one after it', () => {
    const out = decide(
      { consent_state: { ad_storage: 'maybe' }, 'x-ga-gcs': 'G100' },
      { consentMode: 'adStorage' },
    );
    expect(out).toMatchObject({ allowed: false, reason: 'ad_storage denied (x-ga-gcs)' });
    expect(out.problems.map((p) => p.key)).toEqual(['consent_state.ad_storage']);
  });

  it('a malformed custom variable value', () => {
    const out = decide({}, { consentMode: 'custom', consentCustomValue: 'opt-in' });
    expect(out.allowed).toBe(false);
    expect(out.problems).toEqual([
      { key: 'consentCustomValue', reason: 'malformed consent signal; treated as absent' },
    ]);
  });

  it('consent_state that is not an object is no signal', () => {
    expect(decide({ consent_state: 'granted' }, { consentMode: 'adStorage' }).allowed).toBe(false);
  });
});

describe('event keys', () => {
  it.each(['adStorage', 'adUserData'])(
    'mode %s reads only the three consent keys, each once',
    (consentMode) => {
      const reader = readerOf({});
      decideConsent(reader, { consentMode }, []);
      expect([...reader.reads].sort()).toEqual(['consent_state', 'x-ga-gcd', 'x-ga-gcs']);
      expect(reader.reads).toHaveLength(3);
      expect(reader.reads.filter((k) => EVENT_DATA_KEYS.indexOf(k) < 0)).toEqual([]);
    },
  );

  it('reads a later source only when the earlier ones said nothing', () => {
    const reader = readerOf({ consent_state: { ad_storage: 'granted' } });
    decideConsent(reader, { consentMode: 'adStorage' }, []);
    expect(reader.reads).toEqual(['consent_state']);
  });

  it('custom mode reads the event only for the ad_storage cookie decision; ignore reads nothing', () => {
    const custom = readerOf({ consent_state: { ad_storage: 'denied' } });
    decideConsent(custom, { consentMode: 'custom', consentCustomValue: 'granted' }, []);
    expect(custom.reads).toEqual(['consent_state']);
    const ignore = readerOf({});
    decideConsent(ignore, { consentMode: 'ignore' }, []);
    expect(ignore.reads).toEqual([]);
  });

  it('its fields pass the build field check', () => {
    expect(checkFields([{ file: 'consent.ts', fields: consentFields }])).toEqual([]);
  });
});

describe('cookies and ad_storage', () => {
  const adStorageDenied = { 'x-ga-gcd': '11p1p1t1t5' };
  it('an explicit denial stops reading and writing them, even when the event is sent on ad_user_data alone', () => {
    const d = decideConsent(readerOf(adStorageDenied), { consentMode: 'adUserData' }, []);
    expect(d.allowed).toBe(true);
    expect(d.cookiesReadable).toBe(false);
    expect(d.cookiesWritable).toBe(false);
    expect(
      cookieUse(
        { consent_state: { ad_storage: 'denied' } },
        { consentMode: 'custom', consentCustomValue: 'granted' },
      ),
    ).toEqual({ readable: false, writable: false });
  });

  it('a grant allows both', () => {
    expect(cookieUse({ 'x-ga-gcd': '11t1p1t1t5' }, { consentMode: 'adUserData' })).toEqual({
      readable: true,
      writable: true,
    });
    expect(
      cookieUse({ 'x-ga-gcs': 'G110' }, { consentMode: 'custom', consentCustomValue: 'granted' }),
    ).toEqual({ readable: true, writable: true });
  });

  it('no ad_storage signal: read, and written only when missing signals are configured to send', () => {
    const noStorage = { 'x-ga-gcd': '11l1l1t1t5' };
    expect(cookieUse(noStorage, { consentMode: 'adUserData' })).toEqual({
      readable: true,
      writable: false,
    });
    expect(cookieUse(noStorage, { consentMode: 'adUserData', consentWhenAbsent: 'send' })).toEqual({
      readable: true,
      writable: true,
    });
  });

  it('a malformed ad_storage signal counts as no signal', () => {
    const malformed = { consent_state: { ad_storage: 'maybe' }, 'x-ga-gcd': '11l1l1t1t5' };
    expect(cookieUse(malformed, { consentMode: 'adUserData' })).toEqual({
      readable: true,
      writable: false,
    });
  });

  it('are not restricted in ignore mode, which checks nothing', () => {
    expect(cookieUse(adStorageDenied, { consentMode: 'ignore' })).toEqual({
      readable: true,
      writable: true,
    });
  });
});

describe('consentStage', () => {
  it('goes on when allowed, and sets what the tag may do with cookies', () => {
    const ctx = testContext({
      fields: { consentMode: 'adUserData' },
      eventData: { 'x-ga-gcd': '11p1p1t1t5' },
    });
    expect(consentStage(ctx)).toBeUndefined();
    expect(ctx.cookiesReadable).toBe(false);
    expect(ctx.cookiesWritable).toBe(false);
    const granted = testContext({
      fields: { consentMode: 'adStorage' },
      eventData: { 'x-ga-gcs': 'G110' },
    });
    granted.cookiesReadable = false;
    granted.cookiesWritable = false;
    expect(consentStage(granted)).toBeUndefined();
    expect(granted.cookiesReadable).toBe(true);
    expect(granted.cookiesWritable).toBe(true);
  });

  it('stops with success and the reason when not allowed', () => {
    const ctx = testContext({
      fields: { consentMode: 'adStorage' },
      eventData: { consent_state: { ad_storage: 'maybe' } },
    });
    expect(consentStage(ctx)).toEqual({
      ok: true,
      stage: 'consent',
      reason: 'no ad_storage signal; blocked as configured for a missing signal',
    });
    expect(ctx.problems).toEqual([
      { key: 'consent_state.ad_storage', reason: 'malformed consent signal; treated as absent' },
    ]);
  });

  it('ignore mode leaves cookies readable and writable', () => {
    const ctx = testContext({ eventData: { 'x-ga-gcd': '11p1p1t1t5' } });
    ctx.cookiesReadable = false;
    ctx.cookiesWritable = false;
    expect(consentStage(ctx)).toBeUndefined();
    expect(ctx.cookiesReadable).toBe(true);
    expect(ctx.cookiesWritable).toBe(true);
  });
});
