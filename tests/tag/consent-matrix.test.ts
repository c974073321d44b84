/**
 * The consent matrix through the BUILT template: every mode × every signal
 * source (consent_state, x-ga-gcs, x-ga-gcd, the custom variable) × granted /
 * denied / absent, in every spelling, under both settings for a missing
 * signal. Granted sends; denied sends nothing, sets no cookie and still calls
 * gtmOnSuccess with a log line saying why; absent follows the setting
 * (default: block). A sent event writes the _fbc/_fbp cookies only when
 * ad_storage is granted, or has no signal and missing signals are set to
 * send; an explicit ad_storage denial also keeps fbc/fbp out of the event.
 */
import { describe, expect, it } from 'vitest';
import { metaOk, runTag, type TagRun } from '../helpers/tag';

type State = 'granted' | 'denied' | 'absent';
type Mode = 'adStorage' | 'adUserData';

const PURPOSE: Record<Mode, string> = { adStorage: 'ad_storage', adUserData: 'ad_user_data' };
const WHEN_ABSENT = [undefined, 'block', 'send'] as const;

/** An event that, when sent, also writes _fbc and _fbp (so a blocked one must not). */
const EVENT = {
  event_name: 'page_view',
  client_id: '1234567890.1767000000',
  user_agent: 'Mozilla/5.0',
  ip_override: '203.0.113.9',
  page_location: 'https://www.example.com/?fbclid=AbC123',
};

function send(fields: Record<string, unknown>, signals: Record<string, unknown>): TagRun {
  return runTag({
    now: Date.UTC(2026, 0, 15, 12),
    responses: metaOk(),
    fields: { pixels: [{ pixelId: '123', accessToken: 'TOK' }], logMode: 'always', ...fields },
    eventData: { ...EVENT, ...signals },
  });
}

function logLines(run: TagRun): Array<Record<string, any>> {
  return run.logs.map((l) => JSON.parse(l.text));
}

function problemKeys(run: TagRun): string[] {
  return logLines(run)
    .filter((line) => line.type === 'problems')
    .flatMap((line) => line.problems.map((p: { key: string }) => p.key));
}

/**
 * Sent, with the _fbc/_fbp cookies written or not (issue 14: only when
 * ad_storage allows it). fbc and fbp, which come from the browser's
 * cookies or its URL, are sent unless ad_storage is explicitly denied.
 */
function expectSent(run: TagRun, cookies: 'written' | 'not written' | 'denied' = 'written'): void {
  expect(run.outcome).toBe('success');
  expect(run.metaRequests).toHaveLength(1);
  expect(run.cookiesSet.map((c) => c.name).sort()).toEqual(
    cookies === 'written' ? ['_fbc', '_fbp'] : [],
  );
  const userData = run.metaRequests[0].body.data[0].user_data;
  expect(Object.keys(userData).filter((k) => k === 'fbc' || k === 'fbp')).toEqual(
    cookies === 'denied' ? [] : ['fbc', 'fbp'],
  );
  expect(logLines(run).some((line) => line.type === 'not_sent')).toBe(false);
}

/** Not sent: no request, no cookie, success exactly once, and the reason logged. */
function expectBlocked(run: TagRun, reasonParts: string[]): void {
  expect(run.outcome).toBe('success');
  expect(run.gtmOnSuccessCalls).toBe(1);
  expect(run.gtmOnFailureCalls).toBe(0);
  expect(run.requests).toEqual([]);
  expect(run.cookiesSet).toEqual([]);
  const notSent = logLines(run).filter((line) => line.type === 'not_sent');
  expect(notSent).toHaveLength(1);
  for (const part of reasonParts) expect(notSent[0].reason).toContain(part);
}

/**
 * What the signals say about ad_storage, read independently of the tag:
 * consent_state first, then x-ga-gcd's ad_storage letter, then x-ga-gcs;
 * an unreadable value says nothing.
 */
function adStorageIn(signals: Record<string, any>): State {
  const consentState = signals.consent_state;
  const state =
    typeof consentState === 'object' && consentState !== null && !Array.isArray(consentState)
      ? consentState.ad_storage
      : undefined;
  const text = typeof state === 'string' ? state.trim().toLowerCase() : undefined;
  if (state === true || text === 'granted' || text === 'true') return 'granted';
  if (state === false || text === 'denied' || text === 'false') return 'denied';
  const gcd = signals['x-ga-gcd'];
  const letters = '[trnvpqmul]';
  const gcdShape = new RegExp(`^\\d\\d${letters}\\d${letters}\\d${letters}\\d${letters}`);
  if (typeof gcd === 'string' && gcdShape.test(gcd)) {
    if ('trnv'.includes(gcd.charAt(2))) return 'granted';
    if ('pqmu'.includes(gcd.charAt(2))) return 'denied';
  }
  const gcs = signals['x-ga-gcs'];
  if (typeof gcs === 'string' && /^G1[01][01]$/.test(gcs)) {
    return gcs.charAt(2) === '1' ? 'granted' : 'denied';
  }
  return 'absent';
}

