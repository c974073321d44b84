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
