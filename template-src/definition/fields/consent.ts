/** Fields for consent gating and Limited Data Use. */
import type { TemplateParameter } from '../gtm-types';

export const consentFields: TemplateParameter[] = [
  {
    type: 'GROUP',
    name: 'consentGroup',
    displayName: 'Consent and Limited Data Use',
    groupStyle: 'ZIPPY_CLOSED',
    subParams: [
      {
        type: 'SELECT',
        name: 'consentMode',
        displayName: 'Send only with consent',
        simpleValueType: true,
        defaultValue: 'ignore',
        selectItems: [
          { value: 'ignore', displayValue: 'No consent check' },
          { value: 'adStorage', displayValue: 'Require ad_storage' },
          { value: 'adUserData', displayValue: 'Require ad_user_data (Consent Mode v2)' },
          { value: 'custom', displayValue: 'Use a variable' },
        ],
        help: 'Reads the consent the GA4 client forwards (<code>x-ga-gcs</code>, <code>x-ga-gcd</code>) or a <code>consent_state</code> object (true/false or "granted"/"denied"). Without consent the tag sends nothing, sets no cookie and reports success, with the reason in the Preview log.',
      },
      {
        type: 'TEXT',
        name: 'consentCustomValue',
        displayName: 'Consent variable',
        simpleValueType: true,
        valueHint: '{{Marketing consent}}',
        enablingConditions: [{ paramName: 'consentMode', paramValue: 'custom', type: 'EQUALS' }],
        valueValidators: [{ type: 'NON_EMPTY' }],
        help: 'A variable whose value is <code>granted</code>, <code>denied</code>, <code>limited</code>, <code>true</code> or <code>false</code>. Any other value counts as "no signal". <code>limited</code> applies the choice below.',
      },
      {
        type: 'RADIO',
        name: 'consentDeniedAction',
        displayName: 'When ad_user_data is denied (or the variable says limited)',
        simpleValueType: true,
        defaultValue: 'block',
        radioItems: [
          { value: 'block', displayValue: 'Do not send' },
          {
            value: 'anonymous',
            displayValue: 'Send without customer information, for attribution only',
            help: 'No email, phone, name, address, external ID or other personal IDs, no fbc or fbp, no cookie read or written; only IP address and user agent, with <code>opt_out</code> true so Meta uses the event for measurement, not ad delivery.',
          },
          {
            value: 'ldu',
            displayValue: 'Send with Limited Data Use',
            help: 'Sent as usual with <code>data_processing_options: ["LDU"]</code> and the location chosen below.',
          },
        ],
        enablingConditions: [
          { paramName: 'consentMode', paramValue: 'ignore', type: 'NOT_EQUALS' },
          { paramName: 'consentMode', paramValue: 'adStorage', type: 'NOT_EQUALS' },
        ],
        help: 'ad_storage keeps its own rule whatever is chosen here: when it is denied, no cookie is read or written.',
      },
      {
        type: 'RADIO',
        name: 'consentWhenAbsent',
        displayName: 'When the event carries no consent signal',
        simpleValueType: true,
        defaultValue: 'block',
        radioItems: [
          { value: 'block', displayValue: 'Do not send' },
          { value: 'send', displayValue: 'Send' },
        ],
        enablingConditions: [
          { paramName: 'consentMode', paramValue: 'ignore', type: 'NOT_EQUALS' },
        ],
        help: 'Applies when the site does not pass consent at all (for example no consent banner, or server-to-server events). A signal that cannot be read counts as no signal.',
      },
      {
        type: 'SELECT',
        name: 'lduMode',
        displayName: 'Limited Data Use (US state privacy laws)',
        simpleValueType: true,
        defaultValue: 'off',
        selectItems: [
          { value: 'off', displayValue: 'Off' },
          { value: 'always', displayValue: 'On for every event' },
          { value: 'eventData', displayValue: 'From the event (data_processing_options)' },
        ],
        help: 'Limited Data Use tells Meta to restrict how it processes the event. "From the event" reads <code>data_processing_options</code> (a list or a comma-separated text containing LDU) and, if valid, its country and state codes.',
      },
      {
        type: 'SELECT',
        name: 'lduLocation',
        displayName: 'Limited Data Use location',
        simpleValueType: true,
        defaultValue: 'geolocate',
        selectItems: [
          { value: 'geolocate', displayValue: 'Let Meta geolocate (country 0, state 0)' },
          { value: 'usGeolocateState', displayValue: 'USA, Meta geolocates the state (1, 0)' },
          { value: 'california', displayValue: 'California (1, 1000)' },
        ],
        help: 'Where Meta should apply Limited Data Use, when it is on or when consent chooses it (see "When ad_user_data is denied"). Geolocation uses the IP address of the event.',
      },
    ],
  },
];
