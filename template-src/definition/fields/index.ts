/** All template fields, in the order the GTM UI shows them. */
import type { FieldSource } from '../gtm-types';
import { minimalFields } from './minimal';

export const fieldSources: FieldSource[] = [
  { file: 'template-src/definition/fields/minimal.ts', fields: minimalFields },
];
