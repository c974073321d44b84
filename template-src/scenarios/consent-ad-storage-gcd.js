// Scenario: Consent - ad_storage from x-ga-gcd: letters t r n v send, p q m u and l (not set) do not
// Each case is one event; only the sent ones may reach Meta or write _fbc/_fbp.
// The 3rd character is ad_storage; the others say the opposite, to prove the position.
const cases = [
  { gcd: '11t1p1p1p5', sent: true },
  { gcd: '11r1p1p1p5', sent: true },
  { gcd: '11n1p1p1p5', sent: true },
  { gcd: '11v1p1p1p5', sent: true },
  { gcd: '11p1t1t1t5', sent: false },
  { gcd: '11q1t1t1t5', sent: false },
  { gcd: '11m1t1t1t5', sent: false },
  { gcd: '11u1t1t1t5', sent: false },
  { gcd: '11l1t1t1t5', sent: false },
  { gcd: undefined, sent: false },
];
runConsentCases(cases, 'adStorage');

callLater(() => assertConsentCases(cases, ['_fbc', '_fbp']));
