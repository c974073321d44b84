// Scenario: Consent - ad_user_data from consent_state: true/granted send, false/denied/absent send nothing
// Each case is one event; only the sent ones may reach Meta. In every sent case a GA signal
// denies ad_storage, so the tag writes no _fbc/_fbp cookie at all.
// ad_storage always says the opposite: only ad_user_data may decide.
const cases = [
  { consentState: { ad_user_data: true, ad_storage: false }, sent: true },
  { consentState: { ad_user_data: 'granted', ad_storage: 'denied' }, sent: true },
  { consentState: { ad_user_data: false, ad_storage: true }, sent: false },
  { consentState: { ad_user_data: 'denied', ad_storage: 'granted' }, sent: false },
  { consentState: { ad_storage: 'granted' }, sent: false },
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
