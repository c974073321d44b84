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
    "help": "One row per pixel (dataset) that should receive the event. Find the ID and generate an access token in Events Manager › your dataset › Settings › Conversions API. The event is sent to every row; the tag succeeds only if every pixel accepts it. The token is sent in the request body, never in a URL or a log. Fill in the app secret proof only if your Meta app requires one: the hex HMAC-SHA256 of that row\u0027s token keyed with the app secret (each token has its own proof).",
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
      }
    ]
  },
  {
    "type": "TEXT",
    "name": "testEventCode",
    "displayName": "Test event code",
    "simpleValueType": true,
    "valueHint": "TEST12345",
    "help": "Shows the events in Events Manager › Test Events. Used for every pixel that has no test code of its own; a \u003ccode\u003etest_event_code\u003c/code\u003e in the event data takes precedence. Events sent with a test code still count in production: remove it when you are done."
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
          }
        ],
        "help": "Where the conversion happened. A valid \u003ccode\u003eaction_source\u003c/code\u003e in the event takes precedence. Events older than 7 days (62 for physical store) are not sent, because Meta rejects them."
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
        "help": "Meta removes duplicates when the browser Pixel and this tag send the same event ID. By default the tag reads \u003ccode\u003eevent_id\u003c/code\u003e, then \u003ccode\u003ex-fb-event_id\u003c/code\u003e from the event. If your ID is elsewhere, pick a variable here (for example an Event Data variable) that returns the ID your Pixel sends as eventID; not the order number unless the Pixel uses it too."
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
        "help": "Reads \u003ccode\u003evalue\u003c/code\u003e, \u003ccode\u003ecurrency\u003c/code\u003e, \u003ccode\u003etransaction_id\u003c/code\u003e (as order_id), \u003ccode\u003esearch_term\u003c/code\u003e and the GA4 \u003ccode\u003eitems\u003c/code\u003e (or \u003ccode\u003eecommerce.items\u003c/code\u003e), plus Meta\u0027s standard \u003ccode\u003ex-fb-cd-*\u003c/code\u003e keys (such as \u003ccode\u003ex-fb-cd-value\u003c/code\u003e) and \u003ccode\u003ecustom_properties\u003c/code\u003e. From the items the tag builds contents, content_ids, num_items and content_type. Items without an ID are left out, because Meta rejects them."
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
        "help": "A variable whose value is \u003ccode\u003egranted\u003c/code\u003e, \u003ccode\u003edenied\u003c/code\u003e, \u003ccode\u003etrue\u003c/code\u003e or \u003ccode\u003efalse\u003c/code\u003e. Any other value counts as \"no signal\"."
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
        "enablingConditions": [
          {
            "paramName": "lduMode",
            "paramValue": "off",
            "type": "NOT_EQUALS"
          }
        ],
        "help": "Where Meta should apply Limited Data Use. Geolocation uses the IP address of the event."
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
var computeEffectiveTldPlusOne = require("computeEffectiveTldPlusOne");
var decodeUriComponent = require("decodeUriComponent");
var generateRandom = require("generateRandom");
var getContainerVersion = require("getContainerVersion");
var getCookieValues = require("getCookieValues");
var getEventData = require("getEventData");
var getTimestampMillis = require("getTimestampMillis");
var getType = require("getType");
var JSON = require("JSON");
var logToConsole = require("logToConsole");
var makeInteger = require("makeInteger");
var makeNumber = require("makeNumber");
var makeString = require("makeString");
var Math = require("Math");
var Object = require("Object");
var parseUrl = require("parseUrl");
var Promise2 = require("Promise");
var sendHttpRequest = require("sendHttpRequest");
var setCookie = require("setCookie");
var sha256Sync = require("sha256Sync");
var toBase64 = require("toBase64");
var fromBase64 = require("fromBase64");

// template-src/sandbox/type-of.ts
function typeOf(value) {
  const type = typeof value;
  return type === "object" ? getType(value) : type;
}

// template-src/validate/values.ts
var DIGITS = "0123456789";
var HEX = "0123456789abcdef";
var BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
function isString(value) {
  return typeOf(value) === "string";
}
function isObject(value) {
  return typeOf(value) === "object";
}
function isArray(value) {
  return typeOf(value) === "array";
}
function isFiniteNumber(value) {
  return typeOf(value) === "number" && value - value === 0;
}
function allCharsIn(s, alphabet) {
  for (let i = 0; i < s.length; i++) {
    if (alphabet.indexOf(s.charAt(i)) < 0) return false;
  }
  return true;
}
function isDigits(s) {
  return s.length > 0 && allCharsIn(s, DIGITS);
}
function isLowerHex(s) {
  return s.length > 0 && allCharsIn(s, HEX);
}
function isBase64Url(s) {
  return s.length > 0 && allCharsIn(s, BASE64URL);
}
function decimalValue(digits) {
  let n = 0;
  for (let i = 0; i < digits.length; i++) n = n * 10 + DIGITS.indexOf(digits.charAt(i));
  return n;
}
function hexValue(s) {
  let n = 0;
  for (let i = 0; i < s.length; i++) n = n * 16 + HEX.indexOf(s.charAt(i));
  return n;
}
function own(value, key) {
  if (!isObject(value)) return undefined;
  const has = typeOf(value.hasOwnProperty) === "function" ? value.hasOwnProperty(key) : Object.keys(value).indexOf(key) >= 0;
  return has ? value[key] : undefined;
}

// template-src/event-fields/read.ts
function readPath(eventData, path) {
  const whole = own(eventData, path);
  if (whole !== undefined) return whole;
  let value = eventData;
  for (const key of path.split(".")) {
    value = own(value, key);
    if (value === undefined) return undefined;
  }
  return value;
}

// template-src/problem.ts
function reportProblem(problems, key, reason) {
  problems.push({ key: key, reason: reason });
}

// template-src/consent/signals.ts
function consentValue(value) {
  if (value === undefined || value === null || value === "") return "absent";
  if (value === true) return "granted";
  if (value === false) return "denied";
  if (!isString(value)) return "malformed";
  const text2 = value.trim().toLowerCase();
  if (text2 === "granted" || text2 === "true") return "granted";
  if (text2 === "denied" || text2 === "false") return "denied";
  return "malformed";
}
function gcsSignal(gcs, purpose) {
  if (gcs === undefined || gcs === null || gcs === "") return "absent";
  if (!isString(gcs) || gcs.length !== 4 || gcs.substring(0, 2) !== "G1") return "malformed";
  const x = gcs.charAt(2);
  const y = gcs.charAt(3);
  if (x !== "0" && x !== "1" || y !== "0" && y !== "1") return "malformed";
  if (purpose !== "ad_storage") return "absent";
  return x === "1" ? "granted" : "denied";
}
var GCD_GRANTED = "trnv";
var GCD_DENIED = "pqmu";
var GCD_NOT_SET = "l";
var GCD_POSITIONS = [2, 4, 6, 8];
function gcdSignal(gcd, purpose) {
  if (gcd === undefined || gcd === null || gcd === "") return "absent";
  if (!isString(gcd) || gcd.length < 9 || !isDigits(gcd.substring(0, 2))) return "malformed";
  for (let i = 0; i < GCD_POSITIONS.length; i++) {
    const letter2 = gcd.charAt(GCD_POSITIONS[i]);
    if (letter2 === "" || (GCD_GRANTED + GCD_DENIED + GCD_NOT_SET).indexOf(letter2) < 0) {
      return "malformed";
    }
    if (i < GCD_POSITIONS.length - 1 && !isDigits(gcd.charAt(GCD_POSITIONS[i] + 1))) {
      return "malformed";
    }
  }
  const letter = gcd.charAt(purpose === "ad_storage" ? 2 : 6);
  if (GCD_GRANTED.indexOf(letter) >= 0) return "granted";
  if (GCD_DENIED.indexOf(letter) >= 0) return "denied";
  return "absent";
}

// template-src/consent/decision.ts
function sourcesFor(purpose, eventData) {
  const sources = [
    {
      key: "consent_state." + purpose,
      signal: consentValue(readPath(eventData, "consent_state." + purpose))
    },
    { key: "x-ga-gcd", signal: gcdSignal(readPath(eventData, "x-ga-gcd"), purpose) }
  ];
  if (purpose === "ad_storage") {
    sources.push({ key: "x-ga-gcs", signal: gcsSignal(readPath(eventData, "x-ga-gcs"), purpose) });
  }
  return sources;
}
function decide(subject, sources, fields, problems) {
  for (const source of sources) {
    if (source.signal === "malformed") {
      reportProblem(problems, source.key, "malformed consent signal; treated as absent");
    } else if (source.signal !== "absent") {
      return {
        allowed: source.signal === "granted",
        reason: subject + " " + source.signal + " (" + source.key + ")"
      };
    }
  }
  const send = fields.consentWhenAbsent === "send";
  const outcome = send ? "sent" : "blocked";
  return {
    allowed: send,
    reason: "no " + subject + " signal; " + outcome + " as configured for a missing signal"
  };
}
function adStorageDenied(eventData) {
  for (const source of sourcesFor("ad_storage", eventData)) {
    if (source.signal === "granted") return false;
    if (source.signal === "denied") return true;
  }
  return false;
}
function decideConsent(eventData, fields, problems) {
  const decision = decidePurpose(eventData, fields, problems);
  if (fields.consentMode !== undefined && fields.consentMode !== "ignore") {
    decision.cookiesAllowed = !adStorageDenied(eventData);
  }
  return decision;
}
function decidePurpose(eventData, fields, problems) {
  const mode = fields.consentMode;
  if (mode === undefined || mode === "ignore") {
    return { allowed: true, reason: "consent not checked (mode: ignore)" };
  }
  if (mode === "adStorage")
    return decide("ad_storage", sourcesFor("ad_storage", eventData), fields, problems);
  if (mode === "adUserData") {
    return decide("ad_user_data", sourcesFor("ad_user_data", eventData), fields, problems);
  }
  if (mode === "custom") {
    const source = { key: "consentCustomValue", signal: consentValue(fields.consentCustomValue) };
    return decide("custom consent", [source], fields, problems);
  }
  reportProblem(problems, "consentMode", "unknown consent mode; blocked to be safe");
  return { allowed: false, reason: "unknown consent mode; blocked" };
}

// template-src/cookie-names.ts
var FBC_COOKIE = "_fbc";
var FBP_COOKIE = "_fbp";
var ENHANCEMENT_COOKIE = "_capi_eec";

// template-src/user-data/read-event-path.ts
function readEventPath(eventData, path) {
  const found = [];
  if (path.indexOf(".") < 0 && path.indexOf("[]") < 0) collect(eventData[path], [], 0, found);
  else collectFrom(eventData, path.split("."), 0, found);
  return found;
}
function eventKeyOf(path) {
  const fanOut = path.indexOf("[]");
  return fanOut < 0 ? path : path.substring(0, fanOut);
}
function collect(value, segments, index, found) {
  if (index === segments.length) {
    if (typeOf(value) === "array") {
      value.forEach((element) => found.push(element));
    } else if (value !== undefined && value !== null) {
      found.push(value);
    }
    return;
  }
  if (typeOf(value) === "object") collectFrom(value, segments, index, found);
}
function collectFrom(object, segments, index, found) {
  const segment = segments[index];
  const fanOut = segment.length > 2 && segment.indexOf("[]") === segment.length - 2;
  const name = fanOut ? segment.substring(0, segment.length - 2) : segment;
  const child = object[name];
  if (!fanOut) {
    collect(child, segments, index + 1, found);
    return;
  }
  listOf(child).forEach((element) => collect(element, segments, index + 1, found));
}
function listOf(value) {
  const type = typeOf(value);
  if (type === "array") return value;
  if (type !== "object") return [];
  const keys = Object.keys(value);
  const numbered = keys.length > 0 && keys.every((key) => isIndex(key));
  return numbered ? keys.map((key) => value[key]) : [value];
}
function isIndex(key) {
  if (key.length === 0 || key.length > 3) return false;
  for (let i = 0; i < key.length; i++) {
    if ("0123456789".indexOf(key.charAt(i)) < 0) return false;
  }
  return true;
}
function readEventValue(eventData, path) {
  if (path.indexOf(".") < 0) return eventData[path];
  const segments = path.split(".");
  let value = eventData[segments[0]];
  for (let i = 1; i < segments.length; i++) {
    if (typeOf(value) !== "object") return undefined;
    value = value[segments[i]];
  }
  return value;
}

// template-src/user-data/objects.ts
function lookup(table, key) {
  return table.hasOwnProperty(key) ? table[key] : undefined;
}
function hasKey(object, key) {
  return Object.keys(object).indexOf(key) >= 0;
}
function isPlainName(name) {
  return name !== "__proto__";
}

// template-src/user-data/user-data-keys.ts
var HASHED_KEYS = [
  "em",
  "ph",
  "fn",
  "ln",
  "ct",
  "st",
  "zp",
  "country",
  "ge",
  "db",
  "external_id"
];
var NEVER_HASHED_KEYS = [
  "client_ip_address",
  "client_user_agent",
  "fbc",
  "fbp",
  "subscription_id",
  "fb_login_id",
  "lead_id",
  "anon_id",
  "madid",
  "page_id",
  "page_scoped_user_id",
  "ctwa_clid",
  "ig_account_id",
  "ig_sid"
];
var USER_DATA_KEYS = HASHED_KEYS.concat(NEVER_HASHED_KEYS);

// template-src/validate/spec.ts
var ACTION_SOURCES = [
  "email",
  "website",
  "app",
  "phone_call",
  "chat",
  "physical_store",
  "system_generated",
  "business_messaging",
  "other"
];
var MESSAGING_CHANNELS = ["messenger", "whatsapp", "instagram"];
var DAY_SECONDS = 86400;
function maxEventAgeSeconds(actionSource) {
  return (actionSource === "physical_store" ? 62 : 7) * DAY_SECONDS;
}
var STANDARD_EVENT_NAMES = [
  "AddPaymentInfo",
  "AddToCart",
  "AddToWishlist",
  "CompleteRegistration",
  "Contact",
  "CustomizeProduct",
  "Donate",
  "FindLocation",
  "InitiateCheckout",
  "Lead",
  "PageView",
  "Purchase",
  "Schedule",
  "Search",
  "StartTrial",
  "SubmitApplication",
  "Subscribe",
  "ViewContent"
];
var CUSTOM_EVENT_NAME_MAX = 50;
var SERVER_EVENT_KEYS = [
  "event_name",
  "event_time",
  "user_data",
  "custom_data",
  "event_source_url",
  "opt_out",
  "event_id",
  "action_source",
  "data_processing_options",
  "data_processing_options_country",
  "data_processing_options_state",
  "referrer_url",
  "customer_segmentation",
  "app_data",
  "original_event_data",
  "attribution_data",
  "messaging_channel",
  "advertiser_tracking_enabled",
  "advanced_measurement_table"
];
var ORIGINAL_EVENT_DATA_KEYS = ["event_name", "event_time", "order_id", "event_id"];
var CUSTOMER_SEGMENTATION_VALUES = [
  "new_customer_to_business",
  "new_customer_to_business_line",
  "new_customer_to_product_area",
  "new_customer_to_medium",
  "existing_customer_to_business",
  "existing_customer_to_business_line",
  "existing_customer_to_product_area",
  "existing_customer_to_medium",
  "customer_in_loyalty_program"
];
var EITHER_USER_KEYS = ["external_id"];
var HASHED_USER_KEYS = HASHED_KEYS.filter((k) => EITHER_USER_KEYS.indexOf(k) < 0).concat([
  "f5first",
  "f5last",
  "fi",
  "dobd",
  "dobm",
  "doby",
  "app_user_id"
]);
var PLAIN_USER_KEYS = NEVER_HASHED_KEYS.concat([
  "whatsapp_business_account_id",
  "instagram_business_account_id"
]);
var WEAK_KEY_SETS = [
  ["ct", "country", "st", "zp", "ge", "client_user_agent"],
  ["db", "client_user_agent"],
  ["fn", "ge"],
  ["ln", "ge"]
];
var CONTENT_TYPES = [
  "product",
  "product_group",
  "destination",
  "flight",
  "hotel",
  "home_listing",
  "vehicle"
];
var DELIVERY_CATEGORIES = ["in_store", "curbside", "home_delivery"];

// template-src/custom-data/custom-data-sources.ts
var CUSTOM_DATA_SOURCES = {
  value: ["x-fb-cd-value", "value", "ecommerce.value"],
  currency: ["x-fb-cd-currency", "currency", "ecommerce.currency"],
  content_ids: ["x-fb-cd-content_ids", "content_ids"],
  contents: ["x-fb-cd-contents", "contents"],
  content_type: ["x-fb-cd-content_type", "content_type"],
  num_items: ["x-fb-cd-num_items", "num_items"],
  content_name: ["x-fb-cd-content_name", "content_name"],
  content_category: ["x-fb-cd-content_category", "content_category"],
  order_id: ["x-fb-cd-order_id", "transaction_id", "ecommerce.transaction_id", "order_id"],
  search_string: ["x-fb-cd-search_string", "search_term", "search_string"],
  predicted_ltv: ["x-fb-cd-predicted_ltv", "predicted_ltv"],
  net_revenue: ["x-fb-cd-net_revenue", "net_revenue"],
  status: ["x-fb-cd-status"],
  delivery_category: ["x-fb-cd-delivery_category", "delivery_category"],
  customer_segmentation: ["x-fb-cd-customer_segmentation", "customer_segmentation"],
  item_number: ["x-fb-cd-item_number"]
};
var ITEM_LIST_SOURCES = ["items", "ecommerce.items"];
var CUSTOM_PROPERTIES_SOURCE = "custom_properties";
var CUSTOM_DATA_EVENT_KEYS = eventKeys();
function eventKeys() {
  const keys = [];
  for (const name in CUSTOM_DATA_SOURCES) {
    if (!CUSTOM_DATA_SOURCES.hasOwnProperty(name)) continue;
    CUSTOM_DATA_SOURCES[name].forEach((path) => {
      if (keys.indexOf(path) < 0) keys.push(path);
    });
  }
  return keys.concat(ITEM_LIST_SOURCES, [CUSTOM_PROPERTIES_SOURCE]);
}

// template-src/custom-data/text-value.ts
var MAX_TEXT_LENGTH = 500;
function textValue(raw) {
  const type = typeOf(raw);
  if (type === "undefined" || type === "null") return "";
  if (type === "number" && raw - raw !== 0) return undefined;
  if (type !== "string" && type !== "number") return undefined;
  const text2 = makeString(raw).trim();
  return text2.length > MAX_TEXT_LENGTH ? undefined : text2;
}
function enumValue(raw, allowed) {
  const text2 = textValue(raw);
  if (text2 === undefined) return undefined;
  const value = text2.toLowerCase();
  return allowed.indexOf(value) >= 0 ? value : undefined;
}

// template-src/custom-data/custom-properties.ts
var MAX_JSON_LENGTH = 5000;
function customPropertyValue(name, raw, problems, source) {
  const type = typeOf(raw);
  if (type === "undefined" || type === "null") return undefined;
  if (type === "boolean") return raw;
  if (type === "number" && raw - raw === 0) return raw;
  if (type === "string") {
    const text2 = raw.trim();
    if (text2.length <= MAX_TEXT_LENGTH) return text2 === "" ? undefined : text2;
  } else if (type === "array" || type === "object") {
    const json = JSON.stringify(raw);
    if (json !== undefined && json.length <= MAX_JSON_LENGTH) return raw;
  }
  const what = type === "string" ? "text longer than " + MAX_TEXT_LENGTH + " characters" : "an unusable " + type;
  reportProblem(
    problems,
    "custom_data." + makeString(name).substring(0, 40),
    "from " + source + ": " + what
  );
  return undefined;
}
function objectOf(raw, problems, key, source) {
  if (raw === undefined || raw === null || raw === "") return undefined;
  const object = typeOf(raw) === "string" ? JSON.parse(raw) : raw;
  if (typeOf(object) === "object") return object;
  reportProblem(problems, key, source + " is not an object; ignored");
  return undefined;
}

