// Scenario: Consent - consent_state wins over x-ga-gcd, which wins over x-ga-gcs
// Each case is one event; only the sent ones may reach Meta or write _fbc/_fbp.
const cases = [
  { consentState: { ad_storage: true }, gcd: '11p1p1p1p5', gcs: 'G100', sent: true },
  { consentState: { ad_storage: 'denied' }, gcd: '11t1t1t1t5', gcs: 'G111', sent: false },
  { gcd: '11t1p1p1p5', gcs: 'G100', sent: true },
  { gcd: '11p1t1t1t5', gcs: 'G111', sent: false },
  { gcd: '11l1l1l1l5', gcs: 'G110', sent: true },
  { gcd: '11l1l1l1l5', gcs: 'G101', sent: false },
];
runConsentCases(cases, 'adStorage');

callLater(() => assertConsentCases(cases, ['_fbc', '_fbp']));
