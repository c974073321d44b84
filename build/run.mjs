/**
 * Where `npm run build` and `npm run check` start: runs the bundled CLI
 * (dist/cli.js) under plain `node`, bundling it first only when a source of
 * it changed. No TypeScript loader starts, and a fresh bundle is not redone,
 * which keeps a build under a second (bench/build-time.ts measures it).
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ensureCliBundle } from './cli-bundle.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const cli = await import(pathToFileURL(await ensureCliBundle(root)).href);
// Piped into `head`, stdout closes early; that is not an error.
process.stdout.on('error', (/** @type {NodeJS.ErrnoException} */ e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  else throw e;
});
process.exitCode = await cli.main(process.argv.slice(2));
