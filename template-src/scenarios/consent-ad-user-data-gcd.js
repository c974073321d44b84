// Scenario: Consent - ad_user_data from x-ga-gcd: the 7th character decides
// Each case is one event; only the sent ones may reach Meta. In every sent case a GA signal
// denies ad_storage, so the tag writes no _fbc/_fbp cookie at all.
// Granted t r n v; denied p q m u; l is not set. Other signals say the opposite.
const cases = [
  { gcd: '11p1p1t1p5', sent: true },
  { gcd: '11p1p1r1p5', sent: true },
  { gcd: '11p1p1n1p5', sent: true },
  { gcd: '11p1p1v1p5', sent: true },
  { gcd: '11t1t1p1t5', sent: false },
  { gcd: '11t1t1q1t5', sent: false },
  { gcd: '11t1t1m1t5', sent: false },
  { gcd: '11t1t1u1t5', sent: false },
  { gcd: '11t1t1l1t5', sent: false },
  { gcd: undefined, sent: false },
];
runConsentCases(cases, 'adUserData');

callLater(() => assertConsentCases(cases, []));
