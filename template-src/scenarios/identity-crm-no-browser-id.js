// Scenario: Identity - a CRM event gets no browser ID: no fbp generated, no fbc from the URL, no cookie read or written
const cookieWrites = [];
mock('setCookie', (name) => {
  cookieWrites.push(name);
});
eventData = {
  event_name: 'Lead',
  event_id: 'crm-1',
  lead_id: '1234567890123456',
  email: 'jane.doe@example.com',
  client_id: '1234567890.1763700000',
  page_location: 'https://www.example.com/?fbclid=AbC123',
};
cookies._fbc = ['fb.1.1700000000000.CookieClick'];
cookies._fbp = ['fb.1.1700000000000.1111111111'];

runCode({
  pixels: mockData.pixels,
  logMode: 'off',
  actionSource: 'crm',
  leadEventSource: 'HubSpot',
});

callLater(() => {
  assertApi('gtmOnSuccess').wasCalled();
  assertThat(requests).hasLength(1);
  const event = requests[0].body.data[0];
  assertThat(event.action_source).isEqualTo('system_generated');
  assertThat(event.custom_data).isEqualTo({ event_source: 'crm', lead_event_source: 'HubSpot' });
  assertThat(event.user_data.lead_id).isEqualTo('1234567890123456');
  assertThat(event.user_data.fbc).isUndefined();
  assertThat(event.user_data.fbp).isUndefined();
  assertThat(cookieWrites).isEqualTo([]);
});
