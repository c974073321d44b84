/**
 * Consent outcomes (issue 17) through the BUILT template. The full decision
 * matrix: consent mode × signal (granted / denied / limited / absent) ×
 * "When ad_user_data is denied" (block / anonymous / ldu) × "When the event
 * carries no consent signal" (block / send) × the event's ad_storage, each
 * checked for what is sent and which cookies are read and written; then
 * docs/governance.md's matrix table checked against what the tag did. Then
 * the outcomes one by one: anonymous sends only IP and user agent with
 * opt_out and touches no cookie; ldu sends Limited Data Use with the
 * configured location; an ad_storage denial stops cookie reads whatever the
 * outcome.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../build/build';
import { parseTpl } from '../../build/tpl';
import { BUILT_TEMPLATE, type TagRun } from '../helpers/tag';
import {
  cookiesRead,
  cookiesWritten,
  IP,
  notSentReason,
  problemKeys,
  problemReason,
  run,
  sentEvent,
  sha256,
  UA,
} from './governance-fixtures';

type Mode = 'ignore' | 'adStorage' | 'adUserData' | 'custom';
type Signal = 'granted' | 'denied' | 'limited' | 'absent';
type Action = 'block' | 'anonymous' | 'ldu';
type WhenAbsent = 'block' | 'send';
type Storage = 'granted' | 'denied' | 'absent';

const MODES: Mode[] = ['ignore', 'adStorage', 'adUserData', 'custom'];
const SIGNALS: Signal[] = ['granted', 'denied', 'limited', 'absent'];
const ACTIONS: Action[] = ['block', 'anonymous', 'ldu'];
const WHEN_ABSENT: WhenAbsent[] = ['block', 'send'];
const STORAGES: Storage[] = ['granted', 'denied', 'absent'];

/** Every cookie the tag can read or write with these fields: _fbc, _fbp, enhancement, guard. */
const ALL_COOKIES = ['_fbc', '_fbp', '_capi_eec', '_capi_orders'];
const COOKIE_FEATURES = { enableEventEnhancement: true, purchaseGuard: true };

/** A Purchase with customer information that, when cookies are allowed, makes and writes _fbc and _fbp. */
const PURCHASE = {
  event_name: 'purchase',
  page_location: 'https://shop.example.com/thanks?fbclid=IwAR2xyz',
  transaction_id: 'ORDER-1',
  value: 25,
  currency: 'EUR',
  user_data: { email_address: 'jane.doe@example.com', phone_number: '+14155550100' },
};

interface Case {
  mode: Mode;
  /** ad_user_data for ignore and adUserData; ad_storage for adStorage; the variable for custom. */
  signal: Signal;
  action: Action;
  whenAbsent: WhenAbsent;
  /** The event's ad_storage (for adStorage, the signal itself). */
  storage: Storage;
}

/** consent_state values: "limited" is no value consent_state knows (unreadable). */
const STATE_VALUE: Record<Signal, unknown> = {
  granted: true,
  denied: false,
  limited: 'limited',
  absent: undefined,
};
const VARIABLE_VALUE: Record<Signal, string> = {
  granted: 'granted',
  denied: 'denied',
  limited: 'limited',
  absent: '',
};

function storageOf(mode: Mode, signal: Signal, storage: Storage): Storage {
  if (mode !== 'adStorage') return storage;
  return signal === 'granted' ? 'granted' : signal === 'denied' ? 'denied' : 'absent';
}

function allCases(): Case[] {
  const cases: Case[] = [];
  for (const mode of MODES) {
    for (const signal of SIGNALS) {
      for (const action of ACTIONS) {
        for (const whenAbsent of WHEN_ABSENT) {
          const storages = mode === 'adStorage' ? [storageOf(mode, signal, 'absent')] : STORAGES;
          for (const storage of storages) cases.push({ mode, signal, action, whenAbsent, storage });
        }
      }
    }
  }
  return cases;
}

