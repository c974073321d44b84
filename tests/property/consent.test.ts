/**
 * Without consent the built tag sends nothing and sets no cookie, whatever
 * else the event carries: every signal the configured mode reads says
 * "denied" (or cannot be read, which counts as absent), none is present
 * and a missing signal blocks, the custom variable says "denied", or the
 * mode is unknown (a configuration error since issue 14: gtmOnFailure,
 * where a consent refusal calls gtmOnSuccess).
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { runTag } from '../helpers/tag';
import {
  ga4EventData,
  graphAnswers,
  hostileEventData,
  hostileValue,
  metaEventData,
  NOW_MS,
  pixelRows,
  requestCookies,
  tagFields,
} from './arbitraries';
import { assertTagInvariants } from './invariants';
import { budget } from './settings';

type Purpose = 'ad_storage' | 'ad_user_data';

const deniedValue = fc.constantFrom(false, 'denied', ' DENIED ', 'false', 'False');
const unreadable = fc.constantFrom('maybe', 0, 'G2', '1', [], {});
const granted = fc.constantFrom(true, 'granted', 'true');

/** x-ga-gcd with the given letters for ad_storage, analytics, ad_user_data, ad_personalization. */
const gcd = (letters: fc.Arbitrary<string>[]) =>
  fc
    .tuple(fc.stringMatching(/^[0-9]{2}$/), ...letters, fc.stringMatching(/^[0-9]{1,3}$/))
    .map(([prefix, a, b, c, d, tail]) => `${prefix}${a}1${b}1${c}1${d}${tail}`);
const anyLetter = fc.constantFrom(...'trnvpqmul');
const deniedLetter = fc.constantFrom(...'pqmu');
const notSetLetter = fc.constant('l');

/** The consent keys of an event whose `purpose` is denied (or not signalled at all). */
function deniedSignals(purpose: Purpose): fc.Arbitrary<Record<string, unknown>> {
  const letter = fc.oneof(deniedLetter, notSetLetter);
  const gcdValue =
    purpose === 'ad_storage'
      ? gcd([letter, anyLetter, anyLetter, anyLetter])
      : gcd([anyLetter, anyLetter, letter, anyLetter]);
  // x-ga-gcs carries ad_storage only: for ad_user_data any value says nothing.
  const gcs =
    purpose === 'ad_storage'
      ? fc.constantFrom('G100', 'G101', 'G1', 'G111x')
      : fc.constantFrom('G111', 'G100', 'G1');
  return fc.record(
    {
      consent_state: fc.record({ [purpose]: fc.oneof(deniedValue, unreadable) }),
      'x-ga-gcd': fc.oneof(gcdValue, fc.constantFrom('garbage', '11')),
      'x-ga-gcs': gcs,
    },
    { requiredKeys: [] },
  );
}

const CONSENT_KEYS = ['consent_state', 'x-ga-gcd', 'x-ga-gcs'];

interface Denial {
  fields: Record<string, unknown>;
  signals: Record<string, unknown>;
  /** The consent mode is none of the field's options: the config stage stops the tag. */
  unknownMode?: boolean;
}

/** Consent fields and event signals that must block the event. */
const denial: fc.Arbitrary<Denial> = fc.oneof(
  ...(['ad_storage', 'ad_user_data'] as Purpose[]).map((purpose) =>
    fc
      .tuple(deniedSignals(purpose), fc.constantFrom(undefined, 'block', 'send'))
      .filter(([signals, whenAbsent]) => whenAbsent !== 'send' || saysDenied(signals, purpose))
      .map(([signals, whenAbsent]) => ({
        fields: {
          consentMode: purpose === 'ad_storage' ? 'adStorage' : 'adUserData',
          consentWhenAbsent: whenAbsent,
        },
        signals,
      })),
  ),
  fc
    .tuple(deniedValue, fc.constantFrom(undefined, 'block'), deniedSignals('ad_storage'), granted)
    .map(([value, whenAbsent, signals, eventSays]) => ({
      fields: { consentMode: 'custom', consentCustomValue: value, consentWhenAbsent: whenAbsent },
      // The event's own signals do not count in custom mode, even when granted.
      signals: { ...signals, consent_state: { ad_storage: eventSays, ad_user_data: eventSays } },
    })),
  fc
    .tuple(
      fc.oneof(fc.constantFrom('AdStorage', 'ignore ', 'bogus', ''), hostileValue),
      deniedSignals('ad_storage'),
    )
    .filter(([mode]) => mode !== undefined && mode !== 'ignore')
    .map(([mode, signals]) => ({ fields: { consentMode: mode }, signals, unknownMode: true })),
);

