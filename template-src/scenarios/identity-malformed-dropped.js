// Scenario: Identity - malformed fbc / fbp are never sent (Meta would reject the whole request)
// With fbp generation off nothing replaces them; with it on, a fresh well-formed fbp does.
cookies._fbc = ['fb.1.notatime.abc'];
cookies._fbp = ['garbage'];
eventData = {
  event_name: 'page_view',
  client_id: '1234567890.1763700000',
  user_agent: 'Mozilla/5.0',
  page_location: 'https://www.example.com/',
  'x-fb-ck-fbc': 'fb.1.1760000000000',
  'x-fb-ck-fbp': 'fb.1.1760000000000.1.toolongappendix',
};

runCode({ pixels: mockData.pixels, logMode: 'off', generateFbp: false });
runCode({ pixels: mockData.pixels, logMode: 'off' });

callLater(() => {
  assertThat(requests).hasLength(2);
  const first = requests[0].body.data[0].user_data;
  assertThat(first.fbc).isUndefined();
  assertThat(first.fbp).isUndefined();
  const second = requests[1].body.data[0].user_data;
  assertThat(second.fbc).isUndefined();
  assertThat(second.fbp).isNotEqualTo('garbage');
  assertThat(second.fbp.split('.')).hasLength(4);
  assertThat(second.fbp.indexOf('fb.1.1763700')).isEqualTo(0);
});
