// Scenario: Consent - an unreadable signal counts as absent and the next source decides
// Each case is one event; only the sent ones may reach Meta or write _fbc/_fbp.
// Blocked when nothing readable is left (the default for a missing signal).
const cases = [
  { consentState: { ad_storage: 'yes' }, sent: false },
  { consentState: { ad_storage: 1 }, sent: false },
  { gcs: 'G1x1', sent: false },
  { gcs: 'granted', sent: false },
  { gcd: '11z1t1t1t5', sent: false },
  { gcd: '11t', sent: false },
  { consentState: { ad_storage: 'yes' }, gcd: '11t1p1p1p5', sent: true },
  { gcd: 'garbage!!!', gcs: 'G111', sent: true },
  { consentState: 'granted', gcs: 'G100', sent: false },
];
runConsentCases(cases, 'adStorage');

callLater(() => assertConsentCases(cases, ['_fbc', '_fbp']));
