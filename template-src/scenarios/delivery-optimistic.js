// Scenario: Delivery - optimistic mode succeeds even when Meta rejects the event
mockData.optimisticSuccess = true;
responses = [
  { statusCode: 500, body: '' },
  { statusCode: 500, body: '' },
];

runCode(mockData);

callLater(() => {
  assertApi('gtmOnSuccess').wasCalled();
  assertApi('gtmOnFailure').wasNotCalled();
  assertThat(requests).hasLength(2);
});
