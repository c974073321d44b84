// Scenario: Consent - ad_storage from consent_state: true/granted send, false/denied/absent send nothing
// Each case is one event; only the sent ones may reach Meta or write _fbc/_fbp.
const cases = [
  { consentState: { ad_storage: true }, sent: true },
  { consentState: { ad_storage: 'granted' }, sent: true },
  { consentState: { ad_storage: 'true' }, sent: true },
  { consentState: { ad_storage: false }, sent: false },
  { consentState: { ad_storage: 'denied' }, sent: false },
  { consentState: { ad_storage: 'false' }, sent: false },
  { consentState: { analytics_storage: 'granted' }, sent: false },
  { consentState: undefined, sent: false },
];
runConsentCases(cases, 'adStorage');

callLater(() => assertConsentCases(cases, ['_fbc', '_fbp']));
