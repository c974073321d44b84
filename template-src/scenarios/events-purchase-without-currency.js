// Scenario: Events - a Purchase without a currency is not sent: gtmOnFailure, and a problem naming the Default currency field
eventData.currency = undefined;

const logs = [];
mock('logToConsole', (line) => logs.push(line));

runCode({ pixels: mockData.pixels, logMode: 'always' });

callLater(() => {
  assertApi('gtmOnFailure').wasCalled();
  assertApi('gtmOnSuccess').wasNotCalled();
  assertThat(requests).hasLength(0);
  const problems = [];
  let reason;
  logs.forEach((line) => {
    const entry = JSON.parse(line);
    if (entry.type === 'problems') entry.problems.forEach((p) => problems.push(p));
    if (entry.type === 'not_sent') reason = entry.reason;
  });
  assertThat(problems).contains({
    key: 'custom_data.currency',
    reason:
      'Purchase without a currency; send currency with the event or fill the Default currency field (defaultCurrency)',
  });
  assertThat(reason).isEqualTo('Meta would reject this event: a Purchase without currency');
});
