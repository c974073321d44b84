/** The log switch: when the tag writes its one-line JSON logs. */
import { DEFAULT_LOG_MODE } from '../../log/modes';
import type { TemplateParameter } from '../gtm-types';

export const loggingFields: TemplateParameter[] = [
  {
    type: 'GROUP',
    name: 'loggingSettings',
    displayName: 'Logs',
    groupStyle: 'ZIPPY_CLOSED',
    subParams: [
      {
        type: 'SELECT',
        name: 'logMode',
        displayName: 'Write logs',
        simpleValueType: true,
        defaultValue: DEFAULT_LOG_MODE,
        selectItems: [
          { value: 'debug', displayValue: 'In Preview and debug mode only' },
          { value: 'always', displayValue: 'Always (also in production)' },
          { value: 'off', displayValue: 'Never' },
        ],
        help:
          'One JSON line per request and per response: event name, pixel, HTTP status, events ' +
          "received, Meta's error code, subcode, message and fbtrace_id, and which match keys " +
          'were sent. Tokens and raw personal data never appear. "Always" writes to your ' +
          "server's logs (e.g. Cloud Logging) for every event.",
      },
    ],
  },
];
