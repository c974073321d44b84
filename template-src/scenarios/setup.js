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

// Consent matrix scenarios: one page_view per case (event_id 'case-<i>') with the case's
// consent_state, x-ga-gcs and x-ga-gcd; every _fbc/_fbp write is noted with its case.
let consentCase = '';
const consentCookieWrites = [];
const runConsentCases = (cases, consentMode) => {
  mock('setCookie', (name) => {
    consentCookieWrites.push(consentCase + ' ' + name);
  });
  cases.forEach((c, i) => {
    consentCase = 'case-' + i;
    eventData = {
      event_name: 'page_view',
      event_id: consentCase,
      client_id: '1234567890.1763700000',
      user_agent: 'Mozilla/5.0',
      page_location: 'https://www.example.com/?fbclid=AbC123',
      consent_state: c.consentState,
      'x-ga-gcs': c.gcs,
      'x-ga-gcd': c.gcd,
    };
    runCode({
      pixels: mockData.pixels,
      logMode: 'off',
      consentMode: consentMode,
      consentCustomValue: c.value,
    });
  });
};
// Once the promises have settled: exactly the `sent` cases reached Meta, each writing `cookieNames`.
const assertConsentCases = (cases, cookieNames) => {
  const expectedSent = [];
  const expectedCookies = [];
  cases.forEach((c, i) => {
    if (!c.sent) return;
    expectedSent.push('case-' + i);
    cookieNames.forEach((name) => expectedCookies.push('case-' + i + ' ' + name));
  });
  assertThat(requests.map((r) => r.body.data[0].event_id)).isEqualTo(expectedSent);
  assertThat(consentCookieWrites).isEqualTo(expectedCookies);
  assertApi('gtmOnSuccess').wasCalled();
  assertApi('gtmOnFailure').wasNotCalled();
};