// template-src/user-data/characters.ts
var DIGITS2 = "0123456789";
var LATIN_LOWERCASE = "abcdefghijklmnopqrstuvwxyz";
var WHITESPACE = " \t\n\r" + decodeUriComponent(
  "%0B%0C%C2%A0%E1%9A%80%E2%80%80%E2%80%81%E2%80%82%E2%80%83%E2%80%84%E2%80%85%E2%80%86%E2%80%87%E2%80%88%E2%80%89%E2%80%8A%E2%80%8B%E2%80%A8%E2%80%A9%E2%80%AF%E2%81%9F%E3%80%80%EF%BB%BF"
);
var ASCII_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
var UNICODE_PUNCTUATION = "‘’‚‛“”„‟′″´ʻʼˋ‐‑‒–—―−·•…«»‹›¿¡§¶¨¯¸°®©™⁄・、。〃〈〉《》「」『』【】〔〕〜〝〞〟！＂＃＄％＆＇（）＊＋，－．／：；＜＝＞？＠［＼］＾＿｀｛｜｝～｡､･";
function removeCharacters(text2, remove) {
  let kept = "";
  for (let i = 0; i < text2.length; i++) {
    const character = text2.charAt(i);
    if (remove.indexOf(character) < 0) kept += character;
  }
  return kept;
}
function keepCharacters(text2, keep) {
  let kept = "";
  for (let i = 0; i < text2.length; i++) {
    const character = text2.charAt(i);
    if (keep.indexOf(character) >= 0) kept += character;
  }
  return kept;
}
function consistsOf(text2, allowed) {
  for (let i = 0; i < text2.length; i++) {
    if (allowed.indexOf(text2.charAt(i)) < 0) return false;
  }
  return true;
}
function compactLowercase(text2) {
  return removeCharacters(text2.toLowerCase(), WHITESPACE + ASCII_PUNCTUATION + UNICODE_PUNCTUATION);
}

// template-src/custom-data/parse-decimal.ts
function parseDecimal(raw) {
  const type = typeOf(raw);
  if (type === "number") return raw - raw === 0 ? raw : undefined;
  if (type !== "string") return undefined;
  let text2 = raw.trim();
  let sign = "";
  if (text2.charAt(0) === "-" || text2.charAt(0) === "+") {
    sign = text2.charAt(0) === "-" ? "-" : "";
    text2 = text2.substring(1).trim();
  }
  text2 = withoutSpaceGrouping(text2);
  if (text2.length === 0 || text2.length > 30 || !consistsOf(text2, DIGITS2 + ".,")) return undefined;
  const mark = decimalMark(text2);
  const at = mark === "" ? text2.length : text2.lastIndexOf(mark);
  const fraction = text2.substring(at + 1);
  const bothMarks = text2.indexOf(".") >= 0 && text2.indexOf(",") >= 0;
  if (!consistsOf(fraction, DIGITS2) || bothMarks && fraction === "") return undefined;
  const grouping = mark === "." ? "," : mark === "," ? "." : groupingMark(text2);
  const groups = text2.substring(0, at).split(grouping);
  const grouped = groups.every(
    (group, i) => i === 0 ? group.length >= 1 && group.length <= 3 : group.length === 3
  );
  if (groups.length > 1 && !grouped) return undefined;
  const number = makeNumber(sign + groups.join("") + (mark === "" ? "" : "." + fraction));
  return number - number === 0 ? number : undefined;
}
function withoutSpaceGrouping(text2) {
  let result = "";
  let i = 0;
  while (i < text2.length) {
    const character = text2.charAt(i);
    if (WHITESPACE.indexOf(character) < 0) {
      result += character;
      i++;
      continue;
    }
    let next = i;
    while (next < text2.length && WHITESPACE.indexOf(text2.charAt(next)) >= 0) next++;
    const group = text2.substring(next, next + 4);
    const threeDigits = consistsOf(group.substring(0, 3), DIGITS2) && group.length >= 3;
    const groupEnds = group.length === 3 || DIGITS2.indexOf(group.charAt(3)) < 0;
    if (DIGITS2.indexOf(result.charAt(result.length - 1)) < 0 || !threeDigits || !groupEnds)
      return "";
    i = next;
  }
  return result;
}
function decimalMark(text2) {
  const dot = text2.lastIndexOf(".");
  const comma = text2.lastIndexOf(",");
  if (dot >= 0 && comma >= 0) return dot > comma ? "." : ",";
  if (comma >= 0) {
    const single = text2.indexOf(",") === comma;
    return single && text2.length - comma - 1 !== 3 ? "," : "";
  }
  if (dot >= 0) return text2.indexOf(".") === dot ? "." : "";
  return "";
}
function groupingMark(text2) {
  return text2.indexOf(",") >= 0 ? "," : ".";
}

// template-src/custom-data/normalize-contents.ts
var MAX_CONTENTS = 200;
var TEXT_FIELDS = ["title", "brand", "category", "description"];
var MAX_ROWS_REPORTED = 10;
function normalizeContents(raw, problems, source) {
  const list = typeOf(raw) === "string" ? JSON.parse(raw) : raw;
  const rows = [];
  if (typeOf(list) !== "array") {
    reportProblem(problems, "custom_data.contents", "from " + source + ": not a list");
    return rows;
  }
  let troubledRows = 0;
  let unlisted = 0;
  let unlistedLeftOut = 0;
  for (let i = 0; i < list.length; i++) {
    const where = "from " + source + ": row " + (i + 1);
    if (i === MAX_CONTENTS) {
      reportProblem(
        problems,
        "custom_data.contents",
        where + " and later rows left out (over " + MAX_CONTENTS + ")"
      );
      break;
    }
    const rowProblems = [];
    const row = contentRow(list[i], rowProblems, where);
    if (row !== undefined) rows.push(row);
    if (rowProblems.length === 0) continue;
    troubledRows++;
    if (troubledRows <= MAX_ROWS_REPORTED) {
      rowProblems.forEach((p) => reportProblem(problems, p.key, p.reason));
    } else {
      unlisted++;
      if (row === undefined) unlistedLeftOut++;
    }
  }
  if (unlisted > 0) {
    reportProblem(
      problems,
      "custom_data.contents",
      "from " + source + ": " + unlisted + " more rows with problems (" + unlistedLeftOut + " of them left out)"
    );
  }
  return rows;
}
function contentRow(item, problems, where) {
  if (typeOf(item) !== "object") {
    reportProblem(problems, "custom_data.contents", where + " is not an object; left out");
    return undefined;
  }
  const id = textValue(item.id);
  if (id === undefined || id === "") {
    reportProblem(problems, "custom_data.contents", where + " has no usable id; left out");
    return undefined;
  }
  const row = { id: id, quantity: quantityOf(item.quantity, problems, where) };
  if (item.item_price !== undefined && item.item_price !== null && item.item_price !== "") {
    const price = parseDecimal(item.item_price);
    if (price === undefined)
      reportProblem(problems, "custom_data.contents", where + ": price is not a number");
    else row.item_price = price;
  }
  TEXT_FIELDS.forEach((field) => {
    const text2 = textValue(item[field]);
    if (text2 === undefined)
      reportProblem(problems, "custom_data.contents", where + ": " + field + " is not text");
    else if (text2 !== "") row[field] = text2;
  });
  if (item.delivery_category !== undefined) {
    const category = enumValue(item.delivery_category, DELIVERY_CATEGORIES);
    if (category === undefined) {
      reportProblem(
        problems,
        "custom_data.contents",
        where + ": delivery_category is not one of " + DELIVERY_CATEGORIES.join(", ")
      );
    } else {
      row.delivery_category = category;
    }
  }
  return row;
}
function quantityOf(raw, problems, where) {
  if (raw === undefined || raw === null || raw === "") return 1;
  const quantity = parseDecimal(raw);
  if (quantity !== undefined && quantity >= 1 && Math.floor(quantity) === quantity) return quantity;
  reportProblem(
    problems,
    "custom_data.contents",
    where + ": quantity is not a whole number of at least 1; 1 used"
  );
  return 1;
}

// template-src/custom-data/items-to-contents.ts
function itemsToContents(items, idKey) {
  return items.slice(0, MAX_CONTENTS + 1).map((item) => {
    if (typeOf(item) !== "object") return item;
    return {
      id: firstPresent([item[idKey], item.item_id, item.id]),
      quantity: item.quantity,
      item_price: item.price,
      title: item.item_name,
      brand: item.item_brand,
      category: item.item_category
    };
  });
}
function firstPresent(values) {
  for (let i = 0; i < values.length; i++) {
    if (values[i] !== undefined && values[i] !== null && values[i] !== "") return values[i];
  }
  return undefined;
}

// template-src/custom-data/currency-codes.ts
var CURRENCY_CODES = [
  "AED",
  "AFN",
  "ALL",
  "AMD",
  "ANG",
  "AOA",
  "ARS",
  "AUD",
  "AWG",
  "AZN",
  "BAM",
  "BBD",
  "BDT",
  "BGN",
  "BHD",
  "BIF",
  "BMD",
  "BND",
  "BOB",
  "BOV",
  "BRL",
  "BSD",
  "BTN",
  "BWP",
  "BYN",
  "BZD",
  "CAD",
  "CDF",
  "CHE",
  "CHF",
  "CHW",
  "CLF",
  "CLP",
  "CNY",
  "COP",
  "COU",
  "CRC",
  "CUC",
  "CUP",
  "CVE",
  "CZK",
  "DJF",
  "DKK",
  "DOP",
  "DZD",
  "EGP",
  "ERN",
  "ETB",
  "EUR",
  "FJD",
  "FKP",
  "GBP",
  "GEL",
  "GHS",
  "GIP",
  "GMD",
  "GNF",
  "GTQ",
  "GYD",
  "HKD",
  "HNL",
  "HRK",
  "HTG",
  "HUF",
  "IDR",
  "ILS",
  "INR",
  "IQD",
  "IRR",
  "ISK",
  "JMD",
  "JOD",
  "JPY",
  "KES",
  "KGS",
  "KHR",
  "KMF",
  "KPW",
  "KRW",
  "KWD",
  "KYD",
  "KZT",
  "LAK",
  "LBP",
  "LKR",
  "LRD",
  "LSL",
  "LYD",
  "MAD",
  "MDL",
  "MGA",
  "MKD",
  "MMK",
  "MNT",
  "MOP",
  "MRU",
  "MUR",
  "MVR",
  "MWK",
  "MXN",
  "MXV",
  "MYR",
  "MZN",
  "NAD",
  "NGN",
  "NIO",
  "NOK",
  "NPR",
  "NZD",
  "OMR",
  "PAB",
  "PEN",
  "PGK",
  "PHP",
  "PKR",
  "PLN",
  "PYG",
  "QAR",
  "RON",
  "RSD",
  "RUB",
  "RWF",
  "SAR",
  "SBD",
  "SCR",
  "SDG",
  "SEK",
  "SGD",
  "SHP",
  "SLE",
  "SLL",
  "SOS",
  "SRD",
  "SSP",
  "STN",
  "SVC",
  "SYP",
  "SZL",
  "THB",
  "TJS",
  "TMT",
  "TND",
  "TOP",
  "TRY",
  "TTD",
  "TWD",
  "TZS",
  "UAH",
  "UGX",
  "USD",
  "USN",
  "UYI",
  "UYU",
  "UZS",
  "VED",
  "VEF",
  "VES",
  "VND",
  "VUV",
  "WST",
  "XAF",
  "XAG",
  "XAU",
  "XBA",
  "XBB",
  "XBC",
  "XBD",
  "XCD",
  "XCG",
  "XDR",
  "XOF",
  "XPD",
  "XPF",
  "XPT",
  "XSU",
  "XUA",
  "YER",
  "ZAR",
  "ZMW",
  "ZWG",
  "ZWL"
];

// template-src/custom-data/normalize-currency.ts
var LATIN_UPPERCASE = LATIN_LOWERCASE.toUpperCase();
function normalizeCurrency(value) {
  const code2 = keepCharacters(value.toUpperCase(), LATIN_UPPERCASE);
  return code2.length === 3 && CURRENCY_CODES.indexOf(code2) >= 0 ? code2 : undefined;
}

// template-src/custom-data/normalize-custom-value.ts
var STANDARD_CUSTOM_KEYS = [
  "value",
  "currency",
  "content_ids",
  "contents",
  "content_type",
  "num_items",
  "content_name",
  "content_category",
  "order_id",
  "search_string",
  "predicted_ltv",
  "net_revenue",
  "status",
  "delivery_category",
  "customer_segmentation",
  "item_number"
];
var TEXT_KEYS = ["content_name", "content_category", "order_id", "search_string", "item_number"];
var NUMBER_KEYS = ["value", "predicted_ltv", "net_revenue"];
var MAX_CONTENT_IDS = 200;
function normalizeCustomValue(key, raw, problems, source) {
  if (isEmpty(raw)) return undefined;
  const value = checked(key, raw, problems, source);
  if (value === undefined) {
    reportProblem(problems, "custom_data." + key, "from " + source + ": " + invalidReason(key));
  }
  return value === null ? undefined : value;
}
function isEmpty(raw) {
  const type = typeOf(raw);
  return type === "undefined" || type === "null" || type === "string" && raw.trim() === "" || type === "array" && raw.length === 0;
}
function checked(key, raw, problems, source) {
  if (NUMBER_KEYS.indexOf(key) >= 0) return parseDecimal(raw);
  if (TEXT_KEYS.indexOf(key) >= 0) return textValue(raw);
  switch (key) {
    case "currency":
      return typeOf(raw) === "string" ? normalizeCurrency(raw) : undefined;
    case "content_ids":
      return contentIds(raw, problems, source);
    case "contents": {
      const rows = normalizeContents(raw, problems, source);
      return rows.length > 0 ? rows : null;
    }
    case "content_type":
      return enumValue(raw, CONTENT_TYPES);
    case "num_items": {
      const count = parseDecimal(raw);
      return count !== undefined && count >= 0 && Math.floor(count) === count ? count : undefined;
    }
    case "status":
      return typeOf(raw) === "boolean" ? raw : textValue(raw);
    case "delivery_category":
      return enumValue(raw, DELIVERY_CATEGORIES);
    case "customer_segmentation":
      return enumValue(raw, CUSTOMER_SEGMENTATION_VALUES);
  }
  return undefined;
}
function invalidReason(key) {
  if (NUMBER_KEYS.indexOf(key) >= 0 || key === "num_items") return "not a number";
  if (key === "currency") return "not an ISO 4217 currency code";
  if (key === "content_ids") return "not a list of ids";
  if (key === "content_type") return "not one of " + CONTENT_TYPES.join(", ");
  if (key === "delivery_category") return "not one of " + DELIVERY_CATEGORIES.join(", ");
  if (key === "customer_segmentation") return "not a customer segmentation value Meta knows";
  return "not text of at most 500 characters";
}
function contentIds(raw, problems, source) {
  let list = raw;
  if (typeOf(raw) === "string") {
    const text2 = raw.trim();
    list = text2.charAt(0) === "[" ? JSON.parse(text2) : text2.split(",");
  } else if (typeOf(raw) === "number") {
    list = [raw];
  }
  if (typeOf(list) !== "array") return undefined;
  const ids = [];
  let skipped = 0;
  for (let i = 0; i < list.length && ids.length <= MAX_CONTENT_IDS; i++) {
    const id = textValue(list[i]);
    if (id === undefined) skipped++;
    else if (id !== "" && ids.indexOf(id) < 0) ids.push(id);
  }
  const where = "from " + source + ": ";
  if (skipped > 0) {
    reportProblem(problems, "custom_data.content_ids", where + skipped + " unusable ids left out");
  }
  if (ids.length > MAX_CONTENT_IDS) {
    reportProblem(
      problems,
      "custom_data.content_ids",
      where + "ids after the first " + MAX_CONTENT_IDS + " left out"
    );
  }
  return ids.length > 0 ? ids.slice(0, MAX_CONTENT_IDS) : null;
}

// template-src/custom-data/build-custom-data.ts
var TABLE_SOURCE = "the custom data table";
var OBJECT_SOURCE = "the custom data variable";
function buildCustomData(eventData, fields, eventName, problems) {
  const table = tableValues(fields.customDataList);
  const object = objectOf(fields.customDataObject, problems, "custom_data", OBJECT_SOURCE) || {};
  const event = fields.autoMapCustomData !== false && typeOf(eventData) === "object" ? eventSources(eventData, fields, problems) : undefined;
  const standard = {};
  const tableKeys = Object.keys(table);
  const objectKeys = Object.keys(object);
  STANDARD_CUSTOM_KEYS.forEach((key) => {
    const candidates = [];
    if (tableKeys.indexOf(key) >= 0) candidates.push({ raw: table[key], source: TABLE_SOURCE });
    if (objectKeys.indexOf(key) >= 0) candidates.push({ raw: object[key], source: OBJECT_SOURCE });
    if (event !== undefined) eventCandidates(key, event).forEach((c) => candidates.push(c));
    for (let i = 0; i < candidates.length && standard[key] === undefined; i++) {
      standard[key] = normalizeCustomValue(key, candidates[i].raw, problems, candidates[i].source);
    }
  });
  deriveFromContents(standard, fields, problems);
  if (eventName === "Purchase") reportMissingPurchaseValue(standard, problems);
  const customData = {};
  STANDARD_CUSTOM_KEYS.forEach((key) => {
    if (standard[key] !== undefined) customData[key] = standard[key];
  });
  addProperties(customData, table, TABLE_SOURCE, problems);
  addProperties(customData, object, OBJECT_SOURCE, problems);
  if (event !== undefined) {
    addProperties(customData, event.properties, CUSTOM_PROPERTIES_SOURCE, problems);
  }
  return customData;
}
function eventSources(eventData, fields, problems) {
  const properties = objectOf(
    eventData[CUSTOM_PROPERTIES_SOURCE],
    problems,
    "custom_data",
    CUSTOM_PROPERTIES_SOURCE
  ) || {};
  const sources = {
    eventData: eventData,
    properties: properties,
    propertyNames: Object.keys(properties),
    items: [],
    itemsPath: "",
    idKey: idKeyOf(fields)
  };
  for (let i = 0; i < ITEM_LIST_SOURCES.length && sources.items.length === 0; i++) {
    const list = readEventValue(eventData, ITEM_LIST_SOURCES[i]);
    if (typeOf(list) === "array") {
      sources.items = list;
      sources.itemsPath = ITEM_LIST_SOURCES[i];
    } else if (!isEmpty(list)) {
      reportProblem(
        problems,
        "custom_data.contents",
        "from " + ITEM_LIST_SOURCES[i] + ": not a list"
      );
    }
  }
  return sources;
}
function eventCandidates(key, event) {
  const candidates = (lookup(CUSTOM_DATA_SOURCES, key) || []).map((path) => ({
    raw: readEventValue(event.eventData, path),
    source: path
  }));
  const items = event.items;
  if (items.length > 0) {
    const first = typeOf(items[0]) === "object" ? items[0] : {};
    const lone = items.length === 1 ? first : {};
    let raw;
    if (key === "contents") raw = itemsToContents(items, event.idKey);
    else if (key === "content_name") raw = lone.item_name;
    else if (key === "content_category") raw = lone.item_category;
    else if (key === "currency") raw = first.currency;
    if (raw !== undefined) candidates.push({ raw: raw, source: event.itemsPath });
  }
  if (event.propertyNames.indexOf(key) >= 0) {
    candidates.push({ raw: event.properties[key], source: CUSTOM_PROPERTIES_SOURCE });
  }
  return candidates;
}
function idKeyOf(fields) {
  const key = textValue(fields.itemIdKey);
  return key === undefined || key === "" ? "item_id" : key;
}
function reportMissingPurchaseValue(standard, problems) {
  if (standard.value === undefined) {
    reportProblem(problems, "custom_data.value", "Purchase without a value");
  }
  if (standard.currency === undefined) {
    reportProblem(problems, "custom_data.currency", "Purchase without a currency");
  }
}
function deriveFromContents(standard, fields, problems) {
  const contents = standard.contents;
  if (contents !== undefined) {
    if (standard.content_ids === undefined) {
      const ids = [];
      contents.forEach((row) => {
        if (ids.indexOf(row.id) < 0) ids.push(row.id);
      });
      standard.content_ids = ids;
    }
    if (standard.num_items === undefined) {
      standard.num_items = contents.reduce((sum, row) => sum + row.quantity, 0);
    }
  }
  if (standard.content_type === undefined && standard.content_ids !== undefined) {
    standard.content_type = defaultContentType(fields.contentType, problems);
  }
}
function defaultContentType(value, problems) {
  if (value === undefined || value === null) return "product";
  if (value === "" || value === "none") return undefined;
  if (CONTENT_TYPES.indexOf(value) >= 0) return value;
  reportProblem(
    problems,
    "custom_data.content_type",
    "the content type field is not one of " + CONTENT_TYPES.join(", ")
  );
  return undefined;
}
function tableValues(rows) {
  const values = {};
  if (typeOf(rows) !== "array") return values;
  rows.forEach((row) => {
    const name = typeOf(row) === "object" ? textValue(row.name) : undefined;
    if (name !== undefined && name !== "" && isPlainName(name)) values[name] = row.value;
  });
  return values;
}
function addProperties(customData, values, source, problems) {
  Object.keys(values).forEach((name) => {
    if (STANDARD_CUSTOM_KEYS.indexOf(name) >= 0 || hasKey(customData, name) || !isPlainName(name)) {
      return;
    }
    const value = customPropertyValue(name, values[name], problems, source);
    if (value !== undefined) customData[name] = value;
  });
}

