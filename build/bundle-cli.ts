/**
 * Bundles the toolchain CLI (build/cli.ts) into dist/cli.js, runnable with
 * plain `node` and declared as the package's `bin`. npm packages stay
 * external and load from node_modules.
 */
import * as esbuild from 'esbuild';
import path from 'node:path';

export async function bundleCli(root: string): Promise<void> {
  await esbuild.build({
    entryPoints: [path.join(root, 'build', 'cli.ts')],
    outfile: path.join(root, 'dist', 'cli.js'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'silent',
    // Bundled CommonJS code (yaml) calls require(); ESM output needs one made for it.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);",
    },
  });
}
