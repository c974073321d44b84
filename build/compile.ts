/**
 * Compiles template-src (TypeScript, several modules) into ONE sandboxed-JS
 * function body with esbuild. Sandbox API names are external so that
 * `require('sendHttpRequest')` survives as written. Nothing is lowered except
 * template literals (to String.concat, which the sandbox has): every other
 * construct the sandbox lacks is left in place for the lint to report at its
 * TypeScript source line.
 */
import * as esbuild from 'esbuild';
import path from 'node:path';
import { COMPACT_TABLES_FILE, renderCompactTables } from './compact-tables';

export interface CompiledCode {
  code: string;
  /** esbuild's source map (v3 JSON) for `code`. */
  map: string;
}

export class CompileError extends Error {}

export async function compileTemplate(entry: string, root: string): Promise<CompiledCode> {
  let result: esbuild.BuildResult<{ write: false; sourcemap: 'external'; outfile: string }>;
  try {
    result = await esbuild.build({
      entryPoints: [entry],
      absWorkingDir: root,
      bundle: true,
      format: 'cjs',
      platform: 'neutral',
      target: 'esnext',
      supported: { 'template-literal': false },
      write: false,
      sourcemap: 'external',
      sourcesContent: false,
      outfile: path.join(root, 'dist', 'template.js'),
      charset: 'utf8',
      legalComments: 'none',
      logLevel: 'silent',
      plugins: [sandboxApisAreExternal, freshCompactTables],
    });
  } catch (e) {
    const failure = e as esbuild.BuildFailure;
    const lines = (failure.errors ?? []).map((m) => {
      const at = m.location
        ? m.location.file + ':' + m.location.line + ':' + m.location.column + ': '
        : '';
      return at + m.text;
    });
    throw new CompileError(
      'TypeScript sources do not compile:\n' + (lines.join('\n') || String(e)),
    );
  }
  const js = result.outputFiles.find((f) => f.path.endsWith('.js'));
  const map = result.outputFiles.find((f) => f.path.endsWith('.js.map'));
  if (!js || !map) throw new CompileError('esbuild produced no output');
  return { code: js.text, map: map.text };
}

/** Bare module names are sandbox APIs (`require('JSON')`), never npm packages. */
const sandboxApisAreExternal: esbuild.Plugin = {
  name: 'sandbox-apis-are-external',
  setup(build) {
    build.onResolve({ filter: /^[A-Za-z]/ }, (args) => {
      if (args.kind === 'import-statement') {
        return {
          errors: [
            {
              text:
                'template-src cannot import the package "' +
                args.path +
                '": the sandbox has no npm packages; use require() for sandbox APIs',
            },
          ],
        };
      }
      return { path: args.path, external: true };
    });
  },
};

/**
 * meta/compact.ts is rendered from the readable tables on every build, so
 * the template never ships stale tables; the committed copy (for tsc and
 * the unit tests) is kept in step by `build` and verified by `check`.
 */
const freshCompactTables: esbuild.Plugin = {
  name: 'fresh-compact-tables',
  setup(build) {
    const file = COMPACT_TABLES_FILE.split('/').join(path.sep);
    build.onLoad({ filter: /compact\.ts$/ }, (args) =>
      args.path.endsWith(file) ? { contents: renderCompactTables(), loader: 'ts' } : undefined,
    );
  },
};
