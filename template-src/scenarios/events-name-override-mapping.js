// Scenario: Events - the mapping table wins over the GA4 table; view_item_list only when opted in
const fields = {
  pixels: mockData.pixels,
  logMode: 'off',
  mapViewItemListToViewContent: true,
  eventNameMappings: [{ from: 'quote_request', to: 'lead' }],
};

eventData.event_name = 'QUOTE_REQUEST';
runCode(fields);
eventData.event_name = 'view_item_list';
runCode(fields);
eventData.event_name = 'view_item_list';
runCode({ pixels: mockData.pixels, logMode: 'off' });
runCode({
  pixels: mockData.pixels,
  logMode: 'off',
  eventNameMode: 'custom',
  eventNameCustom: 'add_to_cart',
});

callLater(() => {
  assertThat(requests).hasLength(4);
  assertThat(requests[0].body.data[0].event_name).isEqualTo('Lead');
  assertThat(requests[1].body.data[0].event_name).isEqualTo('ViewContent');
  assertThat(requests[2].body.data[0].event_name).isEqualTo('view_item_list');
  assertThat(requests[3].body.data[0].event_name).isEqualTo('AddToCart');
  assertApi('gtmOnFailure').wasNotCalled();
});