function caseName(c: Case): string {
  return `${c.mode} ${c.signal}, denied→${c.action}, absent→${c.whenAbsent}, ad_storage ${c.storage}`;
}

function runCase(c: Case): TagRun {
  const state: Record<string, unknown> = {};
  if (c.mode !== 'adStorage' && c.storage !== 'absent') state.ad_storage = c.storage === 'granted';
  const signalKey = c.mode === 'adStorage' ? 'ad_storage' : 'ad_user_data';
  if (c.mode !== 'custom' && STATE_VALUE[c.signal] !== undefined) {
    state[signalKey] = STATE_VALUE[c.signal];
  }
  return run(
    { ...PURCHASE, consent_state: state },
    {
      fields: {
        ...COOKIE_FEATURES,
        consentMode: c.mode,
        consentDeniedAction: c.action,
        consentWhenAbsent: c.whenAbsent,
        ...(c.mode === 'custom' ? { consentCustomValue: VARIABLE_VALUE[c.signal] } : {}),
      },
    },
  );
}

/** What the docs call each outcome's payload. */
const WHAT = {
  nothing: 'Nothing',
  everything: 'Everything',
  anonymous: 'IP address and user agent only, with opt_out',
  ldu: 'Everything, with Limited Data Use',
} as const;

interface Observed {
  sent: boolean;
  what: string;
  read: boolean;
  written: boolean;
  /** fbc and fbp in user_data (only meaningful when sent). */
  browserIds: boolean;
}

function observe(result: TagRun): Observed {
  expect(result.outcome).toBe('success');
  const read = cookiesRead(result);
  expect([[], ALL_COOKIES]).toContainEqual(read);
  const written = cookiesWritten(result);
  if (result.metaRequests.length === 0) {
    notSentReason(result);
    return {
      sent: false,
      what: WHAT.nothing,
      read: read.length > 0,
      written: false,
      browserIds: false,
    };
  }
  const event = sentEvent(result);
  const userData = event.user_data;
  const ldu = event.data_processing_options !== undefined;
  if (ldu) {
    expect(event.data_processing_options).toEqual(['LDU']);
  }
  let what: string;
  if (event.opt_out === true && !ldu) {
    expect(Object.keys(userData).sort()).toEqual(['client_ip_address', 'client_user_agent']);
    what = WHAT.anonymous;
  } else {
    expect(event.opt_out).toBeUndefined();
    expect(userData.em).toMatch(/^[0-9a-f]{64}$/);
    what = ldu ? WHAT.ldu : WHAT.everything;
  }
  const browserIds = userData.fbc !== undefined && userData.fbp !== undefined;
  return { sent: true, what, read: read.length > 0, written: written.length > 0, browserIds };
}

/**
 * The rule per mode and signal, written out: send, block, the marketer's
 * choice for a denial (consentDeniedAction), or the choice for no signal
 * (consentWhenAbsent). "limited" in consent_state is unreadable, so no signal.
 */
const RULES: Record<
  Exclude<Mode, 'ignore'>,
  Record<Signal, 'send' | 'block' | 'choice' | 'absent'>
> = {
  adStorage: { granted: 'send', denied: 'block', limited: 'absent', absent: 'absent' },
  adUserData: { granted: 'send', denied: 'choice', limited: 'absent', absent: 'absent' },
  custom: { granted: 'send', denied: 'block', limited: 'choice', absent: 'absent' },
};

function expected(c: Case): Observed {
  let outcome: 'full' | 'blocked' | Action = 'full';
  if (c.mode !== 'ignore') {
    const rule = RULES[c.mode][c.signal];
    if (rule === 'block') outcome = 'blocked';
    if (rule === 'choice') outcome = c.action === 'block' ? 'blocked' : c.action;
    if (rule === 'absent') outcome = c.whenAbsent === 'send' ? 'full' : 'blocked';
  }
  if (outcome === 'blocked') {
    return { sent: false, what: WHAT.nothing, read: false, written: false, browserIds: false };
  }
  if (outcome === 'anonymous') {
    return { sent: true, what: WHAT.anonymous, read: false, written: false, browserIds: false };
  }
  const what = outcome === 'ldu' ? WHAT.ldu : WHAT.everything;
  if (c.mode === 'ignore') return { sent: true, what, read: true, written: true, browserIds: true };
  const storage = storageOf(c.mode, c.signal, c.storage);
  const read = storage !== 'denied';
  const written = storage === 'granted' || (storage === 'absent' && c.whenAbsent === 'send');
  return { sent: true, what, read, written, browserIds: read };
}

