// Scenario: Delivery - two pixels that both accept the event succeed once
mockData.pixels = [
  { pixelId: '1234567890', accessToken: 'TEST_TOKEN' },
  { pixelId: '9876543210', accessToken: 'SECOND_TOKEN' },
];

runCode(mockData);

callLater(() => {
  assertApi('gtmOnSuccess').wasCalled();
  assertApi('gtmOnFailure').wasNotCalled();
  assertThat(requests).hasLength(2);
});