// template-src/delivery/text.ts
var DIGITS3 = "0123456789";
var HEX2 = "0123456789abcdef";
var WHITESPACE2 = " \t\n\r" + decodeUriComponent("%0C%0B%C2%A0");
function fieldText(value) {
  const type = typeOf(value);
  if (type === "string") return value.trim();
  if (type === "number") return makeString(value);
  if (type === "undefined" || type === "null") return "";
  return undefined;
}
function onlyCharsFrom(text2, allowed) {
  if (text2.length === 0) return false;
  for (let i = 0; i < text2.length; i++) {
    if (allowed.indexOf(text2.charAt(i)) < 0) return false;
  }
  return true;
}
function isDigits2(text2) {
  return onlyCharsFrom(text2, DIGITS3);
}
function isHex64(text2) {
  return text2.length === 64 && onlyCharsFrom(text2, HEX2);
}
function hasWhitespace(text2) {
  for (let i = 0; i < text2.length; i++) {
    if (WHITESPACE2.indexOf(text2.charAt(i)) >= 0) return true;
  }
  return false;
}

// template-src/delivery/pixels.ts
var PIXELS_FIELD = "pixels";
function cell(reader, column) {
  const text2 = fieldText(reader.row[column]);
  if (text2 === undefined) {
    reader.problems.push({ key: reader.at + column, reason: "must be text" });
  }
  return text2;
}
function readPixelId(reader) {
  const id = cell(reader, "pixelId");
  if (id === undefined) return "";
  if (id === "") {
    reader.problems.push({ key: reader.at + "pixelId", reason: "is empty" });
  } else if (!isDigits2(id)) {
    reader.problems.push({ key: reader.at + "pixelId", reason: "must contain digits only" });
  }
  return id;
}
function readAccessToken(reader) {
  const token = cell(reader, "accessToken");
  if (token === undefined) return "";
  if (token === "") {
    reader.problems.push({ key: reader.at + "accessToken", reason: "is empty" });
  } else if (hasWhitespace(token)) {
    reader.problems.push({
      key: reader.at + "accessToken",
      reason: "contains whitespace (copy the token again)"
    });
  }
  return token;
}
function readAppSecretProof(reader) {
  const proof = cell(reader, "appSecretProof");
  if (proof === undefined || proof === "") return "";
  const lower = proof.toLowerCase();
  if (!isHex64(lower)) {
    reader.problems.push({
      key: reader.at + "appSecretProof",
      reason: "must be the 64-character hex HMAC-SHA256 of the access token in this row"
    });
  }
  return lower;
}
function readRow(row, index, problems) {
  const at = PIXELS_FIELD + "[" + (index + 1) + "].";
  if (typeOf(row) !== "object") {
    problems.push({ key: PIXELS_FIELD + "[" + (index + 1) + "]", reason: "is not a table row" });
    return { pixelId: "", accessToken: "", appSecretProof: "", testEventCode: "" };
  }
  const reader = {
    row: row,
    at: at,
    problems: problems
  };
  const pixelId = readPixelId(reader);
  const accessToken = readAccessToken(reader);
  const appSecretProof = readAppSecretProof(reader);
  const testEventCode = cell(reader, "testEventCode");
  return {
    pixelId: pixelId,
    accessToken: accessToken,
    appSecretProof: appSecretProof,
    testEventCode: testEventCode === undefined ? "" : testEventCode
  };
}
function checkProofsPerToken(pixels, problems) {
  pixels.forEach((pixel, index) => {
    if (pixel.appSecretProof === "") return;
    for (let earlier = 0; earlier < index; earlier++) {
      const other = pixels[earlier];
      if (other.appSecretProof === pixel.appSecretProof && other.accessToken !== pixel.accessToken) {
        problems.push({
          key: PIXELS_FIELD + "[" + (index + 1) + "].appSecretProof",
          reason: "is the same as row " + (earlier + 1) + " but the access token differs"
        });
        return;
      }
    }
  });
}
function checkDuplicateIds(pixels, problems) {
  pixels.forEach((pixel, index) => {
    for (let earlier = 0; earlier < index; earlier++) {
      if (pixel.pixelId !== "" && pixels[earlier].pixelId === pixel.pixelId) {
        problems.push({
          key: PIXELS_FIELD + "[" + (index + 1) + "].pixelId",
          reason: "repeats row " + (earlier + 1) + " (the event would be sent twice)"
        });
        return;
      }
    }
  });
}
function readPixels(value, problems) {
  if (typeOf(value) !== "array" || value.length === 0) {
    problems.push({ key: PIXELS_FIELD, reason: "needs at least one pixel (dataset) row" });
    return [];
  }
  const pixels = value.map((row, index) => readRow(row, index, problems));
  checkDuplicateIds(pixels, problems);
  checkProofsPerToken(pixels, problems);
  return pixels;
}

// template-src/delivery/defaults.ts
var DEFAULT_API_VERSION = "v26.0";
var DEFAULT_TIMEOUT_MS = 1500;
var MIN_TIMEOUT_MS = 100;
var MAX_TIMEOUT_MS = 10000;
var DEFAULT_RETRIES = 1;
var MAX_RETRIES = 2;

// template-src/delivery/config.ts
function normalizeApiVersion(text2) {
  const bare = text2.toLowerCase().indexOf("v") === 0 ? text2.substring(1) : text2;
  const parts = bare.split(".");
  if (parts.length !== 2 || !isDigits2(parts[0]) || !isDigits2(parts[1])) return undefined;
  if (parts[0].length > 3 || parts[1].length > 2) return undefined;
  return "v" + bare;
}
function readApiVersion(value, problems) {
  const text2 = fieldText(value);
  if (text2 === "") return DEFAULT_API_VERSION;
  const version = text2 === undefined ? undefined : normalizeApiVersion(text2);
  if (version === undefined) {
    problems.push({ key: "apiVersion", reason: "must look like v26.0" });
    return DEFAULT_API_VERSION;
  }
  return version;
}
function readWholeNumber(key, value, range, problems) {
  const text2 = fieldText(value);
  if (text2 === "") return range.fallback;
  const number = text2 !== undefined && isDigits2(text2) ? makeInteger(text2) : undefined;
  if (number === undefined || number < range.min || number > range.max) {
    problems.push({
      key: key,
      reason: "must be a whole number from " + range.min + " to " + range.max + range.unit
    });
    return range.fallback;
  }
  return number;
}
function readTestEventCode(value, problems) {
  const text2 = fieldText(value);
  if (text2 === undefined) {
    problems.push({ key: "testEventCode", reason: "must be text" });
    return "";
  }
  return text2;
}
function readDeliveryConfig(fields) {
  const problems = [];
  const config = {
    pixels: readPixels(fields[PIXELS_FIELD], problems),
    apiVersion: readApiVersion(fields.apiVersion, problems),
    timeoutMs: readWholeNumber(
      "requestTimeoutMs",
      fields.requestTimeoutMs,
      { min: MIN_TIMEOUT_MS, max: MAX_TIMEOUT_MS, fallback: DEFAULT_TIMEOUT_MS, unit: " ms" },
      problems
    ),
    retries: readWholeNumber(
      "retries",
      fields.retries,
      { min: 0, max: MAX_RETRIES, fallback: DEFAULT_RETRIES, unit: "" },
      problems
    ),
    testEventCode: readTestEventCode(fields.testEventCode, problems),
    optimistic: fields.optimisticSuccess === true
  };
  return { config: problems.length === 0 ? config : undefined, problems: problems };
}

// template-src/log/match-keys.ts
function isPresent(value) {
  const type = typeOf(value);
  if (type === "string") return value.length > 0;
  if (type === "array") return value.some(isPresent);
  return type === "number" || type === "boolean";
}
function matchKeySummary(userData) {
  if (typeOf(userData) !== "object") return [];
  const record = userData;
  return Object.keys(record).filter((key) => isPresent(record[key])).sort();
}

// template-src/log/sensitive.ts
var SECRET_COLUMNS = ["accessToken", "appSecretProof"];
var MIN_IDENTIFIER_LENGTH = 4;
function pushText(out, value) {
  if (typeOf(value) !== "string") return;
  const text2 = value;
  const trimmed = text2.trim();
  if (trimmed === "") return;
  out.push(text2);
  if (trimmed !== text2) out.push(trimmed);
}
function secretsOfPixelRows(rows) {
  const out = [];
  if (typeOf(rows) !== "array") return out;
  for (const row of rows) {
    if (typeOf(row) !== "object") continue;
    for (const column of SECRET_COLUMNS) pushText(out, row[column]);
  }
  return out;
}
function collectRaw(value, out) {
  const type = typeOf(value);
  if (type === "array") {
    for (const item of value) collectRaw(item, out);
  } else if (type === "string" || type === "number") {
    const text2 = type === "string" ? value : "" + value;
    if (text2.length >= MIN_IDENTIFIER_LENGTH && !isHex64(text2.toLowerCase())) out.push(text2);
  }
}
function rawIdentifiers(userData) {
  const out = [];
  if (typeOf(userData) !== "object") return out;
  const record = userData;
  for (const key of Object.keys(record)) collectRaw(record[key], out);
  return out;
}

// template-src/delivery/io.ts
var sandboxDeliveryIo = {
  sendHttpRequest: (url, options, body) => sendHttpRequest(url, options, body),
  createPromise: (resolver) => Promise2.create(resolver),
  allPromises: (promises) => Promise2.all(promises),
  now: () => getTimestampMillis()
};

// template-src/delivery/log-lines.ts
function requestEntry(summary, request, attempt, maxAttempts) {
  return {
    event_name: summary.eventName,
    event_id: summary.eventId,
    pixel: request.pixelId,
    attempt: attempt,
    max_attempts: maxAttempts,
    url: request.url,
    timeout_ms: request.options.timeout,
    test_event_code: request.testEventCode === "" ? undefined : request.testEventCode,
    match_keys: summary.matchKeys
  };
}
function errorEntry(outcome) {
  const e = outcome.error;
  if (e === undefined) return undefined;
  return {
    code: e.code,
    subcode: e.subcode,
    type: e.type,
    message: e.message,
    user_title: e.userTitle,
    user_msg: e.userMessage,
    is_transient: e.isTransient,
    blame_fields: e.blameFields
  };
}
function responseEntry(summary, request, attempt, outcome, elapsedMs, willRetry) {
  return {
    event_name: summary.eventName,
    pixel: request.pixelId,
    attempt: attempt,
    outcome: outcome.verdict,
    reason: outcome.reason,
    status: outcome.status,
    events_received: outcome.eventsReceived,
    fbtrace_id: outcome.fbtraceId,
    error: errorEntry(outcome),
    elapsed_ms: elapsedMs,
    will_retry: willRetry
  };
}
function resultEntry(summary, results, optimistic) {
  return {
    event_name: summary.eventName,
    ok: results.every((r) => r.ok),
    optimistic: optimistic,
    failed_pixels: results.filter((r) => !r.ok).map((r) => r.pixelId),
    pixels: results.map((r) => ({
      pixel: r.pixelId,
      ok: r.ok,
      reason: r.reason,
      attempts: r.attempts
    }))
  };
}

// template-src/delivery/partner-agent.ts
var TAG_VERSION = "0.1.0";
var PARTNER_NAME = "capisgtm";
function partnerAgent(version) {
  const parts = version.split(".");
  return PARTNER_NAME + "_" + parts[0] + "_" + parts[1];
}
var PARTNER_AGENT = partnerAgent(TAG_VERSION);

// template-src/delivery/request.ts
var GRAPH_HOST = "https://graph.facebook.com/";
function graphUrl(apiVersion, pixelId) {
  return GRAPH_HOST + apiVersion + "/" + pixelId + "/events";
}
function chooseTestEventCode(fromEvent, pixel, config) {
  const eventCode = fieldText(fromEvent);
  if (eventCode !== undefined && eventCode !== "") return eventCode;
  if (pixel.testEventCode !== "") return pixel.testEventCode;
  return config.testEventCode;
}
function buildRequest(event, eventTestCode, pixel, config) {
  const testEventCode = chooseTestEventCode(eventTestCode, pixel, config);
  const payload = {
    data: [event],
    partner_agent: PARTNER_AGENT,
    access_token: pixel.accessToken
  };
  if (testEventCode !== "") payload.test_event_code = testEventCode;
  if (pixel.appSecretProof !== "") payload.appsecret_proof = pixel.appSecretProof;
  const body = JSON.stringify(payload);
  if (typeOf(body) !== "string") return undefined;
  return {
    pixelId: pixel.pixelId,
    url: graphUrl(config.apiVersion, pixel.pixelId),
    options: {
      method: "POST",
      headers: { "content-type": "application/json" },
      timeout: config.timeoutMs
    },
    body: body,
    testEventCode: testEventCode
  };
}

// template-src/delivery/response.ts
var TEMPORARY_CODES = [1, 2];
var RATE_LIMIT_CODES = [4, 17, 341, 613];
var NEVER_RETRY_CODES = [100, 190];
function text(value) {
  return typeOf(value) === "string" ? value : undefined;
}
function wholeNumber(value) {
  const type = typeOf(value);
  if (type === "number") return value === value ? value : undefined;
  if (type === "string" && isDigits2(value)) return makeInteger(value);
  return undefined;
}
function blameFields(errorData) {
  if (typeOf(errorData) !== "object") return undefined;
  const specs = errorData.blame_field_specs;
  if (typeOf(specs) !== "array") return undefined;
  const paths = [];
  for (const spec of specs) {
    if (typeOf(spec) !== "array") continue;
    const parts = spec.filter((p) => typeOf(p) === "string");
    if (parts.length > 0) paths.push(text(parts.join(".")));
  }
  return paths.length > 0 ? paths : undefined;
}
function parseObject(body) {
  if (typeOf(body) !== "string") return undefined;
  const parsed = JSON.parse(body);
  return typeOf(parsed) === "object" ? parsed : undefined;
}
function parseMetaError(parsed) {
  if (parsed === undefined || typeOf(parsed.error) !== "object") return undefined;
  const e = parsed.error;
  return {
    code: wholeNumber(e.code),
    subcode: wholeNumber(e.error_subcode),
    type: text(e.type),
    message: text(e.message),
    userTitle: text(e.error_user_title),
    userMessage: text(e.error_user_msg),
    isTransient: typeOf(e.is_transient) === "boolean" ? e.is_transient : undefined,
    blameFields: blameFields(e.error_data)
  };
}
function fbtraceOf(parsed) {
  if (parsed === undefined) return undefined;
  const top = text(parsed.fbtrace_id);
  if (top !== undefined) return top;
  const error = parsed.error;
  return typeOf(error) === "object" ? text(error.fbtrace_id) : undefined;
}
function errorVerdict(status, error) {
  const code2 = error === undefined ? undefined : error.code;
  if (code2 === 190) return { verdict: "fatal", reason: "invalid_token" };
  if (code2 !== undefined && NEVER_RETRY_CODES.indexOf(code2) >= 0) {
    return { verdict: "fatal", reason: "invalid_parameter" };
  }
  if (error !== undefined && error.isTransient === true)
    return { verdict: "retry", reason: "transient" };
  if (code2 !== undefined && RATE_LIMIT_CODES.indexOf(code2) >= 0) {
    return { verdict: "retry", reason: "rate_limited" };
  }
  if (code2 !== undefined && TEMPORARY_CODES.indexOf(code2) >= 0) {
    return { verdict: "retry", reason: "temporary_error" };
  }
  if (status === 429) return { verdict: "retry", reason: "rate_limited" };
  if (status >= 500 && status <= 599) return { verdict: "retry", reason: "server_error" };
  if (status >= 400 && status <= 499) return { verdict: "fatal", reason: "client_error" };
  return { verdict: "fatal", reason: "unexpected_status" };
}
function classifyResponse(statusCode, body) {
  const status = wholeNumber(statusCode);
  if (status === -1) return { verdict: "retry", reason: "timeout" };
  if (status === undefined || status <= 0) return { verdict: "retry", reason: "network" };
  const parsed = parseObject(body);
  const error = parseMetaError(parsed);
  const fbtraceId = fbtraceOf(parsed);
  if (status >= 200 && status <= 299 && error === undefined) {
    const received = parsed === undefined ? undefined : wholeNumber(parsed.events_received);
    return {
      verdict: received === 0 ? "fatal" : "ok",
      reason: received === 0 ? "not_received" : "accepted",
      status: status,
      eventsReceived: received,
      fbtraceId: fbtraceId
    };
  }
  const decision = errorVerdict(status, error);
  return {
    verdict: decision.verdict,
    reason: decision.reason,
    status: status,
    fbtraceId: fbtraceId,
    error: error
  };
}
function classifyRejection(rejection) {
  const reason = typeOf(rejection) === "object" ? rejection.reason : undefined;
  return { verdict: "retry", reason: reason === "timed_out" ? "timeout" : "network" };
}

// template-src/delivery/send.ts
function once(done) {
  let called = false;
  return (ok) => {
    if (called) return;
    called = true;
    if (ok) done.onSuccess();
    else done.onFailure();
  };
}
function textOrUndefined(value) {
  return typeOf(value) === "string" ? value : undefined;
}
function isMissing(value) {
  return value === undefined || value === null;
}
function outcomeOfResponse(response) {
  if (typeOf(response) !== "object") return classifyRejection(response);
  const r = response;
  return classifyResponse(r.statusCode, r.body);
}
function sendToPixel(request, ctx) {
  const maxAttempts = ctx.config.retries + 1;
  return ctx.io.createPromise((resolve) => {
    const attempt = (n) => {
      if (ctx.log.enabled)
        ctx.log.write("request", requestEntry(ctx.summary, request, n, maxAttempts));
      const started = ctx.io.now();
      const settle = (outcome) => {
        const willRetry = outcome.verdict === "retry" && n < maxAttempts;
        if (ctx.log.enabled) {
          const elapsed = ctx.io.now() - started;
          ctx.log.write(
            "response",
            responseEntry(ctx.summary, request, n, outcome, elapsed, willRetry)
          );
        }
        if (willRetry) {
          attempt(n + 1);
          return;
        }
        resolve({
          pixelId: request.pixelId,
          ok: outcome.verdict === "ok",
          reason: outcome.reason,
          attempts: n
        });
      };
      const pending = ctx.io.sendHttpRequest(request.url, request.options, request.body);
      if (isMissing(pending)) {
        settle(classifyRejection(undefined));
        return;
      }
      pending.then(
        (response) => settle(outcomeOfResponse(response)),
        (rejection) => settle(classifyRejection(rejection))
      );
    };
    attempt(1);
  });
}
function protectSecrets(config, log, event) {
  const secrets = [];
  for (const pixel of config.pixels) {
    secrets.push(pixel.accessToken);
    if (pixel.appSecretProof !== "") secrets.push(pixel.appSecretProof);
  }
  log.protect(secrets);
  if (log.enabled) log.protect(rawIdentifiers(event.user_data));
}
function deliver(outgoing, config, log, done, io) {
  const finish = once(done);
  const event = outgoing.event;
  protectSecrets(config, log, event);
  const summary = {
    eventName: textOrUndefined(event.event_name),
    eventId: textOrUndefined(event.event_id),
    matchKeys: log.enabled ? matchKeySummary(event.user_data) : []
  };
  const requests = [];
  for (const pixel of config.pixels) {
    const request = buildRequest(event, outgoing.eventTestCode, pixel, config);
    if (request === undefined) {
      log.problems("request", [{ key: "event", reason: "cannot be serialized as JSON" }]);
      finish(false);
      return;
    }
    requests.push(request);
  }
  if (requests.length === 0) {
    log.problems("request", [{ key: "pixels", reason: "no pixel to send to" }]);
    finish(false);
    return;
  }
  if (config.optimistic) finish(true);
  const ctx = { config: config, log: log, io: io || sandboxDeliveryIo, summary: summary };
  ctx.io.allPromises(requests.map((request) => sendToPixel(request, ctx))).then(
    (results) => {
      log.write("result", resultEntry(summary, results, config.optimistic));
      finish(results.every((r) => r.ok));
    },
    () => {
      log.write("result", { event_name: summary.eventName, ok: false, reason: "delivery_error" });
      finish(false);
    }
  );
}

