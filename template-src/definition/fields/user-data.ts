/** Fields for user_data: auto-mapping, normalization options, overrides. */
import type { TemplateParameter } from '../gtm-types';
import { USER_DATA_KEYS } from '../../meta/spec';

const KEY_LABELS: { [key: string]: string } = {
  em: 'Email (em)',
  ph: 'Phone (ph)',
  fn: 'First name (fn)',
  ln: 'Last name (ln)',
  ct: 'City (ct)',
  st: 'State or region (st)',
  zp: 'Postal code (zp)',
  country: 'Country (country)',
  ge: 'Gender (ge)',
  db: 'Date of birth (db)',
  external_id: 'External ID (external_id)',
  client_ip_address: 'IP address (client_ip_address)',
  client_user_agent: 'User agent (client_user_agent)',
  fbc: 'Click ID (fbc)',
  fbp: 'Browser ID (fbp)',
  subscription_id: 'Subscription ID (subscription_id)',
  fb_login_id: 'Facebook Login ID (fb_login_id)',
  lead_id: 'Lead ID (lead_id)',
  anon_id: 'App install ID (anon_id)',
  madid: 'Mobile advertiser ID (madid)',
  page_id: 'Facebook Page ID (page_id)',
  page_scoped_user_id: 'Page-scoped user ID (page_scoped_user_id)',
  ctwa_clid: 'Click-to-WhatsApp click ID (ctwa_clid)',
  ig_account_id: 'Instagram account ID (ig_account_id)',
  ig_sid: 'Instagram-scoped user ID (ig_sid)',
  whatsapp_business_account_id: 'WhatsApp Business account ID (whatsapp_business_account_id)',
  instagram_business_account_id: 'Instagram business account ID (instagram_business_account_id)',
};

const userDataKeyItems = USER_DATA_KEYS.map((key) => ({
  value: key,
  displayValue: KEY_LABELS[key],
}));

export const userDataFields: TemplateParameter[] = [
  {
    type: 'GROUP',
    name: 'userDataGroup',
    displayName: 'User data (matching)',
    groupStyle: 'ZIPPY_CLOSED',
    subParams: [
      {
        type: 'CHECKBOX',
        name: 'autoMapUserData',
        checkboxText: 'Read user data from the event',
        simpleValueType: true,
        defaultValue: true,
        help: "Reads the GA4 client's <code>user_data</code> (email, phone, address as an object or a list), Meta's own <code>x-fb-ud-*</code> keys, Google's <code>sha256_*</code> hashes (not the phone hash, which Google builds differently) and common names such as <code>email</code>, <code>phone</code>, <code>first_name</code> and <code>user_id</code>. Every value is normalized the way Meta asks and hashed with SHA-256; values already hashed are sent as they are.",
      },
      {
        type: 'TEXT',
        name: 'phoneDefaultCountryCode',
        displayName: 'Default phone country code',
        simpleValueType: true,
        valueHint: '1',
        valueValidators: [
          {
            type: 'REGEX',
            args: ['^$|^(\\+|00)?[1-9][0-9]{0,2}$|^\\{\\{.+\\}\\}$'],
            errorMessage: 'A calling code of 1 to 3 digits, such as 1, 44 or +49.',
          },
        ],
        help: 'Meta needs phone numbers with their country code. Numbers written without one (for example "(650) 555-1212" or "06 12 34 56 78") get this code in place of the leading 0. Numbers that start with + or 00 are left alone. Leave empty if your numbers already carry the country code.',
      },
      {
        type: 'CHECKBOX',
        name: 'hashExternalId',
        checkboxText: 'Hash the external ID',
        simpleValueType: true,
        defaultValue: true,
        help: 'Meta accepts the external ID hashed or not, but it must be sent the same way everywhere (pixel, Conversions API, offline uploads). Untick only if your pixel sends it unhashed.',
      },
      {
        type: 'TEXT',
        name: 'userDataObject',
        displayName: 'User data from a variable',
        simpleValueType: true,
        valueHint: '{{User data object}}',
        help: 'A variable that returns an object keyed by Meta\'s names, for example <code>{"em": "jane@example.com", "ph": "+16505551212"}</code>. Its values win over the event\'s and are normalized and hashed the same way.',
      },
      {
        type: 'SIMPLE_TABLE',
        name: 'userDataList',
        displayName: 'User data overrides',
        simpleTableColumns: [
          {
            name: 'name',
            displayName: 'Meta key',
            type: 'SELECT',
            defaultValue: '',
            selectItems: userDataKeyItems,
          },
          {
            name: 'value',
            displayName: 'Value',
            type: 'TEXT',
            defaultValue: '',
            valueHint: '{{Customer email}}',
          },
        ],
        newRowButtonText: 'Add user data',
        help: 'Values set here win over the variable above and over the event. Add a key twice to send two values (for example two emails). Raw values are normalized and hashed; IP address, user agent, click and browser IDs and the other IDs are sent as they are.',
      },
    ],
  },
];
