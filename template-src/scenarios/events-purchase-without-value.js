// Scenario: Events - a Purchase without value or currency is logged as a problem and still sent
eventData.value = undefined;
eventData.currency = undefined;

const logs = [];
mock('logToConsole', (line) => logs.push(line));

runCode({ pixels: mockData.pixels, logMode: 'always' });

callLater(() => {
  assertApi('gtmOnSuccess').wasCalled();
  assertThat(requests).hasLength(1);
  assertThat(requests[0].body.data[0].event_name).isEqualTo('Purchase');
  assertThat(requests[0].body.data[0].custom_data).isEqualTo({ order_id: 'T-1' });
  const problems = [];
  logs.forEach((line) => {
    const entry = JSON.parse(line);
    if (entry.type === 'problems') entry.problems.forEach((p) => problems.push(p));
  });
  assertThat(problems).contains(
    { key: 'custom_data.value', reason: 'Purchase without a value' },
    { key: 'custom_data.currency', reason: 'Purchase without a currency' }
  );
});
