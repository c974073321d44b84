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
let current = '';
const cookieWrites = [];
mock('setCookie', (name) => {
  cookieWrites.push(current + ' ' + name);
});

cases.forEach((c, i) => {
  current = 'case-' + i;
  eventData = {
    event_name: 'page_view',
    event_id: current,
    client_id: '1234567890.1763700000',
    user_agent: 'Mozilla/5.0',
    page_location: 'https://www.example.com/?fbclid=AbC123',
    consent_state: c.consentState,
    'x-ga-gcs': c.gcs,
    'x-ga-gcd': c.gcd,
  };
  runCode({ pixels: mockData.pixels, logMode: 'off', consentMode: 'adUserData' });
});

callLater(() => {
  const expectedSent = [];
  cases.forEach((c, i) => {
    if (!c.sent) return;
    expectedSent.push('case-' + i);
  });
  assertThat(requests.map((r) => r.body.data[0].event_id)).isEqualTo(expectedSent);
  assertThat(cookieWrites).isEqualTo([]);
  assertApi('gtmOnSuccess').wasCalled();
  assertApi('gtmOnFailure').wasNotCalled();
});
