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
  "displayName": "Conversions API for Meta by capi-sgtm",
  "categories": [
    "ADVERTISING",
    "CONVERSIONS",
    "ANALYTICS"
  ],
  "brand": {
    "id": "brand_dummy",
    "displayName": "capi-sgtm",
    "thumbnail": "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAYAAACqaXHeAAAA2ElEQVR42u3bMQ7DIAwFUMaetPe/QaouXaJWjcCRjR8Se/6TkoDBY1wcj+dxZJ5j9cgeOAykevApiN3CX0LYNfxfCLuH/4nQJfxXhNYA3cKfEAAAaAzQNfwHAQAAAAAAJJrv0R7gToS0AHchpAa4AyE9QDRCCYBIhDIAUQilACIQygGsRigJsBJhRD9o5GgPsAKhPMAswhYAMwgAvAI+gn6DFkKWwjZDtsMKIkpiiqLK4g5GHI05HAUAAAAAdwXdFAUAQM+AjhF9QzrH9A72DK91VvN0r/b5F8joX8qO85qoAAAAAElFTkSuQmCC"
  },
  "description": "Sends server events to the Meta Conversions API with correct normalization and hashing, event_id deduplication, fbc/fbp handling, Consent Mode v2 and retries. The access token never appears in a URL or a log. A community template by capi-sgtm, not made or endorsed by Meta.",
  "containerContexts": [
    "SERVER"
  ]
}


___TEMPLATE_PARAMETERS___

[
  {
    "type": "SIMPLE_TABLE",
    "name": "pixels",
    "displayName": "Meta pixels (datasets)",
    "help": "One row per pixel (dataset) that should receive the event. Find the ID and generate an access token in Events Manager › your dataset › Settings › Conversions API. The event is sent to every row that takes it; the tag succeeds only if each of those accepts it. A row\u0027s own lists (Meta event names separated by commas, as in the tag\u0027s lists) let one tag serve several brands\u0027 datasets: a row skips events not on its allow-list or on its block-list, and the log says so. The token is sent in the request body, never in a URL or a log. Fill in the app secret proof only if your Meta app requires one: the hex HMAC-SHA256 of that row\u0027s token keyed with the app secret (each token has its own proof).",
    "newRowButtonText": "Add pixel",
    "valueValidators": [
      {
        "type": "NON_EMPTY",
        "errorMessage": "Add at least one pixel."
      }
    ],
    "simpleTableColumns": [
      {
        "name": "pixelId",
        "displayName": "Pixel (dataset) ID",
        "type": "TEXT",
        "defaultValue": "",
        "isUnique": true,
        "valueHint": "123456789012345",
        "valueValidators": [
          {
            "type": "NON_EMPTY"
          }
        ]
      },
      {
        "name": "accessToken",
        "displayName": "Access token",
        "type": "TEXT",
        "defaultValue": "",
        "valueValidators": [
          {
            "type": "NON_EMPTY"
          }
        ]
      },
      {
        "name": "appSecretProof",
        "displayName": "App secret proof (optional)",
        "type": "TEXT",
        "defaultValue": "",
        "valueHint": "only if your app requires it"
      },
      {
        "name": "testEventCode",
        "displayName": "Test event code (optional)",
        "type": "TEXT",
        "defaultValue": "",
        "valueHint": "TEST12345"
      },
      {
        "name": "allowEvents",
        "displayName": "Only these events (optional)",
        "type": "TEXT",
        "defaultValue": "",
        "valueHint": "Purchase, Lead"
      },
      {
        "name": "blockEvents",
        "displayName": "Never these events (optional)",
        "type": "TEXT",
        "defaultValue": "",
        "valueHint": "PageView"
      }
    ]
  },
  {
    "type": "TEXT",
    "name": "testEventCode",
    "displayName": "Test event code",
    "simpleValueType": true,
    "valueHint": "TEST12345",
    "help": "Shows the events in Events Manager › Test Events. Used for every pixel that has no test code of its own; a \u003ccode\u003etest_event_code\u003c/code\u003e in the event data is used only when neither has one. Events sent with a test code still count in production: remove it when you are done."
  },
  {
    "type": "GROUP",
    "name": "deliverySettings",
    "displayName": "Delivery settings",
    "groupStyle": "ZIPPY_CLOSED",
    "subParams": [
      {
        "type": "TEXT",
        "name": "apiVersion",
        "displayName": "Graph API version",
        "simpleValueType": true,
        "defaultValue": "v26.0",
        "help": "The Meta Graph API version the events are sent to, like \u003ccode\u003ev26.0\u003c/code\u003e. Each version works for at least two years after its release; change it only if Meta asks you to.",
        "valueValidators": [
          {
            "type": "REGEX",
            "args": [
              "^(\\s*[vV]?[0-9]{1,3}\\.[0-9]{1,2}\\s*|\\{\\{.+\\}\\})$"
            ],
            "errorMessage": "Write the version like v26.0."
          }
        ]
      },
      {
        "type": "TEXT",
        "name": "requestTimeoutMs",
        "displayName": "Request timeout (milliseconds)",
        "simpleValueType": true,
        "defaultValue": "1500",
        "help": "How long to wait for Meta before giving up on one attempt. Meta answers most requests in under 600 ms and recommends 1500 ms. GTM gives a tag at most 5 seconds to finish its requests, so all attempts together plus 300 ms must fit in 4500 ms: from 100 ms to 4200 ms with no retry, 2100 ms with 1 retry, 1400 ms with 2 retries.",
        "valueValidators": [
          {
            "type": "REGEX",
            "args": [
              "^(\\s*(10[0-9]|1[1-9][0-9]|[2-9][0-9]{2}|[1-3][0-9]{3}|4[01][0-9]{2}|4200)\\s*|\\{\\{.+\\}\\})$"
            ],
            "errorMessage": "With no retry, enter a whole number of milliseconds from 100 to 4200.",
            "enablingConditions": [
              {
                "paramName": "retries",
                "paramValue": "0",
                "type": "EQUALS"
              }
            ]
          },
          {
            "type": "REGEX",
            "args": [
              "^(\\s*(10[0-9]|1[1-9][0-9]|[2-9][0-9]{2}|1[0-9]{3}|20[0-9]{2}|2100)\\s*|\\{\\{.+\\}\\})$"
            ],
            "errorMessage": "With 1 retry, enter a whole number of milliseconds from 100 to 2100.",
            "enablingConditions": [
              {
                "paramName": "retries",
                "paramValue": "1",
                "type": "EQUALS"
              }
            ]
          },
          {
            "type": "REGEX",
            "args": [
              "^(\\s*(10[0-9]|1[1-9][0-9]|[2-9][0-9]{2}|1[0-3][0-9]{2}|1400)\\s*|\\{\\{.+\\}\\})$"
            ],
            "errorMessage": "With 2 retries, enter a whole number of milliseconds from 100 to 1400.",
            "enablingConditions": [
              {
                "paramName": "retries",
                "paramValue": "2",
                "type": "EQUALS"
              }
            ]
          }
        ]
      },
      {
        "type": "SELECT",
        "name": "retries",
        "displayName": "Retries",
        "simpleValueType": true,
        "defaultValue": "1",
        "selectItems": [
          {
            "value": "0",
            "displayValue": "No retry"
          },
          {
            "value": "1",
            "displayValue": "1 retry"
          },
          {
            "value": "2",
            "displayValue": "2 retries"
          }
        ],
        "help": "Sends the event again, right away, when Meta is temporarily unavailable: a timeout, a network failure, a server error (5xx), a rate limit or an error Meta marks as transient. Never for errors that would fail again, such as an invalid parameter (code 100) or an invalid token (code 190). More retries allow a shorter timeout (see Request timeout)."
      },
      {
        "type": "CHECKBOX",
        "name": "optimisticSuccess",
        "checkboxText": "Report success without waiting for Meta (optimistic)",
        "simpleValueType": true,
        "defaultValue": false,
        "help": "The tag reports success at once and the request carries on in the background, so the tag never delays the response. Failures then show only in the logs, not in the tag status."
      }
    ]
  },
  {
    "type": "GROUP",
    "name": "eventGroup",
    "displayName": "Event name",
    "groupStyle": "ZIPPY_OPEN",
    "subParams": [
      {
        "type": "RADIO",
        "name": "eventNameMode",
        "displayName": "Meta event name",
        "simpleValueType": true,
        "defaultValue": "inherit",
        "radioItems": [
          {
            "value": "inherit",
            "displayValue": "From the event (GA4 names mapped to Meta standard events)",
            "help": "purchase becomes Purchase, add_to_cart becomes AddToCart, generate_lead becomes Lead, sign_up becomes CompleteRegistration, and so on for every Meta standard event. Other names are sent as they are (custom events)."
          },
          {
            "value": "standard",
            "displayValue": "A standard event",
            "subParams": [
              {
                "type": "SELECT",
                "name": "eventNameStandard",
                "displayName": "Standard event",
                "simpleValueType": true,
                "defaultValue": "PageView",
                "selectItems": [
                  {
                    "value": "PageView",
                    "displayValue": "PageView"
                  },
                  {
                    "value": "ViewContent",
                    "displayValue": "ViewContent"
                  },
                  {
                    "value": "Search",
                    "displayValue": "Search"
                  },
                  {
                    "value": "AddToCart",
                    "displayValue": "AddToCart"
                  },
                  {
                    "value": "AddToWishlist",
                    "displayValue": "AddToWishlist"
                  },
                  {
                    "value": "InitiateCheckout",
                    "displayValue": "InitiateCheckout"
                  },
                  {
                    "value": "AddPaymentInfo",
                    "displayValue": "AddPaymentInfo"
                  },
                  {
                    "value": "Purchase",
                    "displayValue": "Purchase"
                  },
                  {
                    "value": "Lead",
                    "displayValue": "Lead"
                  },
                  {
                    "value": "CompleteRegistration",
                    "displayValue": "CompleteRegistration"
                  },
                  {
                    "value": "Contact",
                    "displayValue": "Contact"
                  },
                  {
                    "value": "CustomizeProduct",
                    "displayValue": "CustomizeProduct"
                  },
                  {
                    "value": "Donate",
                    "displayValue": "Donate"
                  },
                  {
                    "value": "FindLocation",
                    "displayValue": "FindLocation"
                  },
                  {
                    "value": "Schedule",
                    "displayValue": "Schedule"
                  },
                  {
                    "value": "StartTrial",
                    "displayValue": "StartTrial"
                  },
                  {
                    "value": "SubmitApplication",
                    "displayValue": "SubmitApplication"
                  },
                  {
                    "value": "Subscribe",
                    "displayValue": "Subscribe"
                  },
                  {
                    "value": "AppendValue",
                    "displayValue": "AppendValue"
                  },
                  {
                    "value": "AppendAttribution",
                    "displayValue": "AppendAttribution"
                  }
                ]
              }
            ]
          },
          {
            "value": "custom",
            "displayValue": "A custom name",
            "subParams": [
              {
                "type": "TEXT",
                "name": "eventNameCustom",
                "displayName": "Event name",
                "simpleValueType": true,
                "valueHint": "QuoteRequested",
                "valueValidators": [
                  {
                    "type": "NON_EMPTY"
                  }
                ],
                "help": "Up to 50 characters. A variable is allowed. A standard event written another way (\"purchase\", \"add_to_cart\") is sent with Meta\u0027s spelling."
              }
            ]
          }
        ],
        "help": "Meta matches browser and server events by event name and event ID, so use the same name the Meta pixel uses."
      },
      {
        "type": "CHECKBOX",
        "name": "mapViewItemListToViewContent",
        "checkboxText": "Send view_item_list as ViewContent",
        "simpleValueType": true,
        "defaultValue": false,
        "enablingConditions": [
          {
            "paramName": "eventNameMode",
            "paramValue": "inherit",
            "type": "EQUALS"
          }
        ],
        "help": "Off by default: a product list is not a product view, and counting it as one inflates ViewContent. Turn on if your Meta setup expects it."
      },
      {
        "type": "SIMPLE_TABLE",
        "name": "eventNameMappings",
        "displayName": "Extra event name mappings",
        "simpleTableColumns": [
          {
            "name": "from",
            "displayName": "Event name in the event",
            "type": "TEXT",
            "defaultValue": "",
            "valueHint": "quote_request",
            "isUnique": true
          },
          {
            "name": "to",
            "displayName": "Meta event name",
            "type": "TEXT",
            "defaultValue": "",
            "valueHint": "Lead"
          }
        ],
        "newRowButtonText": "Add mapping",
        "enablingConditions": [
          {
            "paramName": "eventNameMode",
            "paramValue": "inherit",
            "type": "EQUALS"
          }
        ],
        "help": "Your own event names and the Meta event each should become. These rows win over the built-in GA4 mapping."
      },
      {
        "type": "GROUP",
        "name": "eventGovernanceGroup",
        "displayName": "Which events may be sent",
        "groupStyle": "ZIPPY_CLOSED",
        "subParams": [
          {
            "type": "TEXT",
            "name": "eventAllowList",
            "displayName": "Send only these events",
            "simpleValueType": true,
            "lineCount": 3,
            "valueHint": "Purchase, Lead, AddToCart",
            "help": "Meta event names separated by commas or line breaks (GA4 names such as add_to_cart also work). Leave empty to allow every event. Events not listed are not sent; the Preview log says why."
          },
          {
            "type": "TEXT",
            "name": "eventBlockList",
            "displayName": "Never send these events",
            "simpleValueType": true,
            "lineCount": 3,
            "valueHint": "PageView",
            "help": "Meta event names separated by commas or line breaks. A blocked event is not sent and the tag still reports success."
          },
          {
            "type": "SIMPLE_TABLE",
            "name": "eventRenameList",
            "displayName": "Rename events before sending",
            "simpleTableColumns": [
              {
                "name": "from",
                "displayName": "Meta event name",
                "type": "TEXT",
                "defaultValue": "",
                "valueHint": "ViewContent",
                "isUnique": true
              },
              {
                "name": "to",
                "displayName": "Send as",
                "type": "TEXT",
                "defaultValue": "",
                "valueHint": "PageEngagement"
              }
            ],
            "newRowButtonText": "Add rename",
            "help": "For advertisers in sensitive categories (for example health), whose event names must not reveal a condition or purchase. Renaming happens after the two lists above, which use the name before renaming."
          }
        ]
      }
    ]
  },
  {
    "type": "GROUP",
    "name": "eventDetailsGroup",
    "displayName": "Event details",
    "groupStyle": "ZIPPY_CLOSED",
    "subParams": [
      {
        "type": "SELECT",
        "name": "actionSource",
        "displayName": "Action source",
        "simpleValueType": true,
        "macrosInSelect": true,
        "defaultValue": "website",
        "selectItems": [
          {
            "value": "website",
            "displayValue": "Website"
          },
          {
            "value": "app",
            "displayValue": "App"
          },
          {
            "value": "email",
            "displayValue": "Email"
          },
          {
            "value": "phone_call",
            "displayValue": "Phone call"
          },
          {
            "value": "chat",
            "displayValue": "Chat"
          },
          {
            "value": "physical_store",
            "displayValue": "Physical store"
          },
          {
            "value": "system_generated",
            "displayValue": "System generated"
          },
          {
            "value": "business_messaging",
            "displayValue": "Business messaging"
          },
          {
            "value": "other",
            "displayValue": "Other"
          },
          {
            "value": "crm",
            "displayValue": "CRM (system generated, marked as from a CRM)"
          }
        ],
        "help": "Where the conversion happened. A valid \u003ccode\u003eaction_source\u003c/code\u003e in the event takes precedence. Events older than 7 days (62 for physical store) are not sent, because Meta rejects them. Events that do not come from a browser (everything but Website) get no browser IDs: no fbp is generated, no fbc is built from a URL, no cookie is written. \u003cb\u003eCRM\u003c/b\u003e sends system_generated events with \u003ccode\u003eevent_source: \"crm\"\u003c/code\u003e and the Lead event source below in custom_data, as Meta\u0027s CRM integration asks."
      },
      {
        "type": "TEXT",
        "name": "leadEventSource",
        "displayName": "Lead event source",
        "simpleValueType": true,
        "valueHint": "HubSpot",
        "valueValidators": [
          {
            "type": "NON_EMPTY"
          }
        ],
        "enablingConditions": [
          {
            "paramName": "actionSource",
            "paramValue": "crm",
            "type": "EQUALS"
          }
        ],
        "help": "The name of the CRM the events come from, sent as \u003ccode\u003elead_event_source\u003c/code\u003e."
      },
      {
        "type": "SELECT",
        "name": "messagingChannel",
        "displayName": "Messaging channel",
        "simpleValueType": true,
        "defaultValue": "whatsapp",
        "selectItems": [
          {
            "value": "whatsapp",
            "displayValue": "WhatsApp"
          },
          {
            "value": "messenger",
            "displayValue": "Messenger"
          },
          {
            "value": "instagram",
            "displayValue": "Instagram"
          }
        ],
        "enablingConditions": [
          {
            "paramName": "actionSource",
            "paramValue": "business_messaging",
            "type": "EQUALS"
          }
        ],
        "help": "Required by Meta for business messaging events. A valid \u003ccode\u003emessaging_channel\u003c/code\u003e in the event takes precedence."
      },
      {
        "type": "TEXT",
        "name": "eventIdOverride",
        "displayName": "Event ID",
        "simpleValueType": true,
        "valueHint": "{{Event ID}}",
        "help": "Meta removes duplicates when the browser Pixel and this tag send the same event ID. By default the tag reads \u003ccode\u003eevent_id\u003c/code\u003e, then \u003ccode\u003ex-fb-event_id\u003c/code\u003e from the event. If your ID is elsewhere, pick a variable here (for example an Event Data variable) that returns the ID your Pixel sends as eventID; not the order number unless the Pixel uses it too. An event without any ID gets one derived from its name and order ID (else client ID, name and time), so that a resent copy is de-duplicated; the log says so."
      },
      {
        "type": "CHECKBOX",
        "name": "autoMapServerData",
        "checkboxText": "Read the event fields from the event",
        "simpleValueType": true,
        "defaultValue": true,
        "help": "Reads \u003ccode\u003eevent_time\u003c/code\u003e, \u003ccode\u003epage_location\u003c/code\u003e (event_source_url), \u003ccode\u003epage_referrer\u003c/code\u003e (referrer_url), \u003ccode\u003eaction_source\u003c/code\u003e, \u003ccode\u003emessaging_channel\u003c/code\u003e, \u003ccode\u003eopt_out\u003c/code\u003e, \u003ccode\u003eoriginal_event_data\u003c/code\u003e, \u003ccode\u003eattribution_data\u003c/code\u003e (AppendAttribution only) and, for app events, \u003ccode\u003eapp_data\u003c/code\u003e and the Firebase fields. Untick to take them only from the table below and the fields above; the event ID is still read."
      },
      {
        "type": "SIMPLE_TABLE",
        "name": "serverDataList",
        "displayName": "Event field overrides",
        "simpleTableColumns": [
          {
            "name": "name",
            "displayName": "Field",
            "type": "SELECT",
            "selectItems": [
              {
                "value": "event_time",
                "displayValue": "event_time"
              },
              {
                "value": "event_source_url",
                "displayValue": "event_source_url"
              },
              {
                "value": "referrer_url",
                "displayValue": "referrer_url"
              },
              {
                "value": "action_source",
                "displayValue": "action_source"
              },
              {
                "value": "messaging_channel",
                "displayValue": "messaging_channel"
              },
              {
                "value": "opt_out",
                "displayValue": "opt_out"
              },
              {
                "value": "original_event_data.event_name",
                "displayValue": "original_event_data.event_name"
              },
              {
                "value": "original_event_data.event_time",
                "displayValue": "original_event_data.event_time"
              },
              {
                "value": "original_event_data.order_id",
                "displayValue": "original_event_data.order_id"
              },
              {
                "value": "original_event_data.event_id",
                "displayValue": "original_event_data.event_id"
              },
              {
                "value": "customer_segmentation",
                "displayValue": "customer_segmentation"
              }
            ],
            "isUnique": true,
            "defaultValue": ""
          },
          {
            "name": "value",
            "displayName": "Value",
            "type": "TEXT",
            "valueHint": "{{Order time}}",
            "defaultValue": ""
          }
        ],
        "newRowButtonText": "Add event field",
        "help": "Values set here win over the event and the fields above; an empty value sets nothing. event_time takes Unix seconds or milliseconds or an ISO-8601 date-time; the URLs must be absolute http(s); opt_out true or false; customer_segmentation is sent in custom_data."
      },
      {
        "type": "GROUP",
        "name": "appDataGroup",
        "displayName": "App data (app events)",
        "groupStyle": "ZIPPY_CLOSED",
        "subParams": [
          {
            "type": "TEXT",
            "name": "appDataObject",
            "displayName": "App data from a variable",
            "simpleValueType": true,
            "valueHint": "{{App data object}}",
            "help": "A variable that returns an app_data object, for example \u003ccode\u003e{\"advertiser_tracking_enabled\": 1, \"extinfo\": [\"i2\", \"com.example.app\", \"2.1\", \"2.1.0\", \"17.4\"]}\u003c/code\u003e."
          },
          {
            "type": "SIMPLE_TABLE",
            "name": "appDataList",
            "displayName": "App data overrides",
            "simpleTableColumns": [
              {
                "name": "name",
                "displayName": "Key",
                "type": "SELECT",
                "selectItems": [
                  {
                    "value": "advertiser_tracking_enabled",
                    "displayValue": "advertiser_tracking_enabled"
                  },
                  {
                    "value": "application_tracking_enabled",
                    "displayValue": "application_tracking_enabled"
                  },
                  {
                    "value": "extinfo",
                    "displayValue": "extinfo"
                  },
                  {
                    "value": "campaign_ids",
                    "displayValue": "campaign_ids"
                  },
                  {
                    "value": "install_referrer",
                    "displayValue": "install_referrer"
                  },
                  {
                    "value": "installer_package",
                    "displayValue": "installer_package"
                  },
                  {
                    "value": "url_schemes",
                    "displayValue": "url_schemes"
                  },
                  {
                    "value": "vendor_id",
                    "displayValue": "vendor_id"
                  },
                  {
                    "value": "windows_attribution_id",
                    "displayValue": "windows_attribution_id"
                  }
                ],
                "isUnique": true,
                "defaultValue": ""
              },
              {
                "name": "value",
                "displayName": "Value",
                "type": "TEXT",
                "valueHint": "1",
                "defaultValue": ""
              }
            ],
            "newRowButtonText": "Add app data",
            "help": "Values set here win over the variable and the event. Meta requires app_data for app events: advertiser_tracking_enabled (1 or 0) and extinfo (a list of up to 16 texts: a2 or i2, package name, short and long version, OS version, device model, locale, ...). Without them the tag builds extinfo from the Firebase fields Google\u0027s client passes on (x-ga-platform, app_id, app_version, x-ga-os_version, x-ga-device_model, language) and advertiser_tracking_enabled from the advertising ID (0 when it is zeros or absent). An app event still without extinfo is not sent."
          }
        ]
      }
    ]
  },
  {
    "type": "GROUP",
    "name": "userDataGroup",
    "displayName": "User data (matching)",
    "groupStyle": "ZIPPY_CLOSED",
    "subParams": [
      {
        "type": "CHECKBOX",
        "name": "autoMapUserData",
        "checkboxText": "Read user data from the event",
        "simpleValueType": true,
        "defaultValue": true,
        "help": "Reads the GA4 client\u0027s \u003ccode\u003euser_data\u003c/code\u003e (email, phone, address as an object or a list), Meta\u0027s own \u003ccode\u003ex-fb-ud-*\u003c/code\u003e keys, Google\u0027s \u003ccode\u003esha256_*\u003c/code\u003e hashes (not the phone hash, which Google builds differently) and common names such as \u003ccode\u003eemail\u003c/code\u003e, \u003ccode\u003ephone\u003c/code\u003e, \u003ccode\u003efirst_name\u003c/code\u003e and \u003ccode\u003euser_id\u003c/code\u003e. Every value is normalized the way Meta asks and hashed with SHA-256; values already hashed are sent as they are."
      },
      {
        "type": "TEXT",
        "name": "phoneDefaultCountryCode",
        "displayName": "Default phone country code",
        "simpleValueType": true,
        "valueHint": "1",
        "valueValidators": [
          {
            "type": "REGEX",
            "args": [
              "^$|^(\\+|00)?[1-9][0-9]{0,2}$|^\\{\\{.+\\}\\}$"
            ],
            "errorMessage": "A calling code of 1 to 3 digits, such as 1, 44 or +49."
          }
        ],
        "help": "Meta needs phone numbers with their country code. Numbers written without one (for example \"(650) 555-1212\" or \"06 12 34 56 78\") get this code in place of the leading 0. Numbers that start with + or 00 are left alone. Leave empty if your numbers already carry the country code."
      },
      {
        "type": "CHECKBOX",
        "name": "hashExternalId",
        "checkboxText": "Hash the external ID",
        "simpleValueType": true,
        "defaultValue": true,
        "help": "Meta accepts the external ID hashed or not, but it must be sent the same way everywhere (pixel, Conversions API, offline uploads). Untick only if your pixel sends it unhashed."
      },
      {
        "type": "TEXT",
        "name": "userDataObject",
        "displayName": "User data from a variable",
        "simpleValueType": true,
        "valueHint": "{{User data object}}",
        "help": "A variable that returns an object keyed by Meta\u0027s names, for example \u003ccode\u003e{\"em\": \"jane@example.com\", \"ph\": \"+16505551212\"}\u003c/code\u003e. Its values win over the event\u0027s and are normalized and hashed the same way."
      },
      {
        "type": "SIMPLE_TABLE",
        "name": "userDataList",
        "displayName": "User data overrides",
        "simpleTableColumns": [
          {
            "name": "name",
            "displayName": "Meta key",
            "type": "SELECT",
            "defaultValue": "",
            "selectItems": [
              {
                "value": "em",
                "displayValue": "Email (em)"
              },
              {
                "value": "ph",
                "displayValue": "Phone (ph)"
              },
              {
                "value": "fn",
                "displayValue": "First name (fn)"
              },
              {
                "value": "ln",
                "displayValue": "Last name (ln)"
              },
              {
                "value": "ct",
                "displayValue": "City (ct)"
              },
              {
                "value": "st",
                "displayValue": "State or region (st)"
              },
              {
                "value": "zp",
                "displayValue": "Postal code (zp)"
              },
              {
                "value": "country",
                "displayValue": "Country (country)"
              },
              {
                "value": "ge",
                "displayValue": "Gender (ge)"
              },
              {
                "value": "db",
                "displayValue": "Date of birth (db)"
              },
              {
                "value": "external_id",
                "displayValue": "External ID (external_id)"
              },
              {
                "value": "client_ip_address",
                "displayValue": "IP address (client_ip_address)"
              },
              {
                "value": "client_user_agent",
                "displayValue": "User agent (client_user_agent)"
              },
              {
                "value": "fbc",
                "displayValue": "Click ID (fbc)"
              },
              {
                "value": "fbp",
                "displayValue": "Browser ID (fbp)"
              },
              {
                "value": "subscription_id",
                "displayValue": "Subscription ID (subscription_id)"
              },
              {
                "value": "fb_login_id",
                "displayValue": "Facebook Login ID (fb_login_id)"
              },
              {
                "value": "lead_id",
                "displayValue": "Lead ID (lead_id)"
              },
              {
                "value": "anon_id",
                "displayValue": "App install ID (anon_id)"
              },
              {
                "value": "madid",
                "displayValue": "Mobile advertiser ID (madid)"
              },
              {
                "value": "page_id",
                "displayValue": "Facebook Page ID (page_id)"
              },
              {
                "value": "page_scoped_user_id",
                "displayValue": "Page-scoped user ID (page_scoped_user_id)"
              },
              {
                "value": "ctwa_clid",
                "displayValue": "Click-to-WhatsApp click ID (ctwa_clid)"
              },
              {
                "value": "ig_account_id",
                "displayValue": "Instagram account ID (ig_account_id)"
              },
              {
                "value": "ig_sid",
                "displayValue": "Instagram-scoped user ID (ig_sid)"
              },
              {
                "value": "whatsapp_business_account_id",
                "displayValue": "WhatsApp Business account ID (whatsapp_business_account_id)"
              },
              {
                "value": "instagram_business_account_id",
                "displayValue": "Instagram business account ID (instagram_business_account_id)"
              }
            ]
          },
          {
            "name": "value",
            "displayName": "Value",
            "type": "TEXT",
            "defaultValue": "",
            "valueHint": "{{Customer email}}"
          }
        ],
        "newRowButtonText": "Add user data",
        "help": "Values set here win over the variable above and over the event. Add a key twice to send two values (for example two emails). Raw values are normalized and hashed; IP address, user agent, click and browser IDs and the other IDs are sent as they are."
      }
    ]
  },
  {
    "type": "GROUP",
    "name": "customDataGroup",
    "displayName": "Custom data (value, products)",
    "groupStyle": "ZIPPY_CLOSED",
    "subParams": [
      {
        "type": "CHECKBOX",
        "name": "autoMapCustomData",
        "checkboxText": "Read custom data from the event",
        "simpleValueType": true,
        "defaultValue": true,
        "help": "Reads \u003ccode\u003evalue\u003c/code\u003e, \u003ccode\u003ecurrency\u003c/code\u003e, \u003ccode\u003etransaction_id\u003c/code\u003e (as order_id), \u003ccode\u003esearch_term\u003c/code\u003e and the GA4 \u003ccode\u003eitems\u003c/code\u003e (or \u003ccode\u003eecommerce.items\u003c/code\u003e), plus Meta\u0027s standard \u003ccode\u003ex-fb-cd-*\u003c/code\u003e keys (such as \u003ccode\u003ex-fb-cd-value\u003c/code\u003e), \u003ccode\u003ecustom_properties\u003c/code\u003e, and the Universal Analytics e-commerce data of GTM4WP\u0027s \u003ccode\u003egtm4wp.*EEC\u003c/code\u003e events (revenue, currencyCode, order id, products). From the items the tag builds contents, content_ids, num_items and content_type. Items without an ID are left out, because Meta rejects them."
      },
      {
        "type": "TEXT",
        "name": "itemIdKey",
        "displayName": "Item ID parameter",
        "simpleValueType": true,
        "defaultValue": "item_id",
        "valueHint": "item_id",
        "help": "Which item parameter holds the ID of your product catalog (for example \u003ccode\u003eitem_sku\u003c/code\u003e or \u003ccode\u003esku\u003c/code\u003e in some shop plugins). Items without it fall back to \u003ccode\u003eitem_id\u003c/code\u003e."
      },
      {
        "type": "SELECT",
        "name": "contentType",
        "displayName": "Content type",
        "simpleValueType": true,
        "defaultValue": "product",
        "selectItems": [
          {
            "value": "product",
            "displayValue": "product: the IDs are products"
          },
          {
            "value": "product_group",
            "displayValue": "product_group: the IDs are product groups"
          },
          {
            "value": "destination",
            "displayValue": "destination (travel catalog)"
          },
          {
            "value": "flight",
            "displayValue": "flight (travel catalog)"
          },
          {
            "value": "hotel",
            "displayValue": "hotel (travel catalog)"
          },
          {
            "value": "home_listing",
            "displayValue": "home_listing (real-estate catalog)"
          },
          {
            "value": "vehicle",
            "displayValue": "vehicle (automotive catalog)"
          },
          {
            "value": "none",
            "displayValue": "Don\u0027t send a content type"
          }
        ],
        "help": "Sent with content IDs when the event does not say. Must match what your catalog\u0027s IDs are, or dynamic ads will not find the products."
      },
      {
        "type": "TEXT",
        "name": "defaultCurrency",
        "displayName": "Default currency",
        "simpleValueType": true,
        "valueHint": "EUR",
        "valueValidators": [
          {
            "type": "REGEX",
            "args": [
              "^$|^[A-Za-z]{3}$|^\\{\\{.+\\}\\}$"
            ],
            "errorMessage": "A 3-letter ISO 4217 code such as EUR or USD."
          }
        ],
        "help": "Sent as the currency of a value (and of every Purchase) when the event gives none. Meta rejects a Purchase without a currency, so without one here or in the event a Purchase is not sent and the tag fails. A Purchase without a value gets the sum of its items\u0027 price × quantity when every item has a price."
      },
      {
        "type": "TEXT",
        "name": "customDataObject",
        "displayName": "Custom data from a variable",
        "simpleValueType": true,
        "valueHint": "{{Custom data object}}",
        "help": "A variable that returns an object of custom data, for example \u003ccode\u003e{\"value\": 49.9, \"currency\": \"EUR\", \"plan\": \"pro\"}\u003c/code\u003e. Its values win over the event\u0027s."
      },
      {
        "type": "SIMPLE_TABLE",
        "name": "customDataList",
        "displayName": "Custom data overrides",
        "simpleTableColumns": [
          {
            "name": "name",
            "displayName": "Name",
            "type": "TEXT",
            "defaultValue": "",
            "valueHint": "value",
            "isUnique": true
          },
          {
            "name": "value",
            "displayName": "Value",
            "type": "TEXT",
            "defaultValue": "",
            "valueHint": "{{Order total}}"
          }
        ],
        "newRowButtonText": "Add custom data",
        "help": "Values set here win over everything else. Standard names (value, currency, content_ids, contents, content_type, num_items, content_name, content_category, order_id, search_string, predicted_ltv, status, delivery_category, customer_segmentation) are checked the same way as event data: value must be a number, currency a 3-letter code such as USD. Other names are sent as custom properties."
      }
    ]
  },
  {
    "type": "GROUP",
    "name": "identityGroup",
    "displayName": "Click ID (fbc), browser ID (fbp) and cookies",
    "groupStyle": "ZIPPY_CLOSED",
    "subParams": [
      {
        "type": "CHECKBOX",
        "name": "generateFbc",
        "checkboxText": "Create the click ID (fbc) from the fbclid in the page URL",
        "simpleValueType": true,
        "defaultValue": true,
        "help": "When someone arrives from a Meta ad, the page URL carries an \u003ccode\u003efbclid\u003c/code\u003e. The tag turns it into \u003ccode\u003efbc\u003c/code\u003e (exactly as received, never changed in case) when the browser has no click ID yet or when it belongs to an earlier click. An unchanged click keeps its original creation time."
      },
      {
        "type": "CHECKBOX",
        "name": "generateFbp",
        "checkboxText": "Create the browser ID (fbp) when the browser has none",
        "simpleValueType": true,
        "defaultValue": true,
        "help": "Used when neither the \u003ccode\u003e_fbp\u003c/code\u003e cookie nor \u003ccode\u003ex-fb-ck-fbp\u003c/code\u003e is present. The value is derived from the GA4 client ID, so several events of a first visit that arrive at the same moment all get the same fbp (no random duplicates)."
      },
      {
        "type": "SELECT",
        "name": "identityCookies",
        "displayName": "Write _fbc / _fbp cookies",
        "simpleValueType": true,
        "defaultValue": "generated",
        "selectItems": [
          {
            "value": "generated",
            "displayValue": "For values this tag creates"
          },
          {
            "value": "always",
            "displayValue": "Always (also refreshes existing values)"
          },
          {
            "value": "never",
            "displayValue": "Never"
          }
        ],
        "help": "First-party cookies keep the IDs stable across visits, also in browsers that shorten the life of cookies set by scripts. \"Always\" re-writes existing values so they last as long as configured below."
      },
      {
        "type": "TEXT",
        "name": "cookieDomain",
        "displayName": "Cookie domain",
        "simpleValueType": true,
        "defaultValue": "auto",
        "valueHint": "auto",
        "help": "\u003ccode\u003eauto\u003c/code\u003e sets cookies on your main domain (e.g. example.com) so every subdomain shares them. Enter a domain only if the server container runs on a different domain than the site. Also decides the domain level recorded in new fbc/fbp values."
      },
      {
        "type": "TEXT",
        "name": "cookieMaxAgeDays",
        "displayName": "Cookie lifetime (days)",
        "simpleValueType": true,
        "defaultValue": "90",
        "valueValidators": [
          {
            "type": "POSITIVE_NUMBER"
          }
        ],
        "enablingConditions": [
          {
            "paramName": "identityCookies",
            "paramValue": "never",
            "type": "NOT_EQUALS"
          }
        ],
        "help": "How long the _fbc and _fbp cookies last. Meta recommends 90 days."
      },
      {
        "type": "CHECKBOX",
        "name": "cookieHttpOnly",
        "checkboxText": "Make _fbc / _fbp cookies HttpOnly",
        "simpleValueType": true,
        "defaultValue": false,
        "enablingConditions": [
          {
            "paramName": "identityCookies",
            "paramValue": "never",
            "type": "NOT_EQUALS"
          }
        ],
        "help": "HttpOnly cookies cannot be read by scripts in the page. Leave this off if the Meta Pixel runs in the browser: it could not read the IDs and would create different ones, which hurts deduplication."
      }
    ]
  },
  {
    "type": "GROUP",
    "name": "consentGroup",
    "displayName": "Consent and Limited Data Use",
    "groupStyle": "ZIPPY_CLOSED",
    "subParams": [
      {
        "type": "SELECT",
        "name": "consentMode",
        "displayName": "Send only with consent",
        "simpleValueType": true,
        "defaultValue": "ignore",
        "selectItems": [
          {
            "value": "ignore",
            "displayValue": "No consent check"
          },
          {
            "value": "adStorage",
            "displayValue": "Require ad_storage"
          },
          {
            "value": "adUserData",
            "displayValue": "Require ad_user_data (Consent Mode v2)"
          },
          {
            "value": "custom",
            "displayValue": "Use a variable"
          }
        ],
        "help": "Reads the consent the GA4 client forwards (\u003ccode\u003ex-ga-gcs\u003c/code\u003e, \u003ccode\u003ex-ga-gcd\u003c/code\u003e) or a \u003ccode\u003econsent_state\u003c/code\u003e object (true/false or \"granted\"/\"denied\"). Without consent the tag sends nothing, sets no cookie and reports success, with the reason in the Preview log."
      },
      {
        "type": "TEXT",
        "name": "consentCustomValue",
        "displayName": "Consent variable",
        "simpleValueType": true,
        "valueHint": "{{Marketing consent}}",
        "enablingConditions": [
          {
            "paramName": "consentMode",
            "paramValue": "custom",
            "type": "EQUALS"
          }
        ],
        "valueValidators": [
          {
            "type": "NON_EMPTY"
          }
        ],
        "help": "A variable whose value is \u003ccode\u003egranted\u003c/code\u003e, \u003ccode\u003edenied\u003c/code\u003e, \u003ccode\u003elimited\u003c/code\u003e, \u003ccode\u003etrue\u003c/code\u003e or \u003ccode\u003efalse\u003c/code\u003e. Any other value counts as \"no signal\". \u003ccode\u003elimited\u003c/code\u003e applies the choice below."
      },
      {
        "type": "RADIO",
        "name": "consentDeniedAction",
        "displayName": "When ad_user_data is denied (or the variable says limited)",
        "simpleValueType": true,
        "defaultValue": "block",
        "radioItems": [
          {
            "value": "block",
            "displayValue": "Do not send"
          },
          {
            "value": "anonymous",
            "displayValue": "Send without customer information, for attribution only",
            "help": "No email, phone, name, address, external ID or other personal IDs, no fbc or fbp, no cookie read or written; only IP address and user agent, with \u003ccode\u003eopt_out\u003c/code\u003e true so Meta uses the event for measurement, not ad delivery."
          },
          {
            "value": "ldu",
            "displayValue": "Send with Limited Data Use",
            "help": "Sent as usual with \u003ccode\u003edata_processing_options: [\"LDU\"]\u003c/code\u003e and the location chosen below."
          }
        ],
        "enablingConditions": [
          {
            "paramName": "consentMode",
            "paramValue": "ignore",
            "type": "NOT_EQUALS"
          },
          {
            "paramName": "consentMode",
            "paramValue": "adStorage",
            "type": "NOT_EQUALS"
          }
        ],
        "help": "ad_storage keeps its own rule whatever is chosen here: when it is denied, no cookie is read or written."
      },
      {
        "type": "RADIO",
        "name": "consentWhenAbsent",
        "displayName": "When the event carries no consent signal",
        "simpleValueType": true,
        "defaultValue": "block",
        "radioItems": [
          {
            "value": "block",
            "displayValue": "Do not send"
          },
          {
            "value": "send",
            "displayValue": "Send"
          }
        ],
        "enablingConditions": [
          {
            "paramName": "consentMode",
            "paramValue": "ignore",
            "type": "NOT_EQUALS"
          }
        ],
        "help": "Applies when the site does not pass consent at all (for example no consent banner, or server-to-server events). A signal that cannot be read counts as no signal."
      },
      {
        "type": "SELECT",
        "name": "lduMode",
        "displayName": "Limited Data Use (US state privacy laws)",
        "simpleValueType": true,
        "defaultValue": "off",
        "selectItems": [
          {
            "value": "off",
            "displayValue": "Off"
          },
          {
            "value": "always",
            "displayValue": "On for every event"
          },
          {
            "value": "eventData",
            "displayValue": "From the event (data_processing_options)"
          }
        ],
        "help": "Limited Data Use tells Meta to restrict how it processes the event. \"From the event\" reads \u003ccode\u003edata_processing_options\u003c/code\u003e (a list or a comma-separated text containing LDU) and, if valid, its country and state codes."
      },
      {
        "type": "SELECT",
        "name": "lduLocation",
        "displayName": "Limited Data Use location",
        "simpleValueType": true,
        "defaultValue": "geolocate",
        "selectItems": [
          {
            "value": "geolocate",
            "displayValue": "Let Meta geolocate (country 0, state 0)"
          },
          {
            "value": "usGeolocateState",
            "displayValue": "USA, Meta geolocates the state (1, 0)"
          },
          {
            "value": "california",
            "displayValue": "California (1, 1000)"
          }
        ],
        "help": "Where Meta should apply Limited Data Use, when it is on or when consent chooses it (see \"When ad_user_data is denied\"). Geolocation uses the IP address of the event."
      }
    ]
  },
  {
    "type": "GROUP",
    "name": "restrictedGroup",
    "displayName": "Restricted data (health, wellness, finance)",
    "groupStyle": "ZIPPY_CLOSED",
    "subParams": [
      {
        "type": "CHECKBOX",
        "name": "restrictedData",
        "checkboxText": "Send only what Meta allows restricted categories",
        "simpleValueType": true,
        "defaultValue": false,
        "help": "For advertisers Meta restricts (health and wellness, financial services). URLs lose their query string; custom properties, content_name, content_category, search_string and the titles, brands, categories and descriptions of contents are left out; only standard events are sent (rename custom events to a standard one in \"Rename events before sending\", or they are not sent). The log lists what was withheld from each event."
      },
      {
        "type": "SELECT",
        "name": "restrictedUrl",
        "displayName": "URLs sent",
        "simpleValueType": true,
        "defaultValue": "path",
        "selectItems": [
          {
            "value": "path",
            "displayValue": "Origin and path, without query string"
          },
          {
            "value": "origin",
            "displayValue": "Origin only"
          }
        ],
        "enablingConditions": [
          {
            "paramName": "restrictedData",
            "paramValue": true,
            "type": "EQUALS"
          }
        ],
        "help": "For event_source_url and referrer_url. Choose \"Origin only\" when your page paths name conditions or products."
      }
    ]
  },
  {
    "type": "GROUP",
    "name": "purchaseGuardGroup",
    "displayName": "Duplicate-purchase guard",
    "groupStyle": "ZIPPY_CLOSED",
    "subParams": [
      {
        "type": "CHECKBOX",
        "name": "purchaseGuard",
        "checkboxText": "Do not send a Purchase again for an order this browser already sent",
        "simpleValueType": true,
        "defaultValue": false,
        "help": "Stops thank-you-page reloads from counting twice. The tag remembers the last order IDs in a first-party HttpOnly cookie (\u003ccode\u003e_capi_orders\u003c/code\u003e) that holds truncated SHA-256 hashes only. A repeated Purchase is not sent; the tag reports success and the log says why. Website events only; nothing is remembered when ad_storage is denied."
      },
      {
        "type": "TEXT",
        "name": "purchaseGuardOrders",
        "displayName": "Orders remembered",
        "simpleValueType": true,
        "defaultValue": "10",
        "valueValidators": [
          {
            "type": "REGEX",
            "args": [
              "^([1-9]|1[0-9]|20)$|^\\{\\{.+\\}\\}$"
            ],
            "errorMessage": "A whole number from 1 to 20."
          }
        ],
        "enablingConditions": [
          {
            "paramName": "purchaseGuard",
            "paramValue": true,
            "type": "EQUALS"
          }
        ]
      },
      {
        "type": "TEXT",
        "name": "purchaseGuardDays",
        "displayName": "Remember orders for (days)",
        "simpleValueType": true,
        "defaultValue": "30",
        "valueValidators": [
          {
            "type": "POSITIVE_NUMBER"
          }
        ],
        "enablingConditions": [
          {
            "paramName": "purchaseGuard",
            "paramValue": true,
            "type": "EQUALS"
          }
        ]
      }
    ]
  },
  {
    "type": "GROUP",
    "name": "enhancementGroup",
    "displayName": "Event enhancement",
    "groupStyle": "ZIPPY_CLOSED",
    "subParams": [
      {
        "type": "CHECKBOX",
        "name": "enableEventEnhancement",
        "checkboxText": "Remember match keys between events of the same browser",
        "simpleValueType": true,
        "defaultValue": false,
        "help": "Stores the hashed email, phone, name, address and external ID of an event in a secure first-party cookie that scripts cannot read, and adds them to later events that lack them (a page view after a login, for example). Only SHA-256 hashes are stored, never readable values, and values in the current event always win. Make sure your privacy notice and consent cover it."
      },
      {
        "type": "TEXT",
        "name": "enhancementMaxAgeDays",
        "displayName": "Remember for (days)",
        "simpleValueType": true,
        "defaultValue": "30",
        "valueValidators": [
          {
            "type": "POSITIVE_NUMBER"
          }
        ],
        "enablingConditions": [
          {
            "paramName": "enableEventEnhancement",
            "paramValue": true,
            "type": "EQUALS"
          }
        ],
        "help": "Each key is forgotten this many days after it was last seen in an event."
      }
    ]
  },
  {
    "type": "GROUP",
    "name": "loggingSettings",
    "displayName": "Logs",
    "groupStyle": "ZIPPY_CLOSED",
    "subParams": [
      {
        "type": "SELECT",
        "name": "logMode",
        "displayName": "Write logs",
        "simpleValueType": true,
        "defaultValue": "debug",
        "selectItems": [
          {
            "value": "debug",
            "displayValue": "In Preview and debug mode only"
          },
          {
            "value": "always",
            "displayValue": "Always (also in production)"
          },
          {
            "value": "off",
            "displayValue": "Never"
          }
        ],
        "help": "One JSON line per request and per response: event name, pixel, HTTP status, events received, Meta\u0027s error code, subcode, message and fbtrace_id, and which match keys were sent. Tokens and raw personal data never appear. \"Always\" writes to your server\u0027s logs (e.g. Cloud Logging) for every event."
      }
    ]
  }
]