const observed = new Map<string, Observed>();

function observedFor(c: Case): Observed {
  const name = caseName(c);
  if (!observed.has(name)) observed.set(name, observe(runCase(c)));
  return observed.get(name)!;
}

describe('the consent decision matrix', () => {
  it.each(allCases().map((c) => [caseName(c), c] as const))('%s', (_name, c) => {
    expect(observedFor(c)).toEqual(expected(c));
  });
});

// ---------------------------------------------------------------------------
// docs/governance.md: its decision matrix, read against what the tag did.

const SIGNAL_LABELS: Record<string, Signal[]> = {
  any: SIGNALS,
  granted: ['granted'],
  'granted or true': ['granted'],
  denied: ['denied'],
  'denied or false': ['denied'],
  limited: ['limited'],
  'absent or unreadable': ['absent', 'limited'],
  'absent or anything else': ['absent'],
};

type CookieRule = (c: Case) => { read: boolean; written: boolean };
const COOKIE_LABELS: Record<string, CookieRule> = {
  None: () => ({ read: false, written: false }),
  'Read and written, whatever ad_storage says': () => ({ read: true, written: true }),
  'As ad_storage allows': (c) => {
    const storage = storageOf(c.mode, c.signal, c.storage);
    return {
      read: storage !== 'denied',
      written: storage === 'granted' || (storage === 'absent' && c.whenAbsent === 'send'),
    };
  },
};

type Parameter = Record<string, any>;

function builtParameter(name: string): Parameter {
  const template = parseTpl(readFileSync(BUILT_TEMPLATE, 'utf8'));
  const visit = (params: unknown): Parameter | undefined => {
    for (const p of (params ?? []) as Parameter[]) {
      if (p.name === name) return p;
      const inside = visit(p.subParams);
      if (inside !== undefined) return inside;
    }
    return undefined;
  };
  const found = visit(template.parameters);
  expect(found, 'field ' + name).toBeDefined();
  return found!;
}

/** A field's choices by the label GTM shows. */
function choicesByLabel(name: string): Map<string, string> {
  const p = builtParameter(name);
  const items: { value: string; displayValue: string }[] = p.selectItems ?? p.radioItems;
  return new Map(items.map((i) => [i.displayValue, i.value]));
}

/** A cell naming one choice by its GTM label, or any of them ("any", "—"). */
function expand<T extends string>(cell: string, byLabel: Map<string, string>, all: T[]): T[] {
  if (cell === 'any' || cell === '—') return all;
  expect([...byLabel.keys()], 'a label GTM shows').toContain(cell);
  return [byLabel.get(cell) as T];
}

