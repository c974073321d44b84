/** Fields for custom_data: auto-mapping, item ids, content type, overrides. */
import type { TemplateParameter } from '../gtm-types';
import { CONTENT_TYPES } from '../../meta/spec';

const CONTENT_TYPE_LABELS: { [type: string]: string } = {
  product: 'product: the IDs are products',
  product_group: 'product_group: the IDs are product groups',
  destination: 'destination (travel catalog)',
  flight: 'flight (travel catalog)',
  hotel: 'hotel (travel catalog)',
  home_listing: 'home_listing (real-estate catalog)',
  vehicle: 'vehicle (automotive catalog)',
};

export const customDataFields: TemplateParameter[] = [
  {
    type: 'GROUP',
    name: 'customDataGroup',
    displayName: 'Custom data (value, products)',
    groupStyle: 'ZIPPY_CLOSED',
    subParams: [
      {
        type: 'CHECKBOX',
        name: 'autoMapCustomData',
        checkboxText: 'Read custom data from the event',
        simpleValueType: true,
        defaultValue: true,
        help: "Reads <code>value</code>, <code>currency</code>, <code>transaction_id</code> (as order_id), <code>search_term</code> and the GA4 <code>items</code> (or <code>ecommerce.items</code>), plus Meta's standard <code>x-fb-cd-*</code> keys (such as <code>x-fb-cd-value</code>), <code>custom_properties</code>, and the Universal Analytics e-commerce data of GTM4WP's <code>gtm4wp.*EEC</code> events (revenue, currencyCode, order id, products). From the items the tag builds contents, content_ids, num_items and content_type. Items without an ID are left out, because Meta rejects them.",
      },
      {
        type: 'TEXT',
        name: 'itemIdKey',
        displayName: 'Item ID parameter',
        simpleValueType: true,
        defaultValue: 'item_id',
        valueHint: 'item_id',
        help: 'Which item parameter holds the ID of your product catalog (for example <code>item_sku</code> or <code>sku</code> in some shop plugins). Items without it fall back to <code>item_id</code>.',
      },
      {
        type: 'SELECT',
        name: 'contentType',
        displayName: 'Content type',
        simpleValueType: true,
        defaultValue: 'product',
        selectItems: CONTENT_TYPES.map((type): { value: string; displayValue: string } => ({
          value: type,
          displayValue: CONTENT_TYPE_LABELS[type],
        })).concat([{ value: 'none', displayValue: "Don't send a content type" }]),
        help: "Sent with content IDs when the event does not say. Must match what your catalog's IDs are, or dynamic ads will not find the products.",
      },
      {
        type: 'TEXT',
        name: 'defaultCurrency',
        displayName: 'Default currency',
        simpleValueType: true,
        valueHint: 'EUR',
        valueValidators: [
          {
            type: 'REGEX',
            args: ['^$|^[A-Za-z]{3}$|^\\{\\{.+\\}\\}$'],
            errorMessage: 'A 3-letter ISO 4217 code such as EUR or USD.',
          },
        ],
        help: "Sent as the currency of a value (and of every Purchase) when the event gives none. Meta rejects a Purchase without a currency, so without one here or in the event a Purchase is not sent and the tag fails. A Purchase without a value gets the sum of its items' price × quantity when every item has a price.",
      },
      {
        type: 'TEXT',
        name: 'customDataObject',
        displayName: 'Custom data from a variable',
        simpleValueType: true,
        valueHint: '{{Custom data object}}',
        help: 'A variable that returns an object of custom data, for example <code>{"value": 49.9, "currency": "EUR", "plan": "pro"}</code>. Its values win over the event\'s.',
      },
      {
        type: 'SIMPLE_TABLE',
        name: 'customDataList',
        displayName: 'Custom data overrides',
        simpleTableColumns: [
          {
            name: 'name',
            displayName: 'Name',
            type: 'TEXT',
            defaultValue: '',
            valueHint: 'value',
            isUnique: true,
          },
          {
            name: 'value',
            displayName: 'Value',
            type: 'TEXT',
            defaultValue: '',
            valueHint: '{{Order total}}',
          },
        ],
        newRowButtonText: 'Add custom data',
        help: 'Values set here win over everything else. Standard names (value, currency, content_ids, contents, content_type, num_items, content_name, content_category, order_id, search_string, predicted_ltv, status, delivery_category, customer_segmentation) are checked the same way as event data: value must be a number, currency a 3-letter code such as USD. Other names are sent as custom properties.',
      },
    ],
  },
];
