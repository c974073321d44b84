// Scenario: Events - allow-list by the name before renaming, then a sensitive name is renamed
eventData.event_name = 'view_item';
eventData.items = [{ item_id: 'RX-1' }];

runCode({
  pixels: mockData.pixels,
  logMode: 'off',
  eventAllowList: 'ViewContent\nPurchase',
  eventRenameList: [{ from: 'view_item', to: 'PageEngagement' }],
});

callLater(() => {
  assertApi('gtmOnSuccess').wasCalled();
  assertThat(requests).hasLength(1);
  const event = requests[0].body.data[0];
  assertThat(event.event_name).isEqualTo('PageEngagement');
  assertThat(event.custom_data.content_ids).isEqualTo(['RX-1']);
});