/** What becomes of the cookies of a sent event (the consent mode checks something). */
function cookieUse(storage: State, whenAbsent: string | undefined) {
  if (storage === 'denied') return 'denied';
  return storage === 'granted' || whenAbsent === 'send' ? 'written' : 'not written';
}

interface Case {
  name: string;
  state: State;
  /** The event-data key the decision names, for granted/denied. */
  source: string;
  signals: Record<string, unknown>;
}

/** consent_state.<purpose> in every spelling the tag accepts. */
function consentStateCases(purpose: string): Case[] {
  const spellings: Array<[unknown, State]> = [
    [true, 'granted'],
    ['granted', 'granted'],
    ['GRANTED', 'granted'],
    [' Granted ', 'granted'],
    ['true', 'granted'],
    [false, 'denied'],
    ['denied', 'denied'],
    ['Denied', 'denied'],
    ['false', 'denied'],
    ['FALSE', 'denied'],
    [null, 'absent'],
    ['', 'absent'],
  ];
  const cases: Case[] = spellings.map(([value, state]) => ({
    name: `consent_state.${purpose} = ${JSON.stringify(value)}`,
    state,
    source: `consent_state.${purpose}`,
    signals: { consent_state: { [purpose]: value } },
  }));
  cases.push({
    name: `consent_state without ${purpose}`,
    state: 'absent',
    source: '',
    signals: { consent_state: { analytics_storage: 'granted' } },
  });
  return cases;
}

/** x-ga-gcs G1xy: x is ad_storage; it carries nothing about ad_user_data. */
function gcsCases(purpose: string): Case[] {
  const values: Array<[string, State]> = [
    ['G110', 'granted'],
    ['G111', 'granted'],
    ['G100', 'denied'],
    ['G101', 'denied'],
  ];
  return values.map(([gcs, state]) => ({
    name: `x-ga-gcs = ${gcs}`,
    state: purpose === 'ad_storage' ? state : 'absent',
    source: 'x-ga-gcs',
    signals: { 'x-ga-gcs': gcs },
  }));
}

/**
 * x-ga-gcd: the letter for the purpose (ad_storage 3rd character, ad_user_data
 * 7th) decides; every other signal carries the opposite answer, so a test
 * passes only if the right position is read.
 */
function gcdCases(purpose: string): Case[] {
  const letters: Array<[string, State, string]> = [
    ['t', 'granted', 'p'],
    ['r', 'granted', 'q'],
    ['n', 'granted', 'm'],
    ['v', 'granted', 'u'],
    ['p', 'denied', 't'],
    ['q', 'denied', 'r'],
    ['m', 'denied', 'n'],
    ['u', 'denied', 'v'],
    ['l', 'absent', 'v'],
  ];
  return letters.map(([letter, state, other]) => {
    const signals = [other, other, other, other];
    signals[purpose === 'ad_storage' ? 0 : 2] = letter;
    const gcd = `11${signals.join('1')}5`;
    return { name: `x-ga-gcd = ${gcd}`, state, source: 'x-ga-gcd', signals: { 'x-ga-gcd': gcd } };
  });
}

const NO_SIGNAL: Case = { name: 'no signal at all', state: 'absent', source: '', signals: {} };

for (const mode of ['adStorage', 'adUserData'] as Mode[]) {
  const purpose = PURPOSE[mode];
  const cases = [
    ...consentStateCases(purpose),
    ...gcsCases(purpose),
    ...gcdCases(purpose),
    NO_SIGNAL,
  ];
  for (const whenAbsent of WHEN_ABSENT) {
    describe(`consentMode ${mode}, consentWhenAbsent ${whenAbsent ?? '(default)'}`, () => {
      it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
        const run = send({ consentMode: mode, consentWhenAbsent: whenAbsent }, c.signals);
        const cookies = cookieUse(adStorageIn(c.signals), whenAbsent);
        if (c.state === 'granted') expectSent(run, cookies);
        else if (c.state === 'denied') expectBlocked(run, [purpose, 'denied', c.source]);
        else if (whenAbsent === 'send') expectSent(run, cookies);
        else expectBlocked(run, [`no ${purpose} signal`, 'blocked']);
      });
    });
  }
}

