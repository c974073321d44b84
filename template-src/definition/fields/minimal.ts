/** Fields of the minimal tag; replaced by the full field set as features land. */
import type { TemplateParameter } from '../gtm-types';

export const minimalFields: TemplateParameter[] = [
  {
    type: 'TEXT',
    name: 'pixelId',
    displayName: 'Pixel (dataset) ID',
    simpleValueType: true,
    help: 'The numeric ID of your Meta pixel / dataset, from Events Manager.',
    valueValidators: [{ type: 'NON_EMPTY' }, { type: 'REGEX', args: ['^[0-9]+$'] }],
  },
  {
    type: 'TEXT',
    name: 'accessToken',
    displayName: 'Access token',
    simpleValueType: true,
    help: 'Conversions API access token (Events Manager › dataset › Settings). Sent in the request body, never in the URL or logs.',
    valueValidators: [{ type: 'NON_EMPTY' }],
  },
];
