const JSON = require('JSON');
const Promise = require('Promise');
const callLater = require('callLater');

// Field values, as the GTM UI would pass them.
const mockData = {
  pixels: [{ pixelId: '1234567890', accessToken: 'TEST_TOKEN' }],
  logMode: 'off',
};

// The event, the browser's cookies, and Meta's answers: scenarios change them before runCode.
let eventData = {
  event_name: 'purchase',
  client_id: '1234567890.1763700000',
  ip_override: '203.0.113.9',
  user_agent: 'Mozilla/5.0 (X11; Linux x86_64)',
  page_location: 'https://shop.example.com/checkout',
  event_id: 'evt-1',
  value: 49.9,
  currency: 'eur',
  transaction_id: 'T-1',
  user_data: { email_address: ' Jane.Doe@Example.com ' },
};
let cookies = {};
let responses = [];
let requests = [];

mock('getEventData', (key) => eventData[key]);
mock('getCookieValues', (name) => cookies[name] || []);
mock('getTimestampMillis', 1763769600000);
mock('sendHttpRequest', (url, options, body) => {
  requests.push({ url: url, options: options, body: JSON.parse(body) });
  const answer =
    responses.length > 0 ? responses.shift() : { statusCode: 200, body: '{"events_received":1}' };
  return Promise.create((resolve, reject) => {
    if (answer.reason) reject({ reason: answer.reason });
    else resolve({ statusCode: answer.statusCode, headers: {}, body: answer.body });
  });
});
