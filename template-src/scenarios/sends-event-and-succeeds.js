let sentBody;
mock('sendHttpRequest', (url, options, body) => {
  sentBody = JSON.parse(body);
  return Promise.create((resolve) => {
    resolve({ statusCode: 200, headers: {}, body: '{"events_received":1}' });
  });
});

runCode(mockData);

callLater(() => {
  assertApi('gtmOnSuccess').wasCalled();
  assertApi('gtmOnFailure').wasNotCalled();
  assertThat(sentBody.data[0].event_name).isEqualTo('purchase');
});