___SANDBOXED_JS_FOR_SERVER___

// Compiled from template-src/ (TypeScript) by `npm run build`. Edit the sources, not this code.
// template-src/sandbox/apis.ts
var computeEffectiveTldPlusOne=require("computeEffectiveTldPlusOne");
var createRegex=require("createRegex");
var decodeUriComponent=require("decodeUriComponent");
var encodeUriComponent=require("encodeUriComponent");
var generateRandom=require("generateRandom");
var getContainerVersion=require("getContainerVersion");
var getCookieValues=require("getCookieValues");
var getEventData=require("getEventData");
var getTimestampMillis=require("getTimestampMillis");
var getType=require("getType");
var JSON=require("JSON");
var logToConsole=require("logToConsole");
var makeInteger=require("makeInteger");
var makeNumber=require("makeNumber");
var makeString=require("makeString");
var Math=require("Math");
var Object=require("Object");
var parseUrl=require("parseUrl");
var Promise2=require("Promise");
var sendHttpRequest=require("sendHttpRequest");
var setCookie=require("setCookie");
var sha256Sync=require("sha256Sync");
var toBase64=require("toBase64");
var fromBase64=require("fromBase64");

// template-src/lib/personal-data.ts
var PERSONAL="[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+|\\+[0-9]([ ().-]?[0-9]){6,14}|\\(?[0-9]{3}\\)?[ .-][0-9]{3}[ .-][0-9]{4}|[tT][eE][lL]:";
var CONTACT_PARAMETER="^(e-?mail|mail|email_address|phone|phone_number|tel|mobile|msisdn)$";
var PERSONAL_WHAT="an email address or phone number";
var PERSONAL_REASON="looks like "+PERSONAL_WHAT+", which Meta takes only hashed, in user_data";
var PERSONAL_DATA=createRegex(PERSONAL);
function looksPersonal(text2){
return text2.search(PERSONAL_DATA)>=0;
}
function decoded(raw){
const text2=decodeUriComponent(raw.split("+").join(" "));
return typeof text2==="string"?text2:raw;
}
function withoutPersonalData(url){
const clean={url:url,parameters:[],path:false,fragment:false };
if (url.indexOf("@")<0&&url.indexOf("%")<0&&!looksPersonal(url)&&url.search(createRegex("[?&](e-?mail|mail|phone|tel|mobile|msisdn)","i"))<0){
return clean;
}
const hash=url.indexOf("#");
const question=url.indexOf("?");
const query=question>=0&&(hash<0||question<hash)?question:-1;
const pathEnd=query>=0?query:hash>=0?hash:url.length;
const pathStart=url.indexOf("/",url.indexOf("://")+3);
let base=url.substring(0,pathEnd);
if (pathStart>=0&&pathStart<pathEnd&&looksPersonal(decoded(url.substring(pathStart,pathEnd)))){
base=url.substring(0,pathStart)+"/";
clean.path=true;
}
const kept=[];
if (query>=0){
const text2=url.substring(query+1,hash<0?url.length:hash);
for (const parameter of text2.split("&")){
const equals=parameter.indexOf("=");
const name=equals<0?parameter:parameter.substring(0,equals);
const raw=equals<0?"":parameter.substring(equals+1);
const personal=looksPersonal(decoded(raw))||looksPersonal(decoded(name))||raw!==""&&name.search(createRegex(CONTACT_PARAMETER,"i"))===0;
if (personal)clean.parameters.push(name);
else kept.push(parameter);
}
}
let fragment=hash<0?"":url.substring(hash);
if (fragment!==""&&looksPersonal(decoded(fragment))){
fragment="";
clean.fragment=true;
}
if (!clean.path&&!clean.fragment&&clean.parameters.length===0)return clean;
clean.url=base+(kept.length>0?"?"+kept.join("&"):"")+fragment;
return clean;
}
function isPlainName(name){
return name.search(createRegex("^[A-Za-z0-9_.-]{1,40}$"))===0&&!looksPersonal(name);
}

// template-src/lib/types.ts
function kindOf(value){
const type=typeof value;
if (type!=="object")return type;
return value===null ?"null":getType(value);
}
function isArray(value){
return typeof value==="object"&&value!==null &&getType(value)==="array";
}
function isObject(value){
return typeof value==="object"&&value!==null &&getType(value)==="object";
}
function isFiniteNumber(value){
return typeof value==="number"&&value-value===0;
}
function isBlank(value){
return value===undefined||value===null ||value==="";
}

// template-src/lib/text.ts
var ALL_DIGITS=createRegex("^[0-9]+$");
function textOf(value){
if (typeof value==="string")return value.trim();
if (value===undefined||value===null)return "";
return isFiniteNumber(value)?makeString(value):undefined;
}
function isDigits(text2){
return text2.search(ALL_DIGITS)===0;
}
function inList(list,value){
return list.split(", ").indexOf(value)>=0;
}

// template-src/delivery/partner-agent.ts
var PARTNER_AGENT="capisgtm_0_1";

// template-src/delivery/request.ts
var GRAPH_HOST="https://graph.facebook.com/";
function graphUrl(apiVersion,pixelId){
return GRAPH_HOST+apiVersion+"/"+pixelId+"/events";
}
function chooseTestEventCode(fromEvent,pixel,config){
if (pixel.testEventCode!=="")return pixel.testEventCode;
if (config.testEventCode!=="")return config.testEventCode;
const eventCode=textOf(fromEvent);
return eventCode!==undefined&&!looksPersonal(eventCode)?eventCode:"";
}
function orderedEvent(e){
const out={
event_name:e.event_name,
event_time:e.event_time,
action_source:e.action_source
};
if (e.messaging_channel!==undefined)out.messaging_channel=e.messaging_channel;
if (e.event_id!==undefined)out.event_id=e.event_id;
if (e.event_source_url!==undefined)out.event_source_url=e.event_source_url;
if (e.referrer_url!==undefined)out.referrer_url=e.referrer_url;
if (e.opt_out!==undefined)out.opt_out=e.opt_out;
if (e.app_data!==undefined)out.app_data=e.app_data;
if (e.original_event_data!==undefined)out.original_event_data=e.original_event_data;
if (e.attribution_data!==undefined)out.attribution_data=e.attribution_data;
if (e.data_processing_options!==undefined){
out.data_processing_options=e.data_processing_options;
}
if (e.data_processing_options_country!==undefined){
out.data_processing_options_country=e.data_processing_options_country;
out.data_processing_options_state=e.data_processing_options_state;
}
out.user_data=e.user_data;
if (e.custom_data!==undefined)out.custom_data=e.custom_data;
return out;
}
var MAX_BODY_CHARACTERS=1000000;
function buildRequest(event,eventTestCode,pixel,config){
const testEventCode=chooseTestEventCode(eventTestCode,pixel,config);
const payload={
data:[event],
partner_agent:PARTNER_AGENT,
access_token:pixel.accessToken
};
if (testEventCode!=="")payload.test_event_code=testEventCode;
if (pixel.appSecretProof!=="")payload.appsecret_proof=pixel.appSecretProof;
const body=JSON.stringify(payload);
if (typeof body!=="string")return "cannot be serialized as JSON";
if (body.length>MAX_BODY_CHARACTERS)
return "over "+MAX_BODY_CHARACTERS+" characters as JSON";
return {
pixelId:pixel.pixelId,
url:graphUrl(config.apiVersion,pixel.pixelId),
options:{
method:"POST",
headers:{"content-type":"application/json"},
timeout:config.timeoutMs
},
body:body,
testEventCode:testEventCode
};
}

// template-src/log/match-keys.ts
function isPresent(value){
const type=kindOf(value);
if (type==="string")return value.length>0;
if (type==="array")return value.some(isPresent);
return type==="number"||type==="boolean";
}
function matchKeySummary(userData){
if (kindOf(userData)!=="object")return [];
const record=userData;
return Object.keys(record).filter((key)=>isPresent(record[key])).sort();
}

// template-src/lib/tables.ts
function lookup(table,key){
if (key.indexOf("|")>=0||key.indexOf("=")>=0)return undefined;
const at=table.indexOf("|"+key+"=");
if (at<0)return undefined;
const start=at+key.length+2;
return table.substring(start,table.indexOf("|",start));
}
function inSet(entries,value){
return value.indexOf(" ")<0&&entries.indexOf(" "+value+" ")>=0;
}

