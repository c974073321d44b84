// Scenario: Consent - custom variable: true/granted send, false/denied/empty do not, event signals ignored
// Each case is one event; only the sent ones may reach Meta. In every sent case a GA signal
// denies ad_storage, so the tag writes no _fbc/_fbp cookie at all.
// The event always carries GA signals that say the opposite of the variable.
const variableCases = [
  { value: true, sent: true },
  { value: 'granted', sent: true },
  { value: 'true', sent: true },
  { value: false, sent: false },
  { value: 'denied', sent: false },
  { value: 'false', sent: false },
  { value: '', sent: false },
  { value: 'maybe', sent: false },
];
const cases = variableCases.map((c) => {
  const granted = c.value === true || c.value === 'granted' || c.value === 'true';
  return {
    value: c.value,
    sent: c.sent,
    gcs: granted ? 'G100' : 'G111',
    consentState: { ad_storage: !granted, ad_user_data: !granted },
  };
});
runConsentCases(cases, 'custom');

callLater(() => assertConsentCases(cases, []));