// template-src/identity/cookies.ts
var DAY_SECONDS2 = 86400;
function cookieDomain(fields) {
  const domain = isString(fields.cookieDomain) ? fields.cookieDomain.trim() : "";
  return domain === "" || domain.toLowerCase() === "auto" ? "auto" : domain;
}
function maxAgeSeconds(days, defaultDays, key, problems) {
  if (days === undefined || days === null || makeString(days).trim() === "") {
    return defaultDays * DAY_SECONDS2;
  }
  const n = makeNumber(days);
  if (!isFiniteNumber(n) || n <= 0) {
    reportProblem(problems, key, "not a positive number of days; used " + defaultDays);
    return defaultDays * DAY_SECONDS2;
  }
  return Math.round(n * DAY_SECONDS2);
}
function firstPartyCookie(name, value, maxAge, fields) {
  return {
    name: name,
    value: value,
    options: {
      domain: cookieDomain(fields),
      path: "/",
      "max-age": maxAge,
      secure: true,
      samesite: "Lax",
      httpOnly: fields.cookieHttpOnly === true
    }
  };
}
function subdomainIndex(fields, pageLocation) {
  let domain = cookieDomain(fields);
  if (domain === "auto") {
    domain = isString(pageLocation) ? makeString(computeEffectiveTldPlusOne(pageLocation)) : "";
  }
  if (domain.charAt(0) === ".") domain = domain.substring(1);
  return domain === "" ? 1 : domain.split(".").length - 1;
}

// template-src/validate/formats.ts
function isAppendix(s) {
  return (s.length === 8 || s.length === 2) && isBase64Url(s);
}
function isHashedValue(value) {
  if (!isString(value)) return false;
  const dot = value.indexOf(".");
  const hash = dot < 0 ? value : value.substring(0, dot);
  if (hash.length !== 64 || !isLowerHex(hash)) return false;
  return dot < 0 || isAppendix(value.substring(dot + 1));
}
function isHttpUrl(value) {
  if (!isString(value)) return false;
  const lower = value.toLowerCase();
  const rest = lower.indexOf("https://") === 0 ? 8 : lower.indexOf("http://") === 0 ? 7 : -1;
  return rest > 0 && value.length > rest && value.indexOf(" ") < 0;
}

// template-src/enhancement/stored-keys.ts
var ENHANCEMENT_KEYS = HASHED_KEYS;
var MAX_VALUES_PER_KEY = 2;
var CLOCK_SKEW_SECONDS = 60;
function hashedValues(value) {
  const list = isArray(value) ? value : [value];
  const hashes = [];
  for (const v of list) {
    if (isHashedValue(v) && hashes.indexOf(v) < 0 && hashes.length < MAX_VALUES_PER_KEY)
      hashes.push(v);
  }
  return hashes;
}
function encodeStoredKeys(stored) {
  return toBase64(JSON.stringify(stored) || "{}");
}
function decodeStoredKeys(value, nowMs, maxAgeSeconds2) {
  const result = {};
  const decoded = isString(value) ? fromBase64(value) : undefined;
  const parsed = isString(decoded) ? JSON.parse(decoded) : undefined;
  if (!isObject(parsed)) return result;
  const now = Math.floor(nowMs / 1000);
  for (const key of Object.keys(parsed)) {
    if (ENHANCEMENT_KEYS.indexOf(key) < 0) continue;
    const t = own(parsed[key], "t");
    const v = hashedValues(own(parsed[key], "v"));
    const live = isFiniteNumber(t) && t <= now + CLOCK_SKEW_SECONDS && now - t <= maxAgeSeconds2;
    if (live && v.length > 0) result[key] = { v: v, t: Math.floor(t) };
  }
  return result;
}

// template-src/enhancement/index.ts
var ENHANCEMENT_COOKIE_NAME = ENHANCEMENT_COOKIE;
var DEFAULT_DAYS = 30;
function isMissing2(value) {
  return value === undefined || value === null || value === "" || isArray(value) && value.length === 0;
}
function readStored(cookieValues, nowMs, maxAge, problems) {
  for (const value of isArray(cookieValues) ? cookieValues : []) {
    const stored = decodeStoredKeys(value, nowMs, maxAge);
    if (Object.keys(stored).length > 0) return stored;
  }
  if (isArray(cookieValues) && cookieValues.length > 0) {
    reportProblem(problems, ENHANCEMENT_COOKIE_NAME, "no live hashed keys in the cookie; ignored");
  }
  return {};
}
function applyEventEnhancement(userData, fields, cookieValues, nowMs, problems) {
  if (fields.enableEventEnhancement !== true || !isObject(userData)) {
    return { userData: userData, cookiesToSet: [], filledKeys: [] };
  }
  const maxAge = maxAgeSeconds(
    fields.enhancementMaxAgeDays,
    DEFAULT_DAYS,
    "enhancementMaxAgeDays",
    problems
  );
  const stored = readStored(cookieValues, nowMs, maxAge, problems);
  const now = Math.floor(nowMs / 1000);
  const merged = {};
  for (const key of Object.keys(userData)) merged[key] = userData[key];
  const filledKeys = [];
  let observed = false;
  for (const key of ENHANCEMENT_KEYS) {
    const current = hashedValues(userData[key]);
    if (current.length > 0) {
      stored[key] = { v: current, t: now };
      observed = true;
    } else if (isMissing2(userData[key]) && stored[key] !== undefined) {
      merged[key] = stored[key].v;
      filledKeys.push(key);
    }
  }
  const cookiesToSet = observed ? [
    firstPartyCookie(ENHANCEMENT_COOKIE_NAME, encodeStoredKeys(stored), maxAge, {
      cookieDomain: fields.cookieDomain,
      cookieHttpOnly: true
    })
  ] : [];
  return { userData: merged, cookiesToSet: cookiesToSet, filledKeys: filledKeys };
}

// template-src/event-data/event-data-keys.ts
var EVENT_DATA_KEYS = [
  "action_source",
  "anon_id",
  "app_data",
  "city",
  "client_id",
  "consent_state",
  "content_category",
  "content_ids",
  "content_name",
  "content_type",
  "contents",
  "country",
  "ctwa_clid",
  "currency",
  "custom_properties",
  "customer_segmentation",
  "data_processing_options",
  "data_processing_options_country",
  "data_processing_options_state",
  "date_of_birth",
  "db",
  "delivery_category",
  "ecommerce",
  "email",
  "email_address",
  "event_id",
  "event_name",
  "event_time",
  "external_id",
  "fb_login_id",
  "firstName",
  "first_name",
  "gender",
  "ig_account_id",
  "ig_sid",
  "ip_override",
  "items",
  "lastName",
  "last_name",
  "lead_id",
  "madid",
  "messaging_channel",
  "net_revenue",
  "num_items",
  "opt_out",
  "order_id",
  "original_event_data",
  "page_location",
  "page_referrer",
  "page_scoped_user_id",
  "phone",
  "phone_number",
  "postal_code",
  "predicted_ltv",
  "region",
  "search_string",
  "search_term",
  "state",
  "subscription_id",
  "test_event_code",
  "transaction_id",
  "userId",
  "user_agent",
  "user_data",
  "user_id",
  "value",
  "x-fb-cd-content_category",
  "x-fb-cd-content_ids",
  "x-fb-cd-content_name",
  "x-fb-cd-content_type",
  "x-fb-cd-contents",
  "x-fb-cd-currency",
  "x-fb-cd-customer_segmentation",
  "x-fb-cd-delivery_category",
  "x-fb-cd-item_number",
  "x-fb-cd-net_revenue",
  "x-fb-cd-num_items",
  "x-fb-cd-order_id",
  "x-fb-cd-predicted_ltv",
  "x-fb-cd-search_string",
  "x-fb-cd-status",
  "x-fb-cd-value",
  "x-fb-ck-fbc",
  "x-fb-ck-fbp",
  "x-fb-event_id",
  "x-fb-ud-anon_id",
  "x-fb-ud-country",
  "x-fb-ud-ct",
  "x-fb-ud-ctwa_clid",
  "x-fb-ud-db",
  "x-fb-ud-em",
  "x-fb-ud-external_id",
  "x-fb-ud-fb-login-id",
  "x-fb-ud-fb_login_id",
  "x-fb-ud-fn",
  "x-fb-ud-ge",
  "x-fb-ud-ig_account_id",
  "x-fb-ud-ig_sid",
  "x-fb-ud-lead_id",
  "x-fb-ud-ln",
  "x-fb-ud-madid",
  "x-fb-ud-page_id",
  "x-fb-ud-page_scoped_user_id",
  "x-fb-ud-ph",
  "x-fb-ud-st",
  "x-fb-ud-subscription_id",
  "x-fb-ud-zp",
  "x-ga-gcd",
  "x-ga-gcs",
  "zip"
];

// template-src/event-data/read-event-data.ts
function readEventData() {
  const eventData = {};
  for (const key of EVENT_DATA_KEYS) {
    const value = getEventData(key);
    if (value !== undefined) eventData[key] = value;
  }
  return eventData;
}

// template-src/consent/ldu.ts
var LDU_EVENT_KEYS = [
  "data_processing_options",
  "data_processing_options_country",
  "data_processing_options_state"
];
function configuredLocation(fields) {
  if (fields.lduLocation === "california") return { country: 1, state: 1000 };
  if (fields.lduLocation === "usGeolocateState") return { country: 1, state: 0 };
  return { country: 0, state: 0 };
}
function lduOn(location) {
  return {
    data_processing_options: ["LDU"],
    data_processing_options_country: location.country,
    data_processing_options_state: location.state
  };
}
function mentionsLdu(value) {
  const items = isArray(value) ? value : isString(value) ? value.split(",") : undefined;
  if (items === undefined) return undefined;
  let ldu = false;
  for (const item of items) {
    if (!isString(item)) return undefined;
    if (item.trim().toUpperCase() === "LDU") ldu = true;
  }
  return ldu;
}
function code(value, allowed) {
  for (const n of allowed) {
    if (value === n || value === "" + n) return n;
  }
  return undefined;
}
function eventLocation(eventData, fields, problems) {
  const rawCountry = readPath(eventData, "data_processing_options_country");
  const rawState = readPath(eventData, "data_processing_options_state");
  const country = code(rawCountry, [0, 1]);
  const state = code(rawState, [0, 1000]);
  if (country !== undefined && state !== undefined) return { country: country, state: state };
  if (rawCountry !== undefined || rawState !== undefined) {
    reportProblem(
      problems,
      "data_processing_options_country",
      "country/state not a documented pair; used the configured location"
    );
  }
  return configuredLocation(fields);
}
function resolveLdu(eventData, fields, problems) {
  if (fields.lduMode === "always") return lduOn(configuredLocation(fields));
  if (fields.lduMode !== "eventData") return {};
  const raw = readPath(eventData, "data_processing_options");
  if (raw === undefined || raw === null) return {};
  const ldu = mentionsLdu(raw);
  if (ldu === undefined) {
    reportProblem(problems, "data_processing_options", "not a list of options; ignored");
    return {};
  }
  return ldu ? lduOn(eventLocation(eventData, fields, problems)) : { data_processing_options: [] };
}

// template-src/event-fields/action-source.ts
function pick(fromEvent, eventKey, fromField, fieldKey, allowed, problems) {
  const candidates = [
    { key: eventKey, value: fromEvent },
    { key: fieldKey, value: fromField }
  ];
  for (const c of candidates) {
    if (c.value === undefined || c.value === null || c.value === "") continue;
    const text2 = isString(c.value) ? c.value.trim().toLowerCase() : "";
    if (allowed.indexOf(text2) >= 0) return text2;
    reportProblem(problems, c.key, "not one of " + allowed.join(", ") + "; ignored");
  }
  return undefined;
}
function resolveActionSource(eventData, fields, problems) {
  const source = pick(
    readPath(eventData, "action_source"),
    "action_source",
    fields.actionSource,
    "actionSource",
    ACTION_SOURCES,
    problems
  ) || "website";
  if (source !== "business_messaging") return { action_source: source };
  const channel = pick(
    readPath(eventData, "messaging_channel"),
    "messaging_channel",
    fields.messagingChannel,
    "messagingChannel",
    MESSAGING_CHANNELS,
    problems
  );
  if (channel === undefined) {
    reportProblem(problems, "messaging_channel", "required for business_messaging but missing");
    return { action_source: source };
  }
  return { action_source: source, messaging_channel: channel };
}

// template-src/event-fields/event-id.ts
var EVENT_ID_KEYS = ["event_id", "x-fb-event_id"];
function eventIdFrom(raw, key, problems) {
  if (raw === undefined || raw === null) return undefined;
  if (isFiniteNumber(raw)) return makeString(raw);
  if (isString(raw) && raw.trim() !== "") return raw.trim();
  if (raw !== "") reportProblem(problems, key, "not a string or number; not used as event_id");
  return undefined;
}
function resolveEventId(eventData, override, problems) {
  const fromField = eventIdFrom(override, "eventIdOverride", problems);
  if (fromField !== undefined) return fromField;
  for (const key of EVENT_ID_KEYS) {
    const id = eventIdFrom(readPath(eventData, key), key, problems);
    if (id !== undefined) return id;
  }
  return undefined;
}

// template-src/event-fields/event-time.ts
var MILLISECONDS_FROM = 100000000000;
var TOO_LARGE = 100000000000000;
function isDecimalText(s) {
  const parts = s.split(".");
  return parts.length <= 2 && isDigits(parts[0]) && (parts.length === 1 || isDigits(parts[1]));
}
function toUnixSeconds(raw) {
  let n;
  if (isFiniteNumber(raw)) n = raw;
  else if (isString(raw) && isDecimalText(raw.trim())) n = makeNumber(raw.trim());
  if (n === undefined || n <= 0 || n >= TOO_LARGE) return undefined;
  return Math.floor(n >= MILLISECONDS_FROM ? n / 1000 : n);
}
function resolveEventTime(raw, nowMs, actionSource, problems) {
  const now = Math.floor(nowMs / 1000);
  if (raw === undefined || raw === null || raw === "") return { time: now };
  const seconds = toUnixSeconds(raw);
  if (seconds === undefined) {
    reportProblem(problems, "event_time", "not a time in seconds or milliseconds; used now");
    return { time: now };
  }
  if (seconds > now) {
    reportProblem(problems, "event_time", "in the future; clamped to now");
    return { time: now };
  }
  const maxAge = maxEventAgeSeconds(actionSource);
  if (now - seconds > maxAge) {
    const reason = "older than " + maxAge / 86400 + " days; Meta rejects it, event not sent";
    reportProblem(problems, "event_time", reason);
    return { drop: "event_time " + reason };
  }
  return { time: seconds };
}

// template-src/event-fields/passthrough.ts
function optOutFrom(eventData, problems) {
  const raw = readPath(eventData, "opt_out");
  if (raw === undefined || raw === null || raw === "") return undefined;
  if (raw === true || raw === false) return raw;
  const text2 = isString(raw) ? raw.trim().toLowerCase() : "";
  if (text2 === "true" || text2 === "false") return text2 === "true";
  reportProblem(problems, "opt_out", "not true or false; left out");
  return undefined;
}
function appDataFrom(eventData, problems) {
  const raw = readPath(eventData, "app_data");
  if (raw === undefined || raw === null) return undefined;
  if (isObject(raw)) return raw;
  reportProblem(problems, "app_data", "not an object; left out");
  return undefined;
}
function originalEventDataFrom(eventData, problems) {
  const raw = readPath(eventData, "original_event_data");
  if (raw === undefined || raw === null) return undefined;
  if (!isObject(raw)) {
    reportProblem(problems, "original_event_data", "not an object; left out");
    return undefined;
  }
  const result = {};
  let any = false;
  for (const key of ORIGINAL_EVENT_DATA_KEYS) {
    const value = own(raw, key);
    if (value === undefined || value === null || value === "") continue;
    const clean = key === "event_time" ? toUnixSeconds(value) : isString(value) ? value : isFiniteNumber(value) ? makeString(value) : undefined;
    if (clean === undefined) {
      reportProblem(problems, "original_event_data." + key, "unusable value; left out");
    } else {
      result[key] = clean;
      any = true;
    }
  }
  return any ? result : undefined;
}

// template-src/event-fields/urls.ts
function httpUrlFrom(eventData, key, problems) {
  const raw = readPath(eventData, key);
  if (raw === undefined || raw === null || raw === "") return undefined;
  if (isHttpUrl(raw)) return raw;
  reportProblem(problems, key, "not an absolute http(s) URL; left out");
  return undefined;
}

// template-src/event-fields/index.ts
var EVENT_FIELDS_EVENT_KEYS = [
  "event_time",
  "action_source",
  "messaging_channel",
  "page_location",
  "page_referrer",
  "opt_out",
  "app_data",
  "original_event_data"
].concat(EVENT_ID_KEYS).concat(LDU_EVENT_KEYS);
function buildEventFields(eventData, fields, nowMs, problems) {
  const source = resolveActionSource(eventData, fields, problems);
  const time = resolveEventTime(
    readPath(eventData, "event_time"),
    nowMs,
    source.action_source,
    problems
  );
  if (time.drop !== undefined) return { drop: time.drop };
  const result = { event_time: time.time, action_source: source.action_source };
  if (source.messaging_channel !== undefined) result.messaging_channel = source.messaging_channel;
  const eventId = resolveEventId(eventData, fields.eventIdOverride, problems);
  if (eventId !== undefined) result.event_id = eventId;
  const url = httpUrlFrom(eventData, "page_location", problems);
  if (url !== undefined) result.event_source_url = url;
  const referrer = httpUrlFrom(eventData, "page_referrer", problems);
  if (referrer !== undefined) result.referrer_url = referrer;
  const optOut = optOutFrom(eventData, problems);
  if (optOut !== undefined) result.opt_out = optOut;
  if (source.action_source === "app") {
    const appData = appDataFrom(eventData, problems);
    if (appData !== undefined) result.app_data = appData;
  }
  const original = originalEventDataFrom(eventData, problems);
  if (original !== undefined) result.original_event_data = original;
  const ldu = resolveLdu(eventData, fields, problems);
  if (ldu.data_processing_options !== undefined) {
    result.data_processing_options = ldu.data_processing_options;
  }
  if (ldu.data_processing_options_country !== undefined) {
    result.data_processing_options_country = ldu.data_processing_options_country;
    result.data_processing_options_state = ldu.data_processing_options_state;
  }
  return { fields: result };
}

// template-src/event-name/ga4-event-map.ts
var GA4_TO_META = {
  page_view: "PageView",
  "gtm.dom": "PageView",
  view_item: "ViewContent",
  search: "Search",
  view_search_results: "Search",
  add_to_cart: "AddToCart",
  add_to_wishlist: "AddToWishlist",
  begin_checkout: "InitiateCheckout",
  add_payment_info: "AddPaymentInfo",
  add_shipping_info: "AddPaymentInfo",
  purchase: "Purchase",
  generate_lead: "Lead",
  sign_up: "CompleteRegistration",
  contact: "Contact",
  customize_product: "CustomizeProduct",
  donate: "Donate",
  find_location: "FindLocation",
  schedule: "Schedule",
  start_trial: "StartTrial",
  submit_application: "SubmitApplication",
  subscribe: "Subscribe"
};
var VIEW_ITEM_LIST = "view_item_list";

