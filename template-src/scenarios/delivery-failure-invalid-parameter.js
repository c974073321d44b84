// Scenario: Delivery - a 400 code 100 (event too old) fails at once, without a retry
responses = [
  {
    statusCode: 400,
    body: JSON.stringify({
      error: {
        message: 'Invalid parameter',
        type: 'OAuthException',
        code: 100,
        error_subcode: 2804003,
        is_transient: false,
        fbtrace_id: 'A6UyEgg_HdoiRX9duxcBOjb',
      },
    }),
  },
];

runCode(mockData);

callLater(() => {
  assertApi('gtmOnFailure').wasCalled();
  assertApi('gtmOnSuccess').wasNotCalled();
  assertThat(requests).hasLength(1);
});
