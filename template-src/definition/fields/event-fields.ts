/** Fields for the event's own details: where it happened and its deduplication ID. */
import type { TemplateParameter } from '../gtm-types';

export const eventFieldsFields: TemplateParameter[] = [
  {
    type: 'GROUP',
    name: 'eventDetailsGroup',
    displayName: 'Event details',
    groupStyle: 'ZIPPY_CLOSED',
    subParams: [
      {
        type: 'SELECT',
        name: 'actionSource',
        displayName: 'Action source',
        simpleValueType: true,
        macrosInSelect: true,
        defaultValue: 'website',
        selectItems: [
          { value: 'website', displayValue: 'Website' },
          { value: 'app', displayValue: 'App' },
          { value: 'email', displayValue: 'Email' },
          { value: 'phone_call', displayValue: 'Phone call' },
          { value: 'chat', displayValue: 'Chat' },
          { value: 'physical_store', displayValue: 'Physical store' },
          { value: 'system_generated', displayValue: 'System generated' },
          { value: 'business_messaging', displayValue: 'Business messaging' },
          { value: 'other', displayValue: 'Other' },
        ],
        help: 'Where the conversion happened. A valid <code>action_source</code> in the event takes precedence. Events older than 7 days (62 for physical store) are not sent, because Meta rejects them.',
      },
      {
        type: 'SELECT',
        name: 'messagingChannel',
        displayName: 'Messaging channel',
        simpleValueType: true,
        defaultValue: 'whatsapp',
        selectItems: [
          { value: 'whatsapp', displayValue: 'WhatsApp' },
          { value: 'messenger', displayValue: 'Messenger' },
          { value: 'instagram', displayValue: 'Instagram' },
        ],
        enablingConditions: [
          { paramName: 'actionSource', paramValue: 'business_messaging', type: 'EQUALS' },
        ],
        help: 'Required by Meta for business messaging events. A valid <code>messaging_channel</code> in the event takes precedence.',
      },
      {
        type: 'TEXT',
        name: 'eventIdOverride',
        displayName: 'Event ID',
        simpleValueType: true,
        valueHint: '{{Event ID}}',
        help: 'Meta removes duplicates when the browser Pixel and this tag send the same event ID. By default the tag reads <code>event_id</code>, then <code>x-fb-event_id</code> from the event. If your ID is elsewhere, pick a variable here (for example an Event Data variable) that returns the ID your Pixel sends as eventID; not the order number unless the Pixel uses it too.',
      },
    ],
  },
];
