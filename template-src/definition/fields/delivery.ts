/** Fields for where and how events are sent: pixels, tokens, API version, timeout, retries. */
import {
  DEFAULT_API_VERSION,
  DEFAULT_RETRIES,
  DEFAULT_TIMEOUT_MS,
  MAX_RETRIES,
  MAX_TIMEOUT_MS,
  MIN_TIMEOUT_MS,
} from '../../delivery/defaults';
import type { SelectItem, TemplateParameter } from '../gtm-types';

/** A literal value, or a GTM variable reference such as {{Meta Pixel ID}}. */
const orVariable = (pattern: string) => '^(' + pattern + '|\\{\\{.+\\}\\})$';

const retryItems: SelectItem[] = [];
for (let n = 0; n <= MAX_RETRIES; n++) {
  retryItems.push({
    value: '' + n,
    displayValue: n === 0 ? 'No retry' : n === 1 ? '1 retry' : n + ' retries',
  });
}

export const deliveryFields: TemplateParameter[] = [
  {
    type: 'SIMPLE_TABLE',
    name: 'pixels',
    displayName: 'Meta pixels (datasets)',
    help:
      'One row per pixel (dataset) that should receive the event. Find the ID and generate an ' +
      'access token in Events Manager › your dataset › Settings › Conversions API. The event ' +
      'is sent to every row; the tag succeeds only if every pixel accepts it. The token is ' +
      'sent in the request body, never in a URL or a log. Fill in the app secret proof only if ' +
      "your Meta app requires one: the hex HMAC-SHA256 of that row's token keyed with the app " +
      'secret (each token has its own proof).',
    newRowButtonText: 'Add pixel',
    alwaysInSummary: true,
    valueValidators: [{ type: 'NON_EMPTY', errorMessage: 'Add at least one pixel.' }],
    simpleTableColumns: [
      {
        name: 'pixelId',
        displayName: 'Pixel (dataset) ID',
        type: 'TEXT',
        isUnique: true,
        valueHint: '123456789012345',
        valueValidators: [
          { type: 'NON_EMPTY' },
          {
            type: 'REGEX',
            args: [orVariable('\\s*[0-9]+\\s*')],
            errorMessage: 'The pixel ID contains digits only.',
          },
        ],
      },
      {
        name: 'accessToken',
        displayName: 'Access token',
        type: 'TEXT',
        valueValidators: [{ type: 'NON_EMPTY' }],
      },
      {
        name: 'appSecretProof',
        displayName: 'App secret proof (optional)',
        type: 'TEXT',
        valueHint: 'only if your app requires it',
        valueValidators: [
          {
            type: 'REGEX',
            args: [orVariable('\\s*([0-9a-fA-F]{64})?\\s*')],
            errorMessage:
              "The app secret proof is 64 hexadecimal characters: HMAC-SHA256 of this row's " +
              'access token, keyed with your app secret.',
          },
        ],
      },
      {
        name: 'testEventCode',
        displayName: 'Test event code (optional)',
        type: 'TEXT',
        valueHint: 'TEST12345',
      },
    ],
  },
  {
    type: 'TEXT',
    name: 'testEventCode',
    displayName: 'Test event code',
    simpleValueType: true,
    valueHint: 'TEST12345',
    help:
      'Shows the events in Events Manager › Test Events. Used for every pixel that has no test ' +
      'code of its own; a <code>test_event_code</code> in the event data takes precedence. ' +
      'Events sent with a test code still count in production: remove it when you are done.',
  },
  {
    type: 'GROUP',
    name: 'deliverySettings',
    displayName: 'Delivery settings',
    groupStyle: 'ZIPPY_CLOSED',
    subParams: [
      {
        type: 'TEXT',
        name: 'apiVersion',
        displayName: 'Graph API version',
        simpleValueType: true,
        defaultValue: DEFAULT_API_VERSION,
        help:
          'The Meta Graph API version the events are sent to, like <code>' +
          DEFAULT_API_VERSION +
          '</code>. Each version works for at least two years after its release; change it ' +
          'only if Meta asks you to.',
        valueValidators: [
          {
            type: 'REGEX',
            args: [orVariable('\\s*[vV]?[0-9]{1,3}\\.[0-9]{1,2}\\s*')],
            errorMessage: 'Write the version like ' + DEFAULT_API_VERSION + '.',
          },
        ],
      },
      {
        type: 'TEXT',
        name: 'requestTimeoutMs',
        displayName: 'Request timeout (milliseconds)',
        simpleValueType: true,
        defaultValue: '' + DEFAULT_TIMEOUT_MS,
        help:
          'How long to wait for Meta before giving up on one attempt. Meta answers most ' +
          'requests in under 600 ms and recommends ' +
          DEFAULT_TIMEOUT_MS +
          ' ms. From ' +
          MIN_TIMEOUT_MS +
          ' to ' +
          MAX_TIMEOUT_MS +
          '.',
        valueValidators: [
          {
            type: 'REGEX',
            args: [orVariable('\\s*[0-9]+\\s*')],
            errorMessage: 'Enter a whole number of milliseconds.',
          },
        ],
      },
      {
        type: 'SELECT',
        name: 'retries',
        displayName: 'Retries',
        defaultValue: '' + DEFAULT_RETRIES,
        selectItems: retryItems,
        help:
          'Sends the event again, right away, when Meta is temporarily unavailable: a timeout, ' +
          'a network failure, a server error (5xx), a rate limit or an error Meta marks as ' +
          'transient. Never for errors that would fail again, such as an invalid parameter ' +
          '(code 100) or an invalid token (code 190).',
      },
      {
        type: 'CHECKBOX',
        name: 'optimisticSuccess',
        displayName: 'Optimistic mode',
        checkboxText: 'Report success without waiting for Meta (optimistic)',
        simpleValueType: true,
        defaultValue: false,
        help:
          'The tag reports success at once and the request carries on in the background, so ' +
          'the tag never delays the response. Failures then show only in the logs, not in ' +
          'the tag status.',
      },
    ],
  },
];
