// Scenario: Identity - a different fbclid in the URL replaces the click ID and rewrites _fbc
cookies._fbc = ['fb.1.1760000000000.OlderClick.AQQCAQMC'];
eventData = {
  event_name: 'page_view',
  client_id: '1234567890.1763700000',
  user_agent: 'Mozilla/5.0',
  page_location: 'https://www.example.com/?fbclid=NewClick',
};

runCode({ pixels: mockData.pixels, logMode: 'off' });

callLater(() => {
  const fbc = 'fb.1.1763769600000.NewClick';
  assertThat(requests[0].body.data[0].user_data.fbc).isEqualTo(fbc);
  assertApi('setCookie').wasCalledWith('_fbc', fbc, {
    domain: 'auto',
    path: '/',
    'max-age': 7776000,
    secure: true,
    samesite: 'Lax',
    httpOnly: false,
  });
});
