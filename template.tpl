___TERMS_OF_SERVICE___

By creating or modifying this file you agree to Google Tag Manager's Community
Template Gallery Developer Terms of Service available at
https://developers.google.com/tag-manager/gallery-tos (or such other URL as
Google may provide), as modified from time to time.


___INFO___

{
  "type": "TAG",
  "id": "cvt_temp_public_id",
  "version": 1,
  "securityGroups": [],
  "displayName": "Meta Conversions API (CAPI)",
  "categories": [
    "ADVERTISING",
    "CONVERSIONS",
    "ANALYTICS"
  ],
  "brand": {
    "id": "brand_dummy",
    "displayName": "Meta CAPI for sGTM",
    "thumbnail": "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAYAAACqaXHeAAAA2ElEQVR42u3bMQ7DIAwFUMaetPe/QaouXaJWjcCRjR8Se/6TkoDBY1wcj+dxZJ5j9cgeOAykevApiN3CX0LYNfxfCLuH/4nQJfxXhNYA3cKfEAAAaAzQNfwHAQAAAAAAJJrv0R7gToS0AHchpAa4AyE9QDRCCYBIhDIAUQilACIQygGsRigJsBJhRD9o5GgPsAKhPMAswhYAMwgAvAI+gn6DFkKWwjZDtsMKIkpiiqLK4g5GHI05HAUAAAAAdwXdFAUAQM+AjhF9QzrH9A72DK91VvN0r/b5F8joX8qO85qoAAAAAElFTkSuQmCC"
  },
  "description": "Sends server events to the Meta Conversions API with correct normalization and hashing, event_id deduplication, fbc/fbp handling, Consent Mode v2 and retries. The access token never appears in a URL or a log.",
  "containerContexts": [
    "SERVER"
  ]
}


___TEMPLATE_PARAMETERS___

[
  {
    "type": "TEXT",
    "name": "pixelId",
    "displayName": "Pixel (dataset) ID",
    "simpleValueType": true,
    "help": "The numeric ID of your Meta pixel / dataset, from Events Manager.",
    "valueValidators": [
      {
        "type": "NON_EMPTY"
      },
      {
        "type": "REGEX",
        "args": [
          "^[0-9]+$"
        ]
      }
    ]
  },
  {
    "type": "TEXT",
    "name": "accessToken",
    "displayName": "Access token",
    "simpleValueType": true,
    "help": "Conversions API access token (Events Manager › dataset › Settings). Sent in the request body, never in the URL or logs.",
    "valueValidators": [
      {
        "type": "NON_EMPTY"
      }
    ]
  }
]


___SANDBOXED_JS_FOR_SERVER___

// Compiled from template-src/ (TypeScript) by `npm run build`. Edit the sources, not this code.
// template-src/sandbox/apis.ts
var getAllEventData = require("getAllEventData");
var JSON = require("JSON");
var sendHttpRequest = require("sendHttpRequest");

// template-src/main.ts
var event = getAllEventData();
var body = JSON.stringify({
  data: [{ event_name: event.event_name, action_source: "website" }],
  access_token: data.accessToken
});
sendHttpRequest(
  "https://graph.facebook.com/v25.0/" + data.pixelId + "/events",
  { method: "POST", headers: { "content-type": "application/json" }, timeout: 2e3 },
  body
).then(
  (response) => {
    if (response.statusCode >= 200 && response.statusCode < 300) data.gtmOnSuccess();
    else data.gtmOnFailure();
  },
  () => data.gtmOnFailure()
);


___SERVER_PERMISSIONS___

[
  {
    "instance": {
      "key": {
        "publicId": "read_event_data",
        "versionId": "1"
      },
      "param": [
        {
          "key": "keyPatterns",
          "value": {
            "type": 2,
            "listItem": [
              {
                "type": 1,
                "string": "event_name"
              }
            ]
          }
        },
        {
          "key": "eventDataAccess",
          "value": {
            "type": 1,
            "string": "specific"
          }
        }
      ]
    },
    "clientAnnotations": {
      "isEditedByUser": true
    },
    "isRequired": true
  },
  {
    "instance": {
      "key": {
        "publicId": "send_http",
        "versionId": "1"
      },
      "param": [
        {
          "key": "allowedUrls",
          "value": {
            "type": 1,
            "string": "specific"
          }
        },
        {
          "key": "urls",
          "value": {
            "type": 2,
            "listItem": [
              {
                "type": 1,
                "string": "https://graph.facebook.com/"
              }
            ]
          }
        }
      ]
    },
    "clientAnnotations": {
      "isEditedByUser": true
    },
    "isRequired": true
  }
]


___TESTS___

scenarios:
- name: Sends the event and succeeds
  code: |-
    let sentBody;
    mock('sendHttpRequest', (url, options, body) => {
      sentBody = JSON.parse(body);
      return Promise.create((resolve) => {
        resolve({ statusCode: 200, headers: {}, body: '{"events_received":1}' });
      });
    });

    runCode(mockData);

    callLater(() => {
      assertApi('gtmOnSuccess').wasCalled();
      assertApi('gtmOnFailure').wasNotCalled();
      assertThat(sentBody.data[0].event_name).isEqualTo('purchase');
    });
- name: Fails on an HTTP error
  code: |-
    mock('sendHttpRequest', () => {
      return Promise.create((resolve) => {
        resolve({ statusCode: 400, headers: {}, body: '{"error":{"code":100}}' });
      });
    });

    runCode(mockData);

    callLater(() => {
      assertApi('gtmOnFailure').wasCalled();
      assertApi('gtmOnSuccess').wasNotCalled();
    });
setup: |-
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


___NOTES___

Generated from TypeScript sources (template-src/) by `npm run build`. Edit the sources, not this file.


