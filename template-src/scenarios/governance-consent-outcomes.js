// Scenario: Governance - ad_user_data denied: sent without customer information (opt_out, no cookie) or with Limited Data Use
eventData.consent_state = { ad_storage: true, ad_user_data: false };
eventData.page_location = 'https://shop.example.com/checkout?fbclid=AbC123';
cookies = { _fbp: ['fb.1.1763700000000.1234567890'] };

runCode({
  pixels: mockData.pixels,
  logMode: 'off',
  consentMode: 'adUserData',
  consentDeniedAction: 'anonymous',
});
// Without customer information no cookie is read or written, though ad_storage is granted.
assertApi('getCookieValues').wasNotCalled();
assertApi('setCookie').wasNotCalled();

eventData.event_id = 'evt-2';
runCode({
  pixels: mockData.pixels,
  logMode: 'off',
  consentMode: 'adUserData',
  consentDeniedAction: 'ldu',
  lduLocation: 'california',
});

callLater(() => {
  assertApi('gtmOnFailure').wasNotCalled();
  assertThat(requests).hasLength(2);
  const anonymous = requests[0].body.data[0];
  assertThat(anonymous.user_data).isEqualTo({
    client_ip_address: '203.0.113.9',
    client_user_agent: 'Mozilla/5.0 (X11; Linux x86_64)',
  });
  assertThat(anonymous.opt_out).isEqualTo(true);
  assertThat(anonymous.data_processing_options).isUndefined();
  const limited = requests[1].body.data[0];
  assertThat(limited.data_processing_options).isEqualTo(['LDU']);
  assertThat(limited.data_processing_options_country).isEqualTo(1);
  assertThat(limited.data_processing_options_state).isEqualTo(1000);
  assertThat(limited.user_data.em).isDefined();
  assertThat(limited.user_data.fbp).isEqualTo('fb.1.1763700000000.1234567890');
  assertThat(limited.opt_out).isUndefined();
});
