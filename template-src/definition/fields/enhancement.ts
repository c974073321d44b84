/** Fields for event enhancement: remembering hashed match keys between events. */
import type { TemplateParameter } from '../gtm-types';

export const enhancementFields: TemplateParameter[] = [
  {
    type: 'GROUP',
    name: 'enhancementGroup',
    displayName: 'Event enhancement',
    groupStyle: 'ZIPPY_CLOSED',
    subParams: [
      {
        type: 'CHECKBOX',
        name: 'enableEventEnhancement',
        checkboxText: 'Remember match keys between events of the same browser',
        simpleValueType: true,
        defaultValue: false,
        help: 'Stores the hashed email, phone, name, address and external ID of an event in a secure first-party cookie that scripts cannot read, and adds them to later events that lack them (a page view after a login, for example). Only SHA-256 hashes are stored, never readable values, and values in the current event always win. Make sure your privacy notice and consent cover it.',
      },
      {
        type: 'TEXT',
        name: 'enhancementMaxAgeDays',
        displayName: 'Remember for (days)',
        simpleValueType: true,
        defaultValue: '30',
        valueValidators: [{ type: 'POSITIVE_NUMBER' }],
        enablingConditions: [
          { paramName: 'enableEventEnhancement', paramValue: true, type: 'EQUALS' },
        ],
        help: 'Each key is forgotten this many days after it was last seen in an event.',
      },
    ],
  },
];
