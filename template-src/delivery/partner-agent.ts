/**
 * partner_agent attributes our events to this tag in Meta's Dataset Quality
 * view. Meta's rules: fewer than 23 characters, at least two letters; the
 * form `<partner_name>_<major>_<minor>` is grouped under `partner_name`
 * there, so each release shows up under one name. A test keeps it in step
 * with package.json's version.
 */
export const PARTNER_AGENT = 'capisgtm_0_1';