// template-src/meta/compact.ts
var ACTION_SOURCES="email, website, app, phone_call, chat, physical_store, system_generated, business_messaging, other";
var MESSAGING_CHANNELS="messenger, whatsapp, instagram";
var CONTENT_TYPES="product, product_group, destination, flight, hotel, home_listing, vehicle";
var DELIVERY_CATEGORIES="in_store, curbside, home_delivery";
var CUSTOMER_SEGMENTATION_VALUES="new_customer_to_business, new_customer_to_business_line, new_customer_to_product_area, new_customer_to_medium, existing_customer_to_business, existing_customer_to_business_line, existing_customer_to_product_area, existing_customer_to_medium, customer_in_loyalty_program";
var ORIGINAL_EVENT_DATA_KEYS="event_name, event_time, order_id, event_id";
var ATTRIBUTION_DATA_KEYS="scope, visit_time, ad_id, adset_id, campaign_id, attribution_share, attribution_model, attr_window, attribution_value, attribution_source, touchpoint_type, touchpoint_ts, attribution_method, decline_reason, attribution_setting";
var ATTRIBUTION_SETTING_KEYS="inactivity_window_hours, reattribution_window_hours";
var APP_DATA_KEYS="advertiser_tracking_enabled, application_tracking_enabled, extinfo, campaign_ids, install_referrer, installer_package, url_schemes, vendor_id, windows_attribution_id";
var SERVER_DATA_KEYS="event_time, event_source_url, referrer_url, action_source, messaging_channel, opt_out, original_event_data.event_name, original_event_data.event_time, original_event_data.order_id, original_event_data.event_id, customer_segmentation";
var CHANNEL_IDENTIFIERS="|messenger=page_id,page_scoped_user_id|whatsapp=whatsapp_business_account_id,ctwa_clid|instagram=instagram_business_account_id,ig_sid|";
var HASHED_KEYS="em, ph, fn, ln, ct, st, zp, country, ge, db, external_id";
var USER_DATA_KEYS="em, ph, fn, ln, ct, st, zp, country, ge, db, external_id, client_ip_address, client_user_agent, fbc, fbp, subscription_id, fb_login_id, lead_id, anon_id, madid, page_id, page_scoped_user_id, ctwa_clid, ig_account_id, ig_sid, whatsapp_business_account_id, instagram_business_account_id";
var STANDARD_CUSTOM_KEYS="value, currency, content_ids, contents, content_type, num_items, content_name, content_category, order_id, search_string, predicted_ltv, net_revenue, status, delivery_category, customer_segmentation, item_number";
var USER_DATA_SOURCES="|em=x-fb-ud-em,user_data.email_address,user_data.email,email,email_address,user_data.sha256_email_address|ph=x-fb-ud-ph,user_data.phone_number,user_data.phone,phone,phone_number|fn=x-fb-ud-fn,user_data.address[].first_name,user_data.first_name,first_name,firstName,user_data.address[].sha256_first_name|ln=x-fb-ud-ln,user_data.address[].last_name,user_data.last_name,last_name,lastName,user_data.address[].sha256_last_name|ct=x-fb-ud-ct,user_data.address[].city,user_data.city,city|st=x-fb-ud-st,user_data.address[].region,user_data.region,region,state|zp=x-fb-ud-zp,user_data.address[].postal_code,user_data.postal_code,postal_code,zip|country=x-fb-ud-country,user_data.address[].country,user_data.country,country|ge=x-fb-ud-ge,user_data.gender,gender|db=x-fb-ud-db,user_data.date_of_birth,date_of_birth,db|external_id=x-fb-ud-external_id,user_data.external_id,external_id,user_id,userId|client_ip_address*=|client_user_agent*=|fbc*=|fbp*=|subscription_id*=x-fb-ud-subscription_id,subscription_id|fb_login_id*=x-fb-ud-fb-login-id,x-fb-ud-fb_login_id,user_data.fb_login_id,fb_login_id|lead_id*=x-fb-ud-lead_id,lead_id|anon_id*=app:x-fb-ud-anon_id,anon_id|madid*=app:x-fb-ud-madid,madid,x-ga-resettable_device_id|page_id*=business_messaging:x-fb-ud-page_id|page_scoped_user_id*=business_messaging:x-fb-ud-page_scoped_user_id,page_scoped_user_id|ctwa_clid*=business_messaging:x-fb-ud-ctwa_clid,ctwa_clid|ig_account_id*=business_messaging:x-fb-ud-ig_account_id,ig_account_id|ig_sid*=business_messaging:x-fb-ud-ig_sid,ig_sid|whatsapp_business_account_id*=business_messaging:x-fb-ud-whatsapp_business_account_id,whatsapp_business_account_id|instagram_business_account_id*=business_messaging:x-fb-ud-instagram_business_account_id,instagram_business_account_id|";
var CUSTOM_DATA_SOURCES="|value=x-fb-cd-value,value,ecommerce.value,ecommerce.purchase.actionField.revenue|currency=x-fb-cd-currency,currency,ecommerce.currency,ecommerce.currencyCode|content_ids=x-fb-cd-content_ids,content_ids|contents=x-fb-cd-contents,contents|content_type=x-fb-cd-content_type,content_type|num_items=x-fb-cd-num_items,num_items|content_name=x-fb-cd-content_name,content_name|content_category=x-fb-cd-content_category,content_category|order_id=x-fb-cd-order_id,transaction_id,ecommerce.transaction_id,order_id,ecommerce.purchase.actionField.id|search_string=x-fb-cd-search_string,search_term,search_string|predicted_ltv=x-fb-cd-predicted_ltv,predicted_ltv|net_revenue=x-fb-cd-net_revenue,net_revenue|status=x-fb-cd-status|delivery_category=x-fb-cd-delivery_category,delivery_category|customer_segmentation=x-fb-cd-customer_segmentation,customer_segmentation|item_number=x-fb-cd-item_number|";
var ITEM_LIST_SOURCES="items,ecommerce.items,ecommerce.purchase.products,ecommerce.checkout.products,ecommerce.add.products,ecommerce.detail.products";
var CHOICE_FIELDS="|eventNameMode=inherit,standard,custom|identityCookies=generated,always,never|consentMode=ignore,adStorage,adUserData,custom|consentWhenAbsent=block,send|lduMode=off,always,eventData|lduLocation=geolocate,usGeolocateState,california|logMode=debug,always,off|consentDeniedAction=block,anonymous,ldu|restrictedUrl=path,origin|";
var WEAK_KEY_SETS="| ct country st zp ge client_user_agent | db client_user_agent | fn ge | ln ge |";
var STANDARD_EVENT_BY_LOOSE_NAME="|pageview=PageView|page_view=PageView|viewcontent=ViewContent|view_content=ViewContent|search=Search|addtocart=AddToCart|add_to_cart=AddToCart|addtowishlist=AddToWishlist|add_to_wishlist=AddToWishlist|initiatecheckout=InitiateCheckout|initiate_checkout=InitiateCheckout|addpaymentinfo=AddPaymentInfo|add_payment_info=AddPaymentInfo|purchase=Purchase|lead=Lead|completeregistration=CompleteRegistration|complete_registration=CompleteRegistration|contact=Contact|customizeproduct=CustomizeProduct|customize_product=CustomizeProduct|donate=Donate|findlocation=FindLocation|find_location=FindLocation|schedule=Schedule|starttrial=StartTrial|start_trial=StartTrial|submitapplication=SubmitApplication|submit_application=SubmitApplication|subscribe=Subscribe|appendvalue=AppendValue|append_value=AppendValue|appendattribution=AppendAttribution|append_attribution=AppendAttribution|";
var GA4_TO_META="|page_view=PageView|gtm.dom=PageView|view_item=ViewContent|search=Search|view_search_results=Search|add_to_cart=AddToCart|add_to_wishlist=AddToWishlist|begin_checkout=InitiateCheckout|add_payment_info=AddPaymentInfo|add_shipping_info=AddPaymentInfo|purchase=Purchase|generate_lead=Lead|sign_up=CompleteRegistration|contact=Contact|customize_product=CustomizeProduct|donate=Donate|find_location=FindLocation|schedule=Schedule|start_trial=StartTrial|submit_application=SubmitApplication|subscribe=Subscribe|gtm4wp.changeDetailViewEEC=ViewContent|gtm4wp.addProductToCartEEC=AddToCart|gtm4wp.checkoutStepEEC=InitiateCheckout|gtm4wp.checkoutOptionEEC=AddPaymentInfo|gtm4wp.orderCompletedEEC=Purchase|";
var ALPHA2_CODES=" ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bl bm bn bo bq br bs bt bv bw by bz ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee eg eh er es et fi fj fk fm fo fr ga gb gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht hu id ie il im in io iq ir is it je jm jo jp ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md me mf mg mh mk ml mm mn mo mp mq mr ms mt mu mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om pa pe pf pg ph pk pl pm pn pr ps pt pw py qa re ro rs ru rw sa sb sc sd se sg sh si sj sk sl sm sn so sr ss st sv sx sy sz tc td tf tg th tj tk tl tm tn to tr tt tv tw tz ua ug um us uy uz va vc ve vg vi vn vu wf ws ye yt za zm zw ";
var ALPHA3_TO_ALPHA2="|afg=af|ala=ax|alb=al|dza=dz|asm=as|and=ad|ago=ao|aia=ai|ata=aq|atg=ag|arg=ar|arm=am|abw=aw|aus=au|aut=at|aze=az|bhs=bs|bhr=bh|bgd=bd|brb=bb|blr=by|bel=be|blz=bz|ben=bj|bmu=bm|btn=bt|bol=bo|bes=bq|bih=ba|bwa=bw|bvt=bv|bra=br|iot=io|brn=bn|bgr=bg|bfa=bf|bdi=bi|cpv=cv|khm=kh|cmr=cm|can=ca|cym=ky|caf=cf|tcd=td|chl=cl|chn=cn|cxr=cx|cck=cc|col=co|com=km|cog=cg|cod=cd|cok=ck|cri=cr|civ=ci|hrv=hr|cub=cu|cuw=cw|cyp=cy|cze=cz|dnk=dk|dji=dj|dma=dm|dom=do|ecu=ec|egy=eg|slv=sv|gnq=gq|eri=er|est=ee|eth=et|flk=fk|fro=fo|fji=fj|fin=fi|fra=fr|guf=gf|pyf=pf|atf=tf|gab=ga|gmb=gm|geo=ge|deu=de|gha=gh|gib=gi|grc=gr|grl=gl|grd=gd|glp=gp|gum=gu|gtm=gt|ggy=gg|gin=gn|gnb=gw|guy=gy|hti=ht|hmd=hm|vat=va|hnd=hn|hkg=hk|hun=hu|isl=is|ind=in|idn=id|irn=ir|irq=iq|irl=ie|imn=im|isr=il|ita=it|jam=jm|jpn=jp|jey=je|jor=jo|kaz=kz|ken=ke|kir=ki|prk=kp|kor=kr|kwt=kw|kgz=kg|lao=la|lva=lv|lbn=lb|lso=ls|lbr=lr|lby=ly|lie=li|ltu=lt|lux=lu|mac=mo|mkd=mk|mdg=mg|mwi=mw|mys=my|mdv=mv|mli=ml|mlt=mt|mhl=mh|mtq=mq|mrt=mr|mus=mu|myt=yt|mex=mx|fsm=fm|mda=md|mco=mc|mng=mn|mne=me|msr=ms|mar=ma|moz=mz|mmr=mm|nam=na|nru=nr|npl=np|nld=nl|ncl=nc|nzl=nz|nic=ni|ner=ne|nga=ng|niu=nu|nfk=nf|mnp=mp|nor=no|omn=om|pak=pk|plw=pw|pse=ps|pan=pa|png=pg|pry=py|per=pe|phl=ph|pcn=pn|pol=pl|prt=pt|pri=pr|qat=qa|reu=re|rou=ro|rus=ru|rwa=rw|blm=bl|shn=sh|kna=kn|lca=lc|maf=mf|spm=pm|vct=vc|wsm=ws|smr=sm|stp=st|sau=sa|sen=sn|srb=rs|syc=sc|sle=sl|sgp=sg|sxm=sx|svk=sk|svn=si|slb=sb|som=so|zaf=za|sgs=gs|ssd=ss|esp=es|lka=lk|sdn=sd|sur=sr|sjm=sj|swz=sz|swe=se|che=ch|syr=sy|twn=tw|tjk=tj|tza=tz|tha=th|tls=tl|tgo=tg|tkl=tk|ton=to|tto=tt|tun=tn|tur=tr|tkm=tm|tca=tc|tuv=tv|uga=ug|ukr=ua|are=ae|gbr=gb|usa=us|umi=um|ury=uy|uzb=uz|vut=vu|ven=ve|vnm=vn|vgb=vg|vir=vi|wlf=wf|esh=eh|yem=ye|zmb=zm|zwe=zw|uae=ae|ksa=sa|rsa=za|prc=cn|drc=cd|";
var COUNTRY_NAMES="|afghanistan=af|alandislands=ax|albania=al|alemania=de|algeria=dz|allemagne=de|america=us|americansamoa=as|andorra=ad|angola=ao|anguilla=ai|antarctica=aq|antiguaandbarbuda=ag|aotearoa=nz|argentina=ar|armenia=am|aruba=aw|australia=au|austria=at|autriche=at|azerbaijan=az|bahamas=bs|bahrain=bh|bangladesh=bd|barbados=bb|belarus=by|belgie=be|belgien=be|belgique=be|belgium=be|belgië=be|belize=bz|benin=bj|bermuda=bm|bharat=in|bhutan=bt|bolivarianrepublicofvenezuela=ve|bolivia=bo|boliviaplurinationalstateof=bo|bonaire=bq|bonairesinteustatiusandsaba=bq|bosniaandherzegovina=ba|botswana=bw|bouvetisland=bv|brasil=br|brasilien=br|brazil=br|bresil=br|britain=gb|britishindianoceanterritory=io|britishvirginislands=vg|brunei=bn|bruneidarussalam=bn|brésil=br|bulgaria=bg|burkinafaso=bf|burma=mm|burundi=bi|caboverde=cv|cambodia=kh|cameroon=cm|canada=ca|capeverde=cv|caymanislands=ky|centralafricanrepublic=cf|cesko=cz|chad=td|chile=cl|china=cn|christmasisland=cx|cocosislands=cc|cocoskeelingislands=cc|colombia=co|comoros=km|congo=cg|congobrazzaville=cg|congokinshasa=cd|congothedemocraticrepublicofthe=cd|cookislands=ck|costarica=cr|cotedivoire=ci|croatia=hr|cuba=cu|curacao=cw|curaçao=cw|cyprus=cy|czechia=cz|czechrepublic=cz|côtedivoire=ci|danemark=dk|danmark=dk|democraticpeoplesrepublicofkorea=kp|democraticrepublicofthecongo=cd|denmark=dk|deutschland=de|djibouti=dj|dominica=dm|dominicanrepublic=do|drcongo=cd|duitsland=de|dänemark=dk|easttimor=tl|ecuador=ec|egypt=eg|eire=ie|ellada=gr|elsalvador=sv|emirates=ae|england=gb|equatorialguinea=gq|eritrea=er|espagne=es|espana=es|españa=es|estadosunidos=us|estonia=ee|etatsunis=us|ethiopia=et|falklandislands=fk|falklandislandsmalvinas=fk|faroeislands=fo|federatedstatesofmicronesia=fm|fiji=fj|finland=fi|finnland=fi|france=fr|francia=fr|frankreich=fr|frankrijk=fr|frenchguiana=gf|frenchpolynesia=pf|frenchsouthernterritories=tf|gabon=ga|gambia=gm|georgia=ge|germania=de|germany=de|ghana=gh|gibraltar=gi|greatbritain=gb|grece=gr|greece=gr|greenland=gl|grenada=gd|griechenland=gr|grèce=gr|guadeloupe=gp|guam=gu|guatemala=gt|guernsey=gg|guinea=gn|guineabissau=gw|guyana=gy|haiti=ht|heardislandandmcdonaldislands=hm|hellas=gr|holland=nl|holysee=va|holyseevaticancitystate=va|honduras=hn|hongkong=hk|hongkongsar=hk|hungary=hu|iceland=is|india=in|indonesia=id|iran=ir|iranislamicrepublicof=ir|iraq=iq|ireland=ie|irland=ie|irlande=ie|islamicrepublicofiran=ir|isleofman=im|israel=il|italia=it|italie=it|italien=it|italy=it|ivorycoast=ci|jamaica=jm|japan=jp|jersey=je|jordan=jo|kazakhstan=kz|kenya=ke|kiribati=ki|korea=kr|koreademocraticpeoplesrepublicof=kp|korearepublicof=kr|kuwait=kw|kyrgyzstan=kg|laopeoplesdemocraticrepublic=la|laos=la|latvia=lv|lebanon=lb|lesotho=ls|liberia=lr|libya=ly|liechtenstein=li|lithuania=lt|luxembourg=lu|macao=mo|macaosar=mo|macau=mo|macedonia=mk|macedoniatheformeryugoslavrepublicof=mk|madagascar=mg|magyarorszag=hu|magyarország=hu|malawi=mw|malaysia=my|maldives=mv|mali=ml|malta=mt|marshallislands=mh|martinique=mq|mauritania=mr|mauritius=mu|mayotte=yt|mexico=mx|micronesia=fm|micronesiafederatedstatesof=fm|moldova=md|moldovarepublicof=md|monaco=mc|mongolia=mn|montenegro=me|montserrat=ms|morocco=ma|mozambique=mz|myanmar=mm|méxico=mx|namibia=na|nauru=nr|nederland=nl|nepal=np|netherlands=nl|newcaledonia=nc|newzealand=nz|nicaragua=ni|niederlande=nl|niger=ne|nigeria=ng|nihon=jp|nippon=jp|niue=nu|norfolkisland=nf|norge=no|northernireland=gb|northernmarianaislands=mp|northkorea=kp|northmacedonia=mk|norvege=no|norvège=no|norway=no|norwegen=no|oman=om|osterreich=at|paisesbajos=nl|pakistan=pk|palau=pw|palestine=ps|palestinestateof=ps|panama=pa|papuanewguinea=pg|paraguay=py|paysbas=nl|paísesbajos=nl|peoplesrepublicofchina=cn|peru=pe|philippines=ph|pitcairn=pn|plurinationalstateofbolivia=bo|poland=pl|polen=pl|pologne=pl|polska=pl|portugal=pt|puertorico=pr|qatar=qa|reinounido=gb|republicofkorea=kr|republicofmoldova=md|republicofnorthmacedonia=mk|republicofthecongo=cg|reunion=re|romania=ro|royaumeuni=gb|russia=ru|russianfederation=ru|russie=ru|russland=ru|rwanda=rw|réunion=re|saintbarthelemy=bl|saintbarthélemy=bl|sainthelena=sh|sainthelenaascensionandtristandacunha=sh|saintkittsandnevis=kn|saintlucia=lc|saintmartin=mf|saintmartinfrenchpart=mf|saintpierreandmiquelon=pm|saintvincentandthegrenadines=vc|samoa=ws|sanmarino=sm|saotomeandprincipe=st|saudiarabia=sa|schweden=se|schweiz=ch|scotland=gb|senegal=sn|serbia=rs|seychelles=sc|sierraleone=sl|singapore=sg|sintmaarten=sx|sintmaartendutchpart=sx|slovakia=sk|slovenia=si|slovensko=sk|slowakei=sk|solomonislands=sb|somalia=so|southafrica=za|southgeorgiaandthesouthsandwichislands=gs|southkorea=kr|southsudan=ss|spagna=es|spain=es|spanien=es|spanje=es|srilanka=lk|stateofpalestine=ps|sudan=sd|suede=se|suisse=ch|suiza=ch|suomi=fi|suriname=sr|suède=se|svalbardandjanmayen=sj|sverige=se|svizzera=ch|swaziland=sz|sweden=se|switzerland=ch|syria=sy|syrianarabrepublic=sy|taiwan=tw|taiwanprovinceofchina=tw|tajikistan=tj|tanzania=tz|tanzaniaunitedrepublicof=tz|thailand=th|thenetherlands=nl|timorleste=tl|togo=tg|tokelau=tk|tonga=to|trinidadandtobago=tt|tschechien=cz|tunisia=tn|turkei=tr|turkey=tr|turkiye=tr|turkmenistan=tm|turksandcaicosislands=tc|turquie=tr|tuvalu=tv|türkei=tr|türkiye=tr|uganda=ug|ukraine=ua|ungarn=hu|unitedarabemirates=ae|unitedkingdom=gb|unitedkingdomofgreatbritainandnorthernireland=gb|unitedrepublicoftanzania=tz|unitedstates=us|unitedstatesminoroutlyingislands=um|unitedstatesofamerica=us|uruguay=uy|usvirginislands=vi|uzbekistan=uz|vanuatu=vu|vatican=va|vaticancity=va|venezuela=ve|venezuelabolivarianrepublicof=ve|vereinigteskonigreich=gb|vereinigteskönigreich=gb|vereinigtestaaten=us|vietnam=vn|virginislandsbritish=vg|virginislandsoftheunitedstates=vi|virginislandsus=vi|wales=gb|wallisandfutuna=wf|westernsahara=eh|yemen=ye|zambia=zm|zimbabwe=zw|ålandislands=ax|éire=ie|étatsunis=us|österreich=at|česko=cz|";
var CURRENCY_CODES=" AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BOV BRL BSD BTN BWP BYN BZD CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HRK HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD USN UYI UYU UZS VED VEF VES VND VUV WST XAF XAG XAU XBA XBB XBC XBD XCD XCG XDR XOF XPD XPF XPT XSU XUA YER ZAR ZMW ZWG ZWL ";
var STATE_CODES="|alabama=al|alaska=ak|arizona=az|arkansas=ar|california=ca|colorado=co|connecticut=ct|delaware=de|districtofcolumbia=dc|washingtondc=dc|florida=fl|georgia=ga|hawaii=hi|idaho=id|illinois=il|indiana=in|iowa=ia|kansas=ks|kentucky=ky|louisiana=la|maine=me|maryland=md|massachusetts=ma|michigan=mi|minnesota=mn|mississippi=ms|missouri=mo|montana=mt|nebraska=ne|nevada=nv|newhampshire=nh|newjersey=nj|newmexico=nm|newyork=ny|northcarolina=nc|northdakota=nd|ohio=oh|oklahoma=ok|oregon=or|pennsylvania=pa|rhodeisland=ri|southcarolina=sc|southdakota=sd|tennessee=tn|texas=tx|utah=ut|vermont=vt|virginia=va|washington=wa|westvirginia=wv|wisconsin=wi|wyoming=wy|americansamoa=as|guam=gu|northernmarianaislands=mp|puertorico=pr|usvirginislands=vi|unitedstatesvirginislands=vi|alberta=ab|britishcolumbia=bc|colombiebritannique=bc|manitoba=mb|newbrunswick=nb|nouveaubrunswick=nb|newfoundlandandlabrador=nl|newfoundland=nl|terreneuveetlabrador=nl|northwestterritories=nt|territoiresdunordouest=nt|novascotia=ns|nouvelleécosse=ns|nouvelleecosse=ns|nunavut=nu|ontario=on|princeedwardisland=pe|îleduprinceédouard=pe|ileduprinceedouard=pe|quebec=qc|québec=qc|saskatchewan=sk|yukon=yt|";
var GENDER_WORDS="|m=m|male=m|man=m|men=m|boy=m|boys=m|mr=m|mister=m|sir=m|gentleman=m|guy=m|lad=m|fellow=m|chap=m|bloke=m|dude=m|he=m|him=m|his=m|himself=m|son=m|father=m|dad=m|daddy=m|papa=m|uncle=m|nephew=m|brother=m|husband=m|boyfriend=m|groom=m|widower=m|king=m|prince=m|duke=m|count=m|emperor=m|god=m|lord=m|masculine=m|männlich=m|maennlich=m|mann=m|herr=m|homme=m|masculin=m|hombre=m|masculino=m|maschio=m|uomo=m|maschile=m|mannelijk=m|f=f|female=f|woman=f|women=f|girl=f|girls=f|mrs=f|ms=f|miss=f|madam=f|maam=f|lady=f|dame=f|she=f|her=f|hers=f|herself=f|daughter=f|mother=f|mom=f|mama=f|mommy=f|aunt=f|niece=f|sister=f|wife=f|girlfriend=f|bride=f|widow=f|queen=f|princess=f|duchess=f|countess=f|empress=f|goddess=f|maiden=f|lass=f|gal=f|chick=f|belle=f|feminine=f|weiblich=f|frau=f|femme=f|féminin=f|feminin=f|mujer=f|femenino=f|femmina=f|donna=f|femminile=f|vrouw=f|vrouwelijk=f|";
var WHITESPACE_CLASS="\\x{9}-\\x{d}\\x{20}\\x{a0}\\x{1680}\\x{2000}-\\x{200b}\\x{2028}-\\x{2029}\\x{202f}\\x{205f}\\x{3000}\\x{feff}";
var PUNCTUATION_CLASS="\\x{21}-\\x{2f}\\x{3a}-\\x{40}\\x{5b}-\\x{60}\\x{7b}-\\x{7e}\\x{a1}\\x{a7}-\\x{a9}\\x{ab}\\x{ae}-\\x{b0}\\x{b4}\\x{b6}-\\x{b8}\\x{bb}\\x{bf}\\x{2bb}-\\x{2bc}\\x{2cb}\\x{2010}-\\x{2015}\\x{2018}-\\x{201f}\\x{2022}\\x{2026}\\x{2032}-\\x{2033}\\x{2039}-\\x{203a}\\x{2044}\\x{2122}\\x{2212}\\x{3001}-\\x{3003}\\x{3008}-\\x{3011}\\x{3014}-\\x{3015}\\x{301c}-\\x{301f}\\x{30fb}\\x{ff01}-\\x{ff0f}\\x{ff1a}-\\x{ff20}\\x{ff3b}-\\x{ff40}\\x{ff5b}-\\x{ff5e}\\x{ff61}\\x{ff64}-\\x{ff65}";

// template-src/meta/formats.ts
var APPENDIX="([A-Za-z0-9_-]{2}|[A-Za-z0-9_-]{8})";
var LOWER_HEX_64=createRegex("^[0-9a-f]{64}$");
var HASHED_VALUE=createRegex("^[0-9a-f]{64}(\\."+APPENDIX+")?$");
var SUPPLIED_HASH=createRegex(
"^[0-9a-fA-F]{64}(\\."+APPENDIX+")?$"
);
var PAYLOAD="[A-Za-z0-9_-]{1,500}";
var CLICK_ID=createRegex(
"^fb\\.[0-9]{1,2}\\.[0-9]{10,13}\\."+PAYLOAD+"(\\."+APPENDIX+")?$"
);
var CLICK_ID_PAYLOAD=createRegex("^"+PAYLOAD+"$");
var HTTP_URL=createRegex("^[hH][tT][tT][pP][sS]?://[^ ]+$");
function isLowerHex64(text2){
return text2.search(LOWER_HEX_64)===0;
}
function isHashedValue(value){
return typeof value==="string"&&value.search(HASHED_VALUE)===0;
}
function isClickId(value){
return typeof value==="string"&&value.search(CLICK_ID)===0;
}
function clickIdPayload(clickId){
return clickId.split(".")[3];
}
function isClickIdPayload(text2){
return text2.search(CLICK_ID_PAYLOAD)===0;
}
function isHttpUrl(value){
return typeof value==="string"&&value.search(HTTP_URL)===0;
}
function currencyCode(value){
if (value.length>16)return undefined;
const code2=value.toUpperCase().replace(createRegex("[^A-Z]","g"),"");
return code2.length===3&&inSet(CURRENCY_CODES,code2)?code2:undefined;
}
var ZERO_ADVERTISING_ID="00000000-0000-0000-0000-000000000000";

// template-src/log/sensitive.ts
var MIN_IDENTIFIER_LENGTH=4;
function pushText(out,value){
if (typeof value!=="string")return;
const trimmed=value.trim();
if (trimmed==="")return;
out.push(value);
if (trimmed!==value)out.push(trimmed);
}
function secretsOfPixelRows(rows){
const out=[];
if (!isArray(rows))return out;
for (const row of rows){
if (!isObject(row))continue;
pushText(out,row.accessToken);
pushText(out,row.appSecretProof);
}
return out;
}
function collectRaw(value,out){
if (isArray(value)){
for (const item of value)collectRaw(item,out);
}else if (typeof value==="string"||typeof value==="number"){
const text2=typeof value==="string"?value:""+value;
if (text2.length>=MIN_IDENTIFIER_LENGTH&&!isLowerHex64(text2.toLowerCase()))out.push(text2);
}
}
function rawIdentifiers(userData){
const out=[];
for (const key of Object.keys(userData))collectRaw(userData[key],out);
return out;
}

// template-src/delivery/io.ts
var sandboxDeliveryIo={
sendHttpRequest:sendHttpRequest,
createPromise:(resolver)=>Promise2.create(resolver),
allPromises:(promises)=>Promise2.all(promises),
now:getTimestampMillis
};

// template-src/delivery/error-hints.ts
var HINTS="|100:33=The pixel (dataset) ID does not exist or the token cannot reach it: check the pixel row and create the token in that dataset's Conversions API settings|100:2804003=event_time is more than 7 days old (62 for physical_store): send events when they happen|100:2804010=A required custom_data field is missing or invalid, usually a Purchase's currency or value: send them, or fill the Default currency field|100:2804030=Limited Data Use needs its country and state: check the Limited Data Use fields|100:2804036=The lead ID is unknown to Meta or deleted: send the lead_id Meta gave the lead|100:2804050=Not enough customer information: send more match keys (email, phone, IP address with user agent, fbp or fbc)|100:2804116=A business messaging event needs the channel's account ID: page_id (Messenger) or whatsapp_business_account_id (WhatsApp)|100=Meta rejected a parameter: see blame_fields and user_msg; the problems line lists what the tag changed or left out|102=The access token's session is invalid: create a new token in Events Manager and paste it in the pixel row|190=The access token is invalid or expired: create a new token in Events Manager (dataset settings, Conversions API) and paste it in the pixel row|1=A temporary error on Meta's side: the tag retries; if it lasts, check Meta's platform status|2=A temporary error on Meta's side: the tag retries; if it lasts, check Meta's platform status|3=The token lacks a capability this call needs: create it from the dataset's Conversions API settings|4=Rate limited by Meta: the tag retries; spread the load if it lasts|10=Permission denied: the token was not made for this dataset, or lacks ads_management|17=Rate limited by Meta: the tag retries; spread the load if it lasts|341=Meta's application limit was reached: the tag retries; spread the load if it lasts|368=Meta blocked the app for a while for a policy reason: wait, then check Business Support|613=Rate limited by Meta: the tag retries; spread the load if it lasts|";
var PERMISSION="Permission denied: the token was not made for this dataset, or lacks ads_management";
var THROTTLED="Rate limited by Meta's business use case limits: not retried at once; spread the load, or wait for the time Meta's X-Business-Use-Case header gives";
function fixHint(error){
if (error===undefined||error.code===undefined)return undefined;
const code2=""+error.code;
const hint=(error.subcode===undefined?undefined:lookup(HINTS,code2+":"+error.subcode))||lookup(HINTS,code2);
if (hint!==undefined)return hint;
if (error.code>=200&&error.code<=299)return PERMISSION;
return error.code>=80000&&error.code<=80999?THROTTLED:undefined;
}

// template-src/delivery/log-lines.ts
function requestEntry(summary,request,attempt,maxAttempts){
return {
event_name:summary.eventName,
event_id:summary.eventId,
pixel:request.pixelId,
attempt:attempt,
max_attempts:maxAttempts,
url:request.url,
timeout_ms:request.options.timeout,
test_event_code:request.testEventCode===""?undefined:request.testEventCode,
match_keys:summary.matchKeys
};
}
function errorEntry(outcome){
const e=outcome.error;
if (e===undefined)return undefined;
return {
code:e.code,
subcode:e.subcode,
type:e.type,
message:e.message,
user_title:e.userTitle,
user_msg:e.userMessage,
is_transient:e.isTransient,
blame_fields:e.blameFields,
hint:fixHint(e)
};
}
function responseEntry(summary,request,attempt,outcome,elapsedMs,willRetry){
return {
event_name:summary.eventName,
pixel:request.pixelId,
attempt:attempt,
// A retryable failure on the last attempt is a failure.
outcome:outcome.verdict==="retry"&&!willRetry?"failed":outcome.verdict,
reason:outcome.reason,
status:outcome.status,
events_received:outcome.eventsReceived,
fbtrace_id:outcome.fbtraceId,
error:errorEntry(outcome),
elapsed_ms:elapsedMs,
will_retry:willRetry
};
}
function resultEntry(summary,results,optimistic){
return {
event_name:summary.eventName,
ok:results.every((r)=>r.ok),
optimistic:optimistic,
failed_pixels:results.filter((r)=>!r.ok).map((r)=>r.pixelId),
pixels:results.map((r)=>({
pixel:r.pixelId,
ok:r.ok,
reason:r.reason,
attempts:r.attempts
}))
};
}

// template-src/delivery/response.ts
function text(value){
return kindOf(value)==="string"?value:undefined;
}
function wholeNumber(value){
const type=kindOf(value);
if (type==="number")return value===value?value:undefined;
if (type==="string"&&isDigits(value))return makeInteger(value);
return undefined;
}
function blameFields(errorData){
if (kindOf(errorData)!=="object")return undefined;
const specs=errorData.blame_field_specs;
if (kindOf(specs)!=="array")return undefined;
const paths=[];
for (const spec of specs){
if (kindOf(spec)!=="array")continue;
const parts=spec.filter((p)=>kindOf(p)==="string");
if (parts.length>0)paths.push(text(parts.join(".")));
}
return paths.length>0?paths:undefined;
}
function parseObject(body){
if (kindOf(body)!=="string")return undefined;
const parsed=JSON.parse(body);
return kindOf(parsed)==="object"?parsed:undefined;
}
function parseMetaError(parsed){
if (parsed===undefined||kindOf(parsed.error)!=="object")return undefined;
const e=parsed.error;
return {
code:wholeNumber(e.code),
subcode:wholeNumber(e.error_subcode),
type:text(e.type),
message:text(e.message),
userTitle:text(e.error_user_title),
userMessage:text(e.error_user_msg),
isTransient:kindOf(e.is_transient)==="boolean"?e.is_transient:undefined,
blameFields:blameFields(e.error_data)
};
}
function fbtraceOf(parsed){
if (parsed===undefined)return undefined;
const top=text(parsed.fbtrace_id);
if (top!==undefined)return top;
const error=parsed.error;
return kindOf(error)==="object"?text(error.fbtrace_id):undefined;
}
function errorVerdict(status,error){
const code2=error===undefined?undefined:error.code;
if (code2===190)return {verdict:"failed",reason:"invalid_token"};
if (code2===100)return {verdict:"failed",reason:"invalid_parameter"};
if (error!==undefined&&error.isTransient===true)
return {verdict:"retry",reason:"transient"};
if (code2===4||code2===17||code2===341||code2===613){
return {verdict:"retry",reason:"rate_limited"};
}
if (code2===1||code2===2)return {verdict:"retry",reason:"temporary_error"};
if (status===429)return {verdict:"retry",reason:"rate_limited"};
if (status>=500&&status<=599)return {verdict:"retry",reason:"server_error"};
if (status>=400&&status<=499)return {verdict:"failed",reason:"client_error"};
return {verdict:"failed",reason:"unexpected_status"};
}
function classifyResponse(statusCode,body){
const status=wholeNumber(statusCode);
if (status===-1)return {verdict:"retry",reason:"timeout"};
if (status===undefined||status<=0)return {verdict:"retry",reason:"network"};
const parsed=parseObject(body);
const error=parseMetaError(parsed);
const fbtraceId=fbtraceOf(parsed);
if (status>=200&&status<=299&&error===undefined){
const received=parsed===undefined?undefined:wholeNumber(parsed.events_received);
return {
verdict:received===0?"failed":"ok",
reason:received===0?"not_received":"accepted",
status:status,
eventsReceived:received,
fbtraceId:fbtraceId
};
}
const decision=errorVerdict(status,error);
return {
verdict:decision.verdict,
reason:decision.reason,
status:status,
fbtraceId:fbtraceId,
error:error
};
}
function classifyRejection(rejection){
const reason=kindOf(rejection)==="object"?rejection.reason:undefined;
return {verdict:"retry",reason:reason==="timed_out"?"timeout":"network"};
}

// template-src/delivery/send.ts
function once(done){
let called=false;
return (ok)=>{
if (called)return;
called=true;
if (ok)done.onSuccess();
else done.onFailure();
};
}
function textOrUndefined(value){
return typeof value==="string"?value:undefined;
}
function isMissing(value){
return value===undefined||value===null;
}
function outcomeOfResponse(response){
if (typeof response!=="object"||response===null)return classifyRejection(response);
const r=response;
return classifyResponse(r.statusCode,r.body);
}
function sendToPixel(request,ctx){
const maxAttempts=ctx.config.retries+1;
return ctx.io.createPromise((resolve)=>{
const attempt=(n)=>{
if (ctx.log.enabled)
ctx.log.write("request",requestEntry(ctx.summary,request,n,maxAttempts));
const started=ctx.log.enabled?ctx.io.now():0;
const settle=(outcome)=>{
const willRetry=outcome.verdict==="retry"&&n<maxAttempts;
if (ctx.log.enabled){
const elapsed=ctx.io.now()-started;
ctx.log.write(
"response",
responseEntry(ctx.summary,request,n,outcome,elapsed,willRetry)
);
}
if (willRetry){
attempt(n+1);
return;
}
resolve({
pixelId:request.pixelId,
ok:outcome.verdict==="ok",
reason:outcome.reason,
attempts:n
});
};
ctx.io.createPromise((go)=>go(undefined)).then(()=>{
const pending=ctx.io.sendHttpRequest(request.url,request.options,request.body);
return isMissing(pending)?ctx.io.createPromise(
(_answered,failed)=>failed(undefined)
):pending;
}).then(
(response)=>settle(outcomeOfResponse(response)),
(rejection)=>settle(classifyRejection(rejection))
);
};
attempt(1);
});
}
function protectSecrets(config,log,event){
const secrets=[];
for (const pixel of config.pixels){
secrets.push(pixel.accessToken);
if (pixel.appSecretProof!=="")secrets.push(pixel.appSecretProof);
}
log.protect(secrets);
log.protect(rawIdentifiers(event.user_data));
}
function deliver(outgoing,config,log,done,io){
const finish=once(done);
const event=outgoing.event;
if (log.enabled)protectSecrets(config,log,event);
const summary={
eventName:textOrUndefined(event.event_name),
eventId:textOrUndefined(event.event_id),
matchKeys:log.enabled?matchKeySummary(event.user_data):[]
};
const requests=[];
for (const pixel of config.pixels){
const request=buildRequest(event,outgoing.eventTestCode,pixel,config);
if (typeof request==="string"){
log.problems("request",[{key:"event",reason:request+"; not sent"}]);
finish(false);
return;
}
requests.push(request);
}
if (requests.length===0){
log.problems("request",[{key:"pixels",reason:"no pixel to send to"}]);
finish(false);
return;
}
if (config.optimistic)finish(true);
const ctx={config:config,log:log,io:io||sandboxDeliveryIo,summary:summary};
ctx.io.allPromises(requests.map((request)=>sendToPixel(request,ctx))).then(
(results)=>{
if (log.enabled)log.write("result",resultEntry(summary,results,config.optimistic));
let ok=true;
for (const result of results)ok=ok&&result.ok;
finish(ok);
},
()=>{
log.write("result",{event_name:summary.eventName,ok:false,reason:"delivery_error"});
finish(false);
}
);
}

// template-src/lib/event-data.ts
function eventValue(reader,key){
const values=reader.values;
if (values.hasOwnProperty(key))return values[key];
const value=reader.source(key);
values[key]=value;
return value;
}
function memberOf(value,name){
return typeof value==="object"&&value!==null ?value[name]:undefined;
}
var INDEX="^[0-9]{1,3}$";
function listOf(value){
if (isArray(value))return value;
if (!isObject(value))return [];
const keys=Object.keys(value);
if (keys.length===0)return [value];
const index=createRegex(INDEX);
for (const key of keys){
if (key.search(index)!==0)return [value];
}
return keys.map((key)=>value[key]);
}
function inside(reader,top,path,dot){
const rest=path.substring(dot+1);
const fanOut=rest.indexOf("[].");
const listKey=path.substring(0,dot+1+fanOut+2);
const values=reader.values;
if (!values.hasOwnProperty(listKey))
values[listKey]=listOf(top[rest.substring(0,fanOut)]);
const member=rest.substring(fanOut+3);
const found=[];
for (const element of values[listKey]){
const value=typeof element==="object"&&element!==null ?element[member]:undefined;
if (typeof value==="object"&&value!==null &&isArray(value)){
for (const v of value)found.push(v);
}else if (value!==undefined&&value!==null){
found.push(value);
}
}
return found;
}
function firstFound(reader,paths,use){
const values=reader.values;
let comma=paths.indexOf(",");
let path=comma<0?paths:paths.substring(0,comma);
let dot=path.indexOf(".");
let key=dot<0?path:path.substring(0,dot);
let value=values[key];
if (!values.hasOwnProperty(key)){
value=reader.source(key);
values[key]=value;
}
if (dot>=0){
if (typeof value!=="object"||value===null)value=undefined;
else
value=path.indexOf("[]")<0?value[path.substring(dot+1)]:inside(reader,value,path,dot);
}
let result=value===undefined||value===null ?undefined:use(value,path);
if (result!==undefined||comma<0)return result;
const rest=paths.substring(comma+1);
comma=rest.indexOf(",");
path=comma<0?rest:rest.substring(0,comma);
dot=path.indexOf(".");
key=dot<0?path:path.substring(0,dot);
value=values[key];
if (!values.hasOwnProperty(key)){
value=reader.source(key);
values[key]=value;
}
if (dot>=0){
if (typeof value!=="object"||value===null)value=undefined;
else
value=path.indexOf("[]")<0?value[path.substring(dot+1)]:inside(reader,value,path,dot);
}
result=value===undefined||value===null ?undefined:use(value,path);
if (result!==undefined||comma<0)return result;
rest.substring(comma+1).split(",").some((further)=>{
const at=further.indexOf(".");
const name=at<0?further:further.substring(0,at);
let found=values[name];
if (!values.hasOwnProperty(name)){
found=reader.source(name);
values[name]=found;
}
if (at>=0){
if (typeof found!=="object"||found===null)found=undefined;
else
found=further.indexOf("[]")<0?memberPath(found,further.substring(at+1)):inside(reader,found,further,at);
}
if (found===undefined||found===null)return false;
result=use(found,further);
return result!==undefined;
});
return result;
}
function memberPath(top,members){
let value=top;
for (const name of members.split(".")){
if (!isObject(value))return undefined;
value=value[name];
}
return value;
}
function valueAt(reader,path){
const dot=path.indexOf(".");
if (dot<0)return eventValue(reader,path);
const top=eventValue(reader,path.substring(0,dot));
return typeof top==="object"&&top!==null ?memberPath(top,path.substring(dot+1)):undefined;
}

