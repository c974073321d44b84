// Scenario: Delivery - two pixels: both are sent, one rejection fails the tag
mockData.pixels = [
  { pixelId: '1234567890', accessToken: 'TEST_TOKEN' },
  { pixelId: '9876543210', accessToken: 'SECOND_TOKEN' },
];
responses = [
  { statusCode: 200, body: '{"events_received":1}' },
  {
    statusCode: 400,
    body: JSON.stringify({ error: { code: 100, error_subcode: 33, fbtrace_id: 'Ab' } }),
  },
];

runCode(mockData);

callLater(() => {
  assertApi('gtmOnFailure').wasCalled();
  assertApi('gtmOnSuccess').wasNotCalled();
  assertThat(requests).hasLength(2);
  assertThat(requests[0].url).isEqualTo('https://graph.facebook.com/v26.0/1234567890/events');
  assertThat(requests[1].url).isEqualTo('https://graph.facebook.com/v26.0/9876543210/events');
  assertThat(requests[0].body.access_token).isEqualTo('TEST_TOKEN');
  assertThat(requests[1].body.access_token).isEqualTo('SECOND_TOKEN');
  assertThat(requests[1].body.data).isEqualTo(requests[0].body.data);
});
