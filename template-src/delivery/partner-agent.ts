/**
 * partner_agent attributes our events to this tag in Meta's Dataset Quality
 * view. Meta's rules: fewer than 23 characters, at least two letters; the
 * form `<partner_name>_<major>_<minor>` is grouped under `partner_name`
 * there, so each release shows up under one name.
 */
export const TAG_VERSION = '0.1.0';

const PARTNER_NAME = 'capisgtm';

function partnerAgent(version: string): string {
  const parts = version.split('.');
  return PARTNER_NAME + '_' + parts[0] + '_' + parts[1];
}

export const PARTNER_AGENT = partnerAgent(TAG_VERSION);
