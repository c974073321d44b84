/** Fields for restricted-data mode (health, wellness and financial advertisers). */
import type { TemplateParameter } from '../gtm-types';

export const restrictedFields: TemplateParameter[] = [
  {
    type: 'GROUP',
    name: 'restrictedGroup',
    displayName: 'Restricted data (health, wellness, finance)',
    groupStyle: 'ZIPPY_CLOSED',
    subParams: [
      {
        type: 'CHECKBOX',
        name: 'restrictedData',
        checkboxText: 'Send only what Meta allows restricted categories',
        simpleValueType: true,
        defaultValue: false,
        help: 'For advertisers Meta restricts (health and wellness, financial services). URLs lose their query string; custom properties, content_name, content_category, search_string and the titles, brands, categories and descriptions of contents are left out; only standard events are sent (rename custom events to a standard one in "Rename events before sending", or they are not sent). The log lists what was withheld from each event.',
      },
      {
        type: 'SELECT',
        name: 'restrictedUrl',
        displayName: 'URLs sent',
        simpleValueType: true,
        defaultValue: 'path',
        selectItems: [
          { value: 'path', displayValue: 'Origin and path, without query string' },
          { value: 'origin', displayValue: 'Origin only' },
        ],
        enablingConditions: [{ paramName: 'restrictedData', paramValue: true, type: 'EQUALS' }],
        help: 'For event_source_url and referrer_url. Choose "Origin only" when your page paths name conditions or products.',
      },
    ],
  },
];
