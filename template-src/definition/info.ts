/** The template's ___INFO___: what GTM shows in the gallery and the tag picker. */
import type { TemplateInfo } from './gtm-types';

export const info: TemplateInfo = {
  type: 'TAG',
  id: 'cvt_temp_public_id',
  version: 1,
  securityGroups: [],
  // Named for what it does and who publishes it, not as Meta's own tag: the
  // Gallery lists templates under their publisher's brand.
  displayName: 'Conversions API for Meta by capi-sgtm',
  categories: ['ADVERTISING', 'CONVERSIONS', 'ANALYTICS'],
  brand: {
    id: 'brand_dummy',
    displayName: 'capi-sgtm',
  },
  description:
    'Sends server events to the Meta Conversions API with correct normalization and hashing, ' +
    'event_id deduplication, fbc/fbp handling, Consent Mode v2 and retries. The access token ' +
    'never appears in a URL or a log. A community template by capi-sgtm, not made or endorsed ' +
    'by Meta.',
  containerContexts: ['SERVER'],
};