function docsMatrix(): string[][] {
  const lines = readFileSync(path.join(ROOT, 'docs', 'governance.md'), 'utf8').split('\n');
  const header = lines.findIndex((l) => /^\| Send only with consent +\| Signal /.test(l));
  expect(header, 'the matrix table in docs/governance.md').toBeGreaterThanOrEqual(0);
  const rows: string[][] = [];
  for (let i = header + 2; i < lines.length && lines[i].startsWith('|'); i++) {
    rows.push(
      lines[i]
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim().replace(/`/g, '')),
    );
  }
  return rows;
}

describe('docs/governance.md consent decision matrix', () => {
  it('covers every combination once, and says what the tag does in each', () => {
    const modes = choicesByLabel('consentMode');
    const actions = choicesByLabel('consentDeniedAction');
    const whenAbsent = choicesByLabel('consentWhenAbsent');
    const covered = new Map<string, number>();
    const wrong: string[] = [];
    for (const [mode, signal, action, absent, sent, what, cookies] of docsMatrix()) {
      expect(Object.keys(SIGNAL_LABELS)).toContain(signal);
      expect(Object.keys(COOKIE_LABELS)).toContain(cookies);
      expect(Object.values(WHAT)).toContain(what);
      expect(['Yes', 'No']).toContain(sent);
      for (const m of expand<Mode>(mode, modes, MODES)) {
        for (const s of SIGNAL_LABELS[signal]) {
          for (const a of expand<Action>(action, actions, ACTIONS)) {
            for (const w of expand<WhenAbsent>(absent, whenAbsent, WHEN_ABSENT)) {
              const key = `${m} ${s} ${a} ${w}`;
              covered.set(key, (covered.get(key) ?? 0) + 1);
              for (const c of allCases().filter(
                (k) => k.mode === m && k.signal === s && k.action === a && k.whenAbsent === w,
              )) {
                const documented = { sent: sent === 'Yes', what, ...COOKIE_LABELS[cookies](c) };
                const seen = observedFor(c);
                const actual = {
                  sent: seen.sent,
                  what: seen.what,
                  read: seen.read,
                  written: seen.written,
                };
                if (JSON.stringify(actual) !== JSON.stringify(documented)) {
                  wrong.push(
                    `${caseName(c)}: docs ${JSON.stringify(documented)}, tag ${JSON.stringify(actual)}`,
                  );
                }
              }
            }
          }
        }
      }
    }
    expect(wrong).toEqual([]);
    const keys = allCases().map((c) => `${c.mode} ${c.signal} ${c.action} ${c.whenAbsent}`);
    expect([...new Set(keys)].filter((k) => covered.get(k) !== 1)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------
// The outcomes one by one.

/** Every source of customer information and browser IDs the tag knows, and every cookie. */
const IDENTIFIED = {
  ...PURCHASE,
  external_id: 'customer-42',
  'x-fb-ud-fn': 'jane',
  'x-fb-ck-fbc': 'fb.1.1767000000000.FromClient',
  'x-fb-ck-fbp': 'fb.1.1767000000000.1234567890',
};
const IDENTIFIED_FIELDS = {
  ...COOKIE_FEATURES,
  userDataList: [{ name: 'ln', value: 'Doe' }],
  userDataObject: { ct: 'Springfield' },
};
const BROWSER_COOKIES = {
  _fbc: 'fb.1.1766000000000.OldClick',
  _fbp: 'fb.1.1766000000000.9988776655',
};

describe('consent outcome "Send without customer information, for attribution only"', () => {
  it.each([
    [
      'consent_state denies ad_user_data',
      { consent_state: { ad_storage: true, ad_user_data: false } },
      {},
    ],
    ['x-ga-gcd denies ad_user_data', { 'x-ga-gcd': '11t1t1p1p5' }, {}],
    ['the variable says "Limited"', {}, { consentMode: 'custom', consentCustomValue: ' Limited ' }],
  ])(
    '%s: only IP and user agent, opt_out true, no cookie read or written',
    (_label, signals, fields) => {
      const result = run(
        { ...IDENTIFIED, ...signals, opt_out: false },
        {
          cookies: BROWSER_COOKIES,
          fields: {
            ...IDENTIFIED_FIELDS,
            consentMode: 'adUserData',
            consentDeniedAction: 'anonymous',
            ...fields,
          },
        },
      );
      const event = sentEvent(result);
      expect(event.user_data).toEqual({ client_ip_address: IP, client_user_agent: UA });
      expect(event.opt_out).toBe(true);
      expect(event.custom_data).toMatchObject({ value: 25, currency: 'EUR', order_id: 'ORDER-1' });
      expect(event.data_processing_options).toBeUndefined();
      expect(cookiesRead(result)).toEqual([]);
      expect(cookiesWritten(result)).toEqual([]);
      expect(problemReason(result, 'consent')).toContain(
        'sent without customer information and with opt_out',
      );
    },
  );
});

describe('consent outcome "Send with Limited Data Use"', () => {
  it.each([
    [undefined, 0, 0],
    ['geolocate', 0, 0],
    ['usGeolocateState', 1, 0],
    ['california', 1, 1000],
  ])(
    'location %j: data_processing_options LDU, country %i, state %i',
    (lduLocation, country, state) => {
      const result = run(
        { ...PURCHASE, consent_state: { ad_storage: true, ad_user_data: false } },
        { fields: { consentMode: 'adUserData', consentDeniedAction: 'ldu', lduLocation } },
      );
      const event = sentEvent(result);
      expect(event).toMatchObject({
        data_processing_options: ['LDU'],
        data_processing_options_country: country,
        data_processing_options_state: state,
      });
      expect(event.user_data.em).toBe(sha256('jane.doe@example.com'));
      expect(Object.keys(event.user_data)).toEqual(
        expect.arrayContaining([
          'em',
          'ph',
          'fbc',
          'fbp',
          'client_ip_address',
          'client_user_agent',
        ]),
      );
      expect(event.opt_out).toBeUndefined();
      expect(problemReason(result, 'consent')).toContain('sent with Limited Data Use');
    },
  );

  it('is not applied when ad_user_data is granted', () => {
    const result = run(
      { ...PURCHASE, consent_state: { ad_storage: true, ad_user_data: true } },
      { fields: { consentMode: 'adUserData', consentDeniedAction: 'ldu' } },
    );
    expect(sentEvent(result).data_processing_options).toBeUndefined();
    expect(problemKeys(result)).not.toContain('consent');
  });
});

describe('ad_storage denied stops cookie reads whatever the outcome', () => {
  it.each([
    ['ad_user_data granted (sent in full)', '11p1t1t1t5', 'block'],
    ['ad_user_data denied, anonymous', '11p1t1p1p5', 'anonymous'],
    ['ad_user_data denied, Limited Data Use', '11p1t1p1p5', 'ldu'],
  ])('%s', (_label, gcd, consentDeniedAction) => {
    const result = run(
      { ...IDENTIFIED, 'x-ga-gcd': gcd },
      {
        cookies: BROWSER_COOKIES,
        fields: { ...IDENTIFIED_FIELDS, consentMode: 'adUserData', consentDeniedAction },
      },
    );
    const event = sentEvent(result);
    expect(cookiesRead(result)).toEqual([]);
    expect(cookiesWritten(result)).toEqual([]);
    expect(event.user_data.fbc).toBeUndefined();
    expect(event.user_data.fbp).toBeUndefined();
  });
});

describe('the consent fields as GTM shows them', () => {
  /** Whether a field's enabling conditions hold for these values (all of them must). */
  function shown(name: string, values: Record<string, unknown>): boolean {
    const conditions: { paramName: string; paramValue: unknown; type: string }[] =
      builtParameter(name).enablingConditions ?? [];
    return conditions.every((c) =>
      c.type === 'EQUALS'
        ? values[c.paramName] === c.paramValue
        : values[c.paramName] !== c.paramValue,
    );
  }

  it.each([
    ['ignore', false],
    ['adStorage', false],
    ['adUserData', true],
    ['custom', true],
  ])('"When ad_user_data is denied" with consent mode %s: shown %s', (consentMode, expected) => {
    expect(shown('consentDeniedAction', { consentMode })).toBe(expected);
  });

  // "Send with Limited Data Use" uses the "Limited Data Use location" field (its help says "the
  // location chosen below"), so the field is shown even when the LDU mode is Off, its default.
  it('shows the Limited Data Use location when consent may send with Limited Data Use', () => {
    expect(
      shown('lduLocation', {
        consentMode: 'adUserData',
        consentDeniedAction: 'ldu',
        lduMode: 'off',
      }),
    ).toBe(true);
  });
});
