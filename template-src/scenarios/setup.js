const JSON = require('JSON');
const Promise = require('Promise');
const callLater = require('callLater');

const mockData = {
  pixelId: '1234567890',
  accessToken: 'TEST_TOKEN',
};

mock('getAllEventData', {
  event_name: 'purchase',
});
