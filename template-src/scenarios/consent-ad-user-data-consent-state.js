// Scenario: Consent - ad_user_data from consent_state: true/granted send, false/denied/absent send nothing
// Each case is one event; only the sent ones may reach Meta. In every sent case a GA signal
// denies ad_storage, so the tag writes no _fbc/_fbp cookie at all.
// ad_storage always says the opposite: only ad_user_data may decide.
const cases = [
  { consentState: { ad_user_data: true, ad_storage: false }, sent: true },
  { consentState: { ad_user_data: 'granted', ad_storage: 'denied' }, sent: true },
  { consentState: { ad_user_data: false, ad_storage: true }, sent: false },
  { consentState: { ad_user_data: 'denied', ad_storage: 'granted' }, sent: false },
  { consentState: { ad_storage: 'granted' }, sent: false },
  { consentState: undefined, sent: false },
];
runConsentCases(cases, 'adUserData');

callLater(() => assertConsentCases(cases, []));
