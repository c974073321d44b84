// Scenario: Consent - ad_storage from x-ga-gcs: granted sends, denied and absent send nothing
// Each case is one event; only the sent ones may reach Meta or write _fbc/_fbp.
// x-ga-gcs is G1xy with x = ad_storage.
const cases = [
  { gcs: 'G111', sent: true },
  { gcs: 'G110', sent: true },
  { gcs: 'G101', sent: false },
  { gcs: 'G100', sent: false },
  { gcs: undefined, sent: false },
];
runConsentCases(cases, 'adStorage');

callLater(() => assertConsentCases(cases, ['_fbc', '_fbp']));
