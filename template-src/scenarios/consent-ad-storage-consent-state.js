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
