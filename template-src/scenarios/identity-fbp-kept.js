// Scenario: Identity - an existing _fbp (or Meta's x-fb-ck-fbp) is sent as it is and not rewritten
const cookieWrites = [];
mock('setCookie', (name) => {
  cookieWrites.push(name);
});
eventData = {
  event_name: 'page_view',
  client_id: '1234567890.1763700000',
  user_agent: 'Mozilla/5.0',
  page_location: 'https://www.example.com/',
};

cookies._fbp = ['fb.1.1700000000000.1116446470'];
runCode({ pixels: mockData.pixels, logMode: 'off' });
cookies._fbp = [];
eventData['x-fb-ck-fbp'] = 'fb.2.1700000000000.1234567890';
runCode({ pixels: mockData.pixels, logMode: 'off' });

callLater(() => {
  assertThat(requests[0].body.data[0].user_data.fbp).isEqualTo('fb.1.1700000000000.1116446470');
  assertThat(requests[1].body.data[0].user_data.fbp).isEqualTo('fb.2.1700000000000.1234567890');
  assertThat(cookieWrites).isEqualTo([]);
});
