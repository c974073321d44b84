/**
 * The tag's entry point: GTM runs the compiled body of this module for each
 * event. Side effects live here; decisions live in the imported modules.
 */
import { getAllEventData, JSON, sendHttpRequest } from './sandbox/apis';

const event = getAllEventData();
const body = JSON.stringify({
  data: [{ event_name: event.event_name, action_source: 'website' }],
  access_token: data.accessToken,
});

sendHttpRequest(
  'https://graph.facebook.com/v25.0/' + data.pixelId + '/events',
  { method: 'POST', headers: { 'content-type': 'application/json' }, timeout: 2000 },
  body,
).then(
  (response) => {
    if (response.statusCode >= 200 && response.statusCode < 300) data.gtmOnSuccess();
    else data.gtmOnFailure();
  },
  () => data.gtmOnFailure(),
);
