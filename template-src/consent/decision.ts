/**
 * The consent stage: whether this event may be sent, and why. When it may
 * not, nothing is sent, no cookie is set and the tag still calls
 * gtmOnSuccess (a consent refusal is the tag working as configured, not a
 * failure).
 */
import { eventValue, memberOf, type EventReader } from '../lib/event-data';
import { report, type Problem } from '../lib/problems';
import type { StageResult, TagContext, TagFields } from '../context';
import { consentValue, gcdSignal, gcsSignal, type ConsentSignal } from './signals';

export interface ConsentDecision {
  allowed: boolean;
  reason: string;
  /**
   * False when a signal explicitly denies ad_storage, in any mode but
   * 'ignore': the event may still go out (say, ad_user_data granted), but
   * the tag then writes no _fbc, _fbp or enhancement cookie.
   */
  cookiesAllowed?: boolean;
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
      ? { key: 'consentCustomValue', signal: consentValue(fields.consentCustomValue) }
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

function decidePurpose(
  reader: EventReader,
  fields: TagFields,
  problems: Problem[],
): ConsentDecision {
  const mode = fields.consentMode;
  if (mode !== 'adStorage' && mode !== 'adUserData' && mode !== 'custom') {
    report(problems, 'consentMode', 'unknown consent mode; blocked to be safe');
    return { allowed: false, reason: 'unknown consent mode; blocked' };
  }
  const subject =
    mode === 'custom' ? 'custom consent' : mode === 'adStorage' ? 'ad_storage' : 'ad_user_data';
  for (let i = 0; ; i++) {
    const source = sourceAt(reader, mode, fields, i);
    if (source === undefined) break;
    if (source.signal === 'malformed') {
      report(problems, source.key, 'malformed consent signal; treated as absent');
    } else if (source.signal !== 'absent') {
      return {
        allowed: source.signal === 'granted',
        reason: subject + ' ' + source.signal + ' (' + source.key + ')',
      };
    }
  }
  const send = fields.consentWhenAbsent === 'send';
  return {
    allowed: send,
    reason:
      'no ' +
      subject +
      ' signal; ' +
      (send ? 'sent' : 'blocked') +
      ' as configured for a missing signal',
  };
}

/** Whether a signal explicitly denies ad_storage (malformed and absent ones do not). */
function adStorageDenied(reader: EventReader, fields: TagFields): boolean {
  for (let i = 0; i < 3; i++) {
    const source = sourceAt(reader, 'adStorage', fields, i);
    if (source !== undefined && source.signal === 'granted') return false;
    if (source !== undefined && source.signal === 'denied') return true;
  }
  return false;
}

export function decideConsent(
  reader: EventReader,
  fields: TagFields,
  problems: Problem[],
): ConsentDecision {
  const mode = fields.consentMode;
  if (mode === undefined || mode === 'ignore') {
    return { allowed: true, reason: 'consent not checked (mode: ignore)' };
  }
  const decision = decidePurpose(reader, fields, problems);
  decision.cookiesAllowed = !adStorageDenied(reader, fields);
  return decision;
}

export function consentStage(ctx: TagContext): StageResult {
  const decision = decideConsent(ctx.eventData, ctx.fields, ctx.problems);
  ctx.cookiesAllowed = decision.cookiesAllowed !== false;
  return decision.allowed ? undefined : { ok: true, stage: 'consent', reason: decision.reason };
}