// template-src/log/io.ts
var sandboxLogIo={
logToConsole:logToConsole,
getContainerVersion:getContainerVersion
};

// template-src/log/modes.ts
var DEFAULT_LOG_MODE="debug";
function readLogMode(value){
if (value==="off"||value==="always"||value==="debug")return value;
return DEFAULT_LOG_MODE;
}

// template-src/log/redact.ts
var REDACTED="[redacted]";
var TOKEN_SHAPE="EAA[A-Za-z0-9_-]{21,}";
var PARTIAL=16;
var LONG_SECRET=24;
function redactionForms(secrets){
const forms=secrets.concat([]);
const add=(form,secret)=>{
if (typeof form==="string"&&form!==secret&&forms.indexOf(form)<0)forms.push(form);
};
for (const secret of secrets){
const quoted=JSON.stringify(secret);
if (typeof quoted==="string")add(quoted.slice(1,-1),secret);
add(encodeUriComponent(secret),secret);
add(secret.toUpperCase(),secret);
if (secret.length>=LONG_SECRET)add(secret.substring(0,PARTIAL),secret);
}
return forms.sort((a,b)=>b.length-a.length);
}
function redact(text2,forms,tokenShape){
let out=text2;
for (const form of forms){
if (form.length>0)out=out.split(form).join(REDACTED);
}
return out.replace(tokenShape,REDACTED);
}

// template-src/log/logger.ts
var LOG_TAG="meta-capi";
var MAX_VALUE_LENGTH=500;
var MAX_DEPTH=5;
function isDebugSession(io){
const version=io.getContainerVersion();
if (kindOf(version)!=="object")return false;
const v=version;
return v.debugMode===true ||v.previewMode===true;
}
function cleanValue(value,redaction,depth){
const type=kindOf(value);
if (type==="string"){
const clean=redact(value,redaction.forms,redaction.tokenShape);
return clean.length>MAX_VALUE_LENGTH?clean.substring(0,MAX_VALUE_LENGTH)+"...":clean;
}
if (type!=="array"&&type!=="object")return value;
if (depth>=MAX_DEPTH)return "[nested]";
if (type==="array"){
return value.map((v)=>cleanValue(v,redaction,depth+1));
}
const record=value;
const out={};
for (const key of Object.keys(record)){
out[redact(key,redaction.forms,redaction.tokenShape)]=cleanValue(
record[key],
redaction,
depth+1
);
}
return out;
}
function formatLine(type,entry,redaction){
const line={tag:LOG_TAG,type:type};
for (const key of Object.keys(entry)){
if (entry[key]!==undefined)line[key]=cleanValue(entry[key],redaction,1);
}
const text2=JSON.stringify(line);
return typeof text2==="string"?text2:'{"tag":"'+LOG_TAG+'","type":"'+type+'","error":"entry not serializable"}';
}
function silentLogger(){
const nothing=()=>undefined;
return {enabled:false,protect:nothing,write:nothing,problems:nothing};
}
function createLogger(fields,io){
const sys=io||sandboxLogIo;
const mode=readLogMode(fields.logMode);
if (mode==="off"||mode==="debug"&&!isDebugSession(sys))return silentLogger();
const secrets=secretsOfPixelRows(fields.pixels);
const tokenShape=createRegex(TOKEN_SHAPE,"g");
const write=(type,entry)=>{
const redaction={forms:redactionForms(secrets),tokenShape:tokenShape};
sys.logToConsole(formatLine(type,entry,redaction));
};
return {
enabled:true,
protect:(values)=>{
for (const value of values){
const blank=typeof value!=="string"||value.trim()==="";
if (!blank&&secrets.indexOf(value)<0)secrets.push(value);
}
},
write:write,
problems:(stage,problems)=>{
if (problems.length===0)return;
write("problems",{
stage:stage,
problems:problems.map((p)=>({key:makeString(p.key),reason:makeString(p.reason)}))
});
}
};
}

// template-src/lib/problems.ts
function report(problems,key,reason){
problems.push({key:key,reason:reason});
}

// template-src/checks/checks.ts
function isWeakOnly(keys){
for (const weakSet of WEAK_KEY_SETS.substring(1,WEAK_KEY_SETS.length-1).split("|")){
let inside2=true;
for (const key of keys){
if (weakSet.indexOf(" "+key+" ")<0){
inside2=false;
break;
}
}
if (inside2)return true;
}
return false;
}
function missingRequired(event,problems){
const missing=[];
if (event.action_source==="app"){
const app=event.app_data;
if (memberOf(app,"advertiser_tracking_enabled")===undefined||!isArray(memberOf(app,"extinfo"))){
report(
problems,
"app_data",
"app events need app_data with advertiser_tracking_enabled and extinfo; send app_data or the Firebase fields x-ga-platform and x-ga-os_version, or fill the App data fields"
);
missing.push("an app event without app_data.extinfo");
}
}
if (event.action_source==="business_messaging"&&event.messaging_channel===undefined){
report(
problems,
"messaging_channel",
"required for business_messaging but missing; send messaging_channel or choose the Messaging channel field"
);
missing.push("a business_messaging event without messaging_channel");
}else if (event.action_source==="business_messaging"){
const ids=lookup(CHANNEL_IDENTIFIERS,event.messaging_channel)||"";
for (const key of ids.split(",")){
if (event.user_data[key]===undefined){
report(
problems,
"user_data."+key,
"expected in "+event.messaging_channel+" events; Meta may reject the event without it"
);
}
}
}
if (event.event_name==="Purchase"){
const custom=event.custom_data;
if (memberOf(custom,"value")===undefined){
report(
problems,
"custom_data.value",
"Purchase without a value; send value (or priced items) with the event, or set it in the Custom data overrides"
);
missing.push("a Purchase without value");
}
if (memberOf(custom,"currency")===undefined){
report(
problems,
"custom_data.currency",
"Purchase without a currency; send currency with the event or fill the Default currency field (defaultCurrency)"
);
missing.push("a Purchase without currency");
}
}
return missing.join("; ");
}
function checksStage(ctx){
const event=ctx.event;
const problems=ctx.problems;
const keys=Object.keys(event.user_data);
if (keys.length>0&&isWeakOnly(keys)){
report(
problems,
"user_data",
"only keys Meta deems insufficient on their own (v13.0 baseline)"
);
}
if (event.action_source==="website"){
if (event.event_source_url===undefined){
report(problems,"event_source_url","required for website events");
}
if (event.user_data.client_user_agent===undefined){
report(problems,"user_data.client_user_agent","required for website events");
}
}
let missing=missingRequired(event,problems);
if (keys.length===0){
report(problems,"user_data","no customer information parameter left");
missing=missing===""?"no customer information":missing+"; no customer information";
}
return missing===""?undefined:{
ok:false,
stage:"event",
reason:"Meta would reject this event: "+missing
};
}

// template-src/consent/signals.ts
function consentValue(value){
if (value===undefined||value===null ||value==="")return "absent";
if (value===true)return "granted";
if (value===false)return "denied";
if (typeof value!=="string")return "malformed";
const text2=value.trim().toLowerCase();
if (text2==="granted"||text2==="true")return "granted";
if (text2==="denied"||text2==="false")return "denied";
return "malformed";
}
function customConsentValue(value){
return typeof value==="string"&&value.trim().toLowerCase()==="limited"?"limited":consentValue(value);
}
function gcsSignal(gcs,purpose){
if (gcs===undefined||gcs===null ||gcs==="")return "absent";
if (typeof gcs!=="string"||gcs.length!==4||gcs.substring(0,2)!=="G1"){
return "malformed";
}
const x=gcs.charAt(2);
const y=gcs.charAt(3);
if (x!=="0"&&x!=="1"||y!=="0"&&y!=="1")return "malformed";
if (purpose!=="ad_storage")return "absent";
return x==="1"?"granted":"denied";
}
var GCD="^[0-9]{2}[trnvpqmul][0-9][trnvpqmul][0-9][trnvpqmul][0-9][trnvpqmul]";
function gcdSignal(gcd,purpose){
if (gcd===undefined||gcd===null ||gcd==="")return "absent";
if (typeof gcd!=="string"||gcd.search(createRegex(GCD))!==0){
return "malformed";
}
const letter=gcd.charAt(purpose==="ad_storage"?2:6);
if ("trnv".indexOf(letter)>=0)return "granted";
if ("pqmu".indexOf(letter)>=0)return "denied";
return "absent";
}

// template-src/consent/decision.ts
function sourceAt(reader,mode,fields,i){
if (mode==="custom"){
return i===0?{key:"consentCustomValue",signal:customConsentValue(fields.consentCustomValue)}:undefined;
}
const purpose=mode==="adStorage"?"ad_storage":"ad_user_data";
if (i===0){
const state=eventValue(reader,"consent_state");
return {key:"consent_state."+purpose,signal:consentValue(memberOf(state,purpose))};
}
if (i===1)
return {key:"x-ga-gcd",signal:gcdSignal(eventValue(reader,"x-ga-gcd"),purpose)};
if (i===2&&purpose==="ad_storage"){
return {key:"x-ga-gcs",signal:gcsSignal(eventValue(reader,"x-ga-gcs"),purpose)};
}
return undefined;
}
function firstSignal(reader,mode,fields,problems){
for (let i=0;;i++){
const source=sourceAt(reader,mode,fields,i);
if (source===undefined)return {key:"",signal:"absent"};
if (source.signal==="malformed"){
if (problems!==undefined){
report(problems,source.key,"malformed consent signal; treated as absent");
}
}else if (source.signal!=="absent"){
return source;
}
}
}
function decideConsent(reader,fields,problems){
const mode=fields.consentMode;
if (mode===undefined||mode==="ignore"){
return {
allowed:true,
reason:"consent not checked (mode: ignore)",
outcome:"full",
cookiesReadable:true,
cookiesWritable:true
};
}
const subject=mode==="custom"?"custom consent":mode==="adStorage"?"ad_storage":"ad_user_data";
const send=fields.consentWhenAbsent==="send";
const found=firstSignal(reader,mode,fields,problems);
const storage=mode==="adStorage"?found:firstSignal(reader,"adStorage",fields,undefined);
const limited=mode==="adUserData"&&found.signal==="denied"||found.signal==="limited";
const outcome=limited?deniedOutcome(fields.consentDeniedAction):"full";
const decision={
allowed:found.signal==="granted"||found.signal==="absent"&&send||outcome!=="full",
reason:found.signal==="absent"?"no "+subject+" signal; "+(send?"sent":"blocked")+" as configured for a missing signal":subject+" "+found.signal+" ("+found.key+")",
outcome:outcome,
cookiesReadable:storage.signal!=="denied"&&outcome!=="anonymous",
cookiesWritable:outcome!=="anonymous"&&(storage.signal==="granted"||storage.signal==="absent"&&send)
};
return decision;
}
function deniedOutcome(action){
return action==="anonymous"||action==="ldu"?action:"full";
}
function noteIgnoredDenial(reader,fields,problems){
for (const mode of["adStorage","adUserData"]){
const found=firstSignal(reader,mode,fields,undefined);
if (found.signal==="denied"){
const purpose=mode==="adStorage"?"ad_storage":"ad_user_data";
report(
problems,
found.key,
"denies "+purpose+'; sent because the consent mode is "No consent check"'
);
}
}
}
function consentStage(ctx){
const decision=decideConsent(ctx.eventData,ctx.fields,ctx.problems);
ctx.cookiesReadable=decision.cookiesReadable;
ctx.cookiesWritable=decision.cookiesWritable;
ctx.consentOutcome=decision.outcome;
if (decision.allowed&&decision.outcome!=="full"){
report(
ctx.problems,
"consent",
decision.reason+(decision.outcome==="anonymous"?"; sent without customer information and with opt_out, as configured":"; sent with Limited Data Use, as configured")
);
}
const mode=ctx.fields.consentMode;
if (ctx.log.enabled&&(mode===undefined||mode==="ignore")){
noteIgnoredDenial(ctx.eventData,ctx.fields,ctx.problems);
}
return decision.allowed?undefined:{ok:true,stage:"consent",reason:decision.reason};
}

// template-src/lib/field-values.ts
function objectOf(raw,problems,key,source){
if (raw===undefined||raw===null ||raw==="")return undefined;
const object=typeof raw==="string"?JSON.parse(raw):raw;
if (kindOf(object)==="object")return object;
report(problems,key,source+" is not an object; ignored");
return undefined;
}
function rowsByName(rows){
const values={};
if (!isArray(rows))return values;
for (const row of rows){
const name=isObject(row)?textOf(row.name):undefined;
if (name!==undefined&&name!==""&&name!=="__proto__")values[name]=row.value;
}
return values;
}

// template-src/custom-data/parse-decimal.ts
var MAX_TEXT=64;
function parseDecimal(raw){
if (typeof raw==="number")return raw-raw===0?raw:undefined;
if (typeof raw!=="string")return undefined;
if (raw.length>MAX_TEXT)return undefined;
let text2=raw.trim();
let sign="";
if (text2.charAt(0)==="-"||text2.charAt(0)==="+"){
sign=text2.charAt(0)==="-"?"-":"";
text2=text2.substring(1).trim();
}
text2=withoutSpaceGrouping(text2);
if (text2.length===0||text2.length>30)return undefined;
if (text2.search(createRegex("^[0-9.,]+$"))!==0)return undefined;
const mark=decimalMark(text2);
const at=mark===""?text2.length:text2.lastIndexOf(mark);
const fraction=text2.substring(at+1);
const bothMarks=text2.indexOf(".")>=0&&text2.indexOf(",")>=0;
if (fraction!==""&&!isDigits(fraction)||bothMarks&&fraction==="")return undefined;
const grouping=mark==="."?",":mark===","?".":text2.indexOf(",")>=0?",":".";
const groups=text2.substring(0,at).split(grouping);
if (groups.length>1){
if (groups[0].length<1||groups[0].length>3)return undefined;
for (let i=1;i<groups.length;i++){
if (groups[i].length!==3)return undefined;
}
}
const number=makeNumber(sign+groups.join("")+(mark===""?"":"."+fraction));
return number-number===0?number:undefined;
}
function withoutSpaceGrouping(text2){
const whitespace=createRegex("["+WHITESPACE_CLASS+"]");
if (text2.search(whitespace)<0)return text2;
let result="";
let i=0;
while (i<text2.length){
const character=text2.charAt(i);
if (character.search(whitespace)<0){
result+=character;
i++;
continue;
}
let next=i;
while (next<text2.length&&text2.charAt(next).search(whitespace)===0)next++;
const group=text2.substring(next,next+4);
const threeDigits=group.length>=3&&isDigits(group.substring(0,3));
const groupEnds=group.length===3||!isDigits(group.charAt(3));
const before=result.charAt(result.length-1);
if (before!==""&&!isDigits(before)||!threeDigits||!groupEnds)return "";
i=next;
}
return result;
}
function decimalMark(text2){
const dot=text2.lastIndexOf(".");
const comma=text2.lastIndexOf(",");
if (dot>=0&&comma>=0)return dot>comma?".":",";
if (comma>=0){
const single=text2.indexOf(",")===comma;
return single&&text2.length-comma-1!==3?",":"";
}
if (dot>=0)return text2.indexOf(".")===dot?".":"";
return "";
}

// template-src/custom-data/text.ts
var MAX_TEXT_LENGTH=500;
function textValue(raw){
const text2=textOf(raw);
return text2===undefined||text2.length>MAX_TEXT_LENGTH?undefined:text2;
}
function enumValue(raw,allowed){
const text2=textValue(raw);
if (text2===undefined)return undefined;
const value=text2.toLowerCase();
return inList(allowed,value)?value:undefined;
}

// template-src/custom-data/contents.ts
var MAX_CONTENTS=200;
var MAX_ROWS_REPORTED=10;
function rowText(raw){
if (typeof raw==="string"){
const text2=raw.trim();
return text2.length>MAX_TEXT_LENGTH?undefined:text2;
}
return raw===undefined||raw===null ?"":textValue(raw);
}
function textField(row,field,raw,problems,where){
const text2=rowText(raw);
if (text2===undefined){
report(problems,"custom_data.contents",where+": "+field+" is not text");
}else if (text2.search(PERSONAL_DATA)>=0){
report(
problems,
"custom_data.contents",
where+": "+field+" "+PERSONAL_REASON+"; left out"
);
}else if (text2!==""){
row[field]=text2;
}
}
function quantityOf(raw,problems,where){
if (raw===undefined||raw===null ||raw==="")return 1;
const quantity=parseDecimal(raw);
if (quantity!==undefined&&quantity>=1&&Math.floor(quantity)===quantity)return quantity;
report(
problems,
"custom_data.contents",
where+": quantity is not a whole number of at least 1; 1 used"
);
return 1;
}
function contentRow(item,itemIdKey,problems,where){
const fromItem=itemIdKey!==undefined;
let rawId=item.id;
if (fromItem){
const byKey=item[itemIdKey];
const itemId=item.item_id;
if (byKey!==undefined&&byKey!==null &&byKey!=="")rawId=byKey;
else if (itemId!==undefined&&itemId!==null &&itemId!=="")rawId=itemId;
else if (rawId===null ||rawId==="")rawId=undefined;
}
const id=typeof rawId==="string"&&rawId.length<=MAX_TEXT_LENGTH?rawId.trim():rowText(rawId);
if (id===undefined||id===""){
report(problems,"custom_data.contents",where+" has no usable id; left out");
return undefined;
}
const rawQuantity=item.quantity;
const quantity=typeof rawQuantity==="number"&&rawQuantity>=1&&Math.floor(rawQuantity)===rawQuantity?rawQuantity:quantityOf(rawQuantity,problems,where);
const row={id:id,quantity:quantity};
const rawPrice=fromItem?item.price:item.item_price;
if (rawPrice!==undefined&&rawPrice!==null &&rawPrice!==""){
const price=typeof rawPrice==="number"&&rawPrice-rawPrice===0?rawPrice:parseDecimal(rawPrice);
if (price===undefined){
report(problems,"custom_data.contents",where+": price is not a number");
}else {
row.item_price=price;
}
}
const title=fromItem?item.item_name:item.title;
if (typeof title==="string"&&title.length<=MAX_TEXT_LENGTH&&title.trim()!==""&&title.search(PERSONAL_DATA)<0){
row.title=title.trim();
}else if (title!==undefined){
textField(row,"title",title,problems,where);
}
const brand=fromItem?item.item_brand:item.brand;
if (typeof brand==="string"&&brand.length<=MAX_TEXT_LENGTH&&brand.trim()!==""&&brand.search(PERSONAL_DATA)<0){
row.brand=brand.trim();
}else if (brand!==undefined){
textField(row,"brand",brand,problems,where);
}
const category=fromItem?item.item_category:item.category;
if (typeof category==="string"&&category.length<=MAX_TEXT_LENGTH&&category.trim()!==""&&category.search(PERSONAL_DATA)<0){
row.category=category.trim();
}else if (category!==undefined){
textField(row,"category",category,problems,where);
}
if (!fromItem&&item.description!==undefined){
textField(row,"description",item.description,problems,where);
}
if (!fromItem&&item.delivery_category!==undefined){
const delivery=enumValue(item.delivery_category,DELIVERY_CATEGORIES);
if (delivery===undefined){
report(
problems,
"custom_data.contents",
where+": delivery_category is not one of "+DELIVERY_CATEGORIES
);
}else {
row.delivery_category=delivery;
}
}
return row;
}
function normalizeContents(raw,problems,source,itemIdKey){
const list=typeof raw==="string"?JSON.parse(raw):raw;
const rows=[];
if (!isArray(list)){
report(problems,"custom_data.contents","from "+source+": not a list");
return rows;
}
let troubledRows=0;
let unlisted=0;
let unlistedLeftOut=0;
for (let i=0;i<list.length;i++){
const where="from "+source+": row "+(i+1);
if (i===MAX_CONTENTS){
report(
problems,
"custom_data.contents",
where+" and later rows left out (over "+MAX_CONTENTS+")"
);
break;
}
const item=list[i];
const rowProblems=[];
let row;
if (typeof item!=="object"||item===null ||getType(item)!=="object"){
report(rowProblems,"custom_data.contents",where+" is not an object; left out");
}else {
row=contentRow(item,itemIdKey,rowProblems,where);
}
if (row!==undefined)rows.push(row);
if (rowProblems.length===0)continue;
troubledRows++;
if (troubledRows<=MAX_ROWS_REPORTED){
for (const p of rowProblems)problems.push(p);
}else {
unlisted++;
if (row===undefined)unlistedLeftOut++;
}
}
if (unlisted>0){
report(
problems,
"custom_data.contents",
"from "+source+": "+unlisted+" more rows with problems ("+unlistedLeftOut+" of them left out)"
);
}
return withoutPersonalIds(rows,problems,source);
}
function withoutPersonalIds(rows,problems,source){
const ids=[];
for (const row of rows)ids.push(row.id);
if (!looksPersonal(ids.join("\n")))return rows;
const kept=[];
for (const row of rows){
if (looksPersonal(row.id)){
report(
problems,
"custom_data.contents",
"from "+source+": an id "+PERSONAL_REASON+"; row left out"
);
}else kept.push(row);
}
return kept;
}

// template-src/custom-data/properties.ts
var MAX_JSON_LENGTH=5000;
var MAX_PROPERTIES=100;
function propertyKey(name){
return "custom_data."+(isPlainName(name)?name:"(a property with an unusual name)");
}
function customPropertyValue(name,raw,problems,source){
const type=kindOf(raw);
if (type==="undefined"||type==="null")return undefined;
if (type==="boolean")return raw;
if (type==="number"&&raw-raw===0)return raw;
let what="an unusable "+type;
if (type==="string"){
const text2=raw.trim();
const short=text2.length<=MAX_TEXT_LENGTH;
if (short&&!looksPersonal(text2))return text2===""?undefined:text2;
what=short?PERSONAL_REASON:"text longer than "+MAX_TEXT_LENGTH+" characters";
}else if (type==="array"||type==="object"){
const json=JSON.stringify(raw);
if (json!==undefined&&json.length<=MAX_JSON_LENGTH&&!looksPersonal(json))return raw;
if (json!==undefined&&json.length<=MAX_JSON_LENGTH)
what="holds a value that "+PERSONAL_REASON;
}
report(problems,propertyKey(name),"from "+source+": "+what);
return undefined;
}
function addProperties(customData,taken,values,source,problems){
let added=false;
for (const name of Object.keys(values)){
if (taken["k:"+name]===true ||name==="__proto__"||inList(STANDARD_CUSTOM_KEYS,name)){
continue;
}
if (taken.count===MAX_PROPERTIES){
report(
problems,
"custom_data",
"from "+source+": more than "+MAX_PROPERTIES+" custom properties; the rest left out"
);
break;
}
if (looksPersonal(name)){
report(
problems,
"custom_data",
"from "+source+": a property name "+PERSONAL_REASON+"; left out"
);
continue;
}
const value=customPropertyValue(name,values[name],problems,source);
if (value===undefined)continue;
customData[name]=value;
taken["k:"+name]=true;
taken.count=taken.count+1;
added=true;
}
return added;
}

// template-src/custom-data/values.ts
var MAX_CONTENT_IDS=200;
function isEmpty(raw){
return raw===undefined||raw===null ||typeof raw==="string"&&raw.trim()===""||typeof raw==="object"&&isArray(raw)&&raw.length===0;
}
function withoutPersonal(ids,problems,where){
const kept=[];
for (const id of ids){
if (!looksPersonal(id))kept.push(id);
}
report(problems,"custom_data.content_ids",where+"ids that "+PERSONAL_REASON+" left out");
return kept.length>0?kept.slice(0,MAX_CONTENT_IDS):null;
}
function contentIds(raw,problems,source){
let list=raw;
if (typeof raw==="string"){
const text2=raw.trim();
list=text2.charAt(0)==="["?JSON.parse(text2):text2.split(",");
}else if (typeof raw==="number"){
list=[raw];
}
if (!isArray(list))return undefined;
const ids=[];
let skipped=0;
for (let i=0;i<list.length&&ids.length<=MAX_CONTENT_IDS;i++){
const id=textValue(list[i]);
if (id===undefined)skipped++;
else if (id!==""&&ids.indexOf(id)<0)ids.push(id);
}
const where="from "+source+": ";
if (skipped>0){
report(problems,"custom_data.content_ids",where+skipped+" unusable ids left out");
}
if (ids.length>MAX_CONTENT_IDS){
report(
problems,
"custom_data.content_ids",
where+"ids after the first "+MAX_CONTENT_IDS+" left out"
);
}
if (looksPersonal(ids.join("\n")))return withoutPersonal(ids,problems,where);
return ids.length>0?ids.slice(0,MAX_CONTENT_IDS):null;
}
function checked(key,raw,problems,source){
switch (key){
case "value":
case "predicted_ltv":
case "net_revenue":
return parseDecimal(raw);
case "content_name":
case "content_category":
case "order_id":
case "search_string":
case "item_number":
case "status":{
if (key==="status"&&kindOf(raw)==="boolean")return raw;
const text2=textValue(raw);
if (text2===undefined||!looksPersonal(text2))return text2;
report(
problems,
"custom_data."+key,
"from "+source+": "+PERSONAL_REASON+"; left out"
);
return null;
}
case "currency":
return typeof raw==="string"?currencyCode(raw):undefined;
case "content_ids":
return contentIds(raw,problems,source);
case "contents":{
const rows=normalizeContents(raw,problems,source);
return rows.length>0?rows:null;
}
case "content_type":
return enumValue(raw,CONTENT_TYPES);
case "num_items":{
const count=parseDecimal(raw);
return count!==undefined&&count>=0&&Math.floor(count)===count?count:undefined;
}
case "delivery_category":
return enumValue(raw,DELIVERY_CATEGORIES);
case "customer_segmentation":
return enumValue(raw,CUSTOMER_SEGMENTATION_VALUES);
}
return undefined;
}
function invalidReason(key){
if (key==="value"||key==="predicted_ltv"||key==="net_revenue"||key==="num_items"){
return "not a number";
}
if (key==="currency")return "not an ISO 4217 currency code";
if (key==="content_ids")return "not a list of ids";
if (key==="content_type")return "not one of "+CONTENT_TYPES;
if (key==="delivery_category")return "not one of "+DELIVERY_CATEGORIES;
if (key==="customer_segmentation")return "not a customer segmentation value Meta knows";
return "not text of at most 500 characters";
}
function normalizeCustomValue(key,raw,problems,source){
if (isEmpty(raw))return undefined;
const value=checked(key,raw,problems,source);
if (value===undefined){
report(problems,"custom_data."+key,"from "+source+": "+invalidReason(key));
}
return value===null ?undefined:value;
}

// template-src/custom-data/build-custom-data.ts
var TABLE_SOURCE="the custom data table";
var OBJECT_SOURCE="the custom data variable";
var SERVER_SOURCE="the server data table";
var PROPERTIES_KEY="custom_properties";
function eventSources(reader,fields,problems){
const properties=objectOf(eventValue(reader,PROPERTIES_KEY),problems,"custom_data",PROPERTIES_KEY)||{};
const idKey=textValue(fields.itemIdKey);
const sources={
properties:properties,
propertyNames:Object.keys(properties),
items:[],
itemsPath:"",
idKey:idKey===undefined||idKey===""?"item_id":idKey
};
for (const path of ITEM_LIST_SOURCES.split(",")){
const list=valueAt(reader,path);
if (isArray(list)){
sources.items=list;
sources.itemsPath=path;
if (list.length>0)break;
}else if (!isEmpty(list)){
report(problems,"custom_data.contents","from "+path+": not a list");
}
}
return sources;
}
function fromItemsOrProperties(key,event,problems){
const items=event.items;
if (items.length>0){
let value;
if (key==="contents"){
const rows=normalizeContents(items,problems,event.itemsPath,event.idKey);
value=rows.length>0?rows:undefined;
}else {
const first=isObject(items[0])?items[0]:{};
const lone=items.length===1?first:{};
const raw=key==="content_name"?lone.item_name:key==="content_category"?lone.item_category:key==="currency"?first.currency:undefined;
if (raw!==undefined)value=normalizeCustomValue(key,raw,problems,event.itemsPath);
}
if (value!==undefined)return value;
}
if (event.propertyNames.indexOf(key)>=0){
return normalizeCustomValue(key,event.properties[key],problems,PROPERTIES_KEY);
}
return undefined;
}
function deriveFromContents(standard,fields,problems){
const contents=standard.contents;
if (contents!==undefined&&(standard.content_ids===undefined||standard.num_items===undefined)){
const ids=[];
let count=0;
for (const row of contents){
if (ids.indexOf(row.id)<0)ids.push(row.id);
count+=row.quantity;
}
if (standard.content_ids===undefined)standard.content_ids=ids;
if (standard.num_items===undefined)standard.num_items=count;
}
if (standard.content_type===undefined&&standard.content_ids!==undefined){
standard.content_type=defaultContentType(fields.contentType,problems);
}
}
function valueOfContents(contents){
if (contents===undefined)return undefined;
let total=0;
for (const row of contents){
if (row.item_price===undefined)return undefined;
total+=row.item_price*row.quantity;
}
return Math.round(total*10000)/10000;
}
function defaultContentType(value,problems){
if (value===undefined||value===null)return "product";
if (value===""||value==="none")return undefined;
if (inList(CONTENT_TYPES,value))return value;
report(
problems,
"custom_data.content_type",
"the content type field is not one of "+CONTENT_TYPES
);
return undefined;
}
function buildCustomData(reader,fields,eventName,serverData,problems){
const table=rowsByName(fields.customDataList);
const object=objectOf(fields.customDataObject,problems,"custom_data",OBJECT_SOURCE)||{};
const event=fields.autoMapCustomData!==false ?eventSources(reader,fields,problems):undefined;
const tableKeys=Object.keys(table);
const objectKeys=Object.keys(object);
const standard={};
const entries=CUSTOM_DATA_SOURCES.substring(1,CUSTOM_DATA_SOURCES.length-1).split("|");
for (const entry of entries){
const equals=entry.indexOf("=");
const key=entry.substring(0,equals);
let value;
if (key==="customer_segmentation"&&serverData.customer_segmentation!==undefined){
value=normalizeCustomValue(key,serverData.customer_segmentation,problems,SERVER_SOURCE);
}
if (value===undefined&&tableKeys.indexOf(key)>=0)
value=normalizeCustomValue(key,table[key],problems,TABLE_SOURCE);
if (value===undefined&&objectKeys.indexOf(key)>=0){
value=normalizeCustomValue(key,object[key],problems,OBJECT_SOURCE);
}
if (value===undefined&&event!==undefined){
value=firstFound(
reader,
entry.substring(equals+1),
(raw,path)=>normalizeCustomValue(key,raw,problems,path)
);
const fromItems=event.items.length>0&&(key==="contents"||key==="content_name"||key==="content_category"||key==="currency");
if (value===undefined&&(fromItems||event.propertyNames.length>0)){
value=fromItemsOrProperties(key,event,problems);
}
}
if (value!==undefined)standard[key]=value;
}
deriveFromContents(standard,fields,problems);
if (eventName==="Purchase"&&standard.value===undefined){
standard.value=valueOfContents(standard.contents);
}
if (standard.currency===undefined&&(eventName==="Purchase"||standard.value!==undefined||standard.predicted_ltv!==undefined||standard.net_revenue!==undefined)){
const currency=textOf(fields.defaultCurrency);
if (currency!==undefined&&currency!=="")standard.currency=currencyCode(currency);
}
const customData={};
let any=false;
for (const entry of entries){
const key=entry.substring(0,entry.indexOf("="));
if (standard[key]!==undefined){
customData[key]=standard[key];
any=true;
}
}
const taken={count:0};
if (addProperties(customData,taken,table,TABLE_SOURCE,problems))any=true;
if (addProperties(customData,taken,object,OBJECT_SOURCE,problems))any=true;
if (event!==undefined&&addProperties(customData,taken,event.properties,PROPERTIES_KEY,problems)){
any=true;
}
return any?customData:undefined;
}
function addCrmFields(customData,leadSource,problems){
if (customData.event_source===undefined)customData.event_source="crm";
if (customData.lead_event_source!==undefined)return;
if (leadSource!=="")customData.lead_event_source=leadSource;
else {
report(
problems,
"leadEventSource",
"the CRM preset sends lead_event_source, the name of your CRM; fill the Lead event source field"
);
}
}
var RESTRICTED_KEYS="content_name, content_category, search_string";
function restrictedCustomData(customData,withheld){
const kept={};
let properties=0;
for (const key of Object.keys(customData)){
if (inList(RESTRICTED_KEYS,key))withheld.push("custom_data."+key);
else if (key==="contents")kept.contents=restrictedContents(customData.contents,withheld);
else if (inList(STANDARD_CUSTOM_KEYS,key)||key==="event_source"||key==="lead_event_source"){
kept[key]=customData[key];
}else properties++;
}
if (properties>0)withheld.push("custom properties ("+properties+")");
return kept;
}
function restrictedContents(rows,withheld){
const kept=[];
let described=false;
for (const row of rows){
const only={id:row.id,quantity:row.quantity};
if (row.item_price!==undefined)only.item_price=row.item_price;
if (row.delivery_category!==undefined)only.delivery_category=row.delivery_category;
described=described||row.title!==undefined||row.brand!==undefined||row.category!==undefined||row.description!==undefined;
kept.push(only);
}
if (described)withheld.push("contents titles, brands, categories and descriptions");
return kept;
}
function customDataStage(ctx){
let customData=buildCustomData(
ctx.eventData,
ctx.fields,
ctx.event.event_name,
ctx.serverData,
ctx.problems
);
if (ctx.crmLeadSource!==undefined){
if (customData===undefined)customData={};
addCrmFields(customData,ctx.crmLeadSource,ctx.problems);
}
if (customData!==undefined&&ctx.fields.restrictedData===true){
customData=restrictedCustomData(customData,ctx.withheld);
}
if (customData!==undefined)ctx.event.custom_data=customData;
return undefined;
}

