// Scenario: Governance - per-pixel rules: each row takes only its events; a skipped row cannot fail the tag
// Brand A's dataset takes purchases and leads; brand B's never takes a Purchase or a PageView,
// and Meta would reject anything sent to it.
mockData.pixels = [
  { pixelId: '1111111111', accessToken: 'BRAND_A_TOKEN', allowEvents: 'Purchase, Lead' },
  { pixelId: '2222222222', accessToken: 'BRAND_B_TOKEN', blockEvents: 'purchase, page_view' },
];
mock('sendHttpRequest', (url, options, body) => {
  requests.push({ url: url, options: options, body: JSON.parse(body) });
  const rejected = url.indexOf('/2222222222/') >= 0;
  return Promise.create((resolve) => {
    resolve({
      statusCode: rejected ? 400 : 200,
      headers: {},
      body: rejected ? '{"error":{"code":100,"fbtrace_id":"Ab"}}' : '{"events_received":1}',
    });
  });
});

runCode({ pixels: mockData.pixels, logMode: 'off' });

// No row takes a PageView: nothing is sent and the tag still succeeds.
eventData.event_name = 'page_view';
eventData.event_id = 'evt-2';
runCode({ pixels: mockData.pixels, logMode: 'off' });

callLater(() => {
  assertApi('gtmOnFailure').wasNotCalled();
  assertApi('gtmOnSuccess').wasCalled();
  assertThat(requests).hasLength(1);
  assertThat(requests[0].url).isEqualTo('https://graph.facebook.com/v26.0/1111111111/events');
  assertThat(requests[0].body.access_token).isEqualTo('BRAND_A_TOKEN');
  assertThat(requests[0].body.data[0].event_name).isEqualTo('Purchase');
});
