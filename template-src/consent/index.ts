/** Consent: the one decision the tag takes before doing anything else. */
export { CONSENT_EVENT_KEYS, decideConsent } from './decision';
export type { ConsentDecision, ConsentFields } from './decision';
