/** The template's ___INFO___: what GTM shows in the gallery and the tag picker. */
import type { TemplateInfo } from './gtm-types';

export const info: TemplateInfo = {
  type: 'TAG',
  id: 'cvt_temp_public_id',
  version: 1,
  securityGroups: [],
  displayName: 'Meta Conversions API (CAPI)',
  categories: ['ADVERTISING', 'CONVERSIONS', 'ANALYTICS'],
  brand: {
    id: 'brand_dummy',
    displayName: 'Meta CAPI for sGTM',
  },
  description:
    'Sends server events to the Meta Conversions API with correct normalization and hashing, ' +
    'event_id deduplication, fbc/fbp handling, Consent Mode v2 and retries. The access token ' +
    'never appears in a URL or a log.',
  containerContexts: ['SERVER'],
};
