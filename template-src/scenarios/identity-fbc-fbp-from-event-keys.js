// Scenario: Identity - fbc / fbp from the event's keys (fbc, _fbc, fbp, _fbp) win over the cookies; malformed ones are skipped
const cookieWrites = [];
mock('setCookie', (name) => {
  cookieWrites.push(name);
});
eventData = {
  event_name: 'page_view',
  client_id: '1234567890.1763700000',
  user_agent: 'Mozilla/5.0',
  page_location: 'https://www.example.com/',
  fbc: 'fb.1.1763700000000.EventClick',
  _fbp: 'fb.1.1763700000000.2222222222',
};
cookies._fbc = ['fb.1.1700000000000.CookieClick'];
cookies._fbp = ['fb.1.1700000000000.1111111111'];
runCode({ pixels: mockData.pixels, logMode: 'off' });

// A malformed fbc is refused like a malformed cookie, and the next key is used.
eventData.fbc = 'not-a-click-id';
eventData._fbc = 'fb.1.1763700000000.UnderscoreClick';
eventData._fbp = 'fb.1.123.456';
runCode({ pixels: mockData.pixels, logMode: 'off' });

callLater(() => {
  assertThat(requests).hasLength(2);
  const first = requests[0].body.data[0].user_data;
  assertThat(first.fbc).isEqualTo('fb.1.1763700000000.EventClick');
  assertThat(first.fbp).isEqualTo('fb.1.1763700000000.2222222222');
  const second = requests[1].body.data[0].user_data;
  assertThat(second.fbc).isEqualTo('fb.1.1763700000000.UnderscoreClick');
  assertThat(second.fbp).isEqualTo('fb.1.1700000000000.1111111111');
  // Known IDs are not written back (the default cookie mode writes only new ones).
  assertThat(cookieWrites).isEqualTo([]);
});
