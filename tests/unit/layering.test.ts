/**
 * The runtime's import layering (issue 11: folders import downward only):
 * sandbox < lib < meta < log < context < stages < main. Each stage folder
 * sees the layers below it, context.ts (types only) and its own modules,
 * never another stage; there is no import cycle; and the readable tables
 * (meta/spec, meta/sources, meta/data/) stay out of the shipped code.
 */
import * as esbuild from 'esbuild';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(new URL('../..', import.meta.url).pathname);
const SRC = path.join(ROOT, 'template-src');

/** Build-time only: the field definitions and GTM's test scenarios, and the sandbox typings. */
const NOT_RUNTIME = ['definition', 'scenarios', 'types'];

const STAGE_FOLDERS = [
  'checks',
  'consent',
  'custom-data',
  'dedup',
  'delivery',
  'enhancement',
  'event-name',
  'identity',
  'server-event',
  'user-data',
];

interface Import {
  /** Relative to template-src, with forward slashes. */
  from: string;
  to: string;
  typeOnly: boolean;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

const relative = (file: string) => path.relative(SRC, file).split(path.sep).join('/');

/** A relative specifier as the file it names (esbuild's resolution for these sources). */
function resolveModule(fromFile: string, specifier: string): string {
  const base = path.resolve(path.dirname(fromFile), specifier);
  for (const candidate of [base, base + '.ts', path.join(base, 'index.ts')]) {
    if (candidate.endsWith('.ts') && existsSync(candidate) && statSync(candidate).isFile()) {
      return relative(candidate);
    }
  }
  throw new Error(`${relative(fromFile)}: cannot resolve ${specifier}`);
}

/** Every import and re-export of a module; type-only when nothing it names is a value. */
function importsOf(file: string): Import[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const found: Import[] = [];
  for (const statement of source.statements) {
    let specifier: ts.Expression | undefined;
    let typeOnly = false;
    if (ts.isImportDeclaration(statement)) {
      specifier = statement.moduleSpecifier;
      const clause = statement.importClause;
      const named = clause?.namedBindings;
      typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            named !== undefined &&
            ts.isNamedImports(named) &&
            named.elements.length > 0 &&
            named.elements.every((e) => e.isTypeOnly)));
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier !== undefined) {
      specifier = statement.moduleSpecifier;
      typeOnly = statement.isTypeOnly;
    }
    if (specifier === undefined || !ts.isStringLiteral(specifier)) continue;
    if (!specifier.text.startsWith('.')) {
      throw new Error(`${relative(file)} imports the package ${specifier.text}`);
    }
    found.push({ from: relative(file), to: resolveModule(file, specifier.text), typeOnly });
  }
  return found;
}

const RUNTIME_FILES = tsFiles(SRC).filter(
  (file) => !NOT_RUNTIME.includes(relative(file).split('/')[0]),
);
const IMPORTS = RUNTIME_FILES.flatMap(importsOf);

const folderOf = (module: string) => (module.includes('/') ? module.split('/')[0] : module);

/** What a module may import: a folder (`lib/`) or a file (`context.ts`), and whether types only. */
type Allowed = (to: string, typeOnly: boolean) => boolean;

const inFolders =
  (...folders: string[]): Allowed =>
  (to) =>
    folders.includes(folderOf(to));

function violations(folder: string, allowed: Allowed): string[] {
  return IMPORTS.filter((i) => folderOf(i.from) === folder && !allowed(i.to, i.typeOnly)).map(
    (i) => `${i.from} → ${i.to}${i.typeOnly ? ' (types)' : ''}`,
  );
}

describe('folders import downward only', () => {
  it('finds the modules and their imports', () => {
    expect(RUNTIME_FILES.length).toBeGreaterThan(50);
    expect(IMPORTS.length).toBeGreaterThan(100);
    for (const folder of ['lib', 'meta', 'log', ...STAGE_FOLDERS]) {
      expect(
        IMPORTS.some((i) => folderOf(i.from) === folder),
        folder,
      ).toBe(true);
    }
  });

  it('sandbox/ imports nothing', () => {
    expect(violations('sandbox', () => false)).toEqual([]);
  });

  it('lib/ imports only sandbox/ and lib/', () => {
    expect(violations('lib', inFolders('sandbox', 'lib'))).toEqual([]);
  });

  it('meta/ imports only sandbox/, lib/ and meta/', () => {
    expect(violations('meta', inFolders('sandbox', 'lib', 'meta'))).toEqual([]);
  });

  it('log/ imports only sandbox/, lib/, meta/ and log/', () => {
    expect(violations('log', inFolders('sandbox', 'lib', 'meta', 'log'))).toEqual([]);
  });

  it('context.ts imports only types, from lib/ and log/', () => {
    expect(
      violations('context.ts', (to, typeOnly) => typeOnly && ['lib', 'log'].includes(folderOf(to))),
    ).toEqual([]);
  });

  it.each(STAGE_FOLDERS)(
    '%s/ imports only sandbox/, lib/, meta/, log/, context.ts (types) and itself',
    (stage) => {
      const allowed: Allowed = (to, typeOnly) =>
        inFolders('sandbox', 'lib', 'meta', 'log', stage)(to, typeOnly) ||
        (to === 'context.ts' && typeOnly);
      expect(violations(stage, allowed)).toEqual([]);
    },
  );
});

it('has no import cycle', () => {
  const edges = new Map<string, string[]>();
  for (const i of IMPORTS) edges.set(i.from, [...(edges.get(i.from) ?? []), i.to]);
  const state = new Map<string, 'visiting' | 'done'>();
  const cycles: string[] = [];
  const visit = (module: string, trail: string[]): void => {
    if (state.get(module) === 'done') return;
    if (state.get(module) === 'visiting') {
      cycles.push([...trail.slice(trail.indexOf(module)), module].join(' → '));
      return;
    }
    state.set(module, 'visiting');
    for (const next of edges.get(module) ?? []) visit(next, [...trail, module]);
    state.set(module, 'done');
  };
  for (const file of RUNTIME_FILES) visit(relative(file), []);
  expect(cycles).toEqual([]);
});

it('the shipped code holds none of meta/spec, meta/sources or meta/data/', async () => {
  const result = await esbuild.build({
    entryPoints: [path.join(SRC, 'main.ts')],
    absWorkingDir: ROOT,
    bundle: true,
    format: 'cjs',
    platform: 'neutral',
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [
      {
        name: 'sandbox-apis-are-external',
        setup(build) {
          build.onResolve({ filter: /^[A-Za-z]/ }, (args) => ({ path: args.path, external: true }));
        },
      },
    ],
  });
  const inputs = Object.keys(result.metafile.inputs);
  expect(inputs).toContain('template-src/meta/compact.ts');
  expect(
    inputs.filter((input) =>
      /^template-src\/meta\/(spec\.ts|sources\.ts|data\/)/.test(input.split(path.sep).join('/')),
    ),
  ).toEqual([]);
});
