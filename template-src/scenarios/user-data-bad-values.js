// Scenario: User data - bad values are dropped and logged by key, never by value; the event goes out
eventData.user_data = {
  email_address: ['jane@@example', { nested: 'object' }],
  phone_number: 'call me',
  address: { first_name: '!!!', country: 'Atlantis' },
};
// Not a Purchase, which Meta (and so the tag) would refuse without a value.
eventData.event_name = 'add_to_cart';
eventData.value = { amount: 1 };
eventData.items = [null, { item_name: 'no id' }, { item_id: 'OK-1' }];

const logs = [];
mock('logToConsole', (line) => logs.push(line));

runCode({ pixels: mockData.pixels, logMode: 'always' });

callLater(() => {
  assertApi('gtmOnSuccess').wasCalled();
  assertApi('gtmOnFailure').wasNotCalled();
  assertThat(requests).hasLength(1);
  const event = requests[0].body.data[0];
  assertThat(event.event_name).isEqualTo('AddToCart');
  assertThat(event.user_data.em).isUndefined();
  assertThat(event.user_data.ph).isUndefined();
  assertThat(event.user_data.fn).isUndefined();
  assertThat(event.user_data.country).isUndefined();
  assertThat(event.user_data.client_ip_address).isEqualTo('203.0.113.9');
  assertThat(event.custom_data.value).isUndefined();
  assertThat(event.custom_data.currency).isEqualTo('EUR');
  assertThat(event.custom_data.content_ids).isEqualTo(['OK-1']);
  const text = logs.join('\n');
  const keys = [];
  logs.forEach((line) => {
    const entry = JSON.parse(line);
    if (entry.type === 'problems') entry.problems.forEach((p) => keys.push(p.key));
  });
  assertThat(keys).contains(
    'user_data.em',
    'user_data.ph',
    'user_data.fn',
    'user_data.country',
    'custom_data.contents',
    'custom_data.value'
  );
  ['jane@@example', 'nested', 'call me', 'Atlantis', 'no id', 'amount'].forEach((raw) => {
    assertThat(text.indexOf(raw)).isEqualTo(-1);
  });
});
