import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTemplate, ROOT, staleness } from '../../build/build';
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

  it("the committed README's field reference matches the template fields", async () => {
    const out = await buildTemplate();
    expect(readFileSync(path.join(ROOT, 'README.md'), 'utf8')).toBe(out.readme);
    for (const p of flattenFields(fieldSources)) {
      if (p.type !== 'GROUP' && p.type !== 'LABEL')
        expect(out.readme).toContain('(`' + p.name + '`)');
    }
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
    expect(out).toMatch(/template.tpl matches a fresh build/);
  });
});
