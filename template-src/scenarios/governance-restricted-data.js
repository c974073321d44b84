// Scenario: Governance - restricted-data mode: URLs without query string, no descriptive data, custom events only when renamed
// A health advertiser: the page path and query string, the product's title and category and a
// custom property would each reveal a condition; so would a custom event name.
eventData.page_location = 'https://clinic.example.com/conditions/diabetes/book?plan=gold';
eventData.items = [
  {
    item_id: 'SKU-1',
    item_name: 'Glucose meter',
    item_category: 'Diabetes',
    price: 49.9,
    quantity: 1,
  },
];
eventData.custom_properties = { condition: 'type 2 diabetes' };

runCode({ pixels: mockData.pixels, logMode: 'off', restrictedData: true });

// A custom event name is not sent without a rename row, and is sent as the standard event it is renamed to.
eventData = {
  event_name: 'colonoscopy_scheduled',
  event_id: 'evt-2',
  client_id: '1234567890.1763700000',
  ip_override: '203.0.113.9',
  user_agent: 'Mozilla/5.0 (X11; Linux x86_64)',
  page_location: 'https://clinic.example.com/book',
};
runCode({ pixels: mockData.pixels, logMode: 'off', restrictedData: true });
eventData.event_id = 'evt-3';
runCode({
  pixels: mockData.pixels,
  logMode: 'off',
  restrictedData: true,
  eventRenameList: [{ from: 'colonoscopy_scheduled', to: 'Schedule' }],
});

callLater(() => {
  assertApi('gtmOnFailure').wasNotCalled();
  assertThat(requests.map((r) => r.body.data[0].event_id)).isEqualTo(['evt-1', 'evt-3']);
  const purchase = requests[0].body.data[0];
  assertThat(purchase.event_source_url).isEqualTo(
    'https://clinic.example.com/conditions/diabetes/book'
  );
  assertThat(purchase.custom_data.contents).isEqualTo([
    { id: 'SKU-1', quantity: 1, item_price: 49.9 },
  ]);
  assertThat(purchase.custom_data.content_name).isUndefined();
  assertThat(purchase.custom_data.content_category).isUndefined();
  assertThat(purchase.custom_data.condition).isUndefined();
  assertThat(purchase.custom_data.value).isEqualTo(49.9);
  assertThat(requests[1].body.data[0].event_name).isEqualTo('Schedule');
});
