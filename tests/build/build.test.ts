import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTemplate, ROOT, runBuild, staleness } from '../../build/build';
import { FIELD_REFERENCE_FILE } from '../../build/field-reference';
import { flattenFields } from '../../build/fields-check';
import { parseTpl } from '../../build/tpl';
import { fieldSources } from '../../template-src/definition/fields/index';

describe('build', () => {
  it('is byte-stable: two builds give identical output', async () => {
    const a = await buildTemplate();
    const b = await buildTemplate();
    expect(a.tpl).toBe(b.tpl);
  });

  it('produces a server TAG template whose code calls gtmOnSuccess and gtmOnFailure', async () => {
    const out = await buildTemplate();
    const t = parseTpl(out.tpl);
    expect(t.info).toMatchObject({ type: 'TAG', containerContexts: ['SERVER'] });
    expect(t.serverCode).toContain('data.gtmOnSuccess()');
    expect(t.serverCode).toContain('data.gtmOnFailure()');
    expect(t.tests!.scenarios.length).toBeGreaterThan(0);
  });

  it('the committed template.tpl equals a fresh build', async () => {
    const out = await buildTemplate();
    expect(
      staleness(readFileSync(path.join(ROOT, 'template.tpl'), 'utf8'), out.tpl),
    ).toBeUndefined();
  });

  it('the committed docs/field-reference.md is a fresh build and lists every field', async () => {
    const out = await buildTemplate();
    expect(readFileSync(path.join(ROOT, FIELD_REFERENCE_FILE), 'utf8')).toBe(out.fieldReference);
    for (const p of flattenFields(fieldSources)) {
      if (p.type !== 'GROUP' && p.type !== 'LABEL')
        expect(out.fieldReference).toContain('(`' + p.name + '`)');
    }
  });

  it('check mode fails on a stale or missing docs/field-reference.md, naming it', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'check-reference-'));
    for (const entry of ['template-src', 'template.tpl', 'docs']) {
      cpSync(path.join(ROOT, entry), path.join(root, entry), { recursive: true });
    }
    const run = async () => {
      const io = {
        lines: [] as string[],
        out: () => undefined,
        err: (l: string) => io.lines.push(l),
      };
      return { code: await runBuild(true, io, root), errors: io.lines };
    };
    expect(await run()).toEqual({ code: 0, errors: [] });

    const page = path.join(root, FIELD_REFERENCE_FILE);
    writeFileSync(page, readFileSync(page, 'utf8').replace('Send only with consent', 'Consent'));
    expect(await run()).toEqual({
      code: 1,
      errors: [
        'docs/field-reference.md is stale. Run `npm run build` and commit docs/field-reference.md.',
      ],
    });

    rmSync(page);
    expect((await run()).errors).toEqual([
      'docs/field-reference.md is missing. Run `npm run build` and commit docs/field-reference.md.',
    ]);
  });

  it('check mode explains a stale or missing template.tpl', () => {
    expect(staleness('a\nb\n', 'a\nc\n')).toMatch(
      /differs .* \(first difference at line 2\)\. Run `npm run build`/,
    );
    expect(staleness(undefined, 'x')).toMatch(/template.tpl is missing/);
  });

  it('`cli check` exits 0 on the committed tree', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'build/cli.ts', 'check'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(out).toMatch(/template.tpl and docs\/field-reference.md match a fresh build/);
  });
});
