// Scenario: User data - the overrides table wins over the event; national phones get the default code
runCode({
  pixels: mockData.pixels,
  logMode: 'off',
  phoneDefaultCountryCode: '+33',
  userDataList: [
    { name: 'em', value: 'Table@Example.com' },
    { name: 'ph', value: '06 12 34 56 78' },
    { name: 'ge', value: 'Female' },
  ],
});

callLater(() => {
  assertApi('gtmOnSuccess').wasCalled();
  const userData = requests[0].body.data[0].user_data;
  assertThat(userData.em).isEqualTo(
    '682dd5b8a82c09880ef4ab0e9d27de99565a78bce68336a06bfc56655b8dc386'
  );
  assertThat(userData.ph).isEqualTo(
    '8a3e7886c9335e82e02299fa3e87b46e2de3b0c63d56003e30a5029394a47661'
  );
  assertThat(userData.ge).isEqualTo(
    '252f10c83610ebca1a059c0bae8255eba2f95be4d1d7bcfa89d7248a82d9f111'
  );
});
