/**
 * Whether this event may be sent, and why. The caller logs the reason; when
 * not allowed it sends nothing, sets no cookie and still calls gtmOnSuccess
 * (a consent refusal is the tag working as configured, not a failure).
 */
import { readPath } from '../event-fields/read';
import { reportProblem, type Problem } from '../problem';
import { consentValue, gcdSignal, gcsSignal, type ConsentSignal, type Purpose } from './signals';

export interface ConsentFields {
  /** 'ignore' (default), 'adStorage', 'adUserData' or 'custom'. */
  consentMode?: string;
  /** The custom variable's value (custom mode): granted/denied/true/false. */
  consentCustomValue?: unknown;
  /** What to do when no signal is present: 'block' (default) or 'send'. */
  consentWhenAbsent?: string;
}

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

/** Every event-data key decideConsent reads. */
export const CONSENT_EVENT_KEYS = [
  'consent_state.ad_storage',
  'consent_state.ad_user_data',
  'x-ga-gcs',
  'x-ga-gcd',
];

interface Source {
  key: string;
  signal: ConsentSignal;
}

/** Sources in precedence order: the explicit consent_state, then Consent Mode v2, then v1. */
function sourcesFor(purpose: Purpose, eventData: unknown): Source[] {
  const sources: Source[] = [
    {
      key: 'consent_state.' + purpose,
      signal: consentValue(readPath(eventData, 'consent_state.' + purpose)),
    },
    { key: 'x-ga-gcd', signal: gcdSignal(readPath(eventData, 'x-ga-gcd'), purpose) },
  ];
  if (purpose === 'ad_storage') {
    sources.push({ key: 'x-ga-gcs', signal: gcsSignal(readPath(eventData, 'x-ga-gcs'), purpose) });
  }
  return sources;
}

function decide(
  subject: string,
  sources: Source[],
  fields: ConsentFields,
  problems: Problem[],
): ConsentDecision {
  for (const source of sources) {
    if (source.signal === 'malformed') {
      reportProblem(problems, source.key, 'malformed consent signal; treated as absent');
    } else if (source.signal !== 'absent') {
      return {
        allowed: source.signal === 'granted',
        reason: subject + ' ' + source.signal + ' (' + source.key + ')',
      };
    }
  }
  const send = fields.consentWhenAbsent === 'send';
  const outcome = send ? 'sent' : 'blocked';
  return {
    allowed: send,
    reason: 'no ' + subject + ' signal; ' + outcome + ' as configured for a missing signal',
  };
}

/** Whether a signal explicitly denies ad_storage (malformed and absent ones do not). */
function adStorageDenied(eventData: unknown): boolean {
  for (const source of sourcesFor('ad_storage', eventData)) {
    if (source.signal === 'granted') return false;
    if (source.signal === 'denied') return true;
  }
  return false;
}

export function decideConsent(
  eventData: { [key: string]: any },
  fields: ConsentFields,
  problems: Problem[],
): ConsentDecision {
  const decision = decidePurpose(eventData, fields, problems);
  if (fields.consentMode !== undefined && fields.consentMode !== 'ignore') {
    decision.cookiesAllowed = !adStorageDenied(eventData);
  }
  return decision;
}

function decidePurpose(
  eventData: { [key: string]: any },
  fields: ConsentFields,
  problems: Problem[],
): ConsentDecision {
  const mode = fields.consentMode;
  if (mode === undefined || mode === 'ignore') {
    return { allowed: true, reason: 'consent not checked (mode: ignore)' };
  }
  if (mode === 'adStorage')
    return decide('ad_storage', sourcesFor('ad_storage', eventData), fields, problems);
  if (mode === 'adUserData') {
    return decide('ad_user_data', sourcesFor('ad_user_data', eventData), fields, problems);
  }
  if (mode === 'custom') {
    const source = { key: 'consentCustomValue', signal: consentValue(fields.consentCustomValue) };
    return decide('custom consent', [source], fields, problems);
  }
  reportProblem(problems, 'consentMode', 'unknown consent mode; blocked to be safe');
  return { allowed: false, reason: 'unknown consent mode; blocked' };
}
