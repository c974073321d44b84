/**
 * Fields for the event's own details: where it happened, its
 * deduplication ID, the server data overrides and, for app events, app_data.
 */
import type { TemplateParameter } from '../gtm-types';
import { APP_DATA_KEYS, SERVER_DATA_KEYS } from '../../meta/spec';

const names = (keys: readonly string[]) => keys.map((key) => ({ value: key, displayValue: key }));

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
          { value: 'crm', displayValue: 'CRM (system generated, marked as from a CRM)' },
        ],
        help: 'Where the conversion happened. A valid <code>action_source</code> in the event takes precedence. Events older than 7 days (62 for physical store) are not sent, because Meta rejects them. Events that do not come from a browser (everything but Website) get no browser IDs: no fbp is generated, no fbc is built from a URL, no cookie is written. <b>CRM</b> sends system_generated events with <code>event_source: "crm"</code> and the Lead event source below in custom_data, as Meta\'s CRM integration asks.',
      },
      {
        type: 'TEXT',
        name: 'leadEventSource',
        displayName: 'Lead event source',
        simpleValueType: true,
        valueHint: 'HubSpot',
        valueValidators: [{ type: 'NON_EMPTY' }],
        enablingConditions: [{ paramName: 'actionSource', paramValue: 'crm', type: 'EQUALS' }],
        help: 'The name of the CRM the events come from, sent as <code>lead_event_source</code>.',
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
        help: 'Meta removes duplicates when the browser Pixel and this tag send the same event ID. By default the tag reads <code>event_id</code>, then <code>x-fb-event_id</code> from the event. If your ID is elsewhere, pick a variable here (for example an Event Data variable) that returns the ID your Pixel sends as eventID; not the order number unless the Pixel uses it too. An event without any ID gets one derived from its name and order ID (else client ID, name and time), so that a resent copy is de-duplicated; the log says so.',
      },
      {
        type: 'CHECKBOX',
        name: 'autoMapServerData',
        checkboxText: 'Read the event fields from the event',
        simpleValueType: true,
        defaultValue: true,
        help: 'Reads <code>event_time</code>, <code>page_location</code> (event_source_url), <code>page_referrer</code> (referrer_url), <code>action_source</code>, <code>messaging_channel</code>, <code>opt_out</code>, <code>original_event_data</code>, <code>attribution_data</code> (AppendAttribution only) and, for app events, <code>app_data</code> and the Firebase fields. Untick to take them only from the table below and the fields above; the event ID is still read.',
      },
      {
        type: 'SIMPLE_TABLE',
        name: 'serverDataList',
        displayName: 'Event field overrides',
        simpleTableColumns: [
          {
            name: 'name',
            displayName: 'Field',
            type: 'SELECT',
            selectItems: names(SERVER_DATA_KEYS),
            isUnique: true,
            defaultValue: '',
          },
          {
            name: 'value',
            displayName: 'Value',
            type: 'TEXT',
            valueHint: '{{Order time}}',
            defaultValue: '',
          },
        ],
        newRowButtonText: 'Add event field',
        help: 'Values set here win over the event and the fields above; an empty value sets nothing. event_time takes Unix seconds or milliseconds or an ISO-8601 date-time; the URLs must be absolute http(s); opt_out true or false; customer_segmentation is sent in custom_data.',
      },
      {
        type: 'GROUP',
        name: 'appDataGroup',
        displayName: 'App data (app events)',
        groupStyle: 'ZIPPY_CLOSED',
        subParams: [
          {
            type: 'TEXT',
            name: 'appDataObject',
            displayName: 'App data from a variable',
            simpleValueType: true,
            valueHint: '{{App data object}}',
            help: 'A variable that returns an app_data object, for example <code>{"advertiser_tracking_enabled": 1, "extinfo": ["i2", "com.example.app", "2.1", "2.1.0", "17.4"]}</code>.',
          },
          {
            type: 'SIMPLE_TABLE',
            name: 'appDataList',
            displayName: 'App data overrides',
            simpleTableColumns: [
              {
                name: 'name',
                displayName: 'Key',
                type: 'SELECT',
                selectItems: names(APP_DATA_KEYS),
                isUnique: true,
                defaultValue: '',
              },
              {
                name: 'value',
                displayName: 'Value',
                type: 'TEXT',
                valueHint: '1',
                defaultValue: '',
              },
            ],
            newRowButtonText: 'Add app data',
            help: "Values set here win over the variable and the event. Meta requires app_data for app events: advertiser_tracking_enabled (1 or 0) and extinfo (a list of up to 16 texts: a2 or i2, package name, short and long version, OS version, device model, locale, ...). Without them the tag builds extinfo from the Firebase fields Google's client passes on (x-ga-platform, app_id, app_version, x-ga-os_version, x-ga-device_model, language) and advertiser_tracking_enabled from the advertising ID (0 when it is zeros or absent). An app event still without extinfo is not sent.",
          },
        ],
      },
    ],
  },
];
