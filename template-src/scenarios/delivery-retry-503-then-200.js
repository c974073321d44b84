// Scenario: Delivery - a 503 is retried once, and the 200 that follows succeeds
responses = [
  { statusCode: 503, body: '' },
  { statusCode: 200, body: '{"events_received":1,"messages":[],"fbtrace_id":"Aok"}' },
];

runCode(mockData);

callLater(() => {
  assertApi('gtmOnSuccess').wasCalled();
  assertApi('gtmOnFailure').wasNotCalled();
  assertThat(requests).hasLength(2);
  assertThat(requests[1].url).isEqualTo(requests[0].url);
  assertThat(requests[1].body).isEqualTo(requests[0].body);
});
