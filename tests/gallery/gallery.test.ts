/**
 * Community Template Gallery conformance of the committed files: what the
 * Gallery reads from the repository root (template.tpl, metadata.yaml,
 * LICENSE) and what GTM checks when it imports the .tpl.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { ROOT } from '../../build/build';
import { API_PERMISSIONS } from '../../build/sandbox-catalogue';
import { flattenFields } from '../../build/fields-check';
import { parseTpl, SECTION_ORDER, splitSections, TERMS_OF_SERVICE } from '../../build/tpl';
import type { TemplateParameter } from '../../template-src/definition/gtm-types';
import { metaOk, runTag } from '../helpers/tag';

const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

const tplText = read('template.tpl');
const template = parseTpl(tplText);

/** The categories GTM's gallery offers (reference/gtm-platform.md §3.2). */
const GALLERY_CATEGORIES = [
  'ADVERTISING',
  'ANALYTICS',
  'ATTRIBUTION',
  'AFFILIATE_MARKETING',
  'CONVERSIONS',
  'DATA_WAREHOUSING',
  'MARKETING',
  'PERSONALIZATION',
  'REMARKETING',
  'UTILITY',
];

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('repository layout', () => {
  it('holds exactly one template, template.tpl, at the root', () => {
    expect(readdirSync(ROOT).filter((f) => f.endsWith('.tpl'))).toEqual(['template.tpl']);
  });

  it('LICENSE is the Apache License 2.0, and package.json says so', () => {
    const license = read('LICENSE');
    expect(license.trimStart()).toMatch(/^Apache License\s+Version 2\.0, January 2004/);
    expect(license).toContain('TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION');
    for (const section of [
      '1. Definitions.',
      '2. Grant of Copyright License.',
      '3. Grant of Patent License.',
      '4. Redistribution.',
      '5. Submission of Contributions.',
      '6. Trademarks.',
      '7. Disclaimer of Warranty.',
      '8. Limitation of Liability.',
      '9. Accepting Warranty or Additional Liability.',
    ]) {
      expect(license).toContain(section);
    }
    expect(license).toContain('END OF TERMS AND CONDITIONS');
    expect(JSON.parse(read('package.json')).license).toBe('Apache-2.0');
  });
});

describe('metadata.yaml', () => {
  const metadata = YAML.parse(read('metadata.yaml'));

  it('names a homepage and documentation URL', () => {
    expect(metadata.homepage).toMatch(/^https:\/\/\S+$/);
    expect(metadata.documentation).toMatch(/^https:\/\/\S+$/);
  });

  it('lists versions, each a full 40-hex commit sha with change notes', () => {
    expect(Array.isArray(metadata.versions)).toBe(true);
    expect(metadata.versions.length).toBeGreaterThan(0);
    for (const version of metadata.versions) {
      expect(Object.keys(version).sort()).toEqual(['changeNotes', 'sha']);
      expect(String(version.sha)).toMatch(/^[0-9a-f]{40}$/);
      expect(typeof version.changeNotes).toBe('string');
      expect(version.changeNotes.trim()).not.toBe('');
    }
  });

  it('lists each commit once', () => {
    const shas = metadata.versions.map((v: { sha: string }) => v.sha);
    expect(new Set(shas).size).toBe(shas.length);
  });

  /** The parameters of template.tpl as the Gallery would serve it for this commit (no network). */
  function listedParameters(sha: string): TemplateParameter[] {
    const listed = execFileSync('git', ['show', sha + ':template.tpl'], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    });
    return flattenFields([
      { file: 'template.tpl', fields: parseTpl(listed).parameters as TemplateParameter[] },
    ]);
  }

  const optionsOf = (p: TemplateParameter) =>
    [...(p.selectItems ?? []), ...(p.radioItems ?? [])].map((i) => i.value);
  const columnsOf = (p: TemplateParameter) => (p.simpleTableColumns ?? []).map((c) => c.name);

  // A template update keeps a tag's values under the same field names; fields added since are
  // simply unset (the runtime reads an unset field as its default). A removed or renamed field,
  // option or column would lose a setting, and a removed option would now stop the tag (issue 14).
  it("lists only versions whose fields, options and columns the current one keeps, so an update keeps a tag's settings", () => {
    const current = new Map(
      flattenFields([
        { file: 'template.tpl', fields: template.parameters as TemplateParameter[] },
      ]).map((p) => [p.name, p]),
    );
    for (const version of metadata.versions as { sha: string }[]) {
      for (const old of listedParameters(version.sha)) {
        const now = current.get(old.name);
        expect(now, `${version.sha}: ${old.name}`).toBeDefined();
        expect(now!.type, `${version.sha}: ${old.name}`).toBe(old.type);
        expect(optionsOf(now!), `${version.sha}: ${old.name}`).toEqual(
          expect.arrayContaining(optionsOf(old)),
        );
        expect(columnsOf(now!), `${version.sha}: ${old.name}`).toEqual(
          expect.arrayContaining(columnsOf(old)),
        );
      }
    }
  });

  it('a tag saved with a listed version, then updated, still sends (the new fields unset)', () => {
    for (const version of metadata.versions as { sha: string }[]) {
      const fields: Record<string, unknown> = {};
      for (const p of listedParameters(version.sha)) {
        if (p.defaultValue !== undefined) fields[p.name] = p.defaultValue;
      }
      fields.pixels = [{ pixelId: '1234567890', accessToken: 'EAAgalleryupdate0123456789' }];
      const run = runTag({
        fields,
        eventData: {
          event_name: 'page_view',
          ip_override: '203.0.113.9',
          user_agent: 'Mozilla/5.0 (X11; Linux x86_64)',
          page_location: 'https://shop.example.com/',
        },
        responses: metaOk(),
      });
      expect(run.outcome, version.sha).toBe('success');
      expect(run.metaRequests, version.sha).toHaveLength(1);
    }
  });
});

