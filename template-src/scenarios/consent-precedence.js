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
  runCode({ pixels: mockData.pixels, logMode: 'off', consentMode: 'adStorage' });
});

callLater(() => {
  const expectedSent = [];
  const expectedCookies = [];
  cases.forEach((c, i) => {
    if (!c.sent) return;
    expectedSent.push('case-' + i);
    expectedCookies.push('case-' + i + ' _fbc', 'case-' + i + ' _fbp');
  });
  assertThat(requests.map((r) => r.body.data[0].event_id)).isEqualTo(expectedSent);
  assertThat(cookieWrites).isEqualTo(expectedCookies);
  assertApi('gtmOnSuccess').wasCalled();
  assertApi('gtmOnFailure').wasNotCalled();
});
