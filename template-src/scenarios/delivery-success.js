// Scenario: Delivery - sends a Purchase with hashed email and succeeds
runCode(mockData);

callLater(() => {
  assertApi('gtmOnSuccess').wasCalled();
  assertApi('gtmOnFailure').wasNotCalled();
  assertThat(requests).hasLength(1);
  assertThat(requests[0].url).isEqualTo('https://graph.facebook.com/v26.0/1234567890/events');
  assertThat(requests[0].url.indexOf('TEST_TOKEN')).isEqualTo(-1);
  const event = requests[0].body.data[0];
  assertThat(event.event_name).isEqualTo('Purchase');
  assertThat(event.event_id).isEqualTo('evt-1');
  assertThat(event.user_data.em).isEqualTo(
    '86e0b9e56c17cc4d12387e1949b85053fbe73bc3ce5a1188713a9d300cc6133d'
  );
});