describe('template.tpl imports cleanly', () => {
  it('has the sections of a server tag in GTM export order, starting with the ToS text', () => {
    const names = [...splitSections(tplText).keys()];
    expect(names).toEqual([
      'TERMS_OF_SERVICE',
      'INFO',
      'TEMPLATE_PARAMETERS',
      'SANDBOXED_JS_FOR_SERVER',
      'SERVER_PERMISSIONS',
      'TESTS',
      'NOTES',
    ]);
    expect(names).toEqual(SECTION_ORDER.filter((s) => names.includes(s)));
    expect(template.termsOfService).toBe(TERMS_OF_SERVICE);
  });

  it('has strict-JSON INFO, TEMPLATE_PARAMETERS and SERVER_PERMISSIONS sections', () => {
    const sections = splitSections(tplText);
    for (const name of ['INFO', 'TEMPLATE_PARAMETERS', 'SERVER_PERMISSIONS']) {
      const body = sections.get(name)!;
      // JSON.parse is strict: no trailing commas, comments or single quotes.
      expect(() => JSON.parse(body), name).not.toThrow();
    }
  });

  it('has a YAML TESTS section with named scenarios and a setup', () => {
    const tests = YAML.parse(splitSections(tplText).get('TESTS')!);
    expect(tests.scenarios.length).toBeGreaterThan(0);
    for (const s of tests.scenarios) {
      expect(typeof s.name).toBe('string');
      expect(typeof s.code).toBe('string');
    }
    expect(typeof tests.setup).toBe('string');
  });

  it('is a TAG for SERVER containers with a brand, description and gallery categories', () => {
    const info = template.info as {
      type: string;
      id: string;
      containerContexts: string[];
      displayName: string;
      description: string;
      categories: string[];
      brand: { id: string; displayName: string; thumbnail: string };
    };
    expect(info.type).toBe('TAG');
    expect(info.id).toBe('cvt_temp_public_id');
    expect(info.containerContexts).toEqual(['SERVER']);
    expect(info.displayName.trim()).not.toBe('');
    expect(info.description.trim().length).toBeGreaterThan(20);
    expect(info.categories.length).toBeGreaterThan(0);
    for (const c of info.categories) expect(GALLERY_CATEGORIES).toContain(c);
    expect(info.brand.id.trim()).not.toBe('');
    expect(info.brand.displayName.trim()).not.toBe('');
  });

  it("is named and branded as its publisher's, not as Meta's own tag", () => {
    const info = template.info as {
      displayName: string;
      description: string;
      brand: { displayName: string };
    };
    const platformNames = /\b(meta|facebook|instagram|whatsapp)\b/i;
    expect(info.brand.displayName).not.toMatch(platformNames);
    // The platform may be named as what the tag is for, never as who makes it.
    expect(info.displayName).not.toMatch(/^(meta|facebook)\b/i);
    expect(info.displayName).toContain(info.brand.displayName);
    expect(info.description).toMatch(/not made or endorsed by Meta/);
  });

  it('carries a PNG thumbnail as a data URL', () => {
    const thumbnail = (template.info as { brand: { thumbnail: string } }).brand.thumbnail;
    const prefix = 'data:image/png;base64,';
    expect(thumbnail.startsWith(prefix)).toBe(true);
    const base64 = thumbnail.slice(prefix.length);
    expect(base64).toMatch(/^[A-Za-z0-9+/]+={0,2}$/);
    const png = Buffer.from(base64, 'base64');
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(png.toString('latin1', 12, 16)).toBe('IHDR');
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    expect(width).toBeGreaterThan(0);
    expect(height).toBe(width);
  });

  it('declares only permissions GTM knows', () => {
    const known = new Set(Object.values(API_PERMISSIONS).filter((p) => p !== null));
    const permissions = template.serverPermissions as {
      instance: { key: { publicId: string; versionId: string } };
    }[];
    expect(permissions.length).toBeGreaterThan(0);
    for (const p of permissions) {
      expect(known, p.instance.key.publicId).toContain(p.instance.key.publicId);
      expect(p.instance.key.versionId).toBe('1');
    }
  });

  it('references data.gtmOnSuccess and data.gtmOnFailure in its code (GTM checks this on import)', () => {
    expect(template.serverCode).toContain('data.gtmOnSuccess');
    expect(template.serverCode).toContain('data.gtmOnFailure');
  });
});