describe('custom consent variable', () => {
  const values: Array<[unknown, State]> = [
    [true, 'granted'],
    ['granted', 'granted'],
    [' GRANTED ', 'granted'],
    ['true', 'granted'],
    [false, 'denied'],
    ['denied', 'denied'],
    ['false', 'denied'],
    ['DENIED', 'denied'],
    [undefined, 'absent'],
    [null, 'absent'],
    ['', 'absent'],
  ];
  for (const whenAbsent of WHEN_ABSENT) {
    it.each(values)(`value %j (${whenAbsent ?? 'default'} when absent)`, (value, state) => {
      const run = send(
        { consentMode: 'custom', consentCustomValue: value, consentWhenAbsent: whenAbsent },
        {},
      );
      // No event signal: cookies are written only when missing signals are set to send.
      const cookies = cookieUse('absent', whenAbsent);
      if (state === 'granted') expectSent(run, cookies);
      else if (state === 'denied') expectBlocked(run, ['custom consent denied']);
      else if (whenAbsent === 'send') expectSent(run, cookies);
      else expectBlocked(run, ['no custom consent signal']);
    });
  }

  it('decides alone: event signals do not override the variable', () => {
    const denied = {
      'x-ga-gcs': 'G100',
      'x-ga-gcd': '11p1p1p1p5',
      consent_state: {
        ad_storage: false,
        ad_user_data: false,
      },
    };
    expectSent(send({ consentMode: 'custom', consentCustomValue: 'granted' }, denied), 'denied');
    const granted = { 'x-ga-gcs': 'G111', consent_state: { ad_storage: true, ad_user_data: true } };
    expectBlocked(send({ consentMode: 'custom', consentCustomValue: 'denied' }, granted), [
      'custom consent denied',
    ]);
  });

  it('treats an unreadable value as no signal and reports it', () => {
    for (const value of ['maybe', 1, 0, { granted: true }, ['granted']]) {
      const blocked = send({ consentMode: 'custom', consentCustomValue: value }, {});
      expectBlocked(blocked, ['no custom consent signal']);
      expect(problemKeys(blocked)).toContain('consentCustomValue');
      expectSent(
        send({ consentMode: 'custom', consentCustomValue: value, consentWhenAbsent: 'send' }, {}),
      );
    }
  });
});

describe('no consent check', () => {
  const denied = {
    consent_state: { ad_storage: false, ad_user_data: 'denied' },
    'x-ga-gcs': 'G100',
    'x-ga-gcd': '11p1p1p1p5',
  };

  it('sends whatever the signals say, with the mode unset or ignore', () => {
    expectSent(send({}, denied));
    expectSent(send({ consentMode: 'ignore' }, denied));
    expectSent(send({ consentMode: 'ignore', consentWhenAbsent: 'block' }, {}));
  });

  it('an unknown mode is a configuration error: nothing is sent, failure, the field named', () => {
    const run = send({ consentMode: 'sometimes' }, { 'x-ga-gcs': 'G111' });
    expect(run.outcome).toBe('failure');
    expect(run.gtmOnFailureCalls).toBe(1);
    expect(run.gtmOnSuccessCalls).toBe(0);
    expect(run.requests).toEqual([]);
    expect(run.cookiesSet).toEqual([]);
    expect(problemKeys(run)).toEqual(['consentMode']);
  });
});

describe('one purpose at a time', () => {
  const split = { consent_state: { ad_storage: 'granted', ad_user_data: 'denied' } };

  it('reads only the purpose the mode requires', () => {
    expectSent(send({ consentMode: 'adStorage' }, split));
    expectBlocked(send({ consentMode: 'adUserData' }, split), ['ad_user_data denied']);
    const gcd = { 'x-ga-gcd': '11t1p1p1t5' };
    expectSent(send({ consentMode: 'adStorage' }, gcd));
    expectBlocked(send({ consentMode: 'adUserData' }, gcd), ['ad_user_data denied (x-ga-gcd)']);
  });
});