// template-src/event-name/name-list.ts
function parseNameList(value) {
  const type = typeOf(value);
  const parts = type === "array" ? value : type === "string" ? value.split("\n").join(",").split(",") : [];
  const names = [];
  parts.forEach((part) => {
    const name = nameText(part);
    if (name !== "") names.push(name);
  });
  return names;
}
function parseMappingTable(rows) {
  const mappings = [];
  if (typeOf(rows) !== "array") return mappings;
  rows.forEach((row) => {
    if (typeOf(row) !== "object") return;
    const fromName = nameText(row.from);
    const toName = nameText(row.to);
    if (fromName !== "" && toName !== "") mappings.push({ from: fromName, to: toName });
  });
  return mappings;
}
function nameText(value) {
  const type = typeOf(value);
  const usable = type === "string" || type === "number" && value - value === 0;
  return usable ? makeString(value).trim() : "";
}

// template-src/event-name/standard-events.ts
var STANDARD_EVENTS = [
  "PageView",
  "ViewContent",
  "Search",
  "AddToCart",
  "AddToWishlist",
  "InitiateCheckout",
  "AddPaymentInfo",
  "Purchase",
  "Lead",
  "CompleteRegistration",
  "Contact",
  "CustomizeProduct",
  "Donate",
  "FindLocation",
  "Schedule",
  "StartTrial",
  "SubmitApplication",
  "Subscribe"
];
var DEFAULT_STANDARD_EVENT = "PageView";

// template-src/event-name/case-correct.ts
var SEPARATORS = " _-";
var BY_LOOSE_NAME = {};
STANDARD_EVENTS.forEach((name) => {
  BY_LOOSE_NAME[looseName(name)] = name;
});
function caseCorrected(name) {
  const standard = lookup(BY_LOOSE_NAME, looseName(name));
  return standard !== undefined ? standard : name;
}
function looseName(name) {
  let loose = "";
  const lower = name.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    if (SEPARATORS.indexOf(lower.charAt(i)) < 0) loose += lower.charAt(i);
  }
  return loose;
}

// template-src/event-name/governance.ts
function applyGovernance(name, fields) {
  const allowed = parseNameList(fields.eventAllowList);
  if (allowed.length > 0 && !listed(name, allowed)) {
    return { blocked: 'event "' + name + '" is not on the allow-list' };
  }
  if (listed(name, parseNameList(fields.eventBlockList))) {
    return { blocked: 'event "' + name + '" is on the block-list' };
  }
  const renames = parseMappingTable(fields.eventRenameList);
  for (let i = 0; i < renames.length; i++) {
    if (sameEvent(renames[i].from, name)) return { name: caseCorrected(renames[i].to) };
  }
  return { name: name };
}
function listed(name, list) {
  return list.some((entry) => sameEvent(entry, name));
}
function sameEvent(entry, name) {
  const mapped = lookup(GA4_TO_META, entry);
  return caseCorrected(mapped !== undefined ? mapped : entry).toLowerCase() === name.toLowerCase();
}

// template-src/event-name/resolve-event-name.ts
var EVENT_NAME_KEY = "event_name";
function resolveEventName(eventData, fields) {
  const mode = fields.eventNameMode;
  let raw;
  let origin;
  if (mode === "standard") {
    origin = "eventNameStandard";
    raw = fields.eventNameStandard === undefined ? DEFAULT_STANDARD_EVENT : fields.eventNameStandard;
  } else if (mode === "custom") {
    origin = "eventNameCustom";
    raw = fields.eventNameCustom;
  } else {
    origin = EVENT_NAME_KEY;
    raw = typeOf(eventData) === "object" ? eventData.event_name : undefined;
  }
  const text2 = nameText(raw);
  if (text2 === "") {
    return {
      invalid: {
        key: origin,
        reason: origin === EVENT_NAME_KEY ? "missing or not text" : "empty: no event name to send"
      }
    };
  }
  let resolved = text2;
  if (origin === EVENT_NAME_KEY) {
    const mapped = userMapping(text2, fields);
    if (mapped !== undefined) origin = "eventNameMappings";
    resolved = mapped !== undefined ? mapped : builtInMapping(text2, fields);
  }
  const name = caseCorrected(resolved);
  const decision = applyGovernance(name, fields);
  const sent = decision.name;
  if (sent !== undefined && sent.length > CUSTOM_EVENT_NAME_MAX) {
    return {
      invalid: {
        key: sent === name ? origin : "eventRenameList",
        reason: "event name longer than " + CUSTOM_EVENT_NAME_MAX + " characters"
      }
    };
  }
  return decision;
}
function userMapping(incoming, fields) {
  const mappings = parseMappingTable(fields.eventNameMappings);
  for (let i = 0; i < mappings.length; i++) {
    if (mappings[i].from === incoming) return mappings[i].to;
  }
  for (let i = 0; i < mappings.length; i++) {
    if (mappings[i].from.toLowerCase() === incoming.toLowerCase()) return mappings[i].to;
  }
  return undefined;
}
function builtInMapping(incoming, fields) {
  if (incoming === VIEW_ITEM_LIST && fields.mapViewItemListToViewContent === true) {
    return "ViewContent";
  }
  const mapped = lookup(GA4_TO_META, incoming);
  return mapped !== undefined ? mapped : incoming;
}

// template-src/identity/click-id-format.ts
function parseClickId(value) {
  if (!isString(value)) return undefined;
  const parts = value.split(".");
  if (parts.length !== 4 && parts.length !== 5) return undefined;
  if (parts[0] !== "fb" || !isDigits(parts[1]) || !isDigits(parts[2])) return undefined;
  if (!isClickIdPayload(parts[3])) return undefined;
  if (parts.length === 5 && !isAppendix(parts[4])) return undefined;
  return { subdomainIndex: parts[1], creationTime: parts[2], payload: parts[3] };
}
function isClickId(value) {
  return parseClickId(value) !== undefined;
}
var DELETE = decodeUriComponent("%7F");
function isClickIdPayload(s) {
  if (s.length === 0 || s.indexOf(".") >= 0) return false;
  for (let i = 0; i < s.length; i++) {
    if (s.charAt(i) <= " " || s.charAt(i) === DELETE) return false;
  }
  return true;
}

// template-src/identity/existing-value.ts
function existingClickId(cookieName, cookieValues, eventKey, eventValue, problems) {
  for (const candidate of isArray(cookieValues) ? cookieValues : []) {
    if (isClickId(candidate)) return { value: candidate, fromCookie: true };
    reportProblem(problems, cookieName, "malformed cookie value ignored");
  }
  if (eventValue === undefined || eventValue === null || eventValue === "") return undefined;
  if (isClickId(eventValue)) return { value: eventValue, fromCookie: false };
  reportProblem(problems, eventKey, "malformed value ignored");
  return undefined;
}

// template-src/identity/fbc.ts
function fbclidOf(pageLocation) {
  if (!isString(pageLocation)) return undefined;
  const url = parseUrl(pageLocation);
  if (!url || typeOf(url.searchParams) !== "object") return undefined;
  const raw = own(url.searchParams, "fbclid");
  const fbclid = typeOf(raw) === "array" ? raw[0] : raw;
  return isString(fbclid) && fbclid !== "" ? fbclid : undefined;
}
function resolveFbc(existing, pageLocation, generate, index, nowMs, problems) {
  const kept = { value: existing ? existing.value : undefined, generated: false };
  if (!generate) return kept;
  const fbclid = fbclidOf(pageLocation);
  if (fbclid === undefined) return kept;
  if (!isClickIdPayload(fbclid)) {
    reportProblem(
      problems,
      "page_location",
      "fbclid unusable in fbc (dot or whitespace); not used"
    );
    return kept;
  }
  const parts = existing ? parseClickId(existing.value) : undefined;
  if (parts && parts.payload === fbclid) return kept;
  return { value: "fb." + index + "." + nowMs + "." + fbclid, generated: true };
}

// template-src/identity/fbp.ts
var RANDOM_MIN = 1000000000;
var RANDOM_SPAN = 1147483648;
var FIRST_VISIT_MIN_SECONDS = 1000000000;
var CLOCK_SKEW_SECONDS2 = 86400;
function firstVisitSeconds(clientId, nowMs) {
  const parts = clientId.split(".");
  const last = parts[parts.length - 1];
  if (parts.length < 2 || !isDigits(last) || last.length !== 10) return undefined;
  const seconds = decimalValue(last);
  if (seconds < FIRST_VISIT_MIN_SECONDS || seconds > nowMs / 1000 + CLOCK_SKEW_SECONDS2) {
    return undefined;
  }
  return seconds;
}
function fbpFromClientId(clientId, index, nowMs) {
  const seconds = firstVisitSeconds(clientId, nowMs);
  if (seconds === undefined) return undefined;
  const h = sha256Sync("fbp|" + clientId, { outputEncoding: "hex" });
  const creation = seconds * 1000 + hexValue(h.substring(8, 11)) % 1000;
  const random = RANDOM_MIN + hexValue(h.substring(0, 8)) % RANDOM_SPAN;
  return "fb." + index + "." + creation + "." + random;
}
function generateFbp(clientId, index, nowMs, problems) {
  const id = isString(clientId) ? clientId.trim() : isFiniteNumber(clientId) ? makeString(clientId) : "";
  const derived = id === "" ? undefined : fbpFromClientId(id, index, nowMs);
  if (derived !== undefined) return derived;
  reportProblem(
    problems,
    "client_id",
    "no GA client_id with a first-visit time; fbp generated at random, so concurrent first hits may differ"
  );
  return "fb." + index + "." + nowMs + "." + generateRandom(RANDOM_MIN, RANDOM_MIN + RANDOM_SPAN - 1);
}

// template-src/identity/ip.ts
var HEX_DIGITS = "0123456789abcdefABCDEF";
function isIpv4(s) {
  const parts = s.split(".");
  if (parts.length !== 4) return false;
  for (const part of parts) {
    if (!isDigits(part) || part.length > 3 || part.length > 1 && part.charAt(0) === "0") {
      return false;
    }
    if (decimalValue(part) > 255) return false;
  }
  return true;
}
function isHexGroup(s) {
  if (s.length < 1 || s.length > 4) return false;
  for (let i = 0; i < s.length; i++) {
    if (HEX_DIGITS.indexOf(s.charAt(i)) < 0) return false;
  }
  return true;
}
function groupCount(side, mayEndInIpv4) {
  if (side === "") return 0;
  const groups = side.split(":");
  let count = 0;
  for (let i = 0; i < groups.length; i++) {
    const last = i === groups.length - 1;
    if (last && mayEndInIpv4 && groups[i].indexOf(".") >= 0) {
      if (!isIpv4(groups[i])) return -1;
      count += 2;
    } else if (isHexGroup(groups[i])) {
      count += 1;
    } else {
      return -1;
    }
  }
  return count;
}
function isIpv6(s) {
  const halves = s.split("::");
  if (halves.length > 2) return false;
  if (halves.length === 1) return groupCount(s, true) === 8;
  const head = groupCount(halves[0], false);
  const tail = groupCount(halves[1], true);
  return head >= 0 && tail >= 0 && head + tail <= 7;
}
function isIp(value) {
  return isString(value) && (isIpv4(value) || isIpv6(value));
}
function withoutPort(s) {
  if (s.charAt(0) === "[") {
    const close = s.indexOf("]");
    if (close < 0) return s;
    const rest = s.substring(close + 1);
    if (rest === "" || rest.charAt(0) === ":" && isDigits(rest.substring(1))) {
      return s.substring(1, close);
    }
    return s;
  }
  const colon = s.indexOf(":");
  if (colon > 0 && s.lastIndexOf(":") === colon && isDigits(s.substring(colon + 1))) {
    return s.substring(0, colon);
  }
  return s;
}
function isUnspecified(s) {
  for (let i = 0; i < s.length; i++) {
    if ("0.:".indexOf(s.charAt(i)) < 0) return false;
  }
  return true;
}
function cleanIp(value) {
  const candidate = withoutPort(value.split(",")[0].trim());
  return isIp(candidate) && !isUnspecified(candidate) ? candidate : undefined;
}

// template-src/identity/user-agent.ts
function cleanUserAgent(value) {
  const ua = value.trim();
  return ua === "" ? undefined : ua;
}

// template-src/identity/index.ts
var DEFAULT_COOKIE_DAYS = 90;
function stringField(eventData, key, clean, whenUnusable, problems) {
  const raw = readPath(eventData, key);
  if (raw === undefined || raw === null || raw === "") return undefined;
  const value = isString(raw) ? clean(raw) : undefined;
  if (value === undefined) reportProblem(problems, key, whenUnusable);
  return value;
}
function shouldWrite(mode, generated) {
  if (mode === "never") return false;
  return mode === "always" || generated;
}
function resolveIdentity(eventData, fields, cookies, nowMs, problems) {
  const now = Math.floor(nowMs);
  const userData = {};
  const cookiesToSet = [];
  const pageLocation = readPath(eventData, "page_location");
  const index = subdomainIndex(fields, pageLocation);
  const maxAge = fields.identityCookies === "never" ? 0 : maxAgeSeconds(fields.cookieMaxAgeDays, DEFAULT_COOKIE_DAYS, "cookieMaxAgeDays", problems);
  const ip = stringField(
    eventData,
    "ip_override",
    cleanIp,
    "no valid IPv4/IPv6 address; left out",
    problems
  );
  if (ip !== undefined) userData.client_ip_address = ip;
  const ua = stringField(
    eventData,
    "user_agent",
    cleanUserAgent,
    "not a non-empty string; left out",
    problems
  );
  if (ua !== undefined) userData.client_user_agent = ua;
  const fbcBefore = existingClickId(
    "_fbc",
    own(cookies, "fbc"),
    "x-fb-ck-fbc",
    readPath(eventData, "x-fb-ck-fbc"),
    problems
  );
  const fbc = resolveFbc(
    fbcBefore,
    pageLocation,
    fields.generateFbc !== false,
    index,
    now,
    problems
  );
  if (fbc.value !== undefined) {
    userData.fbc = fbc.value;
    if (shouldWrite(fields.identityCookies, fbc.generated)) {
      cookiesToSet.push(firstPartyCookie("_fbc", fbc.value, maxAge, fields));
    }
  }
  const fbpBefore = existingClickId(
    "_fbp",
    own(cookies, "fbp"),
    "x-fb-ck-fbp",
    readPath(eventData, "x-fb-ck-fbp"),
    problems
  );
  let fbp = fbpBefore ? fbpBefore.value : undefined;
  const fbpGenerated = fbp === undefined && fields.generateFbp !== false;
  if (fbpGenerated) fbp = generateFbp(readPath(eventData, "client_id"), index, now, problems);
  if (fbp !== undefined) {
    userData.fbp = fbp;
    if (shouldWrite(fields.identityCookies, fbpGenerated)) {
      cookiesToSet.push(firstPartyCookie("_fbp", fbp, maxAge, fields));
    }
  }
  return { userData: userData, cookiesToSet: cookiesToSet };
}

// template-src/log/io.ts
var sandboxLogIo = {
  logToConsole: logToConsole,
  getContainerVersion: getContainerVersion
};

// template-src/log/modes.ts
var DEFAULT_LOG_MODE = "debug";
function readLogMode(value) {
  if (value === "off" || value === "always" || value === "debug") return value;
  return DEFAULT_LOG_MODE;
}

// template-src/log/redact.ts
var REDACTED = "[redacted]";
var TOKEN_PREFIX = "EAA";
var MIN_TOKEN_SHAPE_LENGTH = 24;
var TOKEN_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
function tokenRunLength(text2, start) {
  let end = start;
  while (end < text2.length && TOKEN_CHARS.indexOf(text2.charAt(end)) >= 0) end++;
  return end - start;
}
function maskTokenShapes(text2) {
  let out = "";
  let copied = 0;
  let at = text2.indexOf(TOKEN_PREFIX);
  while (at >= 0) {
    const run = tokenRunLength(text2, at);
    if (run >= MIN_TOKEN_SHAPE_LENGTH) {
      out = out + text2.substring(copied, at) + REDACTED;
      copied = at + run;
      at = text2.indexOf(TOKEN_PREFIX, copied);
    } else {
      at = text2.indexOf(TOKEN_PREFIX, at + 1);
    }
  }
  return out + text2.substring(copied);
}
function jsonForms(secrets) {
  const forms = [];
  for (const secret of secrets) {
    const quoted = JSON.stringify(secret);
    if (typeOf(quoted) !== "string") continue;
    const inner = quoted.slice(1, -1);
    if (inner !== secret) forms.push(inner);
  }
  return forms;
}
function redact(text2, secrets) {
  const ordered = secrets.concat(jsonForms(secrets)).sort((a, b) => b.length - a.length);
  let out = text2;
  for (const secret of ordered) {
    if (secret.length > 0) out = out.split(secret).join(REDACTED);
  }
  return maskTokenShapes(out);
}

// template-src/log/logger.ts
var LOG_TAG = "meta-capi";
function isDebugSession(io) {
  const version = io.getContainerVersion();
  if (typeOf(version) !== "object") return false;
  const v = version;
  return v.debugMode === true || v.previewMode === true;
}
var MAX_VALUE_LENGTH = 500;
var MAX_DEPTH = 5;
function cleanValue(value, secrets, depth) {
  const type = typeOf(value);
  if (type === "string") {
    const clean = redact(value, secrets);
    return clean.length > MAX_VALUE_LENGTH ? clean.substring(0, MAX_VALUE_LENGTH) + "..." : clean;
  }
  if (type !== "array" && type !== "object") return value;
  if (depth >= MAX_DEPTH) return "[nested]";
  if (type === "array") return value.map((v) => cleanValue(v, secrets, depth + 1));
  const record = value;
  const out = {};
  for (const key of Object.keys(record)) {
    out[redact(key, secrets)] = cleanValue(record[key], secrets, depth + 1);
  }
  return out;
}
function formatLine(type, entry, secrets) {
  const line = { tag: LOG_TAG, type: type };
  for (const key of Object.keys(entry)) {
    if (entry[key] !== undefined) line[key] = cleanValue(entry[key], secrets, 1);
  }
  const text2 = JSON.stringify(line);
  return typeOf(text2) === "string" ? text2 : '{"tag":"' + LOG_TAG + '","type":"' + type + '","error":"entry not serializable"}';
}
function createLogger(fields, io) {
  const sys = io || sandboxLogIo;
  const mode = readLogMode(fields.logMode);
  const enabled = mode === "always" || mode === "debug" && isDebugSession(sys);
  const secrets = secretsOfPixelRows(fields.pixels);
  const write = (type, entry) => {
    if (!enabled) return;
    sys.logToConsole(formatLine(type, entry, secrets));
  };
  return {
    enabled: enabled,
    protect: (values) => {
      for (const value of values) {
        const blank = typeOf(value) !== "string" || value.trim() === "";
        if (!blank && secrets.indexOf(value) < 0) secrets.push(value);
      }
    },
    write: write,
    problems: (stage, problems) => {
      if (problems.length === 0) return;
      write("problems", {
        stage: stage,
        problems: problems.map((p) => ({ key: makeString(p.key), reason: makeString(p.reason) }))
      });
    }
  };
}

// template-src/user-data/hash.ts
var HEX3 = "0123456789abcdef";
var BASE64URL2 = LATIN_LOWERCASE + LATIN_LOWERCASE.toUpperCase() + DIGITS2 + "-_";
function sha256Hex(text2) {
  return sha256Sync(text2, { outputEncoding: "hex" });
}
function isSha256Hex(text2) {
  return text2.length === 64 && consistsOf(text2.toLowerCase(), HEX3);
}
function isParameterBuilderHash(text2) {
  if (text2.lastIndexOf(".") !== 64) return false;
  const appendix = text2.substring(65);
  return isSha256Hex(text2.substring(0, 64)) && (appendix.length === 2 || appendix.length === 8) && consistsOf(appendix, BASE64URL2);
}

// template-src/user-data/normalize-city.ts
function normalizeCity(value) {
  return removeCharacters(compactLowercase(value), DIGITS2);
}

