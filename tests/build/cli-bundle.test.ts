/** dist/cli.js is bundled again exactly when a file it was bundled from is newer than it. */
import { readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureCliBundle } from '../../build/cli-bundle.mjs';
import { writeFixture } from './fixture-root';

describe('the CLI bundle', () => {
  it('is bundled when missing or stale, and left alone when fresh', async () => {
    const root = writeFixture({
      'build/cli.ts': "import { word } from './word';\nexport const main = () => word;\n",
      'build/word.ts': "export const word = 'first';\n",
    });
    const bundle = await ensureCliBundle(root);
    expect(bundle).toBe(path.join(root, 'dist', 'cli.js'));
    expect(readFileSync(bundle, 'utf8')).toContain('"first"');
    const inputs = JSON.parse(readFileSync(path.join(root, 'dist', 'cli.inputs.json'), 'utf8'));
    expect(inputs.sort()).toEqual(['build/cli.ts', 'build/word.ts']);

    // Fresh: an older source leaves the bundle as it is.
    const past = new Date(Date.now() - 60_000);
    utimesSync(bundle, new Date(), new Date());
    utimesSync(path.join(root, 'build', 'word.ts'), past, past);
    const bundledAt = statSync(bundle).mtimeMs;
    await ensureCliBundle(root);
    expect(statSync(bundle).mtimeMs).toBe(bundledAt);

    // Stale: an imported module edited after the bundle brings it up to date.
    const file = path.join(root, 'build', 'word.ts');
    writeFileSync(file, "export const word = 'second';\n");
    const future = new Date(Date.now() + 60_000);
    utimesSync(file, future, future);
    await ensureCliBundle(root);
    expect(readFileSync(bundle, 'utf8')).toContain('"second"');
  });
});
