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