/** Whether a well-formed signal of `purpose` is present (all generated ones deny). */
function saysDenied(signals: Record<string, unknown>, purpose: Purpose): boolean {
  const state = signals.consent_state as Record<string, unknown> | undefined;
  const value = state?.[purpose];
  if (value === false || (typeof value === 'string' && /^\s*(denied|false)\s*$/i.test(value))) {
    return true;
  }
  const gcdText = signals['x-ga-gcd'];
  if (typeof gcdText === 'string' && /^[0-9]{2}[a-z][0-9][a-z][0-9][a-z][0-9][a-z]/.test(gcdText)) {
    if ('pqmu'.includes(gcdText.charAt(purpose === 'ad_storage' ? 2 : 6))) return true;
  }
  return purpose === 'ad_storage' && /^G10[01]$/.test(String(signals['x-ga-gcs']));
}

function withSignals(
  event: Record<string, unknown>,
  signals: Record<string, unknown>,
): Record<string, unknown> {
  const rest = Object.fromEntries(Object.entries(event).filter(([k]) => !CONSENT_KEYS.includes(k)));
  return { ...rest, ...signals };
}

const anyEvent = fc.oneof(ga4EventData, metaEventData, hostileEventData);

describe('consent', () => {
  const any = budget(0.06);
  test(
    'a denied event sends no request and sets no cookie, whatever the configuration',
    () => {
      fc.assert(
        fc.property(
          anyEvent,
          denial,
          tagFields({ hostile: false, consent: false }),
          requestCookies,
          graphAnswers,
          (event, { fields: consent, signals }, { fields, tokens }, cookies, responses) => {
            const eventData = withSignals(event, signals);
            const allFields = { ...fields, ...consent };
            const run = runTag({
              fields: allFields,
              eventData,
              cookies,
              responses,
              now: NOW_MS,
            });
            assertTagInvariants(run, { eventData, fields: allFields, tokens });
            expect(run.requests).toEqual([]);
            expect(run.cookiesSet).toEqual([]);
          },
        ),
        any.params,
      );
    },
    any.timeoutMs,
  );

  const plain = budget(0.04);
  test(
    'a denied event under a plain configuration succeeds and logs why nothing was sent',
    () => {
      fc.assert(
        fc.property(
          anyEvent,
          denial,
          pixelRows(false),
          (event, { fields: consent, signals, unknownMode }, pixels) => {
            const eventData = withSignals(event, signals);
            const run = runTag({
              fields: { pixels, logMode: 'always', ...consent },
              eventData,
              now: NOW_MS,
            });
            expect(run.requests).toEqual([]);
            expect(run.cookiesSet).toEqual([]);
            const lines = run.logs.map((l) => JSON.parse(l.text));
            if (unknownMode) {
              expect(run.outcome).toBe('failure');
              expect(run.gtmOnFailureCalls).toBe(1);
              const problems = lines.filter((line) => line.type === 'problems');
              expect(problems.map((line) => line.stage)).toEqual(['config']);
              expect(problems[0].problems.map((p: { key: string }) => p.key)).toEqual([
                'consentMode',
              ]);
            } else {
              expect(run.outcome).toBe('success');
              expect(run.gtmOnSuccessCalls).toBe(1);
              expect(lines.map((line) => line.type)).toContain('not_sent');
            }
          },
        ),
        plain.params,
      );
    },
    plain.timeoutMs,
  );
});
