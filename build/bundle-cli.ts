/**
 * Bundles the toolchain CLI (build/cli.ts) into dist/cli.js, runnable with
 * plain `node` and declared as the package's `bin`. npm packages stay
 * external and load from node_modules.
 */
import * as esbuild from 'esbuild';
import path from 'node:path';

/** How toolchain code is bundled to run under plain `node` (the CLI; the bench's harness). */
export const NODE_BUNDLE: esbuild.BuildOptions = {
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
};

export async function bundleCli(root: string): Promise<void> {
  await esbuild.build({
    ...NODE_BUNDLE,
    entryPoints: [path.join(root, 'build', 'cli.ts')],
    outfile: path.join(root, 'dist', 'cli.js'),
  });
}
