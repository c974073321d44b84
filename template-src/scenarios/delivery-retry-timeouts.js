// Scenario: Delivery - a timeout is retried once; a second timeout fails the tag
responses = [{ reason: 'timed_out' }, { reason: 'timed_out' }];

runCode(mockData);

callLater(() => {
  assertApi('gtmOnFailure').wasCalled();
  assertApi('gtmOnSuccess').wasNotCalled();
  assertThat(requests).hasLength(2);
  assertThat(requests[0].options.timeout).isEqualTo(1500);
});
