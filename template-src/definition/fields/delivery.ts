/** Fields for where and how events are sent: pixels, tokens, API version, timeout, retries. */
import {
  DEFAULT_API_VERSION,
  DEFAULT_RETRIES,
  DEFAULT_TIMEOUT_MS,
  DELIVERY_BUDGET_MS,
  DELIVERY_MARGIN_MS,
  MAX_RETRIES,
  maxTimeoutMs,
  MIN_TIMEOUT_MS,
} from '../../delivery/defaults';
import type { SelectItem, TemplateParameter, ValueValidator } from '../gtm-types';
import { integerRangePattern } from './integer-range';

/** A literal value, or a GTM variable reference such as {{Meta Pixel ID}}. */
const orVariable = (pattern: string) => '^(' + pattern + '|\\{\\{.+\\}\\})$';

const retriesText = (n: number) => (n === 0 ? 'no retry' : n === 1 ? '1 retry' : n + ' retries');

const retryItems: SelectItem[] = [];
for (let n = 0; n <= MAX_RETRIES; n++) {
  const text = retriesText(n);
  retryItems.push({ value: '' + n, displayValue: text.charAt(0).toUpperCase() + text.slice(1) });
}

/** One timeout range per retries choice: all attempts together must fit the delivery budget. */
const timeoutValidators: ValueValidator[] = retryItems.map((item, n) => ({
  type: 'REGEX',
  args: [orVariable('\\s*' + integerRangePattern(MIN_TIMEOUT_MS, maxTimeoutMs(n)) + '\\s*')],
  errorMessage:
    'With ' +
    retriesText(n) +
    ', enter a whole number of milliseconds from ' +
    MIN_TIMEOUT_MS +
    ' to ' +
    maxTimeoutMs(n) +
    '.',
  enablingConditions: [{ paramName: 'retries', paramValue: item.value, type: 'EQUALS' }],
}));

/** The bound per retries choice, for the help texts. */
const timeoutBounds = retryItems
  .map((_item, n) => maxTimeoutMs(n) + ' ms with ' + retriesText(n))
  .join(', ');

export const deliveryFields: TemplateParameter[] = [
  {
    type: 'SIMPLE_TABLE',
    name: 'pixels',
    displayName: 'Meta pixels (datasets)',
    help:
      'One row per pixel (dataset) that should receive the event. Find the ID and generate an ' +
      'access token in Events Manager › your dataset › Settings › Conversions API. The event ' +
      'is sent to every row that takes it; the tag succeeds only if each of those accepts it. ' +
      "A row's own lists (Meta event names separated by commas, as in the tag's lists) let one " +
      "tag serve several brands' datasets: a row skips events not on its allow-list or on its " +
      'block-list, and the log says so. The token is ' +
      'sent in the request body, never in a URL or a log. Fill in the app secret proof only if ' +
      "your Meta app requires one: the hex HMAC-SHA256 of that row's token keyed with the app " +
      'secret (each token has its own proof).',
    newRowButtonText: 'Add pixel',
    valueValidators: [{ type: 'NON_EMPTY', errorMessage: 'Add at least one pixel.' }],
    simpleTableColumns: [
      {
        name: 'pixelId',
        displayName: 'Pixel (dataset) ID',
        type: 'TEXT',
        defaultValue: '',
        isUnique: true,
        valueHint: '123456789012345',
        valueValidators: [{ type: 'NON_EMPTY' }],
      },
      {
        name: 'accessToken',
        displayName: 'Access token',
        type: 'TEXT',
        defaultValue: '',
        valueValidators: [{ type: 'NON_EMPTY' }],
      },
      {
        name: 'appSecretProof',
        displayName: 'App secret proof (optional)',
        type: 'TEXT',
        defaultValue: '',
        valueHint: 'only if your app requires it',
      },
      {
        name: 'testEventCode',
        displayName: 'Test event code (optional)',
        type: 'TEXT',
        defaultValue: '',
        valueHint: 'TEST12345',
      },
      {
        name: 'allowEvents',
        displayName: 'Only these events (optional)',
        type: 'TEXT',
        defaultValue: '',
        valueHint: 'Purchase, Lead',
      },
      {
        name: 'blockEvents',
        displayName: 'Never these events (optional)',
        type: 'TEXT',
        defaultValue: '',
        valueHint: 'PageView',
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
      'code of its own; a <code>test_event_code</code> in the event data is used only when ' +
      'neither has one. Events sent with a test code still count in production: remove it ' +
      'when you are done.',
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
          ' ms. GTM gives a tag at most 5 seconds to finish its requests, so all attempts ' +
          'together plus ' +
          DELIVERY_MARGIN_MS +
          ' ms must fit in ' +
          DELIVERY_BUDGET_MS +
          ' ms: from ' +
          MIN_TIMEOUT_MS +
          ' ms to ' +
          timeoutBounds +
          '.',
        valueValidators: timeoutValidators,
      },
      {
        type: 'SELECT',
        name: 'retries',
        displayName: 'Retries',
        simpleValueType: true,
        defaultValue: '' + DEFAULT_RETRIES,
        selectItems: retryItems,
        help:
          'Sends the event again, right away, when Meta is temporarily unavailable: a timeout, ' +
          'a network failure, a server error (5xx), a rate limit or an error Meta marks as ' +
          'transient. Never for errors that would fail again, such as an invalid parameter ' +
          '(code 100) or an invalid token (code 190). More retries allow a shorter timeout ' +
          '(see Request timeout).',
      },
      {
        type: 'CHECKBOX',
        name: 'optimisticSuccess',
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
