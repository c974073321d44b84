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