// template-src/lib/time.ts
var DAY_SECONDS=86400;

// template-src/lib/cookies.ts
function cookieDomain(fields){
const domain=typeof fields.cookieDomain==="string"?fields.cookieDomain.trim():"";
return domain===""||domain.toLowerCase()==="auto"?"auto":domain;
}
function maxAgeSeconds(days,defaultDays,key,problems){
if (days===undefined||days===null ||makeString(days).trim()===""){
return defaultDays*DAY_SECONDS;
}
const n=makeNumber(days);
if (!isFiniteNumber(n)||n<=0){
report(problems,key,"not a positive number of days; used "+defaultDays);
return defaultDays*DAY_SECONDS;
}
return Math.round(n*DAY_SECONDS);
}
function firstPartyCookie(name,value,maxAge,fields){
return {
name:name,
value:value,
options:{
domain:cookieDomain(fields),
path:"/",
"max-age":maxAge,
secure:true,
samesite:"Lax",
httpOnly:fields.cookieHttpOnly===true
}
};
}

// template-src/lib/cookie-names.ts
var FBC_COOKIE="_fbc";
var FBP_COOKIE="_fbp";
var ENHANCEMENT_COOKIE="_capi_eec";
var PURCHASE_GUARD_COOKIE="_capi_orders";

// template-src/dedup/purchase-guard.ts
var HASH_LENGTH=16;
var DEFAULT_ORDERS=10;
var MAX_ORDERS=20;
var DEFAULT_DAYS=30;
function ordersToKeep(value,problems){
const text2=textOf(value);
if (text2==="")return DEFAULT_ORDERS;
const n=text2!==undefined&&isDigits(text2)?makeInteger(text2):0;
if (n>=1&&n<=MAX_ORDERS)return n;
report(
problems,
"purchaseGuardOrders",
"not a whole number from 1 to "+MAX_ORDERS+"; used "+DEFAULT_ORDERS
);
return DEFAULT_ORDERS;
}
function rememberedOrders(cookies,oldest){
const entries=[];
const value=cookies.length>0?cookies[0]:"";
if (typeof value!=="string"||value===""||value.length>1000)return entries;
for (const entry of value.split("_")){
const dot=entry.indexOf(".");
const time=entry.substring(dot+1);
if (dot===HASH_LENGTH&&isDigits(time)&&makeInteger(time)>=oldest)entries.push(entry);
}
return entries;
}
function purchaseGuardStage(ctx){
const event=ctx.event;
const fields=ctx.fields;
if (fields.purchaseGuard!==true ||event.event_name!=="Purchase")return undefined;
if (event.action_source!=="website"||!ctx.cookiesReadable)return undefined;
const orderId=event.custom_data===undefined?undefined:event.custom_data.order_id;
if (orderId===undefined){
report(
ctx.problems,
"purchaseGuard",
"a Purchase without order_id cannot be checked for repeats"
);
return undefined;
}
const now=Math.floor(ctx.now/1000);
const ttl=maxAgeSeconds(
fields.purchaseGuardDays,
DEFAULT_DAYS,
"purchaseGuardDays",
ctx.problems
);
const entries=rememberedOrders(ctx.readCookie(PURCHASE_GUARD_COOKIE),now-ttl);
const hash=sha256Sync(""+orderId,{outputEncoding:"hex"}).substring(0,HASH_LENGTH);
for (const entry of entries){
if (entry.substring(0,HASH_LENGTH)===hash){
return {
ok:true,
stage:"event",
reason:"this browser already sent a Purchase with this order_id (duplicate-purchase guard)"
};
}
}
entries.push(hash+"."+now);
const keep=ordersToKeep(fields.purchaseGuardOrders,ctx.problems);
const kept=entries.length>keep?entries.slice(entries.length-keep):entries;
ctx.cookies.push(
firstPartyCookie(PURCHASE_GUARD_COOKIE,kept.join("_"),ttl,{
cookieDomain:fields.cookieDomain,
cookieHttpOnly:true
})
);
return undefined;
}

// template-src/delivery/defaults.ts
var DEFAULT_API_VERSION="v26.0";
var DEFAULT_TIMEOUT_MS=1500;
var MIN_TIMEOUT_MS=100;
var MAX_TIMEOUT_MS=10000;
var DEFAULT_RETRIES=1;
var MAX_RETRIES=2;
var DELIVERY_BUDGET_MS=4500;
var DELIVERY_MARGIN_MS=300;
function maxTimeoutMs(retries){
const share=(DELIVERY_BUDGET_MS-DELIVERY_MARGIN_MS)/(retries+1);
return share-share%1;
}

// template-src/delivery/pixels.ts
var PIXELS_FIELD="pixels";
var MAX_PIXELS=20;
function cell(row,at,column,problems){
const text2=textOf(row[column]);
if (text2===undefined)report(problems,at+column,"must be text");
return text2;
}
function rowLabel(id,index){
const usable=id!==undefined&&id!==""&&id.length<=20&&isDigits(id);
return PIXELS_FIELD+"["+(usable?"pixel "+id:"row "+(index+1))+"].";
}
function readRow(row,index,problems){
if (!isObject(row)){
report(problems,PIXELS_FIELD+"[row "+(index+1)+"]","is not a table row");
return {
pixelId:"",
accessToken:"",
appSecretProof:"",
testEventCode:"",
allowEvents:"",
blockEvents:""
};
}
const id=textOf(row.pixelId);
const at=rowLabel(id,index);
if (id===undefined)report(problems,at+"pixelId","must be text");
else if (id==="")report(problems,at+"pixelId","is empty");
else if (id!==undefined&&!isDigits(id)){
report(problems,at+"pixelId","must contain digits only");
}
const token=cell(row,at,"accessToken",problems);
if (token==="")report(problems,at+"accessToken","is empty");
else if (token!==undefined&&token.search(createRegex("["+WHITESPACE_CLASS+"]"))>=0){
report(problems,at+"accessToken","contains whitespace (copy the token again)");
}
const proof=cell(row,at,"appSecretProof",problems);
const lowerProof=proof===undefined?"":proof.toLowerCase();
if (lowerProof!==""&&!isLowerHex64(lowerProof)){
report(
problems,
at+"appSecretProof",
"must be the 64-character hex HMAC-SHA256 of the access token in this row"
);
}
const testEventCode=cell(row,at,"testEventCode",problems);
const allowEvents=cell(row,at,"allowEvents",problems);
const blockEvents=cell(row,at,"blockEvents",problems);
return {
pixelId:id===undefined?"":id,
accessToken:token===undefined?"":token,
appSecretProof:lowerProof,
testEventCode:testEventCode===undefined?"":testEventCode,
allowEvents:allowEvents===undefined?"":allowEvents,
blockEvents:blockEvents===undefined?"":blockEvents
};
}
function sameId(a,b){
return a.replace(createRegex("^0+"),"")===b.replace(createRegex("^0+"),"");
}
function checkRepeats(pixels,problems){
for (let index=1;index<pixels.length;index++){
const pixel=pixels[index];
const at=rowLabel(pixel.pixelId,index);
for (let earlier=0;earlier<index;earlier++){
const other=pixels[earlier];
if (pixel.pixelId!==""&&other.pixelId!==""&&sameId(other.pixelId,pixel.pixelId)){
report(
problems,
at+"pixelId",
"repeats row "+(earlier+1)+" (the event would be sent twice)"
);
break;
}
}
if (pixel.appSecretProof==="")continue;
for (let earlier=0;earlier<index;earlier++){
const other=pixels[earlier];
if (other.appSecretProof===pixel.appSecretProof&&other.accessToken!==pixel.accessToken){
report(
problems,
at+"appSecretProof",
"is the same as row "+(earlier+1)+" but the access token differs"
);
break;
}
}
}
}
function readPixels(value,problems){
if (!isArray(value)||value.length===0){
report(problems,PIXELS_FIELD,"needs at least one pixel (dataset) row");
return [];
}
if (value.length>MAX_PIXELS){
report(problems,PIXELS_FIELD,"has more than "+MAX_PIXELS+" rows");
return [];
}
const pixels=[];
for (let index=0;index<value.length;index++){
pixels.push(readRow(value[index],index,problems));
}
checkRepeats(pixels,problems);
return pixels;
}

// template-src/delivery/config.ts
function normalizeApiVersion(text2){
const bare=text2.toLowerCase().indexOf("v")===0?text2.substring(1):text2;
return bare.search(createRegex("^[1-9][0-9]\\.0$"))===0?"v"+bare:undefined;
}
function readApiVersion(value,problems){
const text2=textOf(value);
if (text2==="")return DEFAULT_API_VERSION;
const version=text2===undefined?undefined:normalizeApiVersion(text2);
if (version===undefined){
report(problems,"apiVersion","must look like v26.0");
return DEFAULT_API_VERSION;
}
return version;
}
function readWholeNumber(key,value,min,max,fallback,unit,problems){
const text2=textOf(value);
if (text2==="")return fallback;
const number=text2!==undefined&&isDigits(text2)?makeInteger(text2):undefined;
if (number===undefined||number<min||number>max){
report(problems,key,"must be a whole number from "+min+" to "+max+unit);
return fallback;
}
return number;
}
function readDeliveryConfig(fields,problems){
const pixels=readPixels(fields.pixels,problems);
const apiVersion=readApiVersion(fields.apiVersion,problems);
const timeoutMs=readWholeNumber(
"requestTimeoutMs",
fields.requestTimeoutMs,
MIN_TIMEOUT_MS,
MAX_TIMEOUT_MS,
DEFAULT_TIMEOUT_MS,
" ms",
problems
);
const retries=readWholeNumber(
"retries",
fields.retries,
0,
MAX_RETRIES,
DEFAULT_RETRIES,
"",
problems
);
const testEventCode=textOf(fields.testEventCode);
if (testEventCode===undefined)report(problems,"testEventCode","must be text");
return {
pixels:pixels,
apiVersion:apiVersion,
timeoutMs:timeoutMs,
retries:retries,
testEventCode:testEventCode===undefined?"":testEventCode,
optimistic:fields.optimisticSuccess===true
};
}
function checkChoices(fields,problems){
const table=CHOICE_FIELDS.substring(1,CHOICE_FIELDS.length-1).split("|");
for (const entry of table){
const equals=entry.indexOf("=");
const name=entry.substring(0,equals);
const value=fields[name];
if (value===undefined)continue;
const options=entry.substring(equals+1);
if (typeof value!=="string"||(","+options+",").indexOf(","+value+",")<0){
report(problems,name,"must be one of "+options.split(",").join(", "));
}
}
}
function checkCookieDomain(value,problems){
if (value===undefined||value===null)return;
const text2=typeof value==="string"?value.trim():undefined;
const domain="^\\.?[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$";
if (text2===""||text2!==undefined&&text2.toLowerCase()==="auto")return;
if (text2===undefined||text2.search(createRegex(domain))!==0){
report(problems,"cookieDomain","must be auto or a domain such as example.com");
}
}
function checkDefaultCurrency(value,problems){
const text2=textOf(value);
if (text2==="")return;
if (text2===undefined||currencyCode(text2)===undefined){
report(problems,"defaultCurrency","must be a 3-letter ISO 4217 code such as EUR");
}
}
function fitTimeoutToBudget(config,problems){
const longest=maxTimeoutMs(config.retries);
if (config.timeoutMs<=longest)return;
report(
problems,
"requestTimeoutMs",
"with "+config.retries+" retries at most "+longest+" ms fits the 5 s GTM gives a tag; "+longest+" ms used"
);
config.timeoutMs=longest;
}
function configStage(ctx){
const problems=ctx.problems;
ctx.config=readDeliveryConfig(ctx.fields,problems);
checkChoices(ctx.fields,problems);
checkCookieDomain(ctx.fields.cookieDomain,problems);
checkDefaultCurrency(ctx.fields.defaultCurrency,problems);
if (problems.length>0)return {ok:false,stage:"config"};
fitTimeoutToBudget(ctx.config,problems);
return undefined;
}

// template-src/enhancement/stored-keys.ts
var MAX_VALUES_PER_KEY=2;
var CLOCK_SKEW_SECONDS=60;
function hashedValues(value){
const list=isArray(value)?value:[value];
const hashes=[];
for (const v of list){
if (isHashedValue(v)&&hashes.indexOf(v)<0&&hashes.length<MAX_VALUES_PER_KEY){
hashes.push(v);
}
}
return hashes;
}
function encodeStoredKeys(stored){
return toBase64(JSON.stringify(stored)||"{}");
}
function decodeStoredKeys(value,nowMs,maxAgeSeconds2){
const result={};
const decoded2=typeof value==="string"?fromBase64(value):undefined;
const parsed=typeof decoded2==="string"?JSON.parse(decoded2):undefined;
if (!isObject(parsed))return result;
const now=Math.floor(nowMs/1000);
for (const key of Object.keys(parsed)){
if (!inList(HASHED_KEYS,key))continue;
const entry=isObject(parsed[key])?parsed[key]:undefined;
const t=memberOf(entry,"t");
const v=hashedValues(memberOf(entry,"v"));
const live=isFiniteNumber(t)&&t<=now+CLOCK_SKEW_SECONDS&&now-t<=maxAgeSeconds2;
if (live&&v.length>0)result[key]={v:v,t:Math.floor(t)};
}
return result;
}

// template-src/enhancement/index.ts
var DEFAULT_DAYS2=30;
function isMissing2(value){
return value===undefined||value===null ||value===""||isArray(value)&&value.length===0;
}
function readStored(cookieValues,nowMs,maxAge,problems){
const values=isArray(cookieValues)?cookieValues:[];
for (const value of values){
const stored=decodeStoredKeys(value,nowMs,maxAge);
for (const key in stored){
if (stored.hasOwnProperty(key))return stored;
}
}
if (values.length>0){
report(problems,ENHANCEMENT_COOKIE,"no live hashed keys in the cookie; ignored");
}
return {};
}
function enhancementStage(ctx){
const fields=ctx.fields;
const browser=ctx.event.action_source==="website"&&ctx.cookiesReadable;
if (fields.enableEventEnhancement!==true ||!browser)return undefined;
const userData=ctx.event.user_data;
const maxAge=maxAgeSeconds(
fields.enhancementMaxAgeDays,
DEFAULT_DAYS2,
"enhancementMaxAgeDays",
ctx.problems
);
const stored=readStored(ctx.readCookie(ENHANCEMENT_COOKIE),ctx.now,maxAge,ctx.problems);
const now=Math.floor(ctx.now/1000);
let observed=false;
for (const key of HASHED_KEYS.split(", ")){
const current=hashedValues(userData[key]);
if (current.length>0){
stored[key]={v:current,t:now};
observed=true;
}else if (isMissing2(userData[key])&&stored[key]!==undefined){
userData[key]=stored[key].v;
}
}
if (observed){
ctx.cookies.push(
firstPartyCookie(ENHANCEMENT_COOKIE,encodeStoredKeys(stored),maxAge,{
cookieDomain:fields.cookieDomain,
cookieHttpOnly:true
})
);
}
return undefined;
}

// template-src/meta/limits.ts
var CUSTOM_EVENT_NAME_MAX=50;
function maxEventAgeSeconds(actionSource){
return (actionSource==="physical_store"?62:7)*DAY_SECONDS;
}

// template-src/event-name/defaults.ts
var DEFAULT_STANDARD_EVENT="PageView";

// template-src/event-name/names.ts
var SEPARATORS="[ -]";
function nameText(value){
return typeof value==="string"||isFiniteNumber(value)?makeString(value).trim():"";
}
function caseCorrected(name){
const loose=name.toLowerCase().replace(createRegex(SEPARATORS,"g"),"_");
const standard=lookup(STANDARD_EVENT_BY_LOOSE_NAME,loose);
return standard!==undefined?standard:name;
}
function isStandardEvent(name){
return lookup(STANDARD_EVENT_BY_LOOSE_NAME,name.toLowerCase())===name;
}
function ga4ToMeta(name){
return lookup(GA4_TO_META,name);
}
function parseNameList(value){
const parts=isArray(value)?value:typeof value==="string"?value.split("\n").join(",").split(","):[];
const names=[];
for (const part of parts){
const name=nameText(part);
if (name!=="")names.push(name);
}
return names;
}
function parseMappingTable(rows){
const mappings=[];
if (!isArray(rows))return mappings;
for (const row of rows){
if (!isObject(row))continue;
const source=nameText(row.from);
const to=nameText(row.to);
if (source!==""&&to!=="")mappings.push({from:source,to:to});
}
return mappings;
}

// template-src/event-name/resolve-event-name.ts
var EVENT_NAME_KEY="event_name";
var INVISIBLE="[\\x{0}-\\x{1f}\\x{7f}-\\x{9f}\\x{200b}-\\x{200f}\\x{202a}-\\x{202e}\\x{2066}-\\x{2069}\\x{feff}]";
var VIEW_ITEM_LIST="view_item_list";
function userMapping(incoming,fields){
const table=fields.eventNameMappings;
if (table===undefined||table===null ||table==="")return undefined;
const mappings=parseMappingTable(table);
for (const mapping of mappings){
if (mapping.from===incoming)return mapping.to;
}
const lower=incoming.toLowerCase();
for (const mapping of mappings){
if (mapping.from.toLowerCase()===lower)return mapping.to;
}
return undefined;
}
function builtInMapping(incoming,fields){
if (incoming===VIEW_ITEM_LIST&&fields.mapViewItemListToViewContent===true){
return "ViewContent";
}
const mapped=ga4ToMeta(incoming);
return mapped!==undefined?mapped:incoming;
}
function sameEvent(entry,name){
const mapped=ga4ToMeta(entry);
return caseCorrected(mapped!==undefined?mapped:entry).toLowerCase()===name.toLowerCase();
}
function listed(name,list){
for (const entry of list){
if (sameEvent(entry,name))return true;
}
return false;
}
function applyGovernance(name,fields){
const allowList=fields.eventAllowList;
if (allowList!==undefined&&allowList!==null &&allowList!==""){
const allowed=parseNameList(allowList);
if (allowed.length>0&&!listed(name,allowed)){
return {blocked:'event "'+name+'" is not on the allow-list',shownAs:name};
}
}
const blockList=fields.eventBlockList;
if (blockList!==undefined&&blockList!==null &&blockList!==""&&listed(name,parseNameList(blockList))){
return {blocked:'event "'+name+'" is on the block-list',shownAs:name};
}
const renames=fields.eventRenameList;
if (renames!==undefined&&renames!==null &&renames!==""){
for (const rename of parseMappingTable(renames)){
if (sameEvent(rename.from,name))return restricted(caseCorrected(rename.to),name,fields);
}
}
return restricted(name,name,fields);
}
function restricted(sent,listedAs,fields){
if (fields.restrictedData!==true ||isStandardEvent(sent)){
return {name:sent,listedAs:listedAs};
}
return {
blocked:'event "'+sent+'" is not a standard event; restricted-data mode sends standard events only (rename it to one in the rename table)',
shownAs:sent
};
}
function pixelTakes(pixel,listedAs){
if (pixel.allowEvents!==""&&!listed(listedAs,parseNameList(pixel.allowEvents))){
return "not on this pixel row's allow-list";
}
if (pixel.blockEvents!==""&&listed(listedAs,parseNameList(pixel.blockEvents))){
return "on this pixel row's block-list";
}
return undefined;
}
function resolveEventName(rawEventName,fields){
const mode=fields.eventNameMode;
let raw;
let origin;
if (mode==="standard"){
origin="eventNameStandard";
raw=fields.eventNameStandard===undefined?DEFAULT_STANDARD_EVENT:fields.eventNameStandard;
}else if (mode==="custom"){
origin="eventNameCustom";
raw=fields.eventNameCustom;
}else {
origin=EVENT_NAME_KEY;
raw=rawEventName;
}
const text2=nameText(raw);
if (text2===""){
return {
invalid:{
key:origin,
reason:origin===EVENT_NAME_KEY?"missing or not text":"empty: no event name to send"
}
};
}
if (text2.search(createRegex(INVISIBLE))>=0){
return {invalid:{key:origin,reason:"contains control or text-direction characters"}};
}
if (looksPersonal(text2))return {invalid:{key:origin,reason:PERSONAL_REASON}};
let resolved=text2;
if (origin===EVENT_NAME_KEY){
const mapped=userMapping(text2,fields);
if (mapped!==undefined)origin="eventNameMappings";
resolved=mapped!==undefined?mapped:builtInMapping(text2,fields);
}
const name=caseCorrected(resolved);
const decision=applyGovernance(name,fields);
const sent=decision.name;
if (sent!==undefined&&sent.length>CUSTOM_EVENT_NAME_MAX){
return {
invalid:{
key:sent===name?origin:"eventRenameList",
reason:"event name longer than "+CUSTOM_EVENT_NAME_MAX+" characters"
}
};
}
return decision;
}
function takingPixels(ctx,listedAs){
const taking=[];
for (const pixel of ctx.config.pixels){
const skip=pixelTakes(pixel,listedAs);
if (skip===undefined)taking.push(pixel);
else ctx.skippedPixels.push({pixel:pixel.pixelId,reason:skip});
}
return taking;
}
function eventNameStage(ctx){
const inherit=ctx.fields.eventNameMode!=="standard"&&ctx.fields.eventNameMode!=="custom";
const decision=resolveEventName(
inherit?eventValue(ctx.eventData,EVENT_NAME_KEY):undefined,
ctx.fields
);
if (decision.blocked!==undefined){
ctx.event.event_name=decision.shownAs;
return {ok:true,stage:"event",reason:decision.blocked};
}
if (decision.name!==undefined){
const taking=takingPixels(ctx,decision.listedAs);
if (taking.length===0){
ctx.event.event_name=decision.name;
return {ok:true,stage:"event",reason:"no pixel row takes this event"};
}
ctx.config.pixels=taking;
}
if (decision.invalid!==undefined){
ctx.problems.push(decision.invalid);
return {
ok:false,
stage:decision.invalid.key===EVENT_NAME_KEY?"event":"config",
reason:"no event name Meta would accept"
};
}
ctx.event.event_name=decision.name;
return undefined;
}

// template-src/lib/ip.ts
var IPV4=createRegex(
"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$"
);
var HEX_GROUP=createRegex("^[0-9a-fA-F]{1,4}$");
var UNSPECIFIED=createRegex("^[0.:]*$");
function isIpv4(s){
return s.search(IPV4)===0;
}
function groupCount(side,mayEndInIpv4){
if (side==="")return 0;
const groups=side.split(":");
const last=groups.length-1;
let count=0;
for (let i=0;i<=last;i++){
if (i===last&&mayEndInIpv4&&groups[i].indexOf(".")>=0){
if (!isIpv4(groups[i]))return -1;
count+=2;
}else if (groups[i].search(HEX_GROUP)===0){
count+=1;
}else {
return -1;
}
}
return count;
}
function isIpv6(s){
const halves=s.split("::");
if (halves.length>2)return false;
if (halves.length===1)return groupCount(s,true)===8;
const head=groupCount(halves[0],false);
const tail=groupCount(halves[1],true);
return head>=0&&tail>=0&&head+tail<=7;
}
function isIp(value){
return typeof value==="string"&&(isIpv4(value)||isIpv6(value));
}
function withoutPort(s){
if (s.charAt(0)==="["){
const close=s.indexOf("]");
if (close<0)return s;
const rest=s.substring(close+1);
if (rest===""||rest.charAt(0)===":"&&isDigits(rest.substring(1))){
return s.substring(1,close);
}
return s;
}
const colon=s.indexOf(":");
if (colon>0&&s.lastIndexOf(":")===colon&&isDigits(s.substring(colon+1))){
return s.substring(0,colon);
}
return s;
}
function cleanIp(value){
const candidate=withoutPort(value.split(",")[0].trim());
return isIp(candidate)&&candidate.search(UNSPECIFIED)!==0?candidate:undefined;
}

// template-src/identity/fbc.ts
function fbclidOf(pageLocation){
if (typeof pageLocation!=="string")return undefined;
const url=parseUrl(pageLocation);
if (!url||!isObject(url.searchParams))return undefined;
const raw=url.searchParams.fbclid;
const fbclid=isArray(raw)?raw[0]:raw;
return typeof fbclid==="string"&&fbclid!==""?fbclid:undefined;
}
function resolveFbc(existing,fbclid,newValue,problems){
const kept={value:existing,generated:false };
if (fbclid===undefined)return kept;
if (!isClickIdPayload(fbclid)){
report(
problems,
"page_location",
"fbclid unusable in fbc (not base64url, or over 500 characters); not used"
);
return kept;
}
if (existing!==undefined&&clickIdPayload(existing)===fbclid)return kept;
return {value:newValue(fbclid),generated:true };
}

// template-src/identity/fbp.ts
var RANDOM_MIN=1000000000;
var RANDOM_SPAN=1147483648;
var FIRST_VISIT_MIN_SECONDS=1000000000;
var CLOCK_SKEW_SECONDS2=86400;
var HEX="0123456789abcdef";
function hexValue(s){
let n=0;
for (let i=0;i<s.length;i++)n=n*16+HEX.indexOf(s.charAt(i));
return n;
}
function firstVisitSeconds(clientId,nowMs){
const parts=clientId.split(".");
const last=parts[parts.length-1];
if (parts.length<2||last.length!==10||!isDigits(last))return undefined;
const seconds=makeNumber(last);
if (seconds<FIRST_VISIT_MIN_SECONDS||seconds>nowMs/1000+CLOCK_SKEW_SECONDS2){
return undefined;
}
return seconds;
}
function fbpFromClientId(clientId,index,nowMs){
const seconds=firstVisitSeconds(clientId,nowMs);
if (seconds===undefined)return undefined;
const h=sha256Sync("fbp|"+clientId,{outputEncoding:"hex"});
const creation=seconds*1000+hexValue(h.substring(8,11))%1000;
const random=RANDOM_MIN+hexValue(h.substring(0,8))%RANDOM_SPAN;
return "fb."+index+"."+creation+"."+random;
}
function generateFbp(clientId,index,nowMs,problems){
const id=typeof clientId==="string"?clientId.trim():isFiniteNumber(clientId)?makeString(clientId):"";
const derived=id===""?undefined:fbpFromClientId(id,index,nowMs);
if (derived!==undefined)return derived;
report(
problems,
"client_id",
"no GA client_id with a first-visit time; fbp generated at random, so concurrent first hits may differ"
);
return "fb."+index+"."+nowMs+"."+generateRandom(RANDOM_MIN,RANDOM_MIN+RANDOM_SPAN-1);
}

// template-src/identity/identity.ts
var DEFAULT_COOKIE_DAYS=90;
function subdomainIndex(fields,pageLocation){
let domain=cookieDomain(fields);
if (domain==="auto"){
domain=typeof pageLocation==="string"?makeString(computeEffectiveTldPlusOne(pageLocation)):"";
}
if (domain.charAt(0)===".")domain=domain.substring(1);
return domain===""?1:domain.split(".").length-1;
}
function existingClickId(reader,eventKeys,cookieName,cookieValues,problems){
const fromEvent=firstFound(reader,eventKeys,(value,key)=>{
if (isClickId(value))return value;
report(problems,key,"malformed value ignored");
return undefined;
});
if (fromEvent!==undefined)return fromEvent;
if (isArray(cookieValues)){
for (const candidate of cookieValues){
if (isClickId(candidate))return candidate;
report(problems,cookieName,"malformed cookie value ignored");
}
}
return undefined;
}
function cleanText(reader,key,clean,whenUnusable,problems){
const raw=eventValue(reader,key);
if (raw===undefined||raw===null ||raw==="")return undefined;
const value=typeof raw==="string"?clean(raw):undefined;
if (value===undefined)report(problems,key,whenUnusable);
return value;
}
function cleanUserAgent(value){
const ua=value.trim();
return ua===""?undefined:ua;
}
function shouldWrite(mode,generated){
if (mode==="never")return false;
return mode==="always"||generated;
}
function identityStage(ctx){
const fields=ctx.fields;
const reader=ctx.eventData;
const problems=ctx.problems;
const userData=ctx.event.user_data;
const source=ctx.event.action_source;
if (source==="business_messaging")return undefined;
const website=source==="website";
const now=Math.floor(ctx.now);
const maxAge=fields.identityCookies==="never"?0:maxAgeSeconds(fields.cookieMaxAgeDays,DEFAULT_COOKIE_DAYS,"cookieMaxAgeDays",problems);
const ip=cleanText(
reader,
"ip_override",
cleanIp,
"no valid IPv4/IPv6 address; left out",
problems
);
if (ip!==undefined)userData.client_ip_address=ip;
const ua=cleanText(
reader,
"user_agent",
cleanUserAgent,
"not a non-empty string; left out",
problems
);
if (ua!==undefined)userData.client_user_agent=ua;
if (!ctx.cookiesReadable)return undefined;
const pageLocation=website?eventValue(reader,"page_location"):undefined;
let index;
const indexOnce=()=>{
if (index===undefined)index=subdomainIndex(fields,pageLocation);
return index;
};
const fbcBefore=existingClickId(
reader,
"x-fb-ck-fbc,fbc,_fbc",
FBC_COOKIE,
website?ctx.readCookie(FBC_COOKIE):undefined,
problems
);
const fbc=website&&fields.generateFbc!==false ?resolveFbc(
fbcBefore,
fbclidOf(pageLocation),
(fbclid)=>"fb."+indexOnce()+"."+now+"."+fbclid,
problems
):{value:fbcBefore,generated:false };
if (fbc.value!==undefined){
userData.fbc=fbc.value;
if (website&&shouldWrite(fields.identityCookies,fbc.generated)){
ctx.cookies.push(firstPartyCookie(FBC_COOKIE,fbc.value,maxAge,fields));
}
}
let fbp=existingClickId(
reader,
"x-fb-ck-fbp,fbp,_fbp",
FBP_COOKIE,
website?ctx.readCookie(FBP_COOKIE):undefined,
problems
);
const fbpGenerated=website&&fbp===undefined&&fields.generateFbp!==false;
if (fbpGenerated){
fbp=generateFbp(eventValue(reader,"client_id"),indexOnce(),now,problems);
}
if (fbp!==undefined){
userData.fbp=fbp;
if (website&&shouldWrite(fields.identityCookies,fbpGenerated)){
ctx.cookies.push(firstPartyCookie(FBP_COOKIE,fbp,maxAge,fields));
}
}
return undefined;
}

