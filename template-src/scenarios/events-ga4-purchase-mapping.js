// Scenario: Events - GA4 purchase becomes Purchase with value, currency, order_id and contents
eventData.value = '59,80';
eventData.currency = ' eur ';
eventData.transaction_id = 'T-1001';
eventData.items = [
  { item_id: 'SKU-1', item_name: 'Shoe', price: 20, quantity: 2 },
  { item_name: 'Gift wrap without an id', price: 2 },
  { item_id: 77, price: '9.90' },
];

runCode(mockData);

callLater(() => {
  assertApi('gtmOnSuccess').wasCalled();
  assertApi('gtmOnFailure').wasNotCalled();
  assertThat(requests).hasLength(1);
  const event = requests[0].body.data[0];
  assertThat(event.event_name).isEqualTo('Purchase');
  assertThat(event.custom_data).isEqualTo({
    value: 59.8,
    currency: 'EUR',
    content_ids: ['SKU-1', '77'],
    contents: [
      { id: 'SKU-1', quantity: 2, item_price: 20, title: 'Shoe' },
      { id: '77', quantity: 1, item_price: 9.9 },
    ],
    content_type: 'product',
    num_items: 3,
    order_id: 'T-1001',
  });
});
