// Scenario: Events - a blocked event: no request, gtmOnSuccess, and a log line saying why
eventData.event_name = 'page_view';

runCode({ pixels: mockData.pixels, logMode: 'always', eventBlockList: 'PageView, Lead' });

callLater(() => {
  assertApi('gtmOnSuccess').wasCalled();
  assertApi('gtmOnFailure').wasNotCalled();
  assertApi('sendHttpRequest').wasNotCalled();
  assertApi('setCookie').wasNotCalled();
  assertApi('logToConsole').wasCalledWith(
    '{"tag":"meta-capi","type":"not_sent","event_name":"PageView","event_id":"evt-1","reason":"event \\"PageView\\" is on the block-list"}'
  );
});
