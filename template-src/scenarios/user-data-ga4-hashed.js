// Scenario: User data - GA4 email, phone and address are normalized and SHA-256 hashed
eventData.user_data = {
  email_address: ' Jane.Doe@Example.com ',
  phone_number: '+1 (650) 555-1212',
  address: [
    {
      first_name: 'Jane',
      last_name: "O'Brien",
      city: 'Springfield',
      region: 'Illinois',
      postal_code: '62701-1234',
      country: 'United States',
    },
  ],
};

runCode(mockData);

callLater(() => {
  assertApi('gtmOnSuccess').wasCalled();
  const userData = requests[0].body.data[0].user_data;
  assertThat(userData.em).isEqualTo(
    '86e0b9e56c17cc4d12387e1949b85053fbe73bc3ce5a1188713a9d300cc6133d'
  );
  assertThat(userData.ph).isEqualTo(
    'e323ec626319ca94ee8bff2e4c87cf613be6ea19919ed1364124e16807ab3176'
  );
  assertThat(userData.fn).isEqualTo(
    '81f8f6dde88365f3928796ec7aa53f72820b06db8664f5fe76a7eb13e24546a2'
  );
  assertThat(userData.ln).isEqualTo(
    'b4cb6cb33fe4b865868de825023a1e2790dc12ac01ecc8d7c5afe8254071c8ba'
  );
  assertThat(userData.ct).isEqualTo(
    '7ba84b57db28dcd3757ae13ee1c5ad77a194ae45575e72491bdcd8118babe0f4'
  );
  assertThat(userData.st).isEqualTo(
    'a0fb903525dc10dccaa4bd72bed4fe5b24ae8346b8a7343edce84172feb7085a'
  );
  assertThat(userData.zp).isEqualTo(
    'eae6cb1ba4f19dd439cd7cab6c281f6c2128ff188f395475df437309d78823c8'
  );
  assertThat(userData.country).isEqualTo(
    '79adb2a2fce5c6ba215fe5f27f532d4e7edbac4b6a5e09e1ef3a08084a904621'
  );
  assertThat(userData.client_ip_address).isEqualTo('203.0.113.9');
  assertThat(userData.client_user_agent).isEqualTo('Mozilla/5.0 (X11; Linux x86_64)');
});
