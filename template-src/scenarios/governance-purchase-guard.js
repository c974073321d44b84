// Scenario: Governance - duplicate-purchase guard: a reload of the thank-you page is not sent again
// The first Purchase is sent and its order remembered in an HttpOnly cookie of hashes only; the
// browser sends that cookie back with the reload, whose Purchase is not sent.
let guardValue = '';
let guardOptions = {};
mock('setCookie', (name, value, options) => {
  if (name === '_capi_orders') {
    guardValue = value;
    guardOptions = options;
  }
});

runCode({ pixels: mockData.pixels, logMode: 'off', purchaseGuard: true });

cookies._capi_orders = [guardValue];
runCode({ pixels: mockData.pixels, logMode: 'off', purchaseGuard: true });

callLater(() => {
  assertApi('gtmOnFailure').wasNotCalled();
  assertApi('gtmOnSuccess').wasCalled();
  assertThat(requests).hasLength(1);
  assertThat(requests[0].body.data[0].custom_data.order_id).isEqualTo('T-1');
  // 16 hex characters of the order ID's SHA-256, a dot, the time in seconds: no order ID.
  assertThat(guardValue.length).isEqualTo(27);
  assertThat(guardValue.charAt(16)).isEqualTo('.');
  assertThat(guardValue.substring(17)).isEqualTo('1763769600');
  assertThat(guardValue.indexOf('T-1')).isEqualTo(-1);
  assertThat(guardOptions.httpOnly).isEqualTo(true);
  assertThat(guardOptions.secure).isEqualTo(true);
});
