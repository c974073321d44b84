// Scenario: Identity - fbc is created from the page URL's fbclid, exactly, and stored in _fbc
eventData = {
  event_name: 'page_view',
  client_id: '1234567890.1763700000',
  user_agent: 'Mozilla/5.0',
  page_location: 'https://www.example.com/landing?utm_source=fb&fbclid=IwAR2F4-dbP0l7Mn1_IawQ',
};

runCode({ pixels: mockData.pixels, logMode: 'off' });

callLater(() => {
  // fb.<subdomain index of example.com>.<now in ms>.<fbclid, case untouched>
  const fbc = 'fb.1.1763769600000.IwAR2F4-dbP0l7Mn1_IawQ';
  assertThat(requests).hasLength(1);
  assertThat(requests[0].body.data[0].user_data.fbc).isEqualTo(fbc);
  assertApi('setCookie').wasCalledWith('_fbc', fbc, {
    domain: 'auto',
    path: '/',
    'max-age': 7776000,
    secure: true,
    samesite: 'Lax',
    httpOnly: false,
  });
  assertApi('gtmOnSuccess').wasCalled();
});
