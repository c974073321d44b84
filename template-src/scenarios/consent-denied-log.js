// Scenario: Consent - denied: no request, no cookie, gtmOnSuccess, and a log line with the reason
eventData = {
  event_name: 'page_view',
  client_id: '1234567890.1763700000',
  user_agent: 'Mozilla/5.0',
  page_location: 'https://www.example.com/?fbclid=AbC123',
  'x-ga-gcs': 'G101',
};

runCode({ pixels: mockData.pixels, logMode: 'always', consentMode: 'adStorage' });

callLater(() => {
  assertApi('gtmOnSuccess').wasCalled();
  assertApi('gtmOnFailure').wasNotCalled();
  assertApi('sendHttpRequest').wasNotCalled();
  assertApi('setCookie').wasNotCalled();
  assertThat(requests).hasLength(0);
  assertApi('logToConsole').wasCalledWith(
    '{"tag":"meta-capi","type":"not_sent","event_name":"page_view","reason":"ad_storage denied (x-ga-gcs)"}'
  );
});
