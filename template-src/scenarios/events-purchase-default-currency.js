// Scenario: Events - with the Default currency field a Purchase without currency is sent in it; no value means the sum of priced items
eventData.currency = undefined;
eventData.value = undefined;
eventData.items = [
  { item_id: 'SKU-1', price: 19.99, quantity: 3 },
  { item_id: 'SKU-2', price: 5 },
];

runCode({ pixels: mockData.pixels, logMode: 'off', defaultCurrency: 'USD' });

callLater(() => {
  assertApi('gtmOnSuccess').wasCalled();
  assertApi('gtmOnFailure').wasNotCalled();
  assertThat(requests).hasLength(1);
  const custom = requests[0].body.data[0].custom_data;
  assertThat(custom.currency).isEqualTo('USD');
  assertThat(custom.value).isEqualTo(64.97);
});
