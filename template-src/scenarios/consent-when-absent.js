// Scenario: Consent - without any signal, the event is blocked by default and sent when so configured
// Each case is one event without consent_state, x-ga-gcs or x-ga-gcd.
const cases = [
  { consentMode: 'adStorage', consentWhenAbsent: undefined, sent: false },
  { consentMode: 'adStorage', consentWhenAbsent: 'block', sent: false },
  { consentMode: 'adStorage', consentWhenAbsent: 'send', sent: true },
  { consentMode: 'adUserData', consentWhenAbsent: undefined, sent: false },
  { consentMode: 'adUserData', consentWhenAbsent: 'send', sent: true },
  { consentMode: 'custom', consentWhenAbsent: undefined, sent: false },
  { consentMode: 'custom', consentWhenAbsent: 'send', sent: true },
];

cases.forEach((c, i) => {
  eventData = {
    event_name: 'page_view',
    event_id: 'case-' + i,
    client_id: '1234567890.1763700000',
    user_agent: 'Mozilla/5.0',
    page_location: 'https://www.example.com/',
  };
  runCode({
    pixels: mockData.pixels,
    logMode: 'off',
    consentMode: c.consentMode,
    consentWhenAbsent: c.consentWhenAbsent,
  });
});

callLater(() => {
  const expectedSent = [];
  cases.forEach((c, i) => {
    if (c.sent) expectedSent.push('case-' + i);
  });
  assertThat(requests.map((r) => r.body.data[0].event_id)).isEqualTo(expectedSent);
  assertApi('gtmOnFailure').wasNotCalled();
});
