/**
 * The consent stage: whether this event may be sent, and why. When it may
 * not, nothing is sent, no cookie is set and the tag still calls
 * gtmOnSuccess (a consent refusal is the tag working as configured, not a
 * failure). It also settles what the tag may do with cookies: an explicit
 * ad_storage denial stops reading them (and so sending anything that came
 * from one) as well as writing them.
 */
import { eventValue, memberOf, type EventReader } from '../lib/event-data';
import { report, type Problem } from '../lib/problems';
import type { StageResult, TagContext, TagFields } from '../context';
import {
  consentValue,
  customConsentValue,
  gcdSignal,
  gcsSignal,
  type ConsentSignal,
} from './signals';

export interface ConsentDecision {
  allowed: boolean;
  reason: string;
  /** When allowed: what the event may carry (see TagContext.consentOutcome). */
  outcome: 'full' | 'anonymous' | 'ldu';
  /** False when a signal explicitly denies ad_storage (any mode but 'ignore'). */
  cookiesReadable: boolean;
  /**
   * True when ad_storage is granted, or when no signal says and missing
   * signals are configured to send (any mode but 'ignore').
   */
  cookiesWritable: boolean;
}

interface Source {
  key: string;
  signal: ConsentSignal;
}

/**
 * The signal a consent mode reads from its source number `i`, in
 * precedence order: the explicit consent_state, then Consent Mode v2
 * (x-ga-gcd), then v1 (x-ga-gcs, which knows ad_storage only); or the
 * custom variable. Undefined past the last source. Event keys are read
 * only when an earlier source said nothing.
 */
function sourceAt(
  reader: EventReader,
  mode: unknown,
  fields: TagFields,
  i: number,
): Source | undefined {
  if (mode === 'custom') {
    return i === 0
      ? { key: 'consentCustomValue', signal: customConsentValue(fields.consentCustomValue) }
      : undefined;
  }
  const purpose = mode === 'adStorage' ? 'ad_storage' : 'ad_user_data';
  if (i === 0) {
    const state = eventValue(reader, 'consent_state');
    return { key: 'consent_state.' + purpose, signal: consentValue(memberOf(state, purpose)) };
  }
  if (i === 1)
    return { key: 'x-ga-gcd', signal: gcdSignal(eventValue(reader, 'x-ga-gcd'), purpose) };
  if (i === 2 && purpose === 'ad_storage') {
    return { key: 'x-ga-gcs', signal: gcsSignal(eventValue(reader, 'x-ga-gcs'), purpose) };
  }
  return undefined;
}

/** The first source that says granted or denied; 'absent' (with its key '') when none does. */
function firstSignal(
  reader: EventReader,
  mode: unknown,
  fields: TagFields,
  problems: Problem[] | undefined,
): Source {
  for (let i = 0; ; i++) {
    const source = sourceAt(reader, mode, fields, i);
    if (source === undefined) return { key: '', signal: 'absent' };
    if (source.signal === 'malformed') {
      if (problems !== undefined) {
        report(problems, source.key, 'malformed consent signal; treated as absent');
      }
    } else if (source.signal !== 'absent') {
      return source;
    }
  }
}

export function decideConsent(
  reader: EventReader,
  fields: TagFields,
  problems: Problem[],
): ConsentDecision {
  const mode = fields.consentMode;
  if (mode === undefined || mode === 'ignore') {
    return {
      allowed: true,
      reason: 'consent not checked (mode: ignore)',
      outcome: 'full',
      cookiesReadable: true,
      cookiesWritable: true,
    };
  }
  const subject =
    mode === 'custom' ? 'custom consent' : mode === 'adStorage' ? 'ad_storage' : 'ad_user_data';
  const send = fields.consentWhenAbsent === 'send';
  const found = firstSignal(reader, mode, fields, problems);
  const storage =
    mode === 'adStorage' ? found : firstSignal(reader, 'adStorage', fields, undefined);
  // ad_user_data denied, or the variable's "limited": the outcome the marketer chose.
  const limited =
    (mode === 'adUserData' && found.signal === 'denied') || found.signal === 'limited';
  const outcome = limited ? deniedOutcome(fields.consentDeniedAction) : 'full';
  const decision: ConsentDecision = {
    allowed:
      found.signal === 'granted' || (found.signal === 'absent' && send) || outcome !== 'full',
    reason:
      found.signal === 'absent'
        ? 'no ' +
          subject +
          ' signal; ' +
          (send ? 'sent' : 'blocked') +
          ' as configured for a missing signal'
        : subject + ' ' + found.signal + ' (' + found.key + ')',
    outcome: outcome,
    cookiesReadable: storage.signal !== 'denied' && outcome !== 'anonymous',
    cookiesWritable:
      outcome !== 'anonymous' &&
      (storage.signal === 'granted' || (storage.signal === 'absent' && send)),
  };
  return decision;
}

/** The consentDeniedAction field: block (its default), anonymous or ldu; 'full' means block. */
function deniedOutcome(action: unknown): 'full' | 'anonymous' | 'ldu' {
  return action === 'anonymous' || action === 'ldu' ? action : 'full';
}

/**
 * In mode 'ignore' an event that explicitly denies consent still goes out,
 * as configured; the log says so (checked only when a line will be written).
 */
function noteIgnoredDenial(reader: EventReader, fields: TagFields, problems: Problem[]): void {
  for (const mode of ['adStorage', 'adUserData']) {
    const found = firstSignal(reader, mode, fields, undefined);
    if (found.signal === 'denied') {
      const purpose = mode === 'adStorage' ? 'ad_storage' : 'ad_user_data';
      report(
        problems,
        found.key,
        'denies ' + purpose + '; sent because the consent mode is "No consent check"',
      );
    }
  }
}

export function consentStage(ctx: TagContext): StageResult {
  const decision = decideConsent(ctx.eventData, ctx.fields, ctx.problems);
  ctx.cookiesReadable = decision.cookiesReadable;
  ctx.cookiesWritable = decision.cookiesWritable;
  ctx.consentOutcome = decision.outcome;
  if (decision.allowed && decision.outcome !== 'full') {
    report(
      ctx.problems,
      'consent',
      decision.reason +
        (decision.outcome === 'anonymous'
          ? '; sent without customer information and with opt_out, as configured'
          : '; sent with Limited Data Use, as configured'),
    );
  }
  const mode = ctx.fields.consentMode;
  if (ctx.log.enabled && (mode === undefined || mode === 'ignore')) {
    noteIgnoredDenial(ctx.eventData, ctx.fields, ctx.problems);
  }
  return decision.allowed ? undefined : { ok: true, stage: 'consent', reason: decision.reason };
}
