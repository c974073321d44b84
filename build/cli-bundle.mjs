/**
 * The toolchain CLI (build/cli.ts) bundled into dist/cli.js, runnable with
 * plain `node` and declared as the package's `bin`. Plain JavaScript
 * (type-checked through JSDoc), so `npm run build` can use it before any
 * TypeScript loader starts.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * How toolchain code is bundled to run under plain `node` (the CLI; the
 * bench's harness); npm packages stay external and load from node_modules.
 * @type {import('esbuild').BuildOptions}
 */
export const NODE_BUNDLE = {
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

/**
 * Bundles dist/cli.js unless it is fresh: present, and newer than every file
 * it was bundled from (esbuild's metafile lists them, this file and the npm
 * packages' files among them; kept in dist/cli.inputs.json).
 * @param {string} root the repository root
 * @returns {Promise<string>} the bundle's path
 */
export async function ensureCliBundle(root) {
  const outfile = path.join(root, 'dist', 'cli.js');
  const inputsFile = path.join(root, 'dist', 'cli.inputs.json');
  if (isFresh(root, outfile, inputsFile)) return outfile;
  // Loaded only to bundle: a fresh bundle costs no esbuild start-up.
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    ...NODE_BUNDLE,
    // The CLI carries its npm packages (esbuild, which runs a binary of its
    // own, aside): one file loads in half the time of resolving and reading
    // a hundred modules in node_modules.
    packages: undefined,
    external: ['esbuild'],
    absWorkingDir: root,
    entryPoints: ['build/cli.ts'],
    outfile,
    metafile: true,
  });
  writeFileSync(inputsFile, JSON.stringify(Object.keys(result.metafile.inputs)) + '\n');
  return outfile;
}

/**
 * @param {string} root
 * @param {string} outfile
 * @param {string} inputsFile
 */
function isFresh(root, outfile, inputsFile) {
  if (!existsSync(outfile) || !existsSync(inputsFile)) return false;
  const bundled = statSync(outfile).mtimeMs;
  /** @type {string[]} */
  const inputs = JSON.parse(readFileSync(inputsFile, 'utf8'));
  return inputs.every((file) => {
    const source = path.join(root, file);
    return existsSync(source) && statSync(source).mtimeMs <= bundled;
  });
}