// template-src/server-event/event-id.ts
var DERIVED_LENGTH=32;
function eventIdFrom(raw,key,problems){
if (raw===undefined||raw===null)return undefined;
if (typeof raw==="string"&&raw.trim()!==""){
if (!looksPersonal(raw))return raw.trim();
report(problems,key,PERSONAL_REASON+"; not used as event_id");
return undefined;
}
if (isFiniteNumber(raw))return makeString(raw);
if (raw!=="")report(problems,key,"not a string or number; not used as event_id");
return undefined;
}
function resolveEventId(reader,override,problems){
const fromField=eventIdFrom(override,"eventIdOverride",problems);
if (fromField!==undefined)return fromField;
const fromEvent=eventIdFrom(eventValue(reader,"event_id"),"event_id",problems);
if (fromEvent!==undefined)return fromEvent;
return eventIdFrom(eventValue(reader,"x-fb-event_id"),"x-fb-event_id",problems);
}
function derivedEventIdStage(ctx){
const event=ctx.event;
if (event.event_id!==undefined)return undefined;
const orderId=event.custom_data===undefined?undefined:event.custom_data.order_id;
const clientId=textOf(eventValue(ctx.eventData,"client_id"));
let seed;
let basis;
if (orderId!==undefined){
seed=event.event_name+"|"+orderId;
basis="the event name and order_id";
}else if (clientId!==undefined&&clientId!==""){
seed=clientId+"|"+event.event_name+"|"+event.event_time;
basis="client_id, the event name and event_time";
}else {
report(ctx.problems,"event_id","none given, and no order_id or client_id to derive one from");
return undefined;
}
event.event_id=sha256Sync(seed,{outputEncoding:"hex"}).substring(0,DERIVED_LENGTH);
report(
ctx.problems,
"event_id",
"none given; derived from "+basis+" so that a resent copy is de-duplicated. If the Pixel sends this event too, set the Event ID field to its eventID"
);
return undefined;
}

// template-src/server-event/action-source.ts
function pick(value,key,allowed,problems){
if (value===undefined||value===null ||value==="")return undefined;
const text2=typeof value==="string"?value.trim().toLowerCase():"";
if (inList(allowed,text2))return text2;
report(problems,key,"not one of "+allowed+"; ignored");
return undefined;
}
function fieldActionSource(fields,problems){
return pick(fields.actionSource,"actionSource",ACTION_SOURCES+", crm",problems)||"website";
}
function fieldMessagingChannel(fields,problems){
return pick(fields.messagingChannel,"messagingChannel",MESSAGING_CHANNELS,problems);
}

// template-src/server-event/app-data.ts
var TABLE_SOURCE2="the app data table";
var OBJECT_SOURCE2="the app data variable";
var EXTINFO_LENGTH=16;
function trackingFlag(raw){
if (raw===true ||raw===1)return 1;
if (raw===false ||raw===0)return 0;
const text2=typeof raw==="string"?raw.trim().toLowerCase():"";
if (text2==="true"||text2==="1")return 1;
if (text2==="false"||text2==="0")return 0;
return undefined;
}
function extinfoOf(raw){
const list=typeof raw==="string"&&raw.trim().charAt(0)==="["?JSON.parse(raw):raw;
if (!isArray(list)||list.length>EXTINFO_LENGTH)return undefined;
const extinfo=[];
for (let i=0;i<EXTINFO_LENGTH;i++){
const text2=i<list.length?textOf(list[i]):"";
if (text2===undefined||looksPersonal(text2))return undefined;
extinfo.push(text2);
}
return (extinfo[0]==="a2"||extinfo[0]==="i2")&&extinfo[4]!==""?extinfo:undefined;
}
function appValue(key,raw,problems,source){
let value;
let what="not text";
if (key==="advertiser_tracking_enabled"||key==="application_tracking_enabled"){
value=trackingFlag(raw);
what="not true or false (1 or 0)";
}else if (key==="extinfo"){
value=extinfoOf(raw);
what="not a list of up to 16 texts starting with a2 or i2 and holding the OS version";
}else if (key==="url_schemes"){
const list=isArray(raw)?raw:[raw];
const schemes=[];
for (const item of list){
const text2=textOf(item);
if (text2!==undefined&&text2!=="")schemes.push(text2);
}
value=schemes.length===list.length?schemes:undefined;
what="not a list of texts";
}else {
value=textOf(raw);
if (typeof value==="string"&&looksPersonal(value)){
report(problems,"app_data."+key,"from "+source+": "+PERSONAL_REASON+"; left out");
return undefined;
}
}
if (value===undefined)report(problems,"app_data."+key,"from "+source+": "+what);
return value;
}
function firebaseExtinfo(reader){
const platform=textOf(eventValue(reader,"x-ga-platform"));
const version=platform===undefined?undefined:platform.toLowerCase()==="android"?"a2":platform.toLowerCase()==="ios"?"i2":undefined;
const os=textOf(eventValue(reader,"x-ga-os_version"));
if (version===undefined||os===undefined||os==="")return undefined;
const text2=(key)=>{
const value=textOf(eventValue(reader,key));
return value===undefined||looksPersonal(value)?"":value;
};
const appVersion=text2("app_version");
return [
version,
text2("app_id"),
appVersion,
appVersion,
os,
text2("x-ga-device_model"),
text2("language"),
"",
"",
"",
"",
"",
"",
"",
"",
""
];
}
function buildAppData(reader,fields,autoMap,problems){
const table=rowsByName(fields.appDataList);
const object=objectOf(fields.appDataObject,problems,"app_data",OBJECT_SOURCE2)||{};
let fromEvent;
if (autoMap){
fromEvent=eventValue(reader,"app_data");
if (!isBlank(fromEvent))
fromEvent=objectOf(fromEvent,problems,"app_data","the event's app_data");
}
for (const name of Object.keys(table)){
if (!inList(APP_DATA_KEYS,name)){
const shown=isPlainName(name)?'"'+name+'"':"a name";
report(problems,"appDataList","a row names "+shown+", not an app_data key; ignored");
}
}
const appData={};
for (const key of APP_DATA_KEYS.split(", ")){
let value;
if (!isBlank(table[key]))value=appValue(key,table[key],problems,TABLE_SOURCE2);
if (value===undefined&&!isBlank(object[key])){
value=appValue(key,object[key],problems,OBJECT_SOURCE2);
}
const member=memberOf(fromEvent,key);
if (value===undefined&&!isBlank(member)){
value=appValue(key,member,problems,"app_data");
}
if (value===undefined&&autoMap&&(key==="advertiser_tracking_enabled"||key==="application_tracking_enabled"||key==="extinfo")){
const own=eventValue(reader,key);
if (!isBlank(own))value=appValue(key,own,problems,key);
}
if (value===undefined&&autoMap&&key==="extinfo")value=firebaseExtinfo(reader);
if (value===undefined&&key==="advertiser_tracking_enabled"){
const adId=autoMap?textOf(eventValue(reader,"x-ga-resettable_device_id")):undefined;
if (adId!==undefined&&adId!==""){
value=adId===ZERO_ADVERTISING_ID?0:1;
}else {
value=0;
report(
problems,
"app_data.advertiser_tracking_enabled",
"not given; sent as 0 (tracking not allowed), which limits how Meta uses the event"
);
}
}
if (value!==undefined)appData[key]=value;
}
return appData;
}

// template-src/server-event/attribution-data.ts
function settingOf(raw,problems){
if (!isObject(raw))return undefined;
const setting={};
let any=false;
for (const key of ATTRIBUTION_SETTING_KEYS.split(", ")){
const value=memberOf(raw,key);
if (value===undefined||value===null)continue;
if (isFiniteNumber(value)){
setting[key]=value;
any=true;
}else {
report(problems,"attribution_data.attribution_setting."+key,"not a number; left out");
}
}
return any?setting:undefined;
}
function attributionDataFrom(raw,problems){
if (raw===undefined||raw===null ||raw==="")return undefined;
if (!isObject(raw)){
report(problems,"attribution_data","not an object; left out");
return undefined;
}
const result={};
let any=false;
let known=0;
for (const key of ATTRIBUTION_DATA_KEYS.split(", ")){
const value=memberOf(raw,key);
if (value===undefined)continue;
known++;
if (value===null ||value==="")continue;
const clean=key==="attribution_setting"?settingOf(value,problems):isFiniteNumber(value)||typeof value==="string"&&!looksPersonal(value)?value:undefined;
if (clean===undefined){
report(
problems,
"attribution_data."+key,
typeof value==="string"?PERSONAL_REASON+"; left out":"unusable value; left out"
);
}else {
result[key]=clean;
any=true;
}
}
const others=Object.keys(raw).length-known;
if (others>0){
report(problems,"attribution_data",others+" keys Meta does not define; left out");
}
return any?result:undefined;
}

// template-src/server-event/event-time.ts
var MILLISECONDS_FROM=100000000000;
var TOO_LARGE=100000000000000;
var DECIMAL_TEXT="^[0-9]+(\\.[0-9]+)?$";
var ISO_DATE_TIME="^([0-9]{4})-([0-9]{2})-([0-9]{2})([T ]([0-9]{2}):([0-9]{2})(:([0-9]{2})([.,][0-9]+)?)?)?(Z|z|([+-])([0-9]{2}):?([0-9]{2}))?$";
function daysFromCivil(year,month,day){
const y=month<=2?year-1:year;
const era=Math.floor(y/400);
const yearOfEra=y-era*400;
const dayOfYear=Math.floor((153*(month+(month>2?-3:9))+2)/5)+day-1;
const dayOfEra=yearOfEra*365+Math.floor(yearOfEra/4)-Math.floor(yearOfEra/100)+dayOfYear;
return era*146097+dayOfEra-719468;
}
function isoSeconds(text2){
const parts=text2.match(createRegex(ISO_DATE_TIME));
if (parts===null)return undefined;
const number=(i)=>parts[i]===undefined||parts[i]===""?0:makeNumber(parts[i]);
const month=number(2);
const day=number(3);
const hour=number(5);
const minute=number(6);
const second=number(8);
const year=number(1);
if (month<1||month>12||day<1||hour>23||minute>59||second>60){
return undefined;
}
if (day>daysFromCivil(month===12?year+1:year,month===12?1:month+1,1)-daysFromCivil(year,month,1)){
return undefined;
}
const offset=parts[11]===undefined||parts[11]===""?0:(number(12)*60+number(13))*60;
const seconds=daysFromCivil(year,month,day)*DAY_SECONDS+hour*3600+minute*60+second;
return parts[11]==="-"?seconds+offset:seconds-offset;
}
function toUnixSeconds(raw){
let n;
if (isFiniteNumber(raw))n=raw;
else if (typeof raw==="string"){
const text2=raw.trim();
if (text2.length>40)return undefined;
if (text2.search(createRegex(DECIMAL_TEXT))===0)n=makeNumber(text2);
else n=isoSeconds(text2);
}
if (n===undefined||n<=0||n>=TOO_LARGE)return undefined;
return Math.floor(n>=MILLISECONDS_FROM?n/1000:n);
}
function resolveEventTime(raw,nowMs,actionSource,key,problems){
const now=Math.floor(nowMs/1000);
if (raw===undefined||raw===null ||raw==="")return {time:now};
const seconds=toUnixSeconds(raw);
if (seconds===undefined){
const reason="not a time (Unix seconds or milliseconds, or ISO-8601); event not sent";
report(problems,key,reason);
return {drop:key+" "+reason};
}
if (seconds>now){
report(problems,key,"in the future; clamped to now");
return {time:now};
}
const maxAge=maxEventAgeSeconds(actionSource);
if (now-seconds>maxAge){
const reason="older than "+maxAge/DAY_SECONDS+" days; Meta rejects it, event not sent";
report(problems,key,reason);
return {drop:key+" "+reason};
}
return {time:seconds};
}

// template-src/server-event/ldu.ts
function configuredLocation(fields){
if (fields.lduLocation==="california")return {country:1,state:1000};
if (fields.lduLocation==="usGeolocateState")return {country:1,state:0};
return {country:0,state:0};
}
function setLdu(event,location){
event.data_processing_options=["LDU"];
event.data_processing_options_country=location.country;
event.data_processing_options_state=location.state;
}
function mentionsLdu(value){
const items=isArray(value)?value:typeof value==="string"?value.split(","):undefined;
if (items===undefined)return undefined;
let ldu=false;
for (const item of items){
if (typeof item!=="string")return undefined;
if (item.trim().toUpperCase()==="LDU")ldu=true;
}
return ldu;
}
function code(value,a,b){
if (value===a||value===""+a)return a;
if (value===b||value===""+b)return b;
return undefined;
}
function eventLocation(reader,fields,problems){
const rawCountry=eventValue(reader,"data_processing_options_country");
const rawState=eventValue(reader,"data_processing_options_state");
const country=code(rawCountry,0,1);
const state=code(rawState,0,1000);
if (country!==undefined&&state!==undefined)return {country:country,state:state};
if (rawCountry!==undefined||rawState!==undefined){
report(
problems,
"data_processing_options_country",
"country/state not a documented pair; used the configured location"
);
}
return configuredLocation(fields);
}
function applyLdu(event,reader,fields,forced,problems){
if (forced||fields.lduMode==="always"){
setLdu(event,configuredLocation(fields));
return;
}
if (fields.lduMode!=="eventData")return;
const raw=eventValue(reader,"data_processing_options");
if (raw===undefined||raw===null)return;
const ldu=mentionsLdu(raw);
if (ldu===undefined){
report(problems,"data_processing_options","not a list of options; ignored");
}else if (ldu){
setLdu(event,eventLocation(reader,fields,problems));
}else {
event.data_processing_options=[];
}
}

// template-src/server-event/server-data.ts
var SERVER_DATA_TABLE="serverDataList";
var ORIGINAL_PREFIX="original_event_data.";
function serverDataTable(rows,problems){
const values={};
if (!isArray(rows))return values;
for (const row of rows){
const name=isObject(row)?row.name:undefined;
if (isBlank(name))continue;
if (typeof name!=="string"||!inList(SERVER_DATA_KEYS,name)){
const shown=typeof name==="string"&&isPlainName(name)?'"'+name+'"':"a name";
report(
problems,
SERVER_DATA_TABLE,
"a row names "+shown+", not a server event field; ignored"
);
continue;
}
if (isBlank(row.value))continue;
if (name.indexOf(ORIGINAL_PREFIX)===0){
if (values.original_event_data===undefined)values.original_event_data={};
values.original_event_data[name.substring(ORIGINAL_PREFIX.length)]=row.value;
}else {
values[name]=row.value;
}
}
return values;
}
function tableKey(name){
return SERVER_DATA_TABLE+"["+name+"]";
}

// template-src/server-event/passthrough.ts
function withoutUserInfo(url,key,problems){
const host=url.indexOf("://")+3;
const at=url.indexOf("@",host);
if (at<0||at>originEnd(url))return url;
report(problems,key,"held a user name or password; removed");
return url.substring(0,host)+url.substring(at+1);
}
function httpUrlFrom(raw,key,problems){
if (raw===undefined||raw===null ||raw==="")return undefined;
if (!isHttpUrl(raw)){
report(problems,key,"not an absolute http(s) URL; left out");
return undefined;
}
const clean=withoutPersonalData(withoutUserInfo(raw,key,problems));
for (const name of clean.parameters){
report(
problems,
key,
"query parameter "+(isPlainName(name)?'"'+name+'"':"with an unusual name")+" held "+PERSONAL_WHAT+"; removed"
);
}
if (clean.path)report(problems,key,"the path held "+PERSONAL_WHAT+"; cut");
if (clean.fragment)report(problems,key,"the fragment held "+PERSONAL_WHAT+"; cut");
return clean.url;
}
function optOutFrom(raw,key,problems){
if (raw===undefined||raw===null ||raw==="")return undefined;
if (raw===true ||raw===false)return raw;
const text2=typeof raw==="string"?raw.trim().toLowerCase():"";
if (text2==="true"||text2==="false")return text2==="true";
report(problems,key,"not true or false; left out");
return undefined;
}
function originalMember(member,value,key,problems){
if (value===undefined||value===null ||value==="")return undefined;
const clean=member==="event_time"?toUnixSeconds(value):typeof value==="string"?value:isFiniteNumber(value)?makeString(value):undefined;
if (typeof clean==="string"&&looksPersonal(clean)){
report(problems,key,PERSONAL_REASON+"; left out");
return undefined;
}
if (clean===undefined)report(problems,key,"unusable value; left out");
return clean;
}
function originalEventDataFrom(rows,raw,problems){
if (rows===undefined&&(raw===undefined||raw===null))return undefined;
const fromEvent=isObject(raw)?raw:undefined;
if (fromEvent===undefined&&raw!==undefined&&raw!==null){
report(problems,"original_event_data","not an object; left out");
}
const result={};
let any=false;
for (const member of ORIGINAL_EVENT_DATA_KEYS.split(", ")){
let clean=rows===undefined?undefined:originalMember(member,rows[member],tableKey("original_event_data."+member),problems);
if (clean===undefined){
clean=originalMember(
member,
memberOf(fromEvent,member),
"original_event_data."+member,
problems
);
}
if (clean!==undefined){
result[member]=clean;
any=true;
}
}
return any?result:undefined;
}
function originEnd(url){
const host=url.indexOf("://")+3;
let end=url.length;
for (const mark of["/","?","#"]){
const at=url.indexOf(mark,host);
if (at>=0&&at<end)end=at;
}
return end;
}
function restrictedUrl(url,originOnly){
const host=originEnd(url);
let end=url.length;
if (originOnly)end=host;
else {
for (const mark of["?","#"]){
const at=url.indexOf(mark,host);
if (at>=0&&at<end)end=at;
}
}
const kept=url.substring(0,end);
if (kept===url||originOnly&&kept+"/"===url)return undefined;
return originOnly?kept+"/":kept;
}

// template-src/server-event/server-event.ts
function serverEventStage(ctx){
const reader=ctx.eventData;
const problems=ctx.problems;
const event=ctx.event;
const fields=ctx.fields;
const table=serverDataTable(fields.serverDataList,problems);
ctx.serverData=table;
const autoMap=fields.autoMapServerData!==false;
const given=(name,key,use)=>{
const fromTable=table[name]===undefined?undefined:use(table[name],tableKey(name));
return fromTable!==undefined||!autoMap?fromTable:use(eventValue(reader,key),key);
};
let source=given(
"action_source",
"action_source",
(value,key)=>pick(value,key,ACTION_SOURCES,problems)
)||fieldActionSource(fields,problems);
if (source==="crm"){
source="system_generated";
const lead=fields.leadEventSource;
ctx.crmLeadSource=typeof lead==="string"?lead.trim():"";
}
const channel=source==="business_messaging"?given(
"messaging_channel",
"messaging_channel",
(value,key)=>pick(value,key,MESSAGING_CHANNELS,problems)
)||fieldMessagingChannel(fields,problems):undefined;
const rawTime=given("event_time","event_time",(value,key)=>{
if (key==="event_time"||toUnixSeconds(value)!==undefined)
return {value:value,key:key};
report(problems,key,"not a time (Unix seconds or milliseconds, or ISO-8601); ignored");
return undefined;
});
const eventTime=resolveEventTime(
rawTime===undefined?undefined:rawTime.value,
ctx.now,
source,
rawTime===undefined?"event_time":rawTime.key,
problems
);
if (eventTime.drop!==undefined){
return {ok:false,stage:"event",reason:eventTime.drop};
}
event.event_time=eventTime.time;
event.action_source=source;
if (channel!==undefined)event.messaging_channel=channel;
const eventId=resolveEventId(reader,fields.eventIdOverride,problems);
if (eventId!==undefined)event.event_id=eventId;
if (source==="business_messaging"){
for (const name of["event_source_url","referrer_url"]){
if (table[name]!==undefined){
report(problems,tableKey(name),"not sent with business_messaging events; ignored");
}
}
}else {
const url=given(
"event_source_url",
"page_location",
(value,key)=>httpUrlFrom(value,key,problems)
);
if (url!==undefined)event.event_source_url=withheldUrl(ctx,url,"event_source_url");
const referrer=given(
"referrer_url",
"page_referrer",
(value,key)=>httpUrlFrom(value,key,problems)
);
if (referrer!==undefined)event.referrer_url=withheldUrl(ctx,referrer,"referrer_url");
}
const optOut=given("opt_out","opt_out",(value,key)=>optOutFrom(value,key,problems));
if (optOut!==undefined)event.opt_out=optOut;
if (ctx.consentOutcome==="anonymous")event.opt_out=true;
if (source==="app")event.app_data=buildAppData(reader,fields,autoMap,problems);
const original=originalEventDataFrom(
table.original_event_data,
autoMap?eventValue(reader,"original_event_data"):undefined,
problems
);
if (original!==undefined)event.original_event_data=original;
if (event.event_name==="AppendAttribution"&&autoMap){
const attribution=attributionDataFrom(eventValue(reader,"attribution_data"),problems);
if (attribution!==undefined)event.attribution_data=attribution;
}
applyLdu(event,reader,fields,ctx.consentOutcome==="ldu",problems);
return undefined;
}
function withheldUrl(ctx,url,key){
if (ctx.fields.restrictedData!==true)return url;
const originOnly=ctx.fields.restrictedUrl==="origin";
const kept=restrictedUrl(url,originOnly);
if (kept===undefined)return url;
ctx.withheld.push(key+(originOnly?" path and query string":" query string"));
return kept;
}

// template-src/user-data/normalize-phone.ts
function normalizePhone(value,defaultCountryCode2){
let text2=value.trim();
if (text2.indexOf("@")>=0)return undefined;
text2=withoutExtension(text2.toLowerCase()).split("(0)").join("");
const digits=text2.replace(createRegex("[^0-9]","g"),"");
const national=withoutLeadingZeros(digits);
let number;
if (text2.charAt(text2.search(createRegex("[+0-9]")))==="+"){
number=national;
}else if (digits.indexOf("00")===0){
number=withoutLeadingZeros(digits.substring(2));
}else if (defaultCountryCode2===""||national.length===digits.length&&national.indexOf(defaultCountryCode2)===0){
number=national;
}else {
number=defaultCountryCode2+national;
}
return number.length>=7&&number.length<=15?number:undefined;
}
function withoutLeadingZeros(digits){
return digits.replace(createRegex("^0+"),"");
}
function withoutExtension(text2){
const firstDigit=text2.search(createRegex("[0-9]"));
if (firstDigit<0)return text2;
const marker=text2.substring(firstDigit).search(createRegex("[x#;,]"));
return marker<0?text2:text2.substring(0,firstDigit+marker);
}
function parseCountryCallingCode(value){
let text2=value.trim();
if (text2.charAt(0)==="+")text2=text2.substring(1);
else if (text2.indexOf("00")===0)text2=text2.substring(2);
if (text2.search(createRegex("^[0-9]{0,3}$"))!==0||text2.charAt(0)==="0"){
return undefined;
}
return text2;
}

// template-src/user-data/characters.ts
var SEPARATORS2=createRegex(
"["+WHITESPACE_CLASS+PUNCTUATION_CLASS+"]",
"g"
);
var SEPARATORS_AND_DIGITS=createRegex(
"["+WHITESPACE_CLASS+PUNCTUATION_CLASS+"0-9]",
"g"
);

// template-src/user-data/normalize-city.ts
function normalizeCity(value){
return value.toLowerCase().replace(SEPARATORS_AND_DIGITS,"");
}

// template-src/user-data/normalize-country.ts
function normalizeCountry(value){
const text2=value.toLowerCase().replace(SEPARATORS_AND_DIGITS,"");
if (text2==="uk")return "gb";
if (text2.length===2)return inSet(ALPHA2_CODES,text2)?text2:undefined;
const alpha3=text2.length===3?lookup(ALPHA3_TO_ALPHA2,text2):undefined;
return alpha3!==undefined?alpha3:lookup(COUNTRY_NAMES,text2);
}

// template-src/user-data/normalize-date-of-birth.ts
var MONTHS="|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|";
var OLDEST_YEAR=1900;
function normalizeDateOfBirth(value,currentYear){
const text2=value.toLowerCase();
const runs=text2.match(createRegex("[0-9]+","g"))||[];
const month=monthWritten(text2.match(createRegex("[a-z]+","g"))||[]);
let date;
if (month>0){
date=runs.length>=2?dayAndYearAround(month,makeNumber(runs[0]),makeNumber(runs[1])):undefined;
}else if (runs.length===1&&runs[0].length===8){
date=compactDate(runs[0]);
}else if (runs.length>=3){
date=orderedDate(
makeNumber(runs[0]),
makeNumber(runs[1]),
makeNumber(runs[2]),
runs[2].length
);
}
return date!==undefined&&isPossible(date,currentYear)?formatDate(date):undefined;
}
function monthWritten(words){
for (const word of words){
const at=word.length>=3?MONTHS.indexOf("|"+word.substring(0,3)+"|"):-1;
if (at>=0)return at/4+1;
}
return 0;
}
function dayAndYearAround(month,first,second){
if (first>31)return [first,month,second];
if (second>31)return [second,month,first];
return undefined;
}
function compactDate(digits){
const asYearFirst=[
makeNumber(digits.substring(0,4)),
makeNumber(digits.substring(4,6)),
makeNumber(digits.substring(6,8))
];
if (asYearFirst[0]>=OLDEST_YEAR)return asYearFirst;
const first=makeNumber(digits.substring(0,2));
const second=makeNumber(digits.substring(2,4));
const year=makeNumber(digits.substring(4,8));
return first>12?[year,second,first]:[year,first,second];
}
function orderedDate(n1,n2,n3,thirdLength){
if (n1>31)return n2>12?[n1,n3,n2]:[n1,n2,n3];
if (thirdLength<4)return undefined;
return n1>12?[n3,n2,n1]:[n3,n1,n2];
}
function isPossible(date,currentYear){
const year=date[0];
const month=date[1];
const day=date[2];
if (year<OLDEST_YEAR||year>currentYear||month<1||month>12||day<1)return false;
const leap=year%4===0&&year%100!==0||year%400===0;
const days=month===2?leap?29:28:month===4||month===6||month===9||month===11?30:31;
return day<=days;
}
function formatDate(date){
return date[0]+twoDigits(date[1])+twoDigits(date[2]);
}
function twoDigits(n){
return n<10?"0"+n:""+n;
}

// template-src/user-data/normalize-email.ts
var LOCAL_ATOM="[a-z0-9!#$%&\\x{27}*+/=?^_\\x{60}{|}~-]+";
var LABEL="[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?";
var EMAIL="^"+LOCAL_ATOM+"(\\."+LOCAL_ATOM+")*@"+LABEL+"(\\."+LABEL+")+$";
function normalizeEmail(value){
const email=value.trim().toLowerCase();
const at=email.indexOf("@");
if (email.length>254||at<1||at>64)return undefined;
return email.search(createRegex(EMAIL))===0?email:undefined;
}

// template-src/user-data/normalize-gender.ts
function normalizeGender(value){
return lookup(GENDER_WORDS,value.toLowerCase().replace(SEPARATORS2,""));
}

// template-src/user-data/normalize-name.ts
function normalizeName(value){
return value.toLowerCase().replace(SEPARATORS2,"");
}

// template-src/user-data/normalize-state.ts
var ALLOWED_AROUND_NAME="||state|stateof|province|provinceof|us|usa|canada|";
var SUBDIVISION="^(us|ca)-[a-z]{2}$";
function normalizeState(value){
const trimmed=value.trim().toLowerCase();
if (trimmed.search(createRegex(SUBDIVISION))===0)return trimmed.substring(3);
const text2=value.toLowerCase().replace(SEPARATORS_AND_DIGITS,"");
if (text2.length<=2)return text2;
const code2=lookup(STATE_CODES,text2);
return code2!==undefined?code2:codeOfNameWithin(text2);
}
function codeOfNameWithin(text2){
let best="";
let bestCode=text2;
for (const entry of STATE_CODES.split("|")){
const equals=entry.indexOf("=");
const name=entry.substring(0,equals);
const at=text2.indexOf(name);
if (equals<1||at<0||name.length<=best.length)continue;
const code2=entry.substring(equals+1);
const rest=text2.substring(0,at)+text2.substring(at+name.length);
if (rest===code2||ALLOWED_AROUND_NAME.indexOf("|"+rest+"|")>=0){
best=name;
bestCode=code2;
}
}
return bestCode;
}

// template-src/user-data/normalize-zip.ts
function normalizeZip(value){
const text2=value.toLowerCase();
const zip=text2.replace(SEPARATORS2,"");
if (zip.length<2)return undefined;
return isZipPlusFour(zip,text2)?zip.substring(0,5):zip;
}
function isZipPlusFour(zip,text2){
if (zip.length!==9||!isDigits(zip))return false;
const groups=text2.match(createRegex("[0-9]+","g"))||[];
return groups.length===1&&groups[0].length===9||groups.length===2&&groups[0].length===5&&groups[1].length===4;
}

// template-src/user-data/normalize-user-value.ts
var MAX_VALUE_LENGTH2=256;
var MAX_RAW_VALUE_LENGTH=1024;
var EMPTY_SHA256="e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
var MAX_VALUES_PER_KEY2=10;
function report2(context,reason){
if (context.reported.indexOf("|"+reason+"|")>=0)return;
context.reported+=reason+"|";
report(
context.problems,
"user_data."+context.key,
"from "+context.source+": "+reason
);
}
function normalizeUserValue(key,raw,value,options,problems,source){
const context={
key:key,
options:options,
problems:problems,
source:source,
raw:raw,
values:[],
reported:"|"
};
const isList=typeof value==="object"&&value!==null &&isArray(value);
const elements=isList?value:[value];
const values=context.values;
for (const element of elements){
let text2;
if (typeof element==="string"){
text2=element.trim();
}else if (typeof element==="number"&&element-element===0){
text2=makeString(element);
}else {
const type=kindOf(element);
if (type==="number")report2(context,"a number that is not finite");
else if (type==="array")report2(context,"a list inside a list");
else if (type!=="undefined"&&type!=="null"){
report2(context,"a value of type "+type+", not text");
}
continue;
}
if (text2==="")continue;
const limit=raw?MAX_RAW_VALUE_LENGTH:MAX_VALUE_LENGTH2;
if (text2.length>limit){
report2(context,"longer than "+limit+" characters");
continue;
}
let sent;
if (raw){
sent=rawValue(context,text2);
}else if (text2.search(SUPPLIED_HASH)===0){
sent=text2.substring(0,64).toLowerCase()+text2.substring(64);
if (sent.substring(0,64)===EMPTY_SHA256){
report2(context,"the hash of an empty value");
sent=undefined;
}
}else {
const normalized=normalizeByKey(key,text2,options);
if (normalized===undefined)report2(context,invalidReason2(key));
else if (normalized==="")report2(context,"nothing left after normalization");
else sent=sha256Sync(normalized,{outputEncoding:"hex"});
}
if (sent===undefined||values.indexOf(sent)>=0)continue;
if (values.length>=MAX_VALUES_PER_KEY2){
report2(context,"more than "+MAX_VALUES_PER_KEY2+" values");
break;
}
values.push(sent);
}
return values.length>0?values:undefined;
}
function invalidReason2(key){
if (key==="em")return "not a valid email address";
if (key==="ph")return "not a phone number with 7 to 15 digits";
if (key==="zp")return "not a postal code";
if (key==="country")return "not a country name or ISO code";
if (key==="ge")return "not a gender (m or f)";
if (key==="db")return "not a date of birth";
return "not usable";
}
function rawValue(context,text2){
const key=context.key;
if (key==="client_ip_address"){
const ip=cleanIp(text2);
if (ip===undefined)report2(context,"not an IPv4 or IPv6 address");
return ip;
}
if (key==="fbc"||key==="fbp"){
if (isClickId(text2))return text2;
report2(context,"not in the fb.<subdomain index>.<time>.<id> format");
return undefined;
}
if (key==="client_user_agent")return text2;
if (key==="madid"&&text2===ZERO_ADVERTISING_ID){
report2(context,"an advertising ID of zeros: the user limited ad tracking");
return undefined;
}
if (key!=="external_id"&&isLowerHex64(text2.toLowerCase())){
report2(context,"a SHA-256 hash where Meta wants the value unhashed");
return undefined;
}
if (looksPersonal(text2)){
report2(context,PERSONAL_REASON);
return undefined;
}
return text2;
}
function normalizeByKey(key,text2,options){
switch (key){
case "em":
return normalizeEmail(text2);
case "ph":
return normalizePhone(text2,options.defaultCountryCode);
case "fn":
case "ln":
return normalizeName(text2);
case "ct":
return normalizeCity(text2);
case "st":
return normalizeState(text2);
case "zp":
return normalizeZip(text2);
case "country":
return normalizeCountry(text2);
case "ge":
return normalizeGender(text2);
case "db":
return normalizeDateOfBirth(text2,options.currentYear);
case "external_id":
return text2.trim();
}
return undefined;
}

