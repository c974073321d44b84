mock('sendHttpRequest', () => {
  return Promise.create((resolve) => {
    resolve({ statusCode: 400, headers: {}, body: '{"error":{"code":100}}' });
  });
});

runCode(mockData);

callLater(() => {
  assertApi('gtmOnFailure').wasCalled();
  assertApi('gtmOnSuccess').wasNotCalled();
});
