/** partner_agent: Meta's rules, and the tag's version from package.json. */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { PARTNER_AGENT } from '../../template-src/delivery/partner-agent';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

it('is capisgtm_<major>_<minor> of the version in package.json', () => {
  const [major, minor] = (pkg.version as string).split('.');
  expect(PARTNER_AGENT).toBe(`capisgtm_${major}_${minor}`);
});

it('follows Meta’s rules: under 23 characters, at least two letters', () => {
  expect(PARTNER_AGENT.length).toBeLessThan(23);
  expect(PARTNER_AGENT.replace(/[^A-Za-z]/g, '').length).toBeGreaterThanOrEqual(2);
});
