// Scenario: Consent - custom variable: true/granted send, false/denied/empty do not, event signals ignored
// Each case is one event; only the sent ones may reach Meta. In every sent case a GA signal
// denies ad_storage, so the tag writes no _fbc/_fbp cookie at all.
// The event always carries GA signals that say the opposite of the variable.
const cases = [
  { value: true, sent: true },
  { value: 'granted', sent: true },
  { value: 'true', sent: true },
  { value: false, sent: false },
  { value: 'denied', sent: false },
  { value: 'false', sent: false },
  { value: '', sent: false },
  { value: 'maybe', sent: false },
];
let current = '';
const cookieWrites = [];
mock('setCookie', (name) => {
  cookieWrites.push(current + ' ' + name);
});

cases.forEach((c, i) => {
  current = 'case-' + i;
  const granted = c.value === true || c.value === 'granted' || c.value === 'true';
  eventData = {
    event_name: 'page_view',
    event_id: current,
    client_id: '1234567890.1763700000',
    user_agent: 'Mozilla/5.0',
    page_location: 'https://www.example.com/?fbclid=AbC123',
    'x-ga-gcs': granted ? 'G100' : 'G111',
    consent_state: { ad_storage: !granted, ad_user_data: !granted },
  };
  runCode({
    pixels: mockData.pixels,
    logMode: 'off',
    consentMode: 'custom',
    consentCustomValue: c.value,
  });
});

callLater(() => {
  const expectedSent = [];
  cases.forEach((c, i) => {
    if (!c.sent) return;
    expectedSent.push('case-' + i);
  });
  assertThat(requests.map((r) => r.body.data[0].event_id)).isEqualTo(expectedSent);
  assertThat(cookieWrites).isEqualTo([]);
  assertApi('gtmOnFailure').wasNotCalled();
});