// template-src/user-data/country-codes.ts
var ALPHA2_CODES = [
  "ad",
  "ae",
  "af",
  "ag",
  "ai",
  "al",
  "am",
  "ao",
  "aq",
  "ar",
  "as",
  "at",
  "au",
  "aw",
  "ax",
  "az",
  "ba",
  "bb",
  "bd",
  "be",
  "bf",
  "bg",
  "bh",
  "bi",
  "bj",
  "bl",
  "bm",
  "bn",
  "bo",
  "bq",
  "br",
  "bs",
  "bt",
  "bv",
  "bw",
  "by",
  "bz",
  "ca",
  "cc",
  "cd",
  "cf",
  "cg",
  "ch",
  "ci",
  "ck",
  "cl",
  "cm",
  "cn",
  "co",
  "cr",
  "cu",
  "cv",
  "cw",
  "cx",
  "cy",
  "cz",
  "de",
  "dj",
  "dk",
  "dm",
  "do",
  "dz",
  "ec",
  "ee",
  "eg",
  "eh",
  "er",
  "es",
  "et",
  "fi",
  "fj",
  "fk",
  "fm",
  "fo",
  "fr",
  "ga",
  "gb",
  "gd",
  "ge",
  "gf",
  "gg",
  "gh",
  "gi",
  "gl",
  "gm",
  "gn",
  "gp",
  "gq",
  "gr",
  "gs",
  "gt",
  "gu",
  "gw",
  "gy",
  "hk",
  "hm",
  "hn",
  "hr",
  "ht",
  "hu",
  "id",
  "ie",
  "il",
  "im",
  "in",
  "io",
  "iq",
  "ir",
  "is",
  "it",
  "je",
  "jm",
  "jo",
  "jp",
  "ke",
  "kg",
  "kh",
  "ki",
  "km",
  "kn",
  "kp",
  "kr",
  "kw",
  "ky",
  "kz",
  "la",
  "lb",
  "lc",
  "li",
  "lk",
  "lr",
  "ls",
  "lt",
  "lu",
  "lv",
  "ly",
  "ma",
  "mc",
  "md",
  "me",
  "mf",
  "mg",
  "mh",
  "mk",
  "ml",
  "mm",
  "mn",
  "mo",
  "mp",
  "mq",
  "mr",
  "ms",
  "mt",
  "mu",
  "mv",
  "mw",
  "mx",
  "my",
  "mz",
  "na",
  "nc",
  "ne",
  "nf",
  "ng",
  "ni",
  "nl",
  "no",
  "np",
  "nr",
  "nu",
  "nz",
  "om",
  "pa",
  "pe",
  "pf",
  "pg",
  "ph",
  "pk",
  "pl",
  "pm",
  "pn",
  "pr",
  "ps",
  "pt",
  "pw",
  "py",
  "qa",
  "re",
  "ro",
  "rs",
  "ru",
  "rw",
  "sa",
  "sb",
  "sc",
  "sd",
  "se",
  "sg",
  "sh",
  "si",
  "sj",
  "sk",
  "sl",
  "sm",
  "sn",
  "so",
  "sr",
  "ss",
  "st",
  "sv",
  "sx",
  "sy",
  "sz",
  "tc",
  "td",
  "tf",
  "tg",
  "th",
  "tj",
  "tk",
  "tl",
  "tm",
  "tn",
  "to",
  "tr",
  "tt",
  "tv",
  "tw",
  "tz",
  "ua",
  "ug",
  "um",
  "us",
  "uy",
  "uz",
  "va",
  "vc",
  "ve",
  "vg",
  "vi",
  "vn",
  "vu",
  "wf",
  "ws",
  "ye",
  "yt",
  "za",
  "zm",
  "zw"
];
var ALPHA3_TO_ALPHA2 = {
  afg: "af",
  ala: "ax",
  alb: "al",
  dza: "dz",
  asm: "as",
  and: "ad",
  ago: "ao",
  aia: "ai",
  ata: "aq",
  atg: "ag",
  arg: "ar",
  arm: "am",
  abw: "aw",
  aus: "au",
  aut: "at",
  aze: "az",
  bhs: "bs",
  bhr: "bh",
  bgd: "bd",
  brb: "bb",
  blr: "by",
  bel: "be",
  blz: "bz",
  ben: "bj",
  bmu: "bm",
  btn: "bt",
  bol: "bo",
  bes: "bq",
  bih: "ba",
  bwa: "bw",
  bvt: "bv",
  bra: "br",
  iot: "io",
  brn: "bn",
  bgr: "bg",
  bfa: "bf",
  bdi: "bi",
  cpv: "cv",
  khm: "kh",
  cmr: "cm",
  can: "ca",
  cym: "ky",
  caf: "cf",
  tcd: "td",
  chl: "cl",
  chn: "cn",
  cxr: "cx",
  cck: "cc",
  col: "co",
  com: "km",
  cog: "cg",
  cod: "cd",
  cok: "ck",
  cri: "cr",
  civ: "ci",
  hrv: "hr",
  cub: "cu",
  cuw: "cw",
  cyp: "cy",
  cze: "cz",
  dnk: "dk",
  dji: "dj",
  dma: "dm",
  dom: "do",
  ecu: "ec",
  egy: "eg",
  slv: "sv",
  gnq: "gq",
  eri: "er",
  est: "ee",
  eth: "et",
  flk: "fk",
  fro: "fo",
  fji: "fj",
  fin: "fi",
  fra: "fr",
  guf: "gf",
  pyf: "pf",
  atf: "tf",
  gab: "ga",
  gmb: "gm",
  geo: "ge",
  deu: "de",
  gha: "gh",
  gib: "gi",
  grc: "gr",
  grl: "gl",
  grd: "gd",
  glp: "gp",
  gum: "gu",
  gtm: "gt",
  ggy: "gg",
  gin: "gn",
  gnb: "gw",
  guy: "gy",
  hti: "ht",
  hmd: "hm",
  vat: "va",
  hnd: "hn",
  hkg: "hk",
  hun: "hu",
  isl: "is",
  ind: "in",
  idn: "id",
  irn: "ir",
  irq: "iq",
  irl: "ie",
  imn: "im",
  isr: "il",
  ita: "it",
  jam: "jm",
  jpn: "jp",
  jey: "je",
  jor: "jo",
  kaz: "kz",
  ken: "ke",
  kir: "ki",
  prk: "kp",
  kor: "kr",
  kwt: "kw",
  kgz: "kg",
  lao: "la",
  lva: "lv",
  lbn: "lb",
  lso: "ls",
  lbr: "lr",
  lby: "ly",
  lie: "li",
  ltu: "lt",
  lux: "lu",
  mac: "mo",
  mkd: "mk",
  mdg: "mg",
  mwi: "mw",
  mys: "my",
  mdv: "mv",
  mli: "ml",
  mlt: "mt",
  mhl: "mh",
  mtq: "mq",
  mrt: "mr",
  mus: "mu",
  myt: "yt",
  mex: "mx",
  fsm: "fm",
  mda: "md",
  mco: "mc",
  mng: "mn",
  mne: "me",
  msr: "ms",
  mar: "ma",
  moz: "mz",
  mmr: "mm",
  nam: "na",
  nru: "nr",
  npl: "np",
  nld: "nl",
  ncl: "nc",
  nzl: "nz",
  nic: "ni",
  ner: "ne",
  nga: "ng",
  niu: "nu",
  nfk: "nf",
  mnp: "mp",
  nor: "no",
  omn: "om",
  pak: "pk",
  plw: "pw",
  pse: "ps",
  pan: "pa",
  png: "pg",
  pry: "py",
  per: "pe",
  phl: "ph",
  pcn: "pn",
  pol: "pl",
  prt: "pt",
  pri: "pr",
  qat: "qa",
  reu: "re",
  rou: "ro",
  rus: "ru",
  rwa: "rw",
  blm: "bl",
  shn: "sh",
  kna: "kn",
  lca: "lc",
  maf: "mf",
  spm: "pm",
  vct: "vc",
  wsm: "ws",
  smr: "sm",
  stp: "st",
  sau: "sa",
  sen: "sn",
  srb: "rs",
  syc: "sc",
  sle: "sl",
  sgp: "sg",
  sxm: "sx",
  svk: "sk",
  svn: "si",
  slb: "sb",
  som: "so",
  zaf: "za",
  sgs: "gs",
  ssd: "ss",
  esp: "es",
  lka: "lk",
  sdn: "sd",
  sur: "sr",
  sjm: "sj",
  swz: "sz",
  swe: "se",
  che: "ch",
  syr: "sy",
  twn: "tw",
  tjk: "tj",
  tza: "tz",
  tha: "th",
  tls: "tl",
  tgo: "tg",
  tkl: "tk",
  ton: "to",
  tto: "tt",
  tun: "tn",
  tur: "tr",
  tkm: "tm",
  tca: "tc",
  tuv: "tv",
  uga: "ug",
  ukr: "ua",
  are: "ae",
  gbr: "gb",
  usa: "us",
  umi: "um",
  ury: "uy",
  uzb: "uz",
  vut: "vu",
  ven: "ve",
  vnm: "vn",
  vgb: "vg",
  vir: "vi",
  wlf: "wf",
  esh: "eh",
  yem: "ye",
  zmb: "zm",
  zwe: "zw",
  uae: "ae",
  ksa: "sa",
  rsa: "za",
  prc: "cn",
  drc: "cd"
};
var COUNTRY_NAMES = {
  afghanistan: "af",
  alandislands: "ax",
  albania: "al",
  alemania: "de",
  algeria: "dz",
  allemagne: "de",
  america: "us",
  americansamoa: "as",
  andorra: "ad",
  angola: "ao",
  anguilla: "ai",
  antarctica: "aq",
  antiguaandbarbuda: "ag",
  aotearoa: "nz",
  argentina: "ar",
  armenia: "am",
  aruba: "aw",
  australia: "au",
  austria: "at",
  autriche: "at",
  azerbaijan: "az",
  bahamas: "bs",
  bahrain: "bh",
  bangladesh: "bd",
  barbados: "bb",
  belarus: "by",
  belgie: "be",
  belgien: "be",
  belgique: "be",
  belgium: "be",
  belgië: "be",
  belize: "bz",
  benin: "bj",
  bermuda: "bm",
  bharat: "in",
  bhutan: "bt",
  bolivarianrepublicofvenezuela: "ve",
  bolivia: "bo",
  boliviaplurinationalstateof: "bo",
  bonaire: "bq",
  bonairesinteustatiusandsaba: "bq",
  bosniaandherzegovina: "ba",
  botswana: "bw",
  bouvetisland: "bv",
  brasil: "br",
  brasilien: "br",
  brazil: "br",
  bresil: "br",
  britain: "gb",
  britishindianoceanterritory: "io",
  britishvirginislands: "vg",
  brunei: "bn",
  bruneidarussalam: "bn",
  brésil: "br",
  bulgaria: "bg",
  burkinafaso: "bf",
  burma: "mm",
  burundi: "bi",
  caboverde: "cv",
  cambodia: "kh",
  cameroon: "cm",
  canada: "ca",
  capeverde: "cv",
  caymanislands: "ky",
  centralafricanrepublic: "cf",
  cesko: "cz",
  chad: "td",
  chile: "cl",
  china: "cn",
  christmasisland: "cx",
  cocosislands: "cc",
  cocoskeelingislands: "cc",
  colombia: "co",
  comoros: "km",
  congo: "cg",
  congobrazzaville: "cg",
  congokinshasa: "cd",
  congothedemocraticrepublicofthe: "cd",
  cookislands: "ck",
  costarica: "cr",
  cotedivoire: "ci",
  croatia: "hr",
  cuba: "cu",
  curacao: "cw",
  curaçao: "cw",
  cyprus: "cy",
  czechia: "cz",
  czechrepublic: "cz",
  côtedivoire: "ci",
  danemark: "dk",
  danmark: "dk",
  democraticpeoplesrepublicofkorea: "kp",
  democraticrepublicofthecongo: "cd",
  denmark: "dk",
  deutschland: "de",
  djibouti: "dj",
  dominica: "dm",
  dominicanrepublic: "do",
  drcongo: "cd",
  duitsland: "de",
  dänemark: "dk",
  easttimor: "tl",
  ecuador: "ec",
  egypt: "eg",
  eire: "ie",
  ellada: "gr",
  elsalvador: "sv",
  emirates: "ae",
  england: "gb",
  equatorialguinea: "gq",
  eritrea: "er",
  espagne: "es",
  espana: "es",
  españa: "es",
  estadosunidos: "us",
  estonia: "ee",
  etatsunis: "us",
  ethiopia: "et",
  falklandislands: "fk",
  falklandislandsmalvinas: "fk",
  faroeislands: "fo",
  federatedstatesofmicronesia: "fm",
  fiji: "fj",
  finland: "fi",
  finnland: "fi",
  france: "fr",
  francia: "fr",
  frankreich: "fr",
  frankrijk: "fr",
  frenchguiana: "gf",
  frenchpolynesia: "pf",
  frenchsouthernterritories: "tf",
  gabon: "ga",
  gambia: "gm",
  georgia: "ge",
  germania: "de",
  germany: "de",
  ghana: "gh",
  gibraltar: "gi",
  greatbritain: "gb",
  grece: "gr",
  greece: "gr",
  greenland: "gl",
  grenada: "gd",
  griechenland: "gr",
  grèce: "gr",
  guadeloupe: "gp",
  guam: "gu",
  guatemala: "gt",
  guernsey: "gg",
  guinea: "gn",
  guineabissau: "gw",
  guyana: "gy",
  haiti: "ht",
  heardislandandmcdonaldislands: "hm",
  hellas: "gr",
  holland: "nl",
  holysee: "va",
  holyseevaticancitystate: "va",
  honduras: "hn",
  hongkong: "hk",
  hongkongsar: "hk",
  hungary: "hu",
  iceland: "is",
  india: "in",
  indonesia: "id",
  iran: "ir",
  iranislamicrepublicof: "ir",
  iraq: "iq",
  ireland: "ie",
  irland: "ie",
  irlande: "ie",
  islamicrepublicofiran: "ir",
  isleofman: "im",
  israel: "il",
  italia: "it",
  italie: "it",
  italien: "it",
  italy: "it",
  ivorycoast: "ci",
  jamaica: "jm",
  japan: "jp",
  jersey: "je",
  jordan: "jo",
  kazakhstan: "kz",
  kenya: "ke",
  kiribati: "ki",
  korea: "kr",
  koreademocraticpeoplesrepublicof: "kp",
  korearepublicof: "kr",
  kuwait: "kw",
  kyrgyzstan: "kg",
  laopeoplesdemocraticrepublic: "la",
  laos: "la",
  latvia: "lv",
  lebanon: "lb",
  lesotho: "ls",
  liberia: "lr",
  libya: "ly",
  liechtenstein: "li",
  lithuania: "lt",
  luxembourg: "lu",
  macao: "mo",
  macaosar: "mo",
  macau: "mo",
  macedonia: "mk",
  macedoniatheformeryugoslavrepublicof: "mk",
  madagascar: "mg",
  magyarorszag: "hu",
  magyarország: "hu",
  malawi: "mw",
  malaysia: "my",
  maldives: "mv",
  mali: "ml",
  malta: "mt",
  marshallislands: "mh",
  martinique: "mq",
  mauritania: "mr",
  mauritius: "mu",
  mayotte: "yt",
  mexico: "mx",
  micronesia: "fm",
  micronesiafederatedstatesof: "fm",
  moldova: "md",
  moldovarepublicof: "md",
  monaco: "mc",
  mongolia: "mn",
  montenegro: "me",
  montserrat: "ms",
  morocco: "ma",
  mozambique: "mz",
  myanmar: "mm",
  méxico: "mx",
  namibia: "na",
  nauru: "nr",
  nederland: "nl",
  nepal: "np",
  netherlands: "nl",
  newcaledonia: "nc",
  newzealand: "nz",
  nicaragua: "ni",
  niederlande: "nl",
  niger: "ne",
  nigeria: "ng",
  nihon: "jp",
  nippon: "jp",
  niue: "nu",
  norfolkisland: "nf",
  norge: "no",
  northernireland: "gb",
  northernmarianaislands: "mp",
  northkorea: "kp",
  northmacedonia: "mk",
  norvege: "no",
  norvège: "no",
  norway: "no",
  norwegen: "no",
  oman: "om",
  osterreich: "at",
  paisesbajos: "nl",
  pakistan: "pk",
  palau: "pw",
  palestine: "ps",
  palestinestateof: "ps",
  panama: "pa",
  papuanewguinea: "pg",
  paraguay: "py",
  paysbas: "nl",
  paísesbajos: "nl",
  peoplesrepublicofchina: "cn",
  peru: "pe",
  philippines: "ph",
  pitcairn: "pn",
  plurinationalstateofbolivia: "bo",
  poland: "pl",
  polen: "pl",
  pologne: "pl",
  polska: "pl",
  portugal: "pt",
  puertorico: "pr",
  qatar: "qa",
  reinounido: "gb",
  republicofkorea: "kr",
  republicofmoldova: "md",
  republicofnorthmacedonia: "mk",
  republicofthecongo: "cg",
  reunion: "re",
  romania: "ro",
  royaumeuni: "gb",
  russia: "ru",
  russianfederation: "ru",
  russie: "ru",
  russland: "ru",
  rwanda: "rw",
  réunion: "re",
  saintbarthelemy: "bl",
  saintbarthélemy: "bl",
  sainthelena: "sh",
  sainthelenaascensionandtristandacunha: "sh",
  saintkittsandnevis: "kn",
  saintlucia: "lc",
  saintmartin: "mf",
  saintmartinfrenchpart: "mf",
  saintpierreandmiquelon: "pm",
  saintvincentandthegrenadines: "vc",
  samoa: "ws",
  sanmarino: "sm",
  saotomeandprincipe: "st",
  saudiarabia: "sa",
  schweden: "se",
  schweiz: "ch",
  scotland: "gb",
  senegal: "sn",
  serbia: "rs",
  seychelles: "sc",
  sierraleone: "sl",
  singapore: "sg",
  sintmaarten: "sx",
  sintmaartendutchpart: "sx",
  slovakia: "sk",
  slovenia: "si",
  slovensko: "sk",
  slowakei: "sk",
  solomonislands: "sb",
  somalia: "so",
  southafrica: "za",
  southgeorgiaandthesouthsandwichislands: "gs",
  southkorea: "kr",
  southsudan: "ss",
  spagna: "es",
  spain: "es",
  spanien: "es",
  spanje: "es",
  srilanka: "lk",
  stateofpalestine: "ps",
  sudan: "sd",
  suede: "se",
  suisse: "ch",
  suiza: "ch",
  suomi: "fi",
  suriname: "sr",
  suède: "se",
  svalbardandjanmayen: "sj",
  sverige: "se",
  svizzera: "ch",
  swaziland: "sz",
  sweden: "se",
  switzerland: "ch",
  syria: "sy",
  syrianarabrepublic: "sy",
  taiwan: "tw",
  taiwanprovinceofchina: "tw",
  tajikistan: "tj",
  tanzania: "tz",
  tanzaniaunitedrepublicof: "tz",
  thailand: "th",
  thenetherlands: "nl",
  timorleste: "tl",
  togo: "tg",
  tokelau: "tk",
  tonga: "to",
  trinidadandtobago: "tt",
  tschechien: "cz",
  tunisia: "tn",
  turkei: "tr",
  turkey: "tr",
  turkiye: "tr",
  turkmenistan: "tm",
  turksandcaicosislands: "tc",
  turquie: "tr",
  tuvalu: "tv",
  türkei: "tr",
  türkiye: "tr",
  uganda: "ug",
  ukraine: "ua",
  ungarn: "hu",
  unitedarabemirates: "ae",
  unitedkingdom: "gb",
  unitedkingdomofgreatbritainandnorthernireland: "gb",
  unitedrepublicoftanzania: "tz",
  unitedstates: "us",
  unitedstatesminoroutlyingislands: "um",
  unitedstatesofamerica: "us",
  uruguay: "uy",
  usvirginislands: "vi",
  uzbekistan: "uz",
  vanuatu: "vu",
  vatican: "va",
  vaticancity: "va",
  venezuela: "ve",
  venezuelabolivarianrepublicof: "ve",
  vereinigteskonigreich: "gb",
  vereinigteskönigreich: "gb",
  vereinigtestaaten: "us",
  vietnam: "vn",
  virginislandsbritish: "vg",
  virginislandsoftheunitedstates: "vi",
  virginislandsus: "vi",
  wales: "gb",
  wallisandfutuna: "wf",
  westernsahara: "eh",
  yemen: "ye",
  zambia: "zm",
  zimbabwe: "zw",
  ålandislands: "ax",
  éire: "ie",
  étatsunis: "us",
  österreich: "at",
  česko: "cz"
};