// template-src/user-data/build-user-data.ts
var MS_PER_YEAR=31556952000;
var BROWSER_KEYS="client_ip_address, client_user_agent, fbc, fbp";
var TABLE_SOURCE3="the user data table";
var OBJECT_SOURCE3="the user data variable";
function isUserDataKey(name,problems,source){
if (typeof name==="string"&&inList(USER_DATA_KEYS,name))return true;
const shown=typeof name==="string"&&isPlainName(name)?'"'+name+'"':"a key";
report(problems,"user_data",source+" names "+shown+", not a user_data key; ignored");
return false;
}
function tableValues(rows,problems){
const values={};
if (!isArray(rows))return values;
for (const row of rows){
const name=isObject(row)?row.name:undefined;
if (name===undefined||name===""||!isUserDataKey(name,problems,TABLE_SOURCE3))continue;
if (values[name]===undefined)values[name]=[];
values[name].push(row.value);
}
return values;
}
function objectValues(value,problems){
const values={};
const object=objectOf(value,problems,"user_data",OBJECT_SOURCE3);
if (object===undefined)return values;
for (const name of Object.keys(object)){
if (isUserDataKey(name,problems,OBJECT_SOURCE3))values[name]=object[name];
}
return values;
}
function defaultCountryCode(value,problems){
if (typeof value!=="string"&&typeof value!=="number")return "";
const code2=parseCountryCallingCode(makeString(value));
if (code2!==undefined)return code2;
report(problems,"user_data.ph","the default phone country code is not 1-3 digits; ignored");
return "";
}
function buildUserData(reader,fields,nowMs,actionSource,userData,problems){
const options={
defaultCountryCode:defaultCountryCode(fields.phoneDefaultCountryCode,problems),
currentYear:1970+Math.floor(nowMs/MS_PER_YEAR),
hashExternalId:fields.hashExternalId!==false
};
const table=tableValues(fields.userDataList,problems);
const object=objectValues(fields.userDataObject,problems);
const autoMap=fields.autoMapUserData!==false;
const entries=USER_DATA_SOURCES.substring(1,USER_DATA_SOURCES.length-1).split("|");
for (const entry of entries){
const equals=entry.indexOf("=");
const neverHashed=entry.charAt(equals-1)==="*";
const key=entry.substring(0,neverHashed?equals-1:equals);
const raw=neverHashed||key==="external_id"&&!options.hashExternalId;
let values;
if (actionSource==="business_messaging"&&(table[key]!==undefined||object[key]!==undefined)&&inList(BROWSER_KEYS,key)){
report(problems,"user_data."+key,"not sent with business_messaging events; ignored");
continue;
}
if (table[key]!==undefined){
values=normalizeUserValue(key,raw,table[key],options,problems,TABLE_SOURCE3);
}
if (values===undefined&&object[key]!==undefined){
values=normalizeUserValue(key,raw,object[key],options,problems,OBJECT_SOURCE3);
}
let paths=autoMap?entry.substring(equals+1):"";
const colon=paths.indexOf(":");
if (colon>=0)
paths=paths.substring(0,colon)===actionSource?paths.substring(colon+1):"";
if (values===undefined&&paths!==""){
values=firstFound(
reader,
paths,
(found,path)=>normalizeUserValue(key,raw,found,options,problems,path)
);
}
if (values===undefined)continue;
if (values.length>1&&neverHashed){
report(problems,"user_data."+key,"takes one value; the first was kept");
userData[key]=values[0];
}else {
userData[key]=values.length===1?values[0]:values;
}
}
}
function userDataStage(ctx){
const event=ctx.event;
if (ctx.consentOutcome==="anonymous")return undefined;
buildUserData(
ctx.eventData,
ctx.fields,
ctx.now,
event.action_source,
event.user_data,
ctx.problems
);
return undefined;
}

// template-src/stages.ts
var STAGES=[
configStage,
consentStage,
eventNameStage,
serverEventStage,
identityStage,
userDataStage,
enhancementStage,
customDataStage,
checksStage,
purchaseGuardStage,
derivedEventIdStage
];
function newContext(fields,now,eventData,log,readCookie){
return {
fields:fields,
now:now,
problems:[],
eventData:eventData,
log:log,
config:{
pixels:[],
apiVersion:"",
timeoutMs:0,
retries:0,
testEventCode:"",
optimistic:false
},
cookiesReadable:true,
cookiesWritable:true,
consentOutcome:"full",
withheld:[],
skippedPixels:[],
serverData:{},
event:{user_data:{}},
readCookie:readCookie,
cookies:[]
};
}

