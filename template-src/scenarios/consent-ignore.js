// Scenario: Consent - with no consent check (the default) every event is sent, whatever its signals
eventData = {
  event_name: 'page_view',
  client_id: '1234567890.1763700000',
  user_agent: 'Mozilla/5.0',
  page_location: 'https://www.example.com/',
  'x-ga-gcs': 'G100',
  'x-ga-gcd': '11p1p1p1p5',
  consent_state: { ad_storage: 'denied', ad_user_data: false },
};

runCode({ pixels: mockData.pixels, logMode: 'off' });
runCode({ pixels: mockData.pixels, logMode: 'off', consentMode: 'ignore' });

callLater(() => {
  assertThat(requests).hasLength(2);
  assertApi('gtmOnFailure').wasNotCalled();
});
