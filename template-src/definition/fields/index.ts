/** All template fields, in the order the GTM UI shows them. */
import type { FieldSource } from '../gtm-types';
import { consentFields } from './consent';
import { customDataFields } from './custom-data';
import { deliveryFields } from './delivery';
import { enhancementFields } from './enhancement';
import { eventFieldsFields } from './event-fields';
import { eventFields } from './events';
import { identityFields } from './identity';
import { loggingFields } from './logging';
import { purchaseGuardFields } from './purchase-guard';
import { restrictedFields } from './restricted';
import { userDataFields } from './user-data';

const DIR = 'template-src/definition/fields/';

export const fieldSources: FieldSource[] = [
  { file: DIR + 'delivery.ts', fields: deliveryFields },
  { file: DIR + 'events.ts', fields: eventFields },
  { file: DIR + 'event-fields.ts', fields: eventFieldsFields },
  { file: DIR + 'user-data.ts', fields: userDataFields },
  { file: DIR + 'custom-data.ts', fields: customDataFields },
  { file: DIR + 'identity.ts', fields: identityFields },
  { file: DIR + 'consent.ts', fields: consentFields },
  { file: DIR + 'restricted.ts', fields: restrictedFields },
  { file: DIR + 'purchase-guard.ts', fields: purchaseGuardFields },
  { file: DIR + 'enhancement.ts', fields: enhancementFields },
  { file: DIR + 'logging.ts', fields: loggingFields },
];