// template-src/user-data/normalize-country.ts
var ALPHA2_ALIASES = { uk: "gb" };
function normalizeCountry(value) {
  const text2 = removeCharacters(compactLowercase(value), DIGITS2);
  const alias = lookup(ALPHA2_ALIASES, text2);
  if (alias !== undefined) return alias;
  if (text2.length === 2) return ALPHA2_CODES.indexOf(text2) >= 0 ? text2 : undefined;
  const alpha3 = text2.length === 3 ? lookup(ALPHA3_TO_ALPHA2, text2) : undefined;
  return alpha3 !== undefined ? alpha3 : lookup(COUNTRY_NAMES, text2);
}

// template-src/user-data/normalize-date-of-birth.ts
var MONTHS = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12
};
var DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
var OLDEST_YEAR = 1900;
function normalizeDateOfBirth(value, currentYear) {
  const tokens = tokenize(value.toLowerCase());
  const numbers = tokens.numbers;
  let date;
  if (tokens.month > 0) {
    date = numbers.length >= 2 ? dayAndYearAround(tokens.month, numbers[0], numbers[1]) : undefined;
  } else if (numbers.length === 1 && tokens.lengths[0] === 8) {
    date = compactDate(tokens.digits[0]);
  } else if (numbers.length >= 3) {
    date = orderedDate(numbers[0], numbers[1], numbers[2], tokens.lengths);
  }
  return date !== undefined && isPossible(date, currentYear) ? formatDate(date) : undefined;
}
function tokenize(text2) {
  const tokens = { numbers: [], digits: [], lengths: [], month: 0 };
  let run = "";
  let word = "";
  for (let i = 0; i <= text2.length; i++) {
    const character = text2.charAt(i);
    if (character !== "" && DIGITS2.indexOf(character) >= 0) {
      run += character;
    } else if (run !== "") {
      tokens.digits.push(run);
      tokens.numbers.push(makeNumber(run));
      tokens.lengths.push(run.length);
      run = "";
    }
    if (character !== "" && LATIN_LOWERCASE.indexOf(character) >= 0) {
      word += character;
    } else if (word !== "") {
      const month = word.length >= 3 ? lookup(MONTHS, word.substring(0, 3)) : undefined;
      if (month !== undefined && tokens.month === 0) tokens.month = month;
      word = "";
    }
  }
  return tokens;
}
function dayAndYearAround(month, first, second) {
  if (first > 31) return [first, month, second];
  if (second > 31) return [second, month, first];
  return undefined;
}
function compactDate(digits) {
  const asYearFirst = [
    makeNumber(digits.substring(0, 4)),
    makeNumber(digits.substring(4, 6)),
    makeNumber(digits.substring(6, 8))
  ];
  if (asYearFirst[0] >= OLDEST_YEAR) return asYearFirst;
  const first = makeNumber(digits.substring(0, 2));
  const second = makeNumber(digits.substring(2, 4));
  const year = makeNumber(digits.substring(4, 8));
  return first > 12 ? [year, second, first] : [year, first, second];
}
function orderedDate(n1, n2, n3, lengths) {
  if (n1 > 31) return n2 > 12 ? [n1, n3, n2] : [n1, n2, n3];
  if (lengths[2] < 4) return undefined;
  return n1 > 12 ? [n3, n2, n1] : [n3, n1, n2];
}
function isPossible(date, currentYear) {
  const year = date[0];
  const month = date[1];
  const day = date[2];
  if (year < OLDEST_YEAR || year > currentYear || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && year % 100 !== 0 || year % 400 === 0;
  const days = month === 2 && !leap ? 28 : DAYS_IN_MONTH[month - 1];
  return day <= days;
}
function formatDate(date) {
  return date[0] + twoDigits(date[1]) + twoDigits(date[2]);
}
function twoDigits(n) {
  return n < 10 ? "0" + n : "" + n;
}

// template-src/user-data/normalize-email.ts
var LOCAL_PART_CHARACTERS = LATIN_LOWERCASE + DIGITS2 + "!#$%&'*+/=?^_`{|}~-";
var DOMAIN_CHARACTERS = LATIN_LOWERCASE + DIGITS2 + "-";
function normalizeEmail(value) {
  const email = value.trim().toLowerCase();
  const at = email.indexOf("@");
  if (email.length > 254 || at < 1 || at > 64 || email.lastIndexOf("@") !== at) return undefined;
  const local = email.substring(0, at).split(".");
  const domain = email.substring(at + 1).split(".");
  const localOk = local.every((atom) => atom.length > 0 && consistsOf(atom, LOCAL_PART_CHARACTERS));
  return localOk && domain.length >= 2 && domain.every(isDomainLabel) ? email : undefined;
}
function isDomainLabel(label) {
  return label.length > 0 && label.length <= 63 && consistsOf(label, DOMAIN_CHARACTERS) && label.charAt(0) !== "-" && label.charAt(label.length - 1) !== "-";
}

// template-src/user-data/normalize-external-id.ts
function normalizeExternalId(value) {
  return value.trim();
}

// template-src/user-data/normalize-gender.ts
var MALE = "m";
var FEMALE = "f";
var GENDER_WORDS = {
  m: MALE,
  male: MALE,
  man: MALE,
  men: MALE,
  boy: MALE,
  boys: MALE,
  mr: MALE,
  mister: MALE,
  sir: MALE,
  gentleman: MALE,
  guy: MALE,
  lad: MALE,
  fellow: MALE,
  chap: MALE,
  bloke: MALE,
  dude: MALE,
  he: MALE,
  him: MALE,
  his: MALE,
  himself: MALE,
  son: MALE,
  father: MALE,
  dad: MALE,
  daddy: MALE,
  papa: MALE,
  uncle: MALE,
  nephew: MALE,
  brother: MALE,
  husband: MALE,
  boyfriend: MALE,
  groom: MALE,
  widower: MALE,
  king: MALE,
  prince: MALE,
  duke: MALE,
  count: MALE,
  emperor: MALE,
  god: MALE,
  lord: MALE,
  masculine: MALE,
  männlich: MALE,
  maennlich: MALE,
  mann: MALE,
  herr: MALE,
  homme: MALE,
  masculin: MALE,
  hombre: MALE,
  masculino: MALE,
  maschio: MALE,
  uomo: MALE,
  maschile: MALE,
  mannelijk: MALE,
  f: FEMALE,
  female: FEMALE,
  woman: FEMALE,
  women: FEMALE,
  girl: FEMALE,
  girls: FEMALE,
  mrs: FEMALE,
  ms: FEMALE,
  miss: FEMALE,
  madam: FEMALE,
  maam: FEMALE,
  lady: FEMALE,
  dame: FEMALE,
  she: FEMALE,
  her: FEMALE,
  hers: FEMALE,
  herself: FEMALE,
  daughter: FEMALE,
  mother: FEMALE,
  mom: FEMALE,
  mama: FEMALE,
  mommy: FEMALE,
  aunt: FEMALE,
  niece: FEMALE,
  sister: FEMALE,
  wife: FEMALE,
  girlfriend: FEMALE,
  bride: FEMALE,
  widow: FEMALE,
  queen: FEMALE,
  princess: FEMALE,
  duchess: FEMALE,
  countess: FEMALE,
  empress: FEMALE,
  goddess: FEMALE,
  maiden: FEMALE,
  lass: FEMALE,
  gal: FEMALE,
  chick: FEMALE,
  belle: FEMALE,
  feminine: FEMALE,
  weiblich: FEMALE,
  frau: FEMALE,
  femme: FEMALE,
  féminin: FEMALE,
  feminin: FEMALE,
  mujer: FEMALE,
  femenino: FEMALE,
  femmina: FEMALE,
  donna: FEMALE,
  femminile: FEMALE,
  vrouw: FEMALE,
  vrouwelijk: FEMALE
};
function normalizeGender(value) {
  return lookup(GENDER_WORDS, compactLowercase(value));
}

// template-src/user-data/normalize-name.ts
function normalizeName(value) {
  return compactLowercase(value);
}

// template-src/user-data/normalize-phone.ts
var EXTENSION_MARKERS = "x#;,";
function normalizePhone(value, defaultCountryCode2) {
  let text2 = value.trim();
  if (text2.indexOf("@") >= 0) return undefined;
  text2 = withoutExtension(text2.toLowerCase()).split("(0)").join("");
  const digits = keepCharacters(text2, DIGITS2);
  let number;
  if (startsWithPlus(text2)) {
    number = withoutLeadingZeros(digits);
  } else if (digits.indexOf("00") === 0) {
    number = withoutLeadingZeros(digits.substring(2));
  } else {
    number = nationalToInternational(digits, defaultCountryCode2);
  }
  return number.length >= 7 && number.length <= 15 ? number : undefined;
}
function nationalToInternational(digits, countryCode) {
  const national = withoutLeadingZeros(digits);
  const hadTrunkPrefix = national.length < digits.length;
  if (countryCode === "" || !hadTrunkPrefix && national.indexOf(countryCode) === 0) {
    return national;
  }
  return countryCode + national;
}
function startsWithPlus(text2) {
  for (let i = 0; i < text2.length; i++) {
    const character = text2.charAt(i);
    if (character === "+") return true;
    if (DIGITS2.indexOf(character) >= 0) return false;
  }
  return false;
}
function withoutLeadingZeros(digits) {
  let start = 0;
  while (start < digits.length && digits.charAt(start) === "0") start++;
  return digits.substring(start);
}
function withoutExtension(text2) {
  let seenDigit = false;
  for (let i = 0; i < text2.length; i++) {
    const character = text2.charAt(i);
    if (seenDigit && EXTENSION_MARKERS.indexOf(character) >= 0) return text2.substring(0, i);
    if (DIGITS2.indexOf(character) >= 0) seenDigit = true;
  }
  return text2;
}
function parseCountryCallingCode(value) {
  let text2 = value.trim();
  if (text2.charAt(0) === "+") text2 = text2.substring(1);
  else if (text2.indexOf("00") === 0) text2 = text2.substring(2);
  if (text2.length > 3 || keepCharacters(text2, DIGITS2) !== text2 || text2.charAt(0) === "0") {
    return undefined;
  }
  return text2;
}

// template-src/user-data/state-codes.ts
var STATE_CODES = {
  alabama: "al",
  alaska: "ak",
  arizona: "az",
  arkansas: "ar",
  california: "ca",
  colorado: "co",
  connecticut: "ct",
  delaware: "de",
  districtofcolumbia: "dc",
  washingtondc: "dc",
  florida: "fl",
  georgia: "ga",
  hawaii: "hi",
  idaho: "id",
  illinois: "il",
  indiana: "in",
  iowa: "ia",
  kansas: "ks",
  kentucky: "ky",
  louisiana: "la",
  maine: "me",
  maryland: "md",
  massachusetts: "ma",
  michigan: "mi",
  minnesota: "mn",
  mississippi: "ms",
  missouri: "mo",
  montana: "mt",
  nebraska: "ne",
  nevada: "nv",
  newhampshire: "nh",
  newjersey: "nj",
  newmexico: "nm",
  newyork: "ny",
  northcarolina: "nc",
  northdakota: "nd",
  ohio: "oh",
  oklahoma: "ok",
  oregon: "or",
  pennsylvania: "pa",
  rhodeisland: "ri",
  southcarolina: "sc",
  southdakota: "sd",
  tennessee: "tn",
  texas: "tx",
  utah: "ut",
  vermont: "vt",
  virginia: "va",
  washington: "wa",
  westvirginia: "wv",
  wisconsin: "wi",
  wyoming: "wy",
  americansamoa: "as",
  guam: "gu",
  northernmarianaislands: "mp",
  puertorico: "pr",
  usvirginislands: "vi",
  unitedstatesvirginislands: "vi",
  alberta: "ab",
  britishcolumbia: "bc",
  colombiebritannique: "bc",
  manitoba: "mb",
  newbrunswick: "nb",
  nouveaubrunswick: "nb",
  newfoundlandandlabrador: "nl",
  newfoundland: "nl",
  terreneuveetlabrador: "nl",
  northwestterritories: "nt",
  territoiresdunordouest: "nt",
  novascotia: "ns",
  nouvelleécosse: "ns",
  nouvelleecosse: "ns",
  nunavut: "nu",
  ontario: "on",
  princeedwardisland: "pe",
  îleduprinceédouard: "pe",
  ileduprinceedouard: "pe",
  quebec: "qc",
  québec: "qc",
  saskatchewan: "sk",
  yukon: "yt"
};

// template-src/user-data/normalize-state.ts
var ALLOWED_AROUND_NAME = [
  "",
  "state",
  "stateof",
  "province",
  "provinceof",
  "us",
  "usa",
  "canada"
];
function normalizeState(value) {
  const subdivision = isoSubdivisionCode(value.trim().toLowerCase());
  if (subdivision !== undefined) return subdivision;
  const text2 = removeCharacters(compactLowercase(value), DIGITS2);
  if (text2.length <= 2) return text2;
  const code2 = lookup(STATE_CODES, text2);
  return code2 !== undefined ? code2 : codeOfNameWithin(text2);
}
function isoSubdivisionCode(text2) {
  const country = text2.substring(0, 3);
  const code2 = text2.substring(3);
  const isCode = text2.length === 5 && consistsOf(code2, LATIN_LOWERCASE);
  return isCode && (country === "us-" || country === "ca-") ? code2 : undefined;
}
function codeOfNameWithin(text2) {
  let best = "";
  let bestCode = text2;
  for (const name in STATE_CODES) {
    if (!STATE_CODES.hasOwnProperty(name)) continue;
    const at = text2.indexOf(name);
    if (at < 0 || name.length <= best.length) continue;
    const code2 = STATE_CODES[name];
    const rest = text2.substring(0, at) + text2.substring(at + name.length);
    if (rest === code2 || ALLOWED_AROUND_NAME.indexOf(rest) >= 0) {
      best = name;
      bestCode = code2;
    }
  }
  return bestCode;
}

// template-src/user-data/normalize-zip.ts
function normalizeZip(value) {
  const text2 = value.toLowerCase();
  const zip = removeCharacters(text2, WHITESPACE + ASCII_PUNCTUATION + UNICODE_PUNCTUATION);
  if (zip.length < 2) return undefined;
  return isZipPlusFour(zip, text2) ? zip.substring(0, 5) : zip;
}
function isZipPlusFour(zip, text2) {
  if (zip.length !== 9 || !consistsOf(zip, DIGITS2)) return false;
  const groups = digitGroupLengths(text2);
  return groups === "9" || groups === "5,4";
}
function digitGroupLengths(text2) {
  const lengths = [];
  let run = 0;
  for (let i = 0; i <= text2.length; i++) {
    if (i < text2.length && DIGITS2.indexOf(text2.charAt(i)) >= 0) {
      run++;
    } else if (run > 0) {
      lengths.push(run);
      run = 0;
    }
  }
  return lengths.join(",");
}

// template-src/user-data/normalize-user-value.ts
var MAX_VALUE_LENGTH2 = 256;
var MAX_RAW_VALUE_LENGTH = 1024;
var MAX_VALUES_PER_KEY2 = 10;
var INVALID_REASONS = {
  em: "not a valid email address",
  ph: "not a phone number with 7 to 15 digits",
  zp: "not a postal code",
  country: "not a country name or ISO code",
  ge: "not a gender (m or f)",
  db: "not a date of birth"
};
function normalizeUserValue(key, raw, options, problems, source) {
  const context = {
    key: key,
    options: options,
    problems: problems,
    source: source,
    values: [],
    truncated: false,
    reported: []
  };
  if (typeOf(raw) === "array") {
    raw.forEach((element) => addValue(context, element, true));
  } else {
    addValue(context, raw, false);
  }
  return context.values;
}
function addValue(context, raw, inList) {
  if (context.truncated) return;
  const text2 = asText(context, raw, inList);
  if (text2 === undefined || text2 === "") return;
  const limit = sentRaw(context) ? MAX_RAW_VALUE_LENGTH : MAX_VALUE_LENGTH2;
  if (text2.length > limit) {
    report(context, "longer than " + limit + " characters");
    return;
  }
  const value = finalValue(context, text2);
  if (value === undefined || context.values.indexOf(value) >= 0) return;
  if (context.values.length >= MAX_VALUES_PER_KEY2) {
    if (!context.truncated) report(context, "more than " + MAX_VALUES_PER_KEY2 + " values");
    context.truncated = true;
    return;
  }
  context.values.push(value);
}
function asText(context, raw, inList) {
  const type = typeOf(raw);
  if (type === "string") return raw.trim();
  if (type === "number") {
    if (raw - raw === 0) return makeString(raw);
    report(context, "a number that is not finite");
  } else if (type === "array" && inList) {
    report(context, "a list inside a list");
  } else if (type === "object" || type === "array" || type === "function" || type === "boolean") {
    report(context, "a value of type " + type + ", not text");
  }
  return undefined;
}
function sentRaw(context) {
  const key = context.key;
  return NEVER_HASHED_KEYS.indexOf(key) >= 0 || key === "external_id" && !context.options.hashExternalId;
}
function finalValue(context, text2) {
  const key = context.key;
  if (sentRaw(context)) return rawValue(context, text2);
  if (isSha256Hex(text2)) return text2.toLowerCase();
  if (isParameterBuilderHash(text2)) return text2.substring(0, 64).toLowerCase() + text2.substring(64);
  const normalized = normalizeByKey(key, text2, context.options);
  if (normalized === undefined) {
    report(context, INVALID_REASONS.hasOwnProperty(key) ? INVALID_REASONS[key] : "not usable");
    return undefined;
  }
  if (normalized === "") {
    report(context, "nothing left after normalization");
    return undefined;
  }
  return sha256Hex(normalized);
}
function rawValue(context, text2) {
  const key = context.key;
  if (key === "client_ip_address") {
    const ip = cleanIp(text2);
    if (ip === undefined) report(context, "not an IPv4 or IPv6 address");
    return ip;
  }
  if ((key === "fbc" || key === "fbp") && !isClickId(text2)) {
    report(context, "not in the fb.<subdomain index>.<time>.<id> format");
    return undefined;
  }
  return text2;
}
function normalizeByKey(key, text2, options) {
  switch (key) {
    case "em":
      return normalizeEmail(text2);
    case "ph":
      return normalizePhone(text2, options.defaultCountryCode);
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
      return normalizeDateOfBirth(text2, options.currentYear);
    case "external_id":
      return normalizeExternalId(text2);
  }
  return undefined;
}
function report(context, reason) {
  if (context.reported.indexOf(reason) >= 0) return;
  context.reported.push(reason);
  reportProblem(
    context.problems,
    "user_data." + context.key,
    "from " + context.source + ": " + reason
  );
}

// template-src/user-data/user-data-sources.ts
var USER_DATA_SOURCES = {
  em: [
    "x-fb-ud-em",
    "user_data.email_address",
    "user_data.email",
    "email",
    "email_address",
    "user_data.sha256_email_address"
  ],
  ph: ["x-fb-ud-ph", "user_data.phone_number", "user_data.phone", "phone", "phone_number"],
  fn: [
    "x-fb-ud-fn",
    "user_data.address[].first_name",
    "user_data.first_name",
    "first_name",
    "firstName",
    "user_data.address[].sha256_first_name"
  ],
  ln: [
    "x-fb-ud-ln",
    "user_data.address[].last_name",
    "user_data.last_name",
    "last_name",
    "lastName",
    "user_data.address[].sha256_last_name"
  ],
  ct: ["x-fb-ud-ct", "user_data.address[].city", "user_data.city", "city"],
  st: ["x-fb-ud-st", "user_data.address[].region", "user_data.region", "region", "state"],
  zp: [
    "x-fb-ud-zp",
    "user_data.address[].postal_code",
    "user_data.postal_code",
    "postal_code",
    "zip"
  ],
  country: ["x-fb-ud-country", "user_data.address[].country", "user_data.country", "country"],
  ge: ["x-fb-ud-ge", "user_data.gender", "gender"],
  db: ["x-fb-ud-db", "user_data.date_of_birth", "date_of_birth", "db"],
  external_id: ["x-fb-ud-external_id", "user_data.external_id", "external_id", "user_id", "userId"],
  subscription_id: ["x-fb-ud-subscription_id", "subscription_id"],
  fb_login_id: [
    "x-fb-ud-fb-login-id",
    "x-fb-ud-fb_login_id",
    "user_data.fb_login_id",
    "fb_login_id"
  ],
  lead_id: ["x-fb-ud-lead_id", "lead_id"],
  anon_id: ["x-fb-ud-anon_id", "anon_id"],
  madid: ["x-fb-ud-madid", "madid"],
  page_id: ["x-fb-ud-page_id"],
  page_scoped_user_id: ["x-fb-ud-page_scoped_user_id", "page_scoped_user_id"],
  ctwa_clid: ["x-fb-ud-ctwa_clid", "ctwa_clid"],
  ig_account_id: ["x-fb-ud-ig_account_id", "ig_account_id"],
  ig_sid: ["x-fb-ud-ig_sid", "ig_sid"]
};
var USER_DATA_EVENT_KEYS = eventKeysOf(USER_DATA_SOURCES);
function eventKeysOf(sources) {
  const keys = [];
  for (const name in sources) {
    if (!sources.hasOwnProperty(name)) continue;
    sources[name].forEach((path) => {
      const key = eventKeyOf(path);
      if (keys.indexOf(key) < 0) keys.push(key);
    });
  }
  return keys;
}

// template-src/user-data/build-user-data.ts
var MS_PER_YEAR = 31556952000;
var TABLE_SOURCE2 = "the user data table";
var OBJECT_SOURCE2 = "the user data variable";
function buildUserData(eventData, fields, problems) {
  const options = {
    defaultCountryCode: defaultCountryCode(fields.phoneDefaultCountryCode, problems),
    currentYear: 1970 + Math.floor(getTimestampMillis() / MS_PER_YEAR),
    hashExternalId: fields.hashExternalId !== false
  };
  const table = tableValues2(fields.userDataList, problems);
  const object = objectValues(fields.userDataObject, problems);
  const autoMap = fields.autoMapUserData !== false && typeOf(eventData) === "object";
  const userData = {};
  USER_DATA_KEYS.forEach((key) => {
    const sources = autoMap && lookup(USER_DATA_SOURCES, key) || [];
    let values = firstUsable(key, lookup(table, key), options, problems, TABLE_SOURCE2);
    if (values.length === 0) {
      values = firstUsable(key, lookup(object, key), options, problems, OBJECT_SOURCE2);
    }
    for (let i = 0; values.length === 0 && i < sources.length; i++) {
      const found = readEventPath(eventData, sources[i]);
      if (found.length > 0) values = firstUsable(key, found, options, problems, sources[i]);
    }
    if (values.length === 0) return;
    if (values.length > 1 && NEVER_HASHED_KEYS.indexOf(key) >= 0) {
      reportProblem(problems, "user_data." + key, "takes one value; the first was kept");
      userData[key] = values[0];
    } else {
      userData[key] = values.length === 1 ? values[0] : values;
    }
  });
  return userData;
}
function firstUsable(key, raw, options, problems, source) {
  return raw === undefined ? [] : normalizeUserValue(key, raw, options, problems, source);
}
function defaultCountryCode(value, problems) {
  const type = typeOf(value);
  if (type !== "string" && type !== "number") return "";
  const code2 = parseCountryCallingCode(makeString(value));
  if (code2 !== undefined) return code2;
  reportProblem(
    problems,
    "user_data.ph",
    "the default phone country code is not 1-3 digits; ignored"
  );
  return "";
}
function tableValues2(rows, problems) {
  const values = {};
  if (typeOf(rows) !== "array") return values;
  rows.forEach((row) => {
    const name = typeOf(row) === "object" ? row.name : undefined;
    if (name === undefined || name === "" || !isUserDataKey(name, problems, TABLE_SOURCE2)) return;
    if (!values.hasOwnProperty(name)) values[name] = [];
    values[name].push(row.value);
  });
  return values;
}
function objectValues(value, problems) {
  const values = {};
  if (value === undefined || value === null || value === "") return values;
  const object = typeOf(value) === "string" ? JSON.parse(value) : value;
  const type = typeOf(object);
  if (type !== "object") {
    reportProblem(problems, "user_data", OBJECT_SOURCE2 + " is not an object; ignored");
    return values;
  }
  Object.keys(object).forEach((name) => {
    if (isUserDataKey(name, problems, OBJECT_SOURCE2)) values[name] = object[name];
  });
  return values;
}
function isUserDataKey(name, problems, source) {
  if (typeOf(name) === "string" && USER_DATA_KEYS.indexOf(name) >= 0) return true;
  const shown = typeOf(name) === "string" ? '"' + name.substring(0, 40) + '"' : "a key";
  reportProblem(
    problems,
    "user_data",
    source + " names " + shown + ", not a user_data key; ignored"
  );
  return false;
}

// template-src/validate/custom-data.ts
var LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
function asNumber(value) {
  if (isFiniteNumber(value)) return value;
  if (!isString(value)) return undefined;
  const text2 = value.trim();
  const unsigned = text2.charAt(0) === "-" ? text2.substring(1) : text2;
  const parts = unsigned.split(".");
  if (parts.length > 2 || !isDigits(parts[0]) || parts.length === 2 && !isDigits(parts[1])) {
    return undefined;
  }
  return makeNumber(text2);
}
function isId(value) {
  return isString(value) && value.trim() !== "" || isFiniteNumber(value);
}
function isCurrency(value) {
  if (!isString(value) || value.length !== 3) return false;
  const upper = value.toUpperCase();
  for (let i = 0; i < 3; i++) {
    if (LETTERS.indexOf(upper.charAt(i)) < 0) return false;
  }
  return true;
}
function cleanContents(value, problems) {
  if (!isArray(value)) {
    reportProblem(problems, "custom_data.contents", "not a list; dropped");
    return undefined;
  }
  const rows = [];
  for (const row of value) {
    if (!isObject(row) || !isId(own(row, "id"))) {
      reportProblem(
        problems,
        "custom_data.contents",
        "row without an id dropped (Meta rejects it)"
      );
      continue;
    }
    const clean = {};
    for (const key of Object.keys(row)) {
      const numeric = key === "quantity" || key === "item_price";
      const n = numeric ? asNumber(row[key]) : undefined;
      if (numeric && n === undefined) {
        reportProblem(problems, "custom_data.contents." + key, "not a number; dropped");
      } else {
        clean[key] = numeric ? n : row[key];
      }
    }
    rows.push(clean);
  }
  return rows.length > 0 ? rows : undefined;
}
function cleanField(key, value, problems) {
  const at = "custom_data." + key;
  const fail = (reason) => {
    reportProblem(problems, at, reason + "; dropped");
    return undefined;
  };
  switch (key) {
    case "value":
    case "net_revenue":
    case "predicted_ltv": {
      const n = asNumber(value);
      return n === undefined ? fail("not a number") : n;
    }
    case "num_items": {
      const n = asNumber(value);
      return n === undefined || n < 0 || Math.floor(n) !== n ? fail("not a whole number") : n;
    }
    case "currency":
      return isCurrency(value) ? value.toUpperCase() : fail("not a 3-letter ISO 4217 code");
    case "content_type":
      return CONTENT_TYPES.indexOf(value) >= 0 ? value : fail("not a known content_type");
    case "delivery_category":
      return DELIVERY_CATEGORIES.indexOf(value) >= 0 ? value : fail("not in_store, curbside or home_delivery");
    case "customer_segmentation":
      return CUSTOMER_SEGMENTATION_VALUES.indexOf(value) >= 0 ? value : fail("not a known segment");
    case "content_ids": {
      if (!isArray(value)) return fail("not a list");
      const ids = value.filter(isId);
      if (ids.length < value.length)
        reportProblem(problems, at, "entries that are not ids dropped");
      return ids.length > 0 ? ids : undefined;
    }
    case "contents":
      return cleanContents(value, problems);
    default:
      return value;
  }
}
function validateCustomData(customData, problems) {
  if (customData === undefined) return undefined;
  if (!isObject(customData)) {
    reportProblem(problems, "custom_data", "not an object; dropped");
    return undefined;
  }
  const clean = {};
  for (const key of Object.keys(customData)) {
    if (customData[key] === undefined) continue;
    const value = cleanField(key, customData[key], problems);
    if (value !== undefined) clean[key] = value;
  }
  return clean;
}

// template-src/validate/user-data.ts
function nonEmptyText(value) {
  return isString(value) && value.trim() !== "" || isFiniteNumber(value);
}
function rawIdentifier(value) {
  if (!nonEmptyText(value)) return false;
  const text2 = makeString(value).toLowerCase();
  return !(text2.length === 64 && isLowerHex(text2));
}
function checkFor(key) {
  if (HASHED_USER_KEYS.indexOf(key) >= 0) return isHashedValue;
  if (EITHER_USER_KEYS.indexOf(key) >= 0) return nonEmptyText;
  if (key === "client_ip_address") return isIp;
  if (key === "fbc" || key === "fbp") return isClickId;
  if (key === "client_user_agent") return nonEmptyText;
  if (PLAIN_USER_KEYS.indexOf(key) >= 0) return rawIdentifier;
  return undefined;
}
function acceptsList(key) {
  return HASHED_USER_KEYS.indexOf(key) >= 0 || EITHER_USER_KEYS.indexOf(key) >= 0;
}
function cleanValue2(key, value, check, problems) {
  const at = "user_data." + key;
  if (!isArray(value)) {
    if (check(value)) return value;
    reportProblem(
      problems,
      at,
      acceptsList(key) ? "not a valid hashed value; dropped" : "invalid value; dropped"
    );
    return undefined;
  }
  if (!acceptsList(key)) {
    reportProblem(problems, at, "a list where one value belongs; dropped");
    return undefined;
  }
  const kept = value.filter((v) => check(v));
  if (kept.length < value.length)
    reportProblem(problems, at, value.length - kept.length + " invalid entries dropped");
  return kept.length > 0 ? kept : undefined;
}
function isWeakOnly(keys) {
  for (const weakKeys of WEAK_KEY_SETS) {
    if (keys.every((k) => weakKeys.indexOf(k) >= 0)) return true;
  }
  return false;
}
function validateUserData(userData, problems) {
  const clean = {};
  if (isObject(userData)) {
    for (const key of Object.keys(userData)) {
      const value = userData[key];
      if (value === undefined) continue;
      const check = checkFor(key);
      if (check === undefined) {
        reportProblem(
          problems,
          "user_data." + key,
          "not a customer information parameter; dropped"
        );
        continue;
      }
      const kept = cleanValue2(key, value, check, problems);
      if (kept !== undefined) clean[key] = kept;
    }
  } else if (userData !== undefined) {
    reportProblem(problems, "user_data", "not an object; dropped");
  }
  const keys = Object.keys(clean);
  if (keys.length > 0 && isWeakOnly(keys)) {
    reportProblem(
      problems,
      "user_data",
      "only keys Meta deems insufficient on their own (v13.0 baseline)"
    );
  }
  return clean;
}

// template-src/validate/server-event.ts
var FUTURE_SKEW_SECONDS = 60;
function fatal(state, key, reason) {
  reportProblem(state.problems, key, reason);
  state.sendable = false;
  return undefined;
}
function dropped(state, key, reason) {
  reportProblem(state.problems, key, reason + "; dropped");
  return undefined;
}
function checkEventName(value, state) {
  if (!isString(value) || value.trim() === "")
    return fatal(state, "event_name", "missing or not text");
  if (STANDARD_EVENT_NAMES.indexOf(value) < 0 && value.length > CUSTOM_EVENT_NAME_MAX) {
    reportProblem(
      state.problems,
      "event_name",
      "custom name longer than " + CUSTOM_EVENT_NAME_MAX + " characters"
    );
  }
  return value;
}
function checkEventTime(value, actionSource, nowMs, state) {
  if (!isFiniteNumber(value) || Math.floor(value) !== value || value <= 0) {
    return fatal(state, "event_time", "not a whole number of seconds");
  }
  const now = Math.floor(nowMs / 1000);
  if (value > now + FUTURE_SKEW_SECONDS)
    reportProblem(state.problems, "event_time", "in the future (milliseconds?)");
  if (now - value > maxEventAgeSeconds(actionSource)) {
    return fatal(state, "event_time", "older than Meta accepts (whole request would be rejected)");
  }
  return value;
}
function checkDpo(value, state) {
  if (!isArray(value) || !value.every((v) => v === "LDU")) {
    return dropped(state, "data_processing_options", 'not [] or ["LDU"]');
  }
  return value;
}
function checkCode(key, value, allowed, state) {
  return allowed.indexOf(value) >= 0 ? value : dropped(state, key, "not " + allowed.join(" or "));
}
function checkOriginal(value, state) {
  if (!isObject(value)) return dropped(state, "original_event_data", "not an object");
  const clean = {};
  for (const key of Object.keys(value)) {
    if (ORIGINAL_EVENT_DATA_KEYS.indexOf(key) >= 0) clean[key] = value[key];
    else dropped(state, "original_event_data." + key, "not a parameter of original_event_data");
  }
  return clean;
}
function checkKey(key, value, event, nowMs, state) {
  switch (key) {
    case "event_name":
      return checkEventName(value, state);
    case "event_time":
      return checkEventTime(value, own(event, "action_source"), nowMs, state);
    case "action_source":
      return ACTION_SOURCES.indexOf(value) >= 0 ? value : fatal(state, key, "not a valid action_source");
    case "user_data":
      return validateUserData(value, state.problems);
    case "custom_data":
      return validateCustomData(value, state.problems);
    case "event_source_url":
    case "referrer_url":
      return isHttpUrl(value) ? value : dropped(state, key, "not an absolute http(s) URL");
    case "opt_out":
    case "advertiser_tracking_enabled":
      return value === true || value === false ? value : dropped(state, key, "not a boolean");
    case "event_id":
      if (isFiniteNumber(value)) return makeString(value);
      return isString(value) && value !== "" ? value : dropped(state, key, "not a non-empty string");
    case "data_processing_options":
      return checkDpo(value, state);
    case "data_processing_options_country":
      return checkCode(key, value, [0, 1], state);
    case "data_processing_options_state":
      return checkCode(key, value, [0, 1000], state);
    case "messaging_channel":
      return MESSAGING_CHANNELS.indexOf(value) >= 0 ? value : dropped(state, key, "not a known channel");
    case "customer_segmentation":
      return CUSTOMER_SEGMENTATION_VALUES.indexOf(value) >= 0 ? value : dropped(state, key, "not a known segment");
    case "original_event_data":
      return checkOriginal(value, state);
    default:
      return isObject(value) ? value : dropped(state, key, "not an object");
  }
}
function checkRequirements(event, state) {
  for (const key of ["event_name", "event_time", "action_source"]) {
    if (event[key] !== undefined) continue;
    state.sendable = false;
    if (!hasProblem(state, key)) reportProblem(state.problems, key, "missing");
  }
  const userData = own(event, "user_data");
  if (!isObject(userData) || Object.keys(userData).length === 0) {
    fatal(state, "user_data", "no customer information parameter left");
  }
  const source = event.action_source;
  const ud = isObject(userData) ? userData : {};
  if (source === "website") {
    if (event.event_source_url === undefined)
      reportProblem(state.problems, "event_source_url", "required for website events");
    if (ud.client_user_agent === undefined) {
      reportProblem(state.problems, "user_data.client_user_agent", "required for website events");
    }
  }
  if (source === "app") {
    const app = own(event, "app_data");
    if (own(app, "advertiser_tracking_enabled") === undefined || !isArray(own(app, "extinfo"))) {
      reportProblem(
        state.problems,
        "app_data",
        "app events need advertiser_tracking_enabled and extinfo"
      );
    }
  }
  if (source === "business_messaging" && event.messaging_channel === undefined) {
    reportProblem(state.problems, "messaging_channel", "required for business_messaging");
  }
  const dpo = own(event, "data_processing_options");
  if (isArray(dpo) && dpo.length > 0) {
    for (const key of ["data_processing_options_country", "data_processing_options_state"]) {
      if (event[key] === undefined) reportProblem(state.problems, key, "required with LDU");
    }
  }
}
function hasProblem(state, key) {
  return state.problems.some((p) => p.key === key);
}
function validateServerEvent(event, nowMs) {
  const state = { problems: [], sendable: true };
  const clean = {};
  if (!isObject(event)) {
    fatal(state, "event", "not an object");
    return { event: clean, problems: state.problems, sendable: false };
  }
  for (const key of Object.keys(event)) {
    const value = event[key];
    if (value === undefined) continue;
    if (SERVER_EVENT_KEYS.indexOf(key) < 0) {
      dropped(state, key, "not a server event parameter");
      continue;
    }
    const checked2 = value === null ? dropped(state, key, "null") : checkKey(key, value, event, nowMs, state);
    if (checked2 !== undefined) clean[key] = checked2;
  }
  checkRequirements(clean, state);
  return { event: clean, problems: state.problems, sendable: state.sendable };
}

// template-src/main.ts
function setCookies(cookies) {
  for (const c of cookies) setCookie(c.name, c.value, c.options);
}
function runTag(fields) {
  const log = createLogger(fields);
  const delivery = readDeliveryConfig(fields);
  if (delivery.config === undefined) {
    log.problems("config", delivery.problems);
    data.gtmOnFailure();
    return;
  }
  const eventData = readEventData();
  const problems = [];
  const consent = decideConsent(eventData, fields, problems);
  if (!consent.allowed) {
    log.problems("consent", problems);
    log.write("not_sent", { reason: consent.reason });
    data.gtmOnSuccess();
    return;
  }
  const name = resolveEventName(eventData, fields);
  if (name.blocked !== undefined) {
    log.write("not_sent", { reason: name.blocked });
    data.gtmOnSuccess();
    return;
  }
  if (name.invalid !== undefined) {
    log.problems(name.invalid.key === "event_name" ? "event" : "config", [name.invalid]);
    log.write("not_sent", { reason: "no event name Meta would accept" });
    data.gtmOnFailure();
    return;
  }
  const now = getTimestampMillis();
  const eventFields = buildEventFields(eventData, fields, now, problems);
  if (eventFields.drop !== undefined) {
    log.problems("event", problems);
    log.write("not_sent", { event_name: name.name, reason: eventFields.drop });
    data.gtmOnFailure();
    return;
  }
  const identity = resolveIdentity(
    eventData,
    fields,
    { fbc: getCookieValues(FBC_COOKIE), fbp: getCookieValues(FBP_COOKIE) },
    now,
    problems
  );
  const userData = identity.userData;
  const configured = buildUserData(eventData, fields, problems);
  for (const key in configured) {
    if (configured.hasOwnProperty(key)) userData[key] = configured[key];
  }
  const enhancement = applyEventEnhancement(
    userData,
    fields,
    getCookieValues(ENHANCEMENT_COOKIE),
    now,
    problems
  );
  const event = { event_name: name.name };
  for (const key in eventFields.fields) {
    if (eventFields.fields.hasOwnProperty(key)) event[key] = eventFields.fields[key];
  }
  event.user_data = enhancement.userData;
  const customData = buildCustomData(eventData, fields, name.name, problems);
  if (Object.keys(customData).length > 0) event.custom_data = customData;
  const checked2 = validateServerEvent(event, now);
  log.protect(rawIdentifiers(event.user_data));
  log.problems("event", problems.concat(checked2.problems));
  if (!checked2.sendable) {
    log.write("not_sent", { event_name: name.name, reason: "Meta would reject this event" });
    data.gtmOnFailure();
    return;
  }
  if (consent.cookiesAllowed !== false) {
    setCookies(identity.cookiesToSet.concat(enhancement.cookiesToSet));
  }
  deliver(
    { event: checked2.event, eventTestCode: eventData.test_event_code },
    delivery.config,
    log,
    {
      onSuccess: data.gtmOnSuccess,
      onFailure: data.gtmOnFailure
    }
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
                "string": "action_source"
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
                "string": "fb_login_id"
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
                "string": "ip_override"
              },
              {
                "type": 1,
                "string": "items"
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
                "string": "x-fb-ud-zp"
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
        '{"tag":"meta-capi","type":"not_sent","reason":"ad_storage denied (x-ga-gcs)"}'
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
        '{"tag":"meta-capi","type":"not_sent","reason":"event \\"PageView\\" is on the block-list"}'
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
- name: Events - a Purchase without value or currency is logged as a problem and still sent
  code: |-
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
      assertThat(event.event_name).isEqualTo('Purchase');
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


