// Scenario: Delivery - a 401 code 190 (invalid token) fails at once, without a retry
responses = [
  {
    statusCode: 401,
    body: JSON.stringify({
      error: {
        message: 'Invalid OAuth access token - Cannot parse access token',
        type: 'OAuthException',
        code: 190,
        fbtrace_id: 'AbCdEf',
      },
    }),
  },
];

runCode(mockData);

callLater(() => {
  assertApi('gtmOnFailure').wasCalled();
  assertApi('gtmOnSuccess').wasNotCalled();
  assertThat(requests).hasLength(1);
  assertThat(requests[0].body.access_token).isEqualTo('TEST_TOKEN');
});
