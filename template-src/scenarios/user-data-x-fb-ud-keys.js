// Scenario: User data - Meta's x-fb-ud-* keys are normalized and hashed; hashes and IDs pass through
eventData = {
  event_name: 'AddToCart',
  client_id: '1234567890.1763700000',
  ip_override: '203.0.113.9',
  user_agent: 'Mozilla/5.0',
  page_location: 'https://shop.example.com/cart',
  'x-fb-ud-em': ' JOHN_Smith@Gmail.com',
  'x-fb-ud-ph': 'E323EC626319CA94EE8BFF2E4C87CF613BE6EA19919ED1364124E16807AB3176',
  'x-fb-ud-fn': 'Valéry',
  'x-fb-ud-ct': 'São Paulo',
  'x-fb-ud-st': 'SP',
  'x-fb-ud-zp': '01310-100',
  'x-fb-ud-country': 'BR',
  'x-fb-ud-ge': 'M',
  'x-fb-ud-db': '1980-12-01',
  'x-fb-ud-external_id': 'crm-9',
  'x-fb-ud-lead_id': '5550001',
  'x-fb-cd-value': '12.50',
  'x-fb-cd-currency': 'brl',
  'x-fb-cd-content_ids': '["P1","P2"]',
};

runCode(mockData);

callLater(() => {
  assertApi('gtmOnSuccess').wasCalled();
  const event = requests[0].body.data[0];
  assertThat(event.event_name).isEqualTo('AddToCart');
  assertThat(event.user_data).isEqualTo({
    client_ip_address: '203.0.113.9',
    client_user_agent: 'Mozilla/5.0',
    fbp: event.user_data.fbp,
    em: '62a14e44f765419d10fea99367361a727c12365e2520f32218d505ed9aa0f62f',
    ph: 'e323ec626319ca94ee8bff2e4c87cf613be6ea19919ed1364124e16807ab3176',
    fn: '08e1996b5dd49e62a4b4c010d44e4345592a863bb9f8e3976219bac29417149c',
    ct: '3eda1428ae1aece064071f8d40f08fe2bc59ffa66c171a163caf15122ec4d7f0',
    st: 'be18b85f77fc024db379acf19e8a1ce62307ab7bb1bca395389ecfc2dafaf741',
    zp: '9a4a139dfbfcd2fc89a3cb4302dad65a35abd8d29a56c09a962b69c5cf3bca40',
    country: '885036a0da3dff3c3e05bc79bf49382b12bc5098514ed57ce0875aba1aa2c40d',
    ge: '62c66a7a5dd70c3146618063c344e531e6d4b59e379808443ce962b3abd63c5a',
    db: 'c7e2a314483b548a5862987c355c658046bd1d7054c1f19ff619eb6a84189a26',
    external_id: 'd6dae2f5f5c55af60b871ef5d428b1444df05537b27700b0dd5714666506a2e5',
    lead_id: '5550001',
  });
  assertThat(event.custom_data).isEqualTo({
    value: 12.5,
    currency: 'BRL',
    content_ids: ['P1', 'P2'],
    content_type: 'product',
  });
});
