// Scenario: Delivery - with retries set to 0, a 503 fails the tag after one request
mockData.retries = '0';
responses = [{ statusCode: 503, body: '' }];

runCode(mockData);

callLater(() => {
  assertApi('gtmOnFailure').wasCalled();
  assertApi('gtmOnSuccess').wasNotCalled();
  assertThat(requests).hasLength(1);
});
