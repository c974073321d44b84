// Scenario: Identity - client_ip_address: port stripped, first of a list, IPv6 kept, a non-IP left out
const cases = [
  { ip: '203.0.113.9:8080', sent: '203.0.113.9' },
  { ip: '198.51.100.7, 10.0.0.1', sent: '198.51.100.7' },
  { ip: '2001:db8::1', sent: '2001:db8::1' },
  { ip: '[2001:db8::1]:443', sent: '2001:db8::1' },
  { ip: 'not-an-ip', sent: undefined },
  { ip: '300.1.1.1', sent: undefined },
];

cases.forEach((c) => {
  eventData = {
    event_name: 'page_view',
    client_id: '1234567890.1763700000',
    user_agent: '  Mozilla/5.0 (X11; Linux x86_64)  ',
    page_location: 'https://www.example.com/',
    ip_override: c.ip,
  };
  runCode({ pixels: mockData.pixels, logMode: 'off' });
});

callLater(() => {
  assertThat(requests).hasLength(cases.length);
  cases.forEach((c, i) => {
    const userData = requests[i].body.data[0].user_data;
    assertThat(userData.client_ip_address).isEqualTo(c.sent);
    assertThat(userData.client_user_agent).isEqualTo('Mozilla/5.0 (X11; Linux x86_64)');
  });
});
