// Scenario: Events - a Purchase without value or currency is not sent: the tag fails and names what to fill
eventData.value = undefined;
eventData.currency = undefined;

const logs = [];
mock('logToConsole', (line) => logs.push(line));

runCode({ pixels: mockData.pixels, logMode: 'always' });

callLater(() => {
  assertApi('gtmOnFailure').wasCalled();
  assertApi('gtmOnSuccess').wasNotCalled();
  assertThat(requests).hasLength(0);
  const problems = {};
  let notSent;
  logs.forEach((line) => {
    const entry = JSON.parse(line);
    if (entry.type === 'problems') entry.problems.forEach((p) => (problems[p.key] = p.reason));
    if (entry.type === 'not_sent') notSent = entry;
  });
  assertThat(problems['custom_data.value'].indexOf('Purchase without a value')).isEqualTo(0);
  assertThat(problems['custom_data.currency'].indexOf('defaultCurrency')).isGreaterThan(0);
  assertThat(notSent.event_name).isEqualTo('Purchase');
  assertThat(notSent.reason).isEqualTo(
    'Meta would reject this event: a Purchase without value; a Purchase without currency'
  );
});
