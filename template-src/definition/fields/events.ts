/** Fields for the Meta event name: inherit, map, override, and governance. */
import type { TemplateParameter } from '../gtm-types';
import { DEFAULT_STANDARD_EVENT } from '../../event-name/defaults';
import { STANDARD_EVENTS } from '../../meta/spec';

const standardEventItems = STANDARD_EVENTS.map((name) => ({ value: name, displayValue: name }));

export const eventFields: TemplateParameter[] = [
  {
    type: 'GROUP',
    name: 'eventGroup',
    displayName: 'Event name',
    groupStyle: 'ZIPPY_OPEN',
    subParams: [
      {
        type: 'RADIO',
        name: 'eventNameMode',
        displayName: 'Meta event name',
        simpleValueType: true,
        defaultValue: 'inherit',
        radioItems: [
          {
            value: 'inherit',
            displayValue: 'From the event (GA4 names mapped to Meta standard events)',
            help: 'purchase becomes Purchase, add_to_cart becomes AddToCart, generate_lead becomes Lead, sign_up becomes CompleteRegistration, and so on for every Meta standard event. Other names are sent as they are (custom events).',
          },
          {
            value: 'standard',
            displayValue: 'A standard event',
            subParams: [
              {
                type: 'SELECT',
                name: 'eventNameStandard',
                displayName: 'Standard event',
                simpleValueType: true,
                defaultValue: DEFAULT_STANDARD_EVENT,
                selectItems: standardEventItems,
              },
            ],
          },
          {
            value: 'custom',
            displayValue: 'A custom name',
            subParams: [
              {
                type: 'TEXT',
                name: 'eventNameCustom',
                displayName: 'Event name',
                simpleValueType: true,
                valueHint: 'QuoteRequested',
                valueValidators: [{ type: 'NON_EMPTY' }],
                help: 'Up to 50 characters. A variable is allowed. A standard event written another way ("purchase", "add_to_cart") is sent with Meta\'s spelling.',
              },
            ],
          },
        ],
        help: 'Meta matches browser and server events by event name and event ID, so use the same name the Meta pixel uses.',
      },
      {
        type: 'CHECKBOX',
        name: 'mapViewItemListToViewContent',
        checkboxText: 'Send view_item_list as ViewContent',
        simpleValueType: true,
        defaultValue: false,
        enablingConditions: [{ paramName: 'eventNameMode', paramValue: 'inherit', type: 'EQUALS' }],
        help: 'Off by default: a product list is not a product view, and counting it as one inflates ViewContent. Turn on if your Meta setup expects it.',
      },
      {
        type: 'SIMPLE_TABLE',
        name: 'eventNameMappings',
        displayName: 'Extra event name mappings',
        simpleTableColumns: [
          {
            name: 'from',
            displayName: 'Event name in the event',
            type: 'TEXT',
            defaultValue: '',
            valueHint: 'quote_request',
            isUnique: true,
          },
          {
            name: 'to',
            displayName: 'Meta event name',
            type: 'TEXT',
            defaultValue: '',
            valueHint: 'Lead',
          },
        ],
        newRowButtonText: 'Add mapping',
        enablingConditions: [{ paramName: 'eventNameMode', paramValue: 'inherit', type: 'EQUALS' }],
        help: 'Your own event names and the Meta event each should become. These rows win over the built-in GA4 mapping.',
      },
      {
        type: 'GROUP',
        name: 'eventGovernanceGroup',
        displayName: 'Which events may be sent',
        groupStyle: 'ZIPPY_CLOSED',
        subParams: [
          {
            type: 'TEXT',
            name: 'eventAllowList',
            displayName: 'Send only these events',
            simpleValueType: true,
            lineCount: 3,
            valueHint: 'Purchase, Lead, AddToCart',
            help: 'Meta event names separated by commas or line breaks (GA4 names such as add_to_cart also work). Leave empty to allow every event. Events not listed are not sent; the Preview log says why.',
          },
          {
            type: 'TEXT',
            name: 'eventBlockList',
            displayName: 'Never send these events',
            simpleValueType: true,
            lineCount: 3,
            valueHint: 'PageView',
            help: 'Meta event names separated by commas or line breaks. A blocked event is not sent and the tag still reports success.',
          },
          {
            type: 'SIMPLE_TABLE',
            name: 'eventRenameList',
            displayName: 'Rename events before sending',
            simpleTableColumns: [
              {
                name: 'from',
                displayName: 'Meta event name',
                type: 'TEXT',
                defaultValue: '',
                valueHint: 'ViewContent',
                isUnique: true,
              },
              {
                name: 'to',
                displayName: 'Send as',
                type: 'TEXT',
                defaultValue: '',
                valueHint: 'PageEngagement',
              },
            ],
            newRowButtonText: 'Add rename',
            help: 'For advertisers in sensitive categories (for example health), whose event names must not reveal a condition or purchase. Renaming happens after the two lists above, which use the name before renaming.',
          },
        ],
      },
    ],
  },
];
