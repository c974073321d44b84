/** Fields for the duplicate-purchase guard. */
import type { TemplateParameter } from '../gtm-types';

export const purchaseGuardFields: TemplateParameter[] = [
  {
    type: 'GROUP',
    name: 'purchaseGuardGroup',
    displayName: 'Duplicate-purchase guard',
    groupStyle: 'ZIPPY_CLOSED',
    subParams: [
      {
        type: 'CHECKBOX',
        name: 'purchaseGuard',
        checkboxText: 'Do not send a Purchase again for an order this browser already sent',
        simpleValueType: true,
        defaultValue: false,
        help: 'Stops thank-you-page reloads from counting twice. The tag remembers the last order IDs in a first-party HttpOnly cookie (<code>_capi_orders</code>) that holds truncated SHA-256 hashes only. A repeated Purchase is not sent; the tag reports success and the log says why. Website events only; nothing is remembered when ad_storage is denied.',
      },
      {
        type: 'TEXT',
        name: 'purchaseGuardOrders',
        displayName: 'Orders remembered',
        simpleValueType: true,
        defaultValue: '10',
        valueValidators: [
          {
            type: 'REGEX',
            args: ['^([1-9]|1[0-9]|20)$|^\\{\\{.+\\}\\}$'],
            errorMessage: 'A whole number from 1 to 20.',
          },
        ],
        enablingConditions: [{ paramName: 'purchaseGuard', paramValue: true, type: 'EQUALS' }],
      },
      {
        type: 'TEXT',
        name: 'purchaseGuardDays',
        displayName: 'Remember orders for (days)',
        simpleValueType: true,
        defaultValue: '30',
        valueValidators: [{ type: 'POSITIVE_NUMBER' }],
        enablingConditions: [{ paramName: 'purchaseGuard', paramValue: true, type: 'EQUALS' }],
      },
    ],
  },
];
