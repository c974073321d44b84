// Scenario: Identity - fbc is kept (creation time and appendix too) while the fbclid is the same click
// The cookie is not rewritten either: nothing about the click changed.
const cookieWrites = [];
mock('setCookie', (name) => {
  cookieWrites.push(name);
});
eventData = {
  event_name: 'page_view',
  client_id: '1234567890.1763700000',
  user_agent: 'Mozilla/5.0',
  page_location: 'https://www.example.com/?fbclid=IwAR2F4',
};
const existing = ['fb.1.1760000000000.IwAR2F4', 'fb.1.1760000000000.IwAR2F4.AQQCAQMC'];
cookies._fbp = ['fb.1.1760000000000.1116446470'];

existing.forEach((fbc) => {
  cookies._fbc = [fbc];
  runCode({ pixels: mockData.pixels, logMode: 'off' });
});

callLater(() => {
  assertThat(requests).hasLength(2);
  assertThat(requests[0].body.data[0].user_data.fbc).isEqualTo(existing[0]);
  assertThat(requests[1].body.data[0].user_data.fbc).isEqualTo(existing[1]);
  assertThat(cookieWrites).isEqualTo([]);
});