// template-src/main.ts
function plainEventValue(ctx,resolved,keys){
if (resolved!==undefined)return resolved;
for (const key of keys.split(",")){
const raw=eventValue(ctx.eventData,key);
if (typeof raw==="string"&&isPlainName(raw))return raw;
}
return undefined;
}
function logNotes(ctx){
if (ctx.withheld.length>0){
ctx.log.write("withheld",{
event_name:ctx.event.event_name,
reason:"restricted-data mode",
withheld:ctx.withheld
});
}
if (ctx.skippedPixels.length>0){
ctx.log.write("pixels_skipped",{
event_name:ctx.event.event_name,
pixels:ctx.skippedPixels
});
}
}
function stop(ctx,why){
const log=ctx.log;
if (log.enabled){
log.protect(rawIdentifiers(ctx.event.user_data));
log.problems(why.stage,ctx.problems);
logNotes(ctx);
log.write("not_sent",{
event_name:plainEventValue(ctx,ctx.event.event_name,"event_name"),
event_id:plainEventValue(ctx,ctx.event.event_id,"event_id,x-fb-event_id"),
reason:why.reason===undefined?"the tag configuration has problems":why.reason
});
}
if (why.ok)data.gtmOnSuccess();
else data.gtmOnFailure();
}
function runTag(fields){
const ctx=newContext(
fields,
getTimestampMillis(),
{source:getEventData,values:{}},
createLogger(fields),
getCookieValues
);
for (const stage of STAGES){
const result=stage(ctx);
if (result!==undefined){
stop(ctx,result);
return;
}
}
if (ctx.log.enabled)ctx.log.protect(rawIdentifiers(ctx.event.user_data));
ctx.log.problems("event",ctx.problems);
if (ctx.log.enabled)logNotes(ctx);
if (ctx.cookiesWritable){
for (const c of ctx.cookies)setCookie(c.name,c.value,c.options);
}
deliver(
{event:orderedEvent(ctx.event),eventTestCode:eventValue(ctx.eventData,"test_event_code")},
ctx.config,
ctx.log,
{onSuccess:data.gtmOnSuccess,onFailure:data.gtmOnFailure}
);
}
runTag(data);


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
                "string": "_fbc"
              },
              {
                "type": 1,
                "string": "_fbp"
              },
              {
                "type": 1,
                "string": "action_source"
              },
              {
                "type": 1,
                "string": "advertiser_tracking_enabled"
              },
              {
                "type": 1,
                "string": "anon_id"
              },
              {
                "type": 1,
                "string": "app_data"
              },
              {
                "type": 1,
                "string": "app_id"
              },
              {
                "type": 1,
                "string": "app_version"
              },
              {
                "type": 1,
                "string": "application_tracking_enabled"
              },
              {
                "type": 1,
                "string": "attribution_data"
              },
              {
                "type": 1,
                "string": "city"
              },
              {
                "type": 1,
                "string": "client_id"
              },
              {
                "type": 1,
                "string": "consent_state"
              },
              {
                "type": 1,
                "string": "content_category"
              },
              {
                "type": 1,
                "string": "content_ids"
              },
              {
                "type": 1,
                "string": "content_name"
              },
              {
                "type": 1,
                "string": "content_type"
              },
              {
                "type": 1,
                "string": "contents"
              },
              {
                "type": 1,
                "string": "country"
              },
              {
                "type": 1,
                "string": "ctwa_clid"
              },
              {
                "type": 1,
                "string": "currency"
              },
              {
                "type": 1,
                "string": "custom_properties"
              },
              {
                "type": 1,
                "string": "customer_segmentation"
              },
              {
                "type": 1,
                "string": "data_processing_options"
              },
              {
                "type": 1,
                "string": "data_processing_options_country"
              },
              {
                "type": 1,
                "string": "data_processing_options_state"
              },
              {
                "type": 1,
                "string": "date_of_birth"
              },
              {
                "type": 1,
                "string": "db"
              },
              {
                "type": 1,
                "string": "delivery_category"
              },
              {
                "type": 1,
                "string": "ecommerce"
              },
              {
                "type": 1,
                "string": "email"
              },
              {
                "type": 1,
                "string": "email_address"
              },
              {
                "type": 1,
                "string": "event_id"
              },
              {
                "type": 1,
                "string": "event_name"
              },
              {
                "type": 1,
                "string": "event_time"
              },
              {
                "type": 1,
                "string": "external_id"
              },
              {
                "type": 1,
                "string": "extinfo"
              },
              {
                "type": 1,
                "string": "fb_login_id"
              },
              {
                "type": 1,
                "string": "fbc"
              },
              {
                "type": 1,
                "string": "fbp"
              },
              {
                "type": 1,
                "string": "firstName"
              },
              {
                "type": 1,
                "string": "first_name"
              },
              {
                "type": 1,
                "string": "gender"
              },
              {
                "type": 1,
                "string": "ig_account_id"
              },
              {
                "type": 1,
                "string": "ig_sid"
              },
              {
                "type": 1,
                "string": "instagram_business_account_id"
              },
              {
                "type": 1,
                "string": "ip_override"
              },
              {
                "type": 1,
                "string": "items"
              },
              {
                "type": 1,
                "string": "language"
              },
              {
                "type": 1,
                "string": "lastName"
              },
              {
                "type": 1,
                "string": "last_name"
              },
              {
                "type": 1,
                "string": "lead_id"
              },
              {
                "type": 1,
                "string": "madid"
              },
              {
                "type": 1,
                "string": "messaging_channel"
              },
              {
                "type": 1,
                "string": "net_revenue"
              },
              {
                "type": 1,
                "string": "num_items"
              },
              {
                "type": 1,
                "string": "opt_out"
              },
              {
                "type": 1,
                "string": "order_id"
              },
              {
                "type": 1,
                "string": "original_event_data"
              },
              {
                "type": 1,
                "string": "page_location"
              },
              {
                "type": 1,
                "string": "page_referrer"
              },
              {
                "type": 1,
                "string": "page_scoped_user_id"
              },
              {
                "type": 1,
                "string": "phone"
              },
              {
                "type": 1,
                "string": "phone_number"
              },
              {
                "type": 1,
                "string": "postal_code"
              },
              {
                "type": 1,
                "string": "predicted_ltv"
              },
              {
                "type": 1,
                "string": "region"
              },
              {
                "type": 1,
                "string": "search_string"
              },
              {
                "type": 1,
                "string": "search_term"
              },
              {
                "type": 1,
                "string": "state"
              },
              {
                "type": 1,
                "string": "subscription_id"
              },
              {
                "type": 1,
                "string": "test_event_code"
              },
              {
                "type": 1,
                "string": "transaction_id"
              },
              {
                "type": 1,
                "string": "userId"
              },
              {
                "type": 1,
                "string": "user_agent"
              },
              {
                "type": 1,
                "string": "user_data"
              },
              {
                "type": 1,
                "string": "user_id"
              },
              {
                "type": 1,
                "string": "value"
              },
              {
                "type": 1,
                "string": "whatsapp_business_account_id"
              },
              {
                "type": 1,
                "string": "x-fb-cd-content_category"
              },
              {
                "type": 1,
                "string": "x-fb-cd-content_ids"
              },
              {
                "type": 1,
                "string": "x-fb-cd-content_name"
              },
              {
                "type": 1,
                "string": "x-fb-cd-content_type"
              },
              {
                "type": 1,
                "string": "x-fb-cd-contents"
              },
              {
                "type": 1,
                "string": "x-fb-cd-currency"
              },
              {
                "type": 1,
                "string": "x-fb-cd-customer_segmentation"
              },
              {
                "type": 1,
                "string": "x-fb-cd-delivery_category"
              },
              {
                "type": 1,
                "string": "x-fb-cd-item_number"
              },
              {
                "type": 1,
                "string": "x-fb-cd-net_revenue"
              },
              {
                "type": 1,
                "string": "x-fb-cd-num_items"
              },
              {
                "type": 1,
                "string": "x-fb-cd-order_id"
              },
              {
                "type": 1,
                "string": "x-fb-cd-predicted_ltv"
              },
              {
                "type": 1,
                "string": "x-fb-cd-search_string"
              },
              {
                "type": 1,
                "string": "x-fb-cd-status"
              },
              {
                "type": 1,
                "string": "x-fb-cd-value"
              },
              {
                "type": 1,
                "string": "x-fb-ck-fbc"
              },
              {
                "type": 1,
                "string": "x-fb-ck-fbp"
              },
              {
                "type": 1,
                "string": "x-fb-event_id"
              },
              {
                "type": 1,
                "string": "x-fb-ud-anon_id"
              },
              {
                "type": 1,
                "string": "x-fb-ud-country"
              },
              {
                "type": 1,
                "string": "x-fb-ud-ct"
              },
              {
                "type": 1,
                "string": "x-fb-ud-ctwa_clid"
              },
              {
                "type": 1,
                "string": "x-fb-ud-db"
              },
              {
                "type": 1,
                "string": "x-fb-ud-em"
              },
              {
                "type": 1,
                "string": "x-fb-ud-external_id"
              },
              {
                "type": 1,
                "string": "x-fb-ud-fb-login-id"
              },
              {
                "type": 1,
                "string": "x-fb-ud-fb_login_id"
              },
              {
                "type": 1,
                "string": "x-fb-ud-fn"
              },
              {
                "type": 1,
                "string": "x-fb-ud-ge"
              },
              {
                "type": 1,
                "string": "x-fb-ud-ig_account_id"
              },
              {
                "type": 1,
                "string": "x-fb-ud-ig_sid"
              },
              {
                "type": 1,
                "string": "x-fb-ud-instagram_business_account_id"
              },
              {
                "type": 1,
                "string": "x-fb-ud-lead_id"
              },
              {
                "type": 1,
                "string": "x-fb-ud-ln"
              },
              {
                "type": 1,
                "string": "x-fb-ud-madid"
              },
              {
                "type": 1,
                "string": "x-fb-ud-page_id"
              },
              {
                "type": 1,
                "string": "x-fb-ud-page_scoped_user_id"
              },
              {
                "type": 1,
                "string": "x-fb-ud-ph"
              },
              {
                "type": 1,
                "string": "x-fb-ud-st"
              },
              {
                "type": 1,
                "string": "x-fb-ud-subscription_id"
              },
              {
                "type": 1,
                "string": "x-fb-ud-whatsapp_business_account_id"
              },
              {
                "type": 1,
                "string": "x-fb-ud-zp"
              },
              {
                "type": 1,
                "string": "x-ga-device_model"
              },
              {
                "type": 1,
                "string": "x-ga-gcd"
              },
              {
                "type": 1,
                "string": "x-ga-gcs"
              },
              {
                "type": 1,
                "string": "x-ga-os_version"
              },
              {
                "type": 1,
                "string": "x-ga-platform"
              },
              {
                "type": 1,
                "string": "x-ga-resettable_device_id"
              },
              {
                "type": 1,
                "string": "zip"
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
        "publicId": "get_cookies",
        "versionId": "1"
      },
      "param": [
        {
          "key": "cookieAccess",
          "value": {
            "type": 1,
            "string": "specific"
          }
        },
        {
          "key": "cookieNames",
          "value": {
            "type": 2,
            "listItem": [
              {
                "type": 1,
                "string": "_fbc"
              },
              {
                "type": 1,
                "string": "_fbp"
              },
              {
                "type": 1,
                "string": "_capi_eec"
              },
              {
                "type": 1,
                "string": "_capi_orders"
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
  },
  {
    "instance": {
      "key": {
        "publicId": "set_cookies",
        "versionId": "1"
      },
      "param": [
        {
          "key": "allowedCookies",
          "value": {
            "type": 2,
            "listItem": [
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "name"
                  },
                  {
                    "type": 1,
                    "string": "domain"
                  },
                  {
                    "type": 1,
                    "string": "path"
                  },
                  {
                    "type": 1,
                    "string": "secure"
                  },
                  {
                    "type": 1,
                    "string": "session"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "_fbc"
                  },
                  {
                    "type": 1,
                    "string": "*"
                  },
                  {
                    "type": 1,
                    "string": "*"
                  },
                  {
                    "type": 1,
                    "string": "secure"
                  },
                  {
                    "type": 1,
                    "string": "any"
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "name"
                  },
                  {
                    "type": 1,
                    "string": "domain"
                  },
                  {
                    "type": 1,
                    "string": "path"
                  },
                  {
                    "type": 1,
                    "string": "secure"
                  },
                  {
                    "type": 1,
                    "string": "session"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "_fbp"
                  },
                  {
                    "type": 1,
                    "string": "*"
                  },
                  {
                    "type": 1,
                    "string": "*"
                  },
                  {
                    "type": 1,
                    "string": "secure"
                  },
                  {
                    "type": 1,
                    "string": "any"
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "name"
                  },
                  {
                    "type": 1,
                    "string": "domain"
                  },
                  {
                    "type": 1,
                    "string": "path"
                  },
                  {
                    "type": 1,
                    "string": "secure"
                  },
                  {
                    "type": 1,
                    "string": "session"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "_capi_eec"
                  },
                  {
                    "type": 1,
                    "string": "*"
                  },
                  {
                    "type": 1,
                    "string": "*"
                  },
                  {
                    "type": 1,
                    "string": "secure"
                  },
                  {
                    "type": 1,
                    "string": "any"
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "name"
                  },
                  {
                    "type": 1,
                    "string": "domain"
                  },
                  {
                    "type": 1,
                    "string": "path"
                  },
                  {
                    "type": 1,
                    "string": "secure"
                  },
                  {
                    "type": 1,
                    "string": "session"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "_capi_orders"
                  },
                  {
                    "type": 1,
                    "string": "*"
                  },
                  {
                    "type": 1,
                    "string": "*"
                  },
                  {
                    "type": 1,
                    "string": "secure"
                  },
                  {
                    "type": 1,
                    "string": "any"
                  }
                ]
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
  },
  {
    "instance": {
      "key": {
        "publicId": "logging",
        "versionId": "1"
      },
      "param": [
        {
          "key": "environments",
          "value": {
            "type": 1,
            "string": "all"
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
        "publicId": "read_container_data",
        "versionId": "1"
      },
      "param": []
    },
    "clientAnnotations": {
      "isEditedByUser": true
    },
    "isRequired": true
  }
]


___TESTS___

scenarios:
- name: "Consent - ad_storage from consent_state: true/granted send, false/denied/absent send nothing"
  code: |-
    // Each case is one event; only the sent ones may reach Meta or write _fbc/_fbp.
    const cases = [
      { consentState: { ad_storage: true }, sent: true },
      { consentState: { ad_storage: 'granted' }, sent: true },
      { consentState: { ad_storage: 'true' }, sent: true },
      { consentState: { ad_storage: false }, sent: false },
      { consentState: { ad_storage: 'denied' }, sent: false },
      { consentState: { ad_storage: 'false' }, sent: false },
      { consentState: { analytics_storage: 'granted' }, sent: false },
      { consentState: undefined, sent: false },
    ];
    runConsentCases(cases, 'adStorage');

    callLater(() => assertConsentCases(cases, ['_fbc', '_fbp']));
- name: "Consent - ad_storage from x-ga-gcd: letters t r n v send, p q m u and l (not set) do not"
  code: |-
    // Each case is one event; only the sent ones may reach Meta or write _fbc/_fbp.
    // The 3rd character is ad_storage; the others say the opposite, to prove the position.
    const cases = [
      { gcd: '11t1p1p1p5', sent: true },
      { gcd: '11r1p1p1p5', sent: true },
      { gcd: '11n1p1p1p5', sent: true },
      { gcd: '11v1p1p1p5', sent: true },
      { gcd: '11p1t1t1t5', sent: false },
      { gcd: '11q1t1t1t5', sent: false },
      { gcd: '11m1t1t1t5', sent: false },
      { gcd: '11u1t1t1t5', sent: false },
      { gcd: '11l1t1t1t5', sent: false },
      { gcd: undefined, sent: false },
    ];
    runConsentCases(cases, 'adStorage');

    callLater(() => assertConsentCases(cases, ['_fbc', '_fbp']));
- name: "Consent - ad_storage from x-ga-gcs: granted sends, denied and absent send nothing"
  code: |-
    // Each case is one event; only the sent ones may reach Meta or write _fbc/_fbp.
    // x-ga-gcs is G1xy with x = ad_storage.
    const cases = [
      { gcs: 'G111', sent: true },
      { gcs: 'G110', sent: true },
      { gcs: 'G101', sent: false },
      { gcs: 'G100', sent: false },
      { gcs: undefined, sent: false },
    ];
    runConsentCases(cases, 'adStorage');

    callLater(() => assertConsentCases(cases, ['_fbc', '_fbp']));
- name: "Consent - ad_user_data from consent_state: true/granted send, false/denied/absent send nothing"
  code: |-
    // Each case is one event; only the sent ones may reach Meta. In every sent case a GA signal
    // denies ad_storage, so the tag writes no _fbc/_fbp cookie at all.
    // ad_storage always says the opposite: only ad_user_data may decide.
    const cases = [
      { consentState: { ad_user_data: true, ad_storage: false }, sent: true },
      { consentState: { ad_user_data: 'granted', ad_storage: 'denied' }, sent: true },
      { consentState: { ad_user_data: false, ad_storage: true }, sent: false },
      { consentState: { ad_user_data: 'denied', ad_storage: 'granted' }, sent: false },
      { consentState: { ad_storage: 'granted' }, sent: false },
      { consentState: undefined, sent: false },
    ];
    runConsentCases(cases, 'adUserData');

    callLater(() => assertConsentCases(cases, []));
- name: "Consent - ad_user_data from x-ga-gcd: the 7th character decides"
  code: |-
    // Each case is one event; only the sent ones may reach Meta. In every sent case a GA signal
    // denies ad_storage, so the tag writes no _fbc/_fbp cookie at all.
    // Granted t r n v; denied p q m u; l is not set. Other signals say the opposite.
    const cases = [
      { gcd: '11p1p1t1p5', sent: true },
      { gcd: '11p1p1r1p5', sent: true },
      { gcd: '11p1p1n1p5', sent: true },
      { gcd: '11p1p1v1p5', sent: true },
      { gcd: '11t1t1p1t5', sent: false },
      { gcd: '11t1t1q1t5', sent: false },
      { gcd: '11t1t1m1t5', sent: false },
      { gcd: '11t1t1u1t5', sent: false },
      { gcd: '11t1t1l1t5', sent: false },
      { gcd: undefined, sent: false },
    ];
    runConsentCases(cases, 'adUserData');

    callLater(() => assertConsentCases(cases, []));
- name: "Consent - ad_user_data: x-ga-gcs carries no ad_user_data, so it counts as absent"
  code: |-
    // Each case is one event; only the sent ones may reach Meta. In every sent case a GA signal
    // denies ad_storage, so the tag writes no _fbc/_fbp cookie at all.
    // Blocked by default, whatever x-ga-gcs says; see the when-absent scenario for "send".
    const cases = [
      { gcs: 'G111', sent: false },
      { gcs: 'G110', sent: false },
      { gcs: 'G100', sent: false },
      { gcs: undefined, sent: false },
      { gcs: 'G100', gcd: '11p1p1t1p5', sent: true },
    ];
    runConsentCases(cases, 'adUserData');

    callLater(() => assertConsentCases(cases, []));
- name: "Consent - custom variable: true/granted send, false/denied/empty do not, event signals ignored"
  code: |-
    // Each case is one event; only the sent ones may reach Meta. In every sent case a GA signal
    // denies ad_storage, so the tag writes no _fbc/_fbp cookie at all.
    // The event always carries GA signals that say the opposite of the variable.
    const variableCases = [
      { value: true, sent: true },
      { value: 'granted', sent: true },
      { value: 'true', sent: true },
      { value: false, sent: false },
      { value: 'denied', sent: false },
      { value: 'false', sent: false },
      { value: '', sent: false },
      { value: 'maybe', sent: false },
    ];
    const cases = variableCases.map((c) => {
      const granted = c.value === true || c.value === 'granted' || c.value === 'true';
      return {
        value: c.value,
        sent: c.sent,
        gcs: granted ? 'G100' : 'G111',
        consentState: { ad_storage: !granted, ad_user_data: !granted },
      };
    });
    runConsentCases(cases, 'custom');

    callLater(() => assertConsentCases(cases, []));
- name: "Consent - denied: no request, no cookie, gtmOnSuccess, and a log line with the reason"
  code: |-
    eventData = {
      event_name: 'page_view',
      client_id: '1234567890.1763700000',
      user_agent: 'Mozilla/5.0',
      page_location: 'https://www.example.com/?fbclid=AbC123',
      'x-ga-gcs': 'G101',
    };

    runCode({ pixels: mockData.pixels, logMode: 'always', consentMode: 'adStorage' });

    callLater(() => {
      assertApi('gtmOnSuccess').wasCalled();
      assertApi('gtmOnFailure').wasNotCalled();
      assertApi('sendHttpRequest').wasNotCalled();
      assertApi('setCookie').wasNotCalled();
      assertThat(requests).hasLength(0);
      assertApi('logToConsole').wasCalledWith(
        '{"tag":"meta-capi","type":"not_sent","event_name":"page_view","reason":"ad_storage denied (x-ga-gcs)"}'
      );
    });
- name: Consent - with no consent check (the default) every event is sent, whatever its signals
  code: |-
    eventData = {
      event_name: 'page_view',
      client_id: '1234567890.1763700000',
      user_agent: 'Mozilla/5.0',
      page_location: 'https://www.example.com/',
      'x-ga-gcs': 'G100',
      'x-ga-gcd': '11p1p1p1p5',
      consent_state: { ad_storage: 'denied', ad_user_data: false },
    };

    runCode({ pixels: mockData.pixels, logMode: 'off' });
    runCode({ pixels: mockData.pixels, logMode: 'off', consentMode: 'ignore' });

    callLater(() => {
      assertThat(requests).hasLength(2);
      assertApi('gtmOnFailure').wasNotCalled();
    });
- name: Consent - an unreadable signal counts as absent and the next source decides
  code: |-
    // Each case is one event; only the sent ones may reach Meta or write _fbc/_fbp.
    // Blocked when nothing readable is left (the default for a missing signal).
    const cases = [
      { consentState: { ad_storage: 'yes' }, sent: false },
      { consentState: { ad_storage: 1 }, sent: false },
      { gcs: 'G1x1', sent: false },
      { gcs: 'granted', sent: false },
      { gcd: '11z1t1t1t5', sent: false },
      { gcd: '11t', sent: false },
      { consentState: { ad_storage: 'yes' }, gcd: '11t1p1p1p5', sent: true },
      { gcd: 'garbage!!!', gcs: 'G111', sent: true },
      { consentState: 'granted', gcs: 'G100', sent: false },
    ];
    runConsentCases(cases, 'adStorage');

    callLater(() => assertConsentCases(cases, ['_fbc', '_fbp']));
- name: Consent - consent_state wins over x-ga-gcd, which wins over x-ga-gcs
  code: |-
    // Each case is one event; only the sent ones may reach Meta or write _fbc/_fbp.
    const cases = [
      { consentState: { ad_storage: true }, gcd: '11p1p1p1p5', gcs: 'G100', sent: true },
      { consentState: { ad_storage: 'denied' }, gcd: '11t1t1t1t5', gcs: 'G111', sent: false },
      { gcd: '11t1p1p1p5', gcs: 'G100', sent: true },
      { gcd: '11p1t1t1t5', gcs: 'G111', sent: false },
      { gcd: '11l1l1l1l5', gcs: 'G110', sent: true },
      { gcd: '11l1l1l1l5', gcs: 'G101', sent: false },
    ];
    runConsentCases(cases, 'adStorage');

    callLater(() => assertConsentCases(cases, ['_fbc', '_fbp']));
- name: Consent - without any signal, the event is blocked by default and sent when so configured
  code: |-
    // Each case is one event without consent_state, x-ga-gcs or x-ga-gcd.
    const cases = [
      { consentMode: 'adStorage', consentWhenAbsent: undefined, sent: false },
      { consentMode: 'adStorage', consentWhenAbsent: 'block', sent: false },
      { consentMode: 'adStorage', consentWhenAbsent: 'send', sent: true },
      { consentMode: 'adUserData', consentWhenAbsent: undefined, sent: false },
      { consentMode: 'adUserData', consentWhenAbsent: 'send', sent: true },
      { consentMode: 'custom', consentWhenAbsent: undefined, sent: false },
      { consentMode: 'custom', consentWhenAbsent: 'send', sent: true },
    ];

    cases.forEach((c, i) => {
      eventData = {
        event_name: 'page_view',
        event_id: 'case-' + i,
        client_id: '1234567890.1763700000',
        user_agent: 'Mozilla/5.0',
        page_location: 'https://www.example.com/',
      };
      runCode({
        pixels: mockData.pixels,
        logMode: 'off',
        consentMode: c.consentMode,
        consentWhenAbsent: c.consentWhenAbsent,
      });
    });

    callLater(() => {
      const expectedSent = [];
      cases.forEach((c, i) => {
        if (c.sent) expectedSent.push('case-' + i);
      });
      assertThat(requests.map((r) => r.body.data[0].event_id)).isEqualTo(expectedSent);
      assertApi('gtmOnFailure').wasNotCalled();
    });
- name: Delivery - a 400 code 100 (event too old) fails at once, without a retry
  code: |-
    responses = [
      {
        statusCode: 400,
        body: JSON.stringify({
          error: {
            message: 'Invalid parameter',
            type: 'OAuthException',
            code: 100,
            error_subcode: 2804003,
            is_transient: false,
            fbtrace_id: 'A6UyEgg_HdoiRX9duxcBOjb',
          },
        }),
      },
    ];

    runCode(mockData);

    callLater(() => {
      assertApi('gtmOnFailure').wasCalled();
      assertApi('gtmOnSuccess').wasNotCalled();
      assertThat(requests).hasLength(1);
    });
- name: Delivery - a 401 code 190 (invalid token) fails at once, without a retry
  code: |-
    responses = [
      {
        statusCode: 401,
        body: JSON.stringify({
          error: {
            message: 'Invalid OAuth access token - Cannot parse access token',
            type: 'OAuthException',
            code: 190,
            fbtrace_id: 'AbCdEf',
          },
        }),
      },
    ];

    runCode(mockData);

    callLater(() => {
      assertApi('gtmOnFailure').wasCalled();
      assertApi('gtmOnSuccess').wasNotCalled();
      assertThat(requests).hasLength(1);
      assertThat(requests[0].body.access_token).isEqualTo('TEST_TOKEN');
    });
- name: Delivery - optimistic mode succeeds even when Meta rejects the event
  code: |-
    mockData.optimisticSuccess = true;
    responses = [
      { statusCode: 500, body: '' },
      { statusCode: 500, body: '' },
    ];

    runCode(mockData);

    callLater(() => {
      assertApi('gtmOnSuccess').wasCalled();
      assertApi('gtmOnFailure').wasNotCalled();
      assertThat(requests).hasLength(2);
    });
- name: Delivery - a 503 is retried once, and the 200 that follows succeeds
  code: |-
    responses = [
      { statusCode: 503, body: '' },
      { statusCode: 200, body: '{"events_received":1,"messages":[],"fbtrace_id":"Aok"}' },
    ];

    runCode(mockData);

    callLater(() => {
      assertApi('gtmOnSuccess').wasCalled();
      assertApi('gtmOnFailure').wasNotCalled();
      assertThat(requests).hasLength(2);
      assertThat(requests[1].url).isEqualTo(requests[0].url);
      assertThat(requests[1].body).isEqualTo(requests[0].body);
    });
- name: Delivery - with retries set to 0, a 503 fails the tag after one request
  code: |-
    mockData.retries = '0';
    responses = [{ statusCode: 503, body: '' }];

    runCode(mockData);

    callLater(() => {
      assertApi('gtmOnFailure').wasCalled();
      assertApi('gtmOnSuccess').wasNotCalled();
      assertThat(requests).hasLength(1);
    });
- name: Delivery - a timeout is retried once; a second timeout fails the tag
  code: |-
    responses = [{ reason: 'timed_out' }, { reason: 'timed_out' }];

    runCode(mockData);

    callLater(() => {
      assertApi('gtmOnFailure').wasCalled();
      assertApi('gtmOnSuccess').wasNotCalled();
      assertThat(requests).hasLength(2);
      assertThat(requests[0].options.timeout).isEqualTo(1500);
    });
- name: Delivery - sends a Purchase with hashed email and succeeds
  code: |-
    runCode(mockData);

    callLater(() => {
      assertApi('gtmOnSuccess').wasCalled();
      assertApi('gtmOnFailure').wasNotCalled();
      assertThat(requests).hasLength(1);
      assertThat(requests[0].url).isEqualTo('https://graph.facebook.com/v26.0/1234567890/events');
      assertThat(requests[0].url.indexOf('TEST_TOKEN')).isEqualTo(-1);
      const event = requests[0].body.data[0];
      assertThat(event.event_name).isEqualTo('Purchase');
      assertThat(event.event_id).isEqualTo('evt-1');
      assertThat(event.user_data.em).isEqualTo(
        '86e0b9e56c17cc4d12387e1949b85053fbe73bc3ce5a1188713a9d300cc6133d'
      );
    });
- name: Delivery - two pixels that both accept the event succeed once
  code: |-
    mockData.pixels = [
      { pixelId: '1234567890', accessToken: 'TEST_TOKEN' },
      { pixelId: '9876543210', accessToken: 'SECOND_TOKEN' },
    ];

    runCode(mockData);

    callLater(() => {
      assertApi('gtmOnSuccess').wasCalled();
      assertApi('gtmOnFailure').wasNotCalled();
      assertThat(requests).hasLength(2);
    });
- name: "Delivery - two pixels: both are sent, one rejection fails the tag"
  code: |-
    mockData.pixels = [
      { pixelId: '1234567890', accessToken: 'TEST_TOKEN' },
      { pixelId: '9876543210', accessToken: 'SECOND_TOKEN' },
    ];
    responses = [
      { statusCode: 200, body: '{"events_received":1}' },
      {
        statusCode: 400,
        body: JSON.stringify({ error: { code: 100, error_subcode: 33, fbtrace_id: 'Ab' } }),
      },
    ];

    runCode(mockData);

    callLater(() => {
      assertApi('gtmOnFailure').wasCalled();
      assertApi('gtmOnSuccess').wasNotCalled();
      assertThat(requests).hasLength(2);
      assertThat(requests[0].url).isEqualTo('https://graph.facebook.com/v26.0/1234567890/events');
      assertThat(requests[1].url).isEqualTo('https://graph.facebook.com/v26.0/9876543210/events');
      assertThat(requests[0].body.access_token).isEqualTo('TEST_TOKEN');
      assertThat(requests[1].body.access_token).isEqualTo('SECOND_TOKEN');
      assertThat(requests[1].body.data).isEqualTo(requests[0].body.data);
    });
- name: "Events - a blocked event: no request, gtmOnSuccess, and a log line saying why"
  code: |-
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
- name: Events - GA4 purchase becomes Purchase with value, currency, order_id and contents
  code: |-
    eventData.value = '59,80';
    eventData.currency = ' eur ';
    eventData.transaction_id = 'T-1001';
    eventData.items = [
      { item_id: 'SKU-1', item_name: 'Shoe', price: 20, quantity: 2 },
      { item_name: 'Gift wrap without an id', price: 2 },
      { item_id: 77, price: '9.90' },
    ];

    runCode(mockData);

    callLater(() => {
      assertApi('gtmOnSuccess').wasCalled();
      assertApi('gtmOnFailure').wasNotCalled();
      assertThat(requests).hasLength(1);
      const event = requests[0].body.data[0];
      assertThat(event.event_name).isEqualTo('Purchase');
      assertThat(event.custom_data).isEqualTo({
        value: 59.8,
        currency: 'EUR',
        content_ids: ['SKU-1', '77'],
        contents: [
          { id: 'SKU-1', quantity: 2, item_price: 20, title: 'Shoe' },
          { id: '77', quantity: 1, item_price: 9.9 },
        ],
        content_type: 'product',
        num_items: 3,
        order_id: 'T-1001',
      });
    });
- name: Events - allow-list by the name before renaming, then a sensitive name is renamed
  code: |-
    eventData.event_name = 'view_item';
    eventData.items = [{ item_id: 'RX-1' }];

    runCode({
      pixels: mockData.pixels,
      logMode: 'off',
      eventAllowList: 'ViewContent\nPurchase',
      eventRenameList: [{ from: 'view_item', to: 'PageEngagement' }],
    });

    callLater(() => {
      assertApi('gtmOnSuccess').wasCalled();
      assertThat(requests).hasLength(1);
      const event = requests[0].body.data[0];
      assertThat(event.event_name).isEqualTo('PageEngagement');
      assertThat(event.custom_data.content_ids).isEqualTo(['RX-1']);
    });
- name: Events - the mapping table wins over the GA4 table; view_item_list only when opted in
  code: |-
    const fields = {
      pixels: mockData.pixels,
      logMode: 'off',
      mapViewItemListToViewContent: true,
      eventNameMappings: [{ from: 'quote_request', to: 'lead' }],
    };

    eventData.event_name = 'QUOTE_REQUEST';
    runCode(fields);
    eventData.event_name = 'view_item_list';
    runCode(fields);
    eventData.event_name = 'view_item_list';
    runCode({ pixels: mockData.pixels, logMode: 'off' });
    runCode({
      pixels: mockData.pixels,
      logMode: 'off',
      eventNameMode: 'custom',
      eventNameCustom: 'add_to_cart',
    });

    callLater(() => {
      assertThat(requests).hasLength(4);
      assertThat(requests[0].body.data[0].event_name).isEqualTo('Lead');
      assertThat(requests[1].body.data[0].event_name).isEqualTo('ViewContent');
      assertThat(requests[2].body.data[0].event_name).isEqualTo('view_item_list');
      assertThat(requests[3].body.data[0].event_name).isEqualTo('AddToCart');
      assertApi('gtmOnFailure').wasNotCalled();
    });
- name: Events - with the Default currency field a Purchase without currency is sent in it; no value means the sum of priced items
  code: |-
    eventData.currency = undefined;
    eventData.value = undefined;
    eventData.items = [
      { item_id: 'SKU-1', price: 19.99, quantity: 3 },
      { item_id: 'SKU-2', price: 5 },
    ];

    runCode({ pixels: mockData.pixels, logMode: 'off', defaultCurrency: 'USD' });

    callLater(() => {
      assertApi('gtmOnSuccess').wasCalled();
      assertApi('gtmOnFailure').wasNotCalled();
      assertThat(requests).hasLength(1);
      const custom = requests[0].body.data[0].custom_data;
      assertThat(custom.currency).isEqualTo('USD');
      assertThat(custom.value).isEqualTo(64.97);
    });
- name: "Events - a Purchase without a currency is not sent: gtmOnFailure, and a problem naming the Default currency field"
  code: |-
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
- name: "Events - a Purchase without value or currency is not sent: the tag fails and names what to fill"
  code: |-
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
- name: "Governance - ad_user_data denied: sent without customer information (opt_out, no cookie) or with Limited Data Use"
  code: |-
    eventData.consent_state = { ad_storage: true, ad_user_data: false };
    eventData.page_location = 'https://shop.example.com/checkout?fbclid=AbC123';
    cookies = { _fbp: ['fb.1.1763700000000.1234567890'] };

    runCode({
      pixels: mockData.pixels,
      logMode: 'off',
      consentMode: 'adUserData',
      consentDeniedAction: 'anonymous',
    });
    // Without customer information no cookie is read or written, though ad_storage is granted.
    assertApi('getCookieValues').wasNotCalled();
    assertApi('setCookie').wasNotCalled();

    eventData.event_id = 'evt-2';
    runCode({
      pixels: mockData.pixels,
      logMode: 'off',
      consentMode: 'adUserData',
      consentDeniedAction: 'ldu',
      lduLocation: 'california',
    });

    callLater(() => {
      assertApi('gtmOnFailure').wasNotCalled();
      assertThat(requests).hasLength(2);
      const anonymous = requests[0].body.data[0];
      assertThat(anonymous.user_data).isEqualTo({
        client_ip_address: '203.0.113.9',
        client_user_agent: 'Mozilla/5.0 (X11; Linux x86_64)',
      });
      assertThat(anonymous.opt_out).isEqualTo(true);
      assertThat(anonymous.data_processing_options).isUndefined();
      const limited = requests[1].body.data[0];
      assertThat(limited.data_processing_options).isEqualTo(['LDU']);
      assertThat(limited.data_processing_options_country).isEqualTo(1);
      assertThat(limited.data_processing_options_state).isEqualTo(1000);
      assertThat(limited.user_data.em).isDefined();
      assertThat(limited.user_data.fbp).isEqualTo('fb.1.1763700000000.1234567890');
      assertThat(limited.opt_out).isUndefined();
    });
- name: "Governance - per-pixel rules: each row takes only its events; a skipped row cannot fail the tag"
  code: |-
    // Brand A's dataset takes purchases and leads; brand B's never takes a Purchase or a PageView,
    // and Meta would reject anything sent to it.
    mockData.pixels = [
      { pixelId: '1111111111', accessToken: 'BRAND_A_TOKEN', allowEvents: 'Purchase, Lead' },
      { pixelId: '2222222222', accessToken: 'BRAND_B_TOKEN', blockEvents: 'purchase, page_view' },
    ];
    mock('sendHttpRequest', (url, options, body) => {
      requests.push({ url: url, options: options, body: JSON.parse(body) });
      const rejected = url.indexOf('/2222222222/') >= 0;
      return Promise.create((resolve) => {
        resolve({
          statusCode: rejected ? 400 : 200,
          headers: {},
          body: rejected ? '{"error":{"code":100,"fbtrace_id":"Ab"}}' : '{"events_received":1}',
        });
      });
    });

    runCode({ pixels: mockData.pixels, logMode: 'off' });

    // No row takes a PageView: nothing is sent and the tag still succeeds.
    eventData.event_name = 'page_view';
    eventData.event_id = 'evt-2';
    runCode({ pixels: mockData.pixels, logMode: 'off' });

    callLater(() => {
      assertApi('gtmOnFailure').wasNotCalled();
      assertApi('gtmOnSuccess').wasCalled();
      assertThat(requests).hasLength(1);
      assertThat(requests[0].url).isEqualTo('https://graph.facebook.com/v26.0/1111111111/events');
      assertThat(requests[0].body.access_token).isEqualTo('BRAND_A_TOKEN');
      assertThat(requests[0].body.data[0].event_name).isEqualTo('Purchase');
    });
- name: "Governance - duplicate-purchase guard: a reload of the thank-you page is not sent again"
  code: |-
    // The first Purchase is sent and its order remembered in an HttpOnly cookie of hashes only; the
    // browser sends that cookie back with the reload, whose Purchase is not sent.
    let guardValue = '';
    let guardOptions = {};
    mock('setCookie', (name, value, options) => {
      if (name === '_capi_orders') {
        guardValue = value;
        guardOptions = options;
      }
    });

    runCode({ pixels: mockData.pixels, logMode: 'off', purchaseGuard: true });

    cookies._capi_orders = [guardValue];
    runCode({ pixels: mockData.pixels, logMode: 'off', purchaseGuard: true });

    callLater(() => {
      assertApi('gtmOnFailure').wasNotCalled();
      assertApi('gtmOnSuccess').wasCalled();
      assertThat(requests).hasLength(1);
      assertThat(requests[0].body.data[0].custom_data.order_id).isEqualTo('T-1');
      // 16 hex characters of the order ID's SHA-256, a dot, the time in seconds: no order ID.
      assertThat(guardValue.length).isEqualTo(27);
      assertThat(guardValue.charAt(16)).isEqualTo('.');
      assertThat(guardValue.substring(17)).isEqualTo('1763769600');
      assertThat(guardValue.indexOf('T-1')).isEqualTo(-1);
      assertThat(guardOptions.httpOnly).isEqualTo(true);
      assertThat(guardOptions.secure).isEqualTo(true);
    });
- name: "Governance - restricted-data mode: URLs without query string, no descriptive data, custom events only when renamed"
  code: |-
    // A health advertiser: the page path and query string, the product's title and category and a
    // custom property would each reveal a condition; so would a custom event name.
    eventData.page_location = 'https://clinic.example.com/conditions/diabetes/book?plan=gold';
    eventData.items = [
      {
        item_id: 'SKU-1',
        item_name: 'Glucose meter',
        item_category: 'Diabetes',
        price: 49.9,
        quantity: 1,
      },
    ];
    eventData.custom_properties = { condition: 'type 2 diabetes' };

    runCode({ pixels: mockData.pixels, logMode: 'off', restrictedData: true });

    // A custom event name is not sent without a rename row, and is sent as the standard event it is renamed to.
    eventData = {
      event_name: 'colonoscopy_scheduled',
      event_id: 'evt-2',
      client_id: '1234567890.1763700000',
      ip_override: '203.0.113.9',
      user_agent: 'Mozilla/5.0 (X11; Linux x86_64)',
      page_location: 'https://clinic.example.com/book',
    };
    runCode({ pixels: mockData.pixels, logMode: 'off', restrictedData: true });
    eventData.event_id = 'evt-3';
    runCode({
      pixels: mockData.pixels,
      logMode: 'off',
      restrictedData: true,
      eventRenameList: [{ from: 'colonoscopy_scheduled', to: 'Schedule' }],
    });

    callLater(() => {
      assertApi('gtmOnFailure').wasNotCalled();
      assertThat(requests.map((r) => r.body.data[0].event_id)).isEqualTo(['evt-1', 'evt-3']);
      const purchase = requests[0].body.data[0];
      assertThat(purchase.event_source_url).isEqualTo(
        'https://clinic.example.com/conditions/diabetes/book'
      );
      assertThat(purchase.custom_data.contents).isEqualTo([
        { id: 'SKU-1', quantity: 1, item_price: 49.9 },
      ]);
      assertThat(purchase.custom_data.content_name).isUndefined();
      assertThat(purchase.custom_data.content_category).isUndefined();
      assertThat(purchase.custom_data.condition).isUndefined();
      assertThat(purchase.custom_data.value).isEqualTo(49.9);
      assertThat(requests[1].body.data[0].event_name).isEqualTo('Schedule');
    });
- name: Identity - _fbc / _fbp cookies use the configured domain, lifetime and HttpOnly
  code: |-
    eventData = {
      event_name: 'page_view',
      client_id: '1234567890.1763700000',
      user_agent: 'Mozilla/5.0',
      page_location: 'https://www.example.com/?fbclid=AbC123',
    };

    runCode({
      pixels: mockData.pixels,
      logMode: 'off',
      cookieDomain: 'example.com',
      cookieMaxAgeDays: '30',
      cookieHttpOnly: true,
    });

    callLater(() => {
      const options = {
        domain: 'example.com',
        path: '/',
        'max-age': 2592000,
        secure: true,
        samesite: 'Lax',
        httpOnly: true,
      };
      const userData = requests[0].body.data[0].user_data;
      assertApi('setCookie').wasCalledWith('_fbc', userData.fbc, options);
      assertApi('setCookie').wasCalledWith('_fbp', userData.fbp, options);
    });
- name: "Identity - a CRM event gets no browser ID: no fbp generated, no fbc from the URL, no cookie read or written"
  code: |-
    const cookieWrites = [];
    mock('setCookie', (name) => {
      cookieWrites.push(name);
    });
    eventData = {
      event_name: 'Lead',
      event_id: 'crm-1',
      lead_id: '1234567890123456',
      email: 'jane.doe@example.com',
      client_id: '1234567890.1763700000',
      page_location: 'https://www.example.com/?fbclid=AbC123',
    };
    cookies._fbc = ['fb.1.1700000000000.CookieClick'];
    cookies._fbp = ['fb.1.1700000000000.1111111111'];

    runCode({
      pixels: mockData.pixels,
      logMode: 'off',
      actionSource: 'crm',
      leadEventSource: 'HubSpot',
    });

    callLater(() => {
      assertApi('gtmOnSuccess').wasCalled();
      assertThat(requests).hasLength(1);
      const event = requests[0].body.data[0];
      assertThat(event.action_source).isEqualTo('system_generated');
      assertThat(event.custom_data).isEqualTo({ event_source: 'crm', lead_event_source: 'HubSpot' });
      assertThat(event.user_data.lead_id).isEqualTo('1234567890123456');
      assertThat(event.user_data.fbc).isUndefined();
      assertThat(event.user_data.fbp).isUndefined();
      assertThat(cookieWrites).isEqualTo([]);
    });
- name: Identity - fbc is created from the page URL's fbclid, exactly, and stored in _fbc
  code: |-
    eventData = {
      event_name: 'page_view',
      client_id: '1234567890.1763700000',
      user_agent: 'Mozilla/5.0',
      page_location: 'https://www.example.com/landing?utm_source=fb&fbclid=IwAR2F4-dbP0l7Mn1_IawQ',
    };

    runCode({ pixels: mockData.pixels, logMode: 'off' });

    callLater(() => {
      // fb.<subdomain index of example.com>.<now in ms>.<fbclid, case untouched>
      const fbc = 'fb.1.1763769600000.IwAR2F4-dbP0l7Mn1_IawQ';
      assertThat(requests).hasLength(1);
      assertThat(requests[0].body.data[0].user_data.fbc).isEqualTo(fbc);
      assertApi('setCookie').wasCalledWith('_fbc', fbc, {
        domain: 'auto',
        path: '/',
        'max-age': 7776000,
        secure: true,
        samesite: 'Lax',
        httpOnly: false,
      });
      assertApi('gtmOnSuccess').wasCalled();
    });
- name: Identity - fbc / fbp from the event's keys (fbc, _fbc, fbp, _fbp) win over the cookies; malformed ones are skipped
  code: |-
    const cookieWrites = [];
    mock('setCookie', (name) => {
      cookieWrites.push(name);
    });
    eventData = {
      event_name: 'page_view',
      client_id: '1234567890.1763700000',
      user_agent: 'Mozilla/5.0',
      page_location: 'https://www.example.com/',
      fbc: 'fb.1.1763700000000.EventClick',
      _fbp: 'fb.1.1763700000000.2222222222',
    };
    cookies._fbc = ['fb.1.1700000000000.CookieClick'];
    cookies._fbp = ['fb.1.1700000000000.1111111111'];
    runCode({ pixels: mockData.pixels, logMode: 'off' });

    // A malformed fbc is refused like a malformed cookie, and the next key is used.
    eventData.fbc = 'not-a-click-id';
    eventData._fbc = 'fb.1.1763700000000.UnderscoreClick';
    eventData._fbp = 'fb.1.123.456';
    runCode({ pixels: mockData.pixels, logMode: 'off' });

    callLater(() => {
      assertThat(requests).hasLength(2);
      const first = requests[0].body.data[0].user_data;
      assertThat(first.fbc).isEqualTo('fb.1.1763700000000.EventClick');
      assertThat(first.fbp).isEqualTo('fb.1.1763700000000.2222222222');
      const second = requests[1].body.data[0].user_data;
      assertThat(second.fbc).isEqualTo('fb.1.1763700000000.UnderscoreClick');
      assertThat(second.fbp).isEqualTo('fb.1.1700000000000.1111111111');
      // Known IDs are not written back (the default cookie mode writes only new ones).
      assertThat(cookieWrites).isEqualTo([]);
    });
- name: Identity - fbc is kept (creation time and appendix too) while the fbclid is the same click
  code: |-
    // The cookie is not rewritten either: nothing about the click changed.
    const cookieWrites = [];
    mock('setCookie', (name) => {
      cookieWrites.push(name);
    });
    eventData = {
      event_name: 'page_view',
      client_id: '1234567890.1763700000',
      user_agent: 'Mozilla/5.0',
      page_location: 'https://www.example.com/?fbclid=IwAR2F4',
    };
    const existing = ['fb.1.1760000000000.IwAR2F4', 'fb.1.1760000000000.IwAR2F4.AQQCAQMC'];
    cookies._fbp = ['fb.1.1760000000000.1116446470'];

    existing.forEach((fbc) => {
      cookies._fbc = [fbc];
      runCode({ pixels: mockData.pixels, logMode: 'off' });
    });

    callLater(() => {
      assertThat(requests).hasLength(2);
      assertThat(requests[0].body.data[0].user_data.fbc).isEqualTo(existing[0]);
      assertThat(requests[1].body.data[0].user_data.fbc).isEqualTo(existing[1]);
      assertThat(cookieWrites).isEqualTo([]);
    });
- name: Identity - a different fbclid in the URL replaces the click ID and rewrites _fbc
  code: |-
    cookies._fbc = ['fb.1.1760000000000.OlderClick.AQQCAQMC'];
    eventData = {
      event_name: 'page_view',
      client_id: '1234567890.1763700000',
      user_agent: 'Mozilla/5.0',
      page_location: 'https://www.example.com/?fbclid=NewClick',
    };

    runCode({ pixels: mockData.pixels, logMode: 'off' });

    callLater(() => {
      const fbc = 'fb.1.1763769600000.NewClick';
      assertThat(requests[0].body.data[0].user_data.fbc).isEqualTo(fbc);
      assertApi('setCookie').wasCalledWith('_fbc', fbc, {
        domain: 'auto',
        path: '/',
        'max-age': 7776000,
        secure: true,
        samesite: 'Lax',
        httpOnly: false,
      });
    });
- name: "Identity - fbp is generated from the GA client_id: the same for concurrent hits of one browser"
  code: |-
    // Two first hits of one browser a few ms apart (no _fbp cookie yet), then another browser.
    const written = [];
    mock('setCookie', (name, value) => {
      if (name === '_fbp') written.push(value);
    });
    const hit = (eventName, clientId, now) => {
      mock('getTimestampMillis', now);
      eventData = {
        event_name: eventName,
        client_id: clientId,
        user_agent: 'Mozilla/5.0',
        page_location: 'https://www.example.com/',
      };
      runCode({ pixels: mockData.pixels, logMode: 'off' });
    };

    hit('page_view', '1234567890.1763700000', 1763769600000);
    hit('view_item', '1234567890.1763700000', 1763769600004);
    hit('page_view', '987654321.1763000000', 1763769600000);

    callLater(() => {
      const fbp = requests.map((r) => r.body.data[0].user_data.fbp);
      assertThat(fbp).hasLength(3);
      assertThat(fbp[1]).isEqualTo(fbp[0]);
      assertThat(fbp[2]).isNotEqualTo(fbp[0]);
      assertThat(written).isEqualTo(fbp);
      fbp.forEach((value) => {
        // fb.1.<creation ms>.<10-digit random part>
        const parts = value.split('.');
        assertThat(parts).hasLength(4);
        assertThat(parts[0] + '.' + parts[1]).isEqualTo('fb.1');
        assertThat(parts[3].length).isEqualTo(10);
      });
      // The creation time is the browser's first visit (the client_id's seconds).
      assertThat(fbp[0].split('.')[2].substring(0, 10)).isEqualTo('1763700000');
    });
- name: Identity - an existing _fbp (or Meta's x-fb-ck-fbp) is sent as it is and not rewritten
  code: |-
    const cookieWrites = [];
    mock('setCookie', (name) => {
      cookieWrites.push(name);
    });
    eventData = {
      event_name: 'page_view',
      client_id: '1234567890.1763700000',
      user_agent: 'Mozilla/5.0',
      page_location: 'https://www.example.com/',
    };

    cookies._fbp = ['fb.1.1700000000000.1116446470'];
    runCode({ pixels: mockData.pixels, logMode: 'off' });
    cookies._fbp = [];
    eventData['x-fb-ck-fbp'] = 'fb.2.1700000000000.1234567890';
    runCode({ pixels: mockData.pixels, logMode: 'off' });

    callLater(() => {
      assertThat(requests[0].body.data[0].user_data.fbp).isEqualTo('fb.1.1700000000000.1116446470');
      assertThat(requests[1].body.data[0].user_data.fbp).isEqualTo('fb.2.1700000000000.1234567890');
      assertThat(cookieWrites).isEqualTo([]);
    });
- name: "Identity - client_ip_address: port stripped, first of a list, IPv6 kept, a non-IP left out"
  code: |-
    const cases = [
      { ip: '203.0.113.9:8080', sent: '203.0.113.9' },
      { ip: '198.51.100.7, 10.0.0.1', sent: '198.51.100.7' },
      { ip: '2001:db8::1', sent: '2001:db8::1' },
      { ip: '[2001:db8::1]:443', sent: '2001:db8::1' },
      { ip: 'not-an-ip', sent: undefined },
      { ip: '300.1.1.1', sent: undefined },
    ];

    cases.forEach((c) => {
      eventData = {
        event_name: 'page_view',
        client_id: '1234567890.1763700000',
        user_agent: '  Mozilla/5.0 (X11; Linux x86_64)  ',
        page_location: 'https://www.example.com/',
        ip_override: c.ip,
      };
      runCode({ pixels: mockData.pixels, logMode: 'off' });
    });

    callLater(() => {
      assertThat(requests).hasLength(cases.length);
      cases.forEach((c, i) => {
        const userData = requests[i].body.data[0].user_data;
        assertThat(userData.client_ip_address).isEqualTo(c.sent);
        assertThat(userData.client_user_agent).isEqualTo('Mozilla/5.0 (X11; Linux x86_64)');
      });
    });
- name: Identity - malformed fbc / fbp are never sent (Meta would reject the whole request)
  code: |-
    // With fbp generation off nothing replaces them; with it on, a fresh well-formed fbp does.
    cookies._fbc = ['fb.1.notatime.abc'];
    cookies._fbp = ['garbage'];
    eventData = {
      event_name: 'page_view',
      client_id: '1234567890.1763700000',
      user_agent: 'Mozilla/5.0',
      page_location: 'https://www.example.com/',
      'x-fb-ck-fbc': 'fb.1.1760000000000',
      'x-fb-ck-fbp': 'fb.1.1760000000000.1.toolongappendix',
    };

    runCode({ pixels: mockData.pixels, logMode: 'off', generateFbp: false });
    runCode({ pixels: mockData.pixels, logMode: 'off' });

    callLater(() => {
      assertThat(requests).hasLength(2);
      const first = requests[0].body.data[0].user_data;
      assertThat(first.fbc).isUndefined();
      assertThat(first.fbp).isUndefined();
      const second = requests[1].body.data[0].user_data;
      assertThat(second.fbc).isUndefined();
      assertThat(second.fbp).isNotEqualTo('garbage');
      assertThat(second.fbp.split('.')).hasLength(4);
      assertThat(second.fbp.indexOf('fb.1.1763700')).isEqualTo(0);
    });
- name: User data - bad values are dropped and logged by key, never by value; the event goes out
  code: |-
    eventData.user_data = {
      email_address: ['jane@@example', { nested: 'object' }],
      phone_number: 'call me',
      address: { first_name: '!!!', country: 'Atlantis' },
    };
    // Not a Purchase, which Meta (and so the tag) would refuse without a value.
    eventData.event_name = 'add_to_cart';
    eventData.value = { amount: 1 };
    eventData.items = [null, { item_name: 'no id' }, { item_id: 'OK-1' }];

    const logs = [];
    mock('logToConsole', (line) => logs.push(line));

    runCode({ pixels: mockData.pixels, logMode: 'always' });

    callLater(() => {
      assertApi('gtmOnSuccess').wasCalled();
      assertApi('gtmOnFailure').wasNotCalled();
      assertThat(requests).hasLength(1);
      const event = requests[0].body.data[0];
      assertThat(event.event_name).isEqualTo('AddToCart');
      assertThat(event.user_data.em).isUndefined();
      assertThat(event.user_data.ph).isUndefined();
      assertThat(event.user_data.fn).isUndefined();
      assertThat(event.user_data.country).isUndefined();
      assertThat(event.user_data.client_ip_address).isEqualTo('203.0.113.9');
      assertThat(event.custom_data.value).isUndefined();
      assertThat(event.custom_data.currency).isEqualTo('EUR');
      assertThat(event.custom_data.content_ids).isEqualTo(['OK-1']);
      const text = logs.join('\n');
      const keys = [];
      logs.forEach((line) => {
        const entry = JSON.parse(line);
        if (entry.type === 'problems') entry.problems.forEach((p) => keys.push(p.key));
      });
      assertThat(keys).contains(
        'user_data.em',
        'user_data.ph',
        'user_data.fn',
        'user_data.country',
        'custom_data.contents',
        'custom_data.value'
      );
      ['jane@@example', 'nested', 'call me', 'Atlantis', 'no id', 'amount'].forEach((raw) => {
        assertThat(text.indexOf(raw)).isEqualTo(-1);
      });
    });
- name: User data - GA4 email, phone and address are normalized and SHA-256 hashed
  code: |-
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
- name: User data - the overrides table wins over the event; national phones get the default code
  code: |-
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
- name: User data - Meta's x-fb-ud-* keys are normalized and hashed; hashes and IDs pass through
  code: |-
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
setup: |-
  const JSON = require('JSON');
  const Promise = require('Promise');
  const callLater = require('callLater');

  // Field values, as the GTM UI would pass them.
  const mockData = {
    pixels: [{ pixelId: '1234567890', accessToken: 'TEST_TOKEN' }],
    logMode: 'off',
  };

  // The event, the browser's cookies, and Meta's answers: scenarios change them before runCode.
  let eventData = {
    event_name: 'purchase',
    client_id: '1234567890.1763700000',
    ip_override: '203.0.113.9',
    user_agent: 'Mozilla/5.0 (X11; Linux x86_64)',
    page_location: 'https://shop.example.com/checkout',
    event_id: 'evt-1',
    value: 49.9,
    currency: 'eur',
    transaction_id: 'T-1',
    user_data: { email_address: ' Jane.Doe@Example.com ' },
  };
  let cookies = {};
  let responses = [];
  let requests = [];

  mock('getEventData', (key) => eventData[key]);
  mock('getCookieValues', (name) => cookies[name] || []);
  mock('getTimestampMillis', 1763769600000);
  mock('sendHttpRequest', (url, options, body) => {
    requests.push({ url: url, options: options, body: JSON.parse(body) });
    const answer =
      responses.length > 0 ? responses.shift() : { statusCode: 200, body: '{"events_received":1}' };
    return Promise.create((resolve, reject) => {
      if (answer.reason) reject({ reason: answer.reason });
      else resolve({ statusCode: answer.statusCode, headers: {}, body: answer.body });
    });
  });

  // Consent matrix scenarios: one page_view per case (event_id 'case-<i>') with the case's
  // consent_state, x-ga-gcs and x-ga-gcd; every _fbc/_fbp write is noted with its case.
  let consentCase = '';
  const consentCookieWrites = [];
  const runConsentCases = (cases, consentMode) => {
    mock('setCookie', (name) => {
      consentCookieWrites.push(consentCase + ' ' + name);
    });
    cases.forEach((c, i) => {
      consentCase = 'case-' + i;
      eventData = {
        event_name: 'page_view',
        event_id: consentCase,
        client_id: '1234567890.1763700000',
        user_agent: 'Mozilla/5.0',
        page_location: 'https://www.example.com/?fbclid=AbC123',
        consent_state: c.consentState,
        'x-ga-gcs': c.gcs,
        'x-ga-gcd': c.gcd,
      };
      runCode({
        pixels: mockData.pixels,
        logMode: 'off',
        consentMode: consentMode,
        consentCustomValue: c.value,
      });
    });
  };
  // Once the promises have settled: exactly the `sent` cases reached Meta, each writing `cookieNames`.
  const assertConsentCases = (cases, cookieNames) => {
    const expectedSent = [];
    const expectedCookies = [];
    cases.forEach((c, i) => {
      if (!c.sent) return;
      expectedSent.push('case-' + i);
      cookieNames.forEach((name) => expectedCookies.push('case-' + i + ' ' + name));
    });
    assertThat(requests.map((r) => r.body.data[0].event_id)).isEqualTo(expectedSent);
    assertThat(consentCookieWrites).isEqualTo(expectedCookies);
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
  };


___NOTES___

Generated from TypeScript sources (template-src/) by `npm run build`. Edit the sources, not this file.


