// Scenario: Identity - fbp is generated from the GA client_id: the same for concurrent hits of one browser
// Two first hits of one browser a few ms apart (no _fbp cookie yet), then another browser.
const written = [];
mock('setCookie', (name, value) => {
  if (name === '_fbp') written.push(value);
});
const hit = (eventName, clientId, now) => {
  mock('getTimestampMillis', now);
  eventData = {
    event_name: eventName,
    client_id: clientId,
    user_agent: 'Mozilla/5.0',
    page_location: 'https://www.example.com/',
  };
  runCode({ pixels: mockData.pixels, logMode: 'off' });
};

hit('page_view', '1234567890.1763700000', 1763769600000);
hit('view_item', '1234567890.1763700000', 1763769600004);
hit('page_view', '987654321.1763000000', 1763769600000);

callLater(() => {
  const fbp = requests.map((r) => r.body.data[0].user_data.fbp);
  assertThat(fbp).hasLength(3);
  assertThat(fbp[1]).isEqualTo(fbp[0]);
  assertThat(fbp[2]).isNotEqualTo(fbp[0]);
  assertThat(written).isEqualTo(fbp);
  fbp.forEach((value) => {
    // fb.1.<creation ms>.<10-digit random part>
    const parts = value.split('.');
    assertThat(parts).hasLength(4);
    assertThat(parts[0] + '.' + parts[1]).isEqualTo('fb.1');
    assertThat(parts[3].length).isEqualTo(10);
  });
  // The creation time is the browser's first visit (the client_id's seconds).
  assertThat(fbp[0].split('.')[2].substring(0, 10)).isEqualTo('1763700000');
});