describe('precedence: consent_state, then x-ga-gcd, then x-ga-gcs', () => {
  it('consent_state wins over both GA signals', () => {
    const gaDenied = { 'x-ga-gcs': 'G100', 'x-ga-gcd': '11p1p1p1p5' };
    expectSent(
      send({ consentMode: 'adStorage' }, { ...gaDenied, consent_state: { ad_storage: true } }),
    );
    const gaGranted = { 'x-ga-gcs': 'G111', 'x-ga-gcd': '11t1t1t1t5' };
    expectBlocked(
      send({ consentMode: 'adStorage' }, { ...gaGranted, consent_state: { ad_storage: 'denied' } }),
      ['consent_state.ad_storage'],
    );
  });

  it('x-ga-gcd wins over x-ga-gcs', () => {
    expectSent(
      send({ consentMode: 'adStorage' }, { 'x-ga-gcs': 'G100', 'x-ga-gcd': '11t1p1p1p5' }),
    );
    expectBlocked(
      send({ consentMode: 'adStorage' }, { 'x-ga-gcs': 'G111', 'x-ga-gcd': '11p1t1t1t5' }),
      ['x-ga-gcd'],
    );
  });

  it('a "not set" letter in x-ga-gcd falls through to x-ga-gcs', () => {
    expectSent(
      send({ consentMode: 'adStorage' }, { 'x-ga-gcd': '11l1l1l1l5', 'x-ga-gcs': 'G110' }),
    );
    expectBlocked(
      send({ consentMode: 'adStorage' }, { 'x-ga-gcd': '11l1l1l1l5', 'x-ga-gcs': 'G101' }),
      ['x-ga-gcs'],
    );
  });
});

describe('malformed signals count as absent, are reported, and let the next source decide', () => {
  const malformed: Array<[string, Record<string, unknown>]> = [
    ['consent_state.ad_storage', { consent_state: { ad_storage: 'yes' } }],
    ['consent_state.ad_storage', { consent_state: { ad_storage: 1 } }],
    ['consent_state.ad_storage', { consent_state: { ad_storage: { granted: true } } }],
    ['consent_state.ad_storage', { consent_state: { ad_storage: ['granted'] } }],
    ['x-ga-gcs', { 'x-ga-gcs': 'G1' }],
    ['x-ga-gcs', { 'x-ga-gcs': 'G211' }],
    ['x-ga-gcs', { 'x-ga-gcs': 'G1x1' }],
    ['x-ga-gcs', { 'x-ga-gcs': 'g111' }],
    ['x-ga-gcs', { 'x-ga-gcs': 'G1111' }],
    ['x-ga-gcs', { 'x-ga-gcs': 111 }],
    ['x-ga-gcd', { 'x-ga-gcd': 'garbage!!' }],
    ['x-ga-gcd', { 'x-ga-gcd': '11t1t1' }],
    ['x-ga-gcd', { 'x-ga-gcd': '11z1t1t1t5' }],
    ['x-ga-gcd', { 'x-ga-gcd': '11t-t1t1t5' }],
    ['x-ga-gcd', { 'x-ga-gcd': 'abt1t1t1t5' }],
    ['x-ga-gcd', { 'x-ga-gcd': 11 }],
  ];

  it.each(malformed)('%s %j blocks by default, and is reported', (key, signals) => {
    const run = send({ consentMode: 'adStorage' }, signals);
    expectBlocked(run, ['no ad_storage signal']);
    expect(problemKeys(run)).toContain(key);
  });

  it.each(malformed)('%s %j sends when a missing signal is set to send', (key, signals) => {
    expectSent(send({ consentMode: 'adStorage', consentWhenAbsent: 'send' }, signals));
  });

  it('a malformed consent_state falls through to a valid x-ga-gcd / x-ga-gcs', () => {
    const broken = { consent_state: { ad_storage: 'yes' } };
    expectSent(send({ consentMode: 'adStorage' }, { ...broken, 'x-ga-gcd': '11t1p1p1p5' }));
    expectBlocked(send({ consentMode: 'adStorage' }, { ...broken, 'x-ga-gcs': 'G100' }), [
      'x-ga-gcs',
    ]);
    expectSent(send({ consentMode: 'adStorage' }, { 'x-ga-gcd': '11z1', 'x-ga-gcs': 'G111' }));
  });

  it('a consent_state that is not an object counts as no signal', () => {
    for (const consentState of ['granted', true, ['ad_storage']]) {
      expectBlocked(send({ consentMode: 'adStorage' }, { consent_state: consentState }), [
        'no ad_storage signal',
      ]);
    }
  });
});

describe('the log line of a refusal', () => {
  const signals = { 'x-ga-gcs': 'G100' };

  it('is written in preview with the default log mode, never in production', () => {
    const fields = { pixels: [{ pixelId: '123', accessToken: 'TOK' }], consentMode: 'adStorage' };
    const eventData = { ...EVENT, ...signals };
    const preview = runTag({ fields, eventData, containerVersion: { previewMode: true } });
    expect(preview.requests).toEqual([]);
    expect(logLines(preview)).toEqual([
      // The event is named as it gives its name: the consent stage runs before the name is resolved.
      {
        tag: 'meta-capi',
        type: 'not_sent',
        event_name: 'page_view',
        reason: 'ad_storage denied (x-ga-gcs)',
      },
    ]);
    const production = runTag({ fields, eventData });
    expect(production.outcome).toBe('success');
    expect(production.logs).toEqual([]);
  });
});
