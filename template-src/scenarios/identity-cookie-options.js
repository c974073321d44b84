// Scenario: Identity - _fbc / _fbp cookies use the configured domain, lifetime and HttpOnly
eventData = {
  event_name: 'page_view',
  client_id: '1234567890.1763700000',
  user_agent: 'Mozilla/5.0',
  page_location: 'https://www.example.com/?fbclid=AbC123',
};

runCode({
  pixels: mockData.pixels,
  logMode: 'off',
  cookieDomain: 'example.com',
  cookieMaxAgeDays: '30',
  cookieHttpOnly: true,
});

callLater(() => {
  const options = {
    domain: 'example.com',
    path: '/',
    'max-age': 2592000,
    secure: true,
    samesite: 'Lax',
    httpOnly: true,
  };
  const userData = requests[0].body.data[0].user_data;
  assertApi('setCookie').wasCalledWith('_fbc', userData.fbc, options);
  assertApi('setCookie').wasCalledWith('_fbp', userData.fbp, options);
});
