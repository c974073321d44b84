// Scenario: Consent - ad_user_data: x-ga-gcs carries no ad_user_data, so it counts as absent
// Each case is one event; only the sent ones may reach Meta. In every sent case a GA signal
// denies ad_storage, so the tag writes no _fbc/_fbp cookie at all.
// Blocked by default, whatever x-ga-gcs says; see the when-absent scenario for "send".
const cases = [
  { gcs: 'G111', sent: false },
  { gcs: 'G110', sent: false },
  { gcs: 'G100', sent: false },
  { gcs: undefined, sent: false },
  { gcs: 'G100', gcd: '11p1p1t1p5', sent: true },
];
runConsentCases(cases, 'adUserData');

callLater(() => assertConsentCases(cases, []));
