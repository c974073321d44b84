/**
 * The build: template-src → dist/template.tpl and template.tpl (`npm run
 * build`, i.e. `cli build`), and the check that the committed template.tpl
 * is a fresh build (`npm run check`, `npm run build -- --check`).
 */
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSummary } from './build-summary';
import { ensureCliBundle } from './cli-bundle.mjs';
import { COMPACT_TABLES_FILE, renderCompactTables } from './compact-tables';
import { compactWhitespace } from './compact-whitespace';
import { compileTemplate } from './compile';
import { FIELD_REFERENCE_FILE, renderFieldReferencePage } from './field-reference';
import { loadDefinition } from './definition';
import { checkFields } from './fields-check';
import { parseForChecks, type AnyNode, type ParsedCode } from './ast';
import { formatLintError, lintParsedCode, lintSandboxCode } from './lint';
import { checkPermissions } from './permissions-check';
import { planTidy } from './postprocess';
import { lintScenarios } from './scenario-lint';
import { createPositionMapper, type PositionMapper } from './source-map';
import { assembleTpl, TERMS_OF_SERVICE } from './tpl';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const ENTRY = 'template-src/main.ts';

const CODE_HEADER =
  '// Compiled from template-src/ (TypeScript) by `npm run build`. Edit the sources, not this code.\n';

export class BuildError extends Error {
  constructor(
    readonly stage: string,
    readonly problems: string[],
  ) {
    super(stage + ' failed:\n' + problems.map((p) => '  ' + p).join('\n'));
  }
}

export interface BuildOptions {
  root?: string;
  /** Entry module, relative to root (tests compile fixtures through the same pipeline). */
  entry?: string;
}

export interface BuildOutput {
  tpl: string;
  /** docs/field-reference.md as a fresh build writes it. */
  fieldReference: string;
  code: string;
  /** The code before whitespace compaction (build/compact-whitespace.ts). */
  readableCode: string;
}

export interface CheckedCode {
  /** The code GTM stores: esbuild's output, tidied, its whitespace compacted. */
  code: string;
  /** The same code before compaction, line for line (dist/template.readable.js). */
  readableCode: string;
  /** esbuild's output, parsed once for every check; positions in it map to TypeScript sources. */
  compiled: ParsedCode;
  mapPosition: PositionMapper;
  /** require() calls in `compiled` that `code` leaves out. */
  droppedRequires: ReadonlySet<AnyNode>;
}

/**
 * Compiles one entry module to sandboxed code and lints it. The lint runs on
 * esbuild's output, less the spellings the tidy step rewrites, so the output
 * is parsed once (tests/build/dialect.test.ts lints the tidied result too).
 */
export async function buildCode(root: string, entry: string): Promise<CheckedCode> {
  const output = await compileTemplate(entry, root);
  const mapPosition = createPositionMapper(output.map, path.join(root, 'dist'), root);
  let compiled: ParsedCode;
  try {
    compiled = parseForChecks(output.code);
  } catch {
    const errors = lintSandboxCode(output.code, { mapPosition });
    throw new BuildError('sandbox lint', errors.map(formatLintError));
  }
  const tidy = planTidy(compiled);
  const lintErrors = lintParsedCode(compiled, { mapPosition, rewritten: tidy.rewritten });
  if (lintErrors.length > 0) throw new BuildError('sandbox lint', lintErrors.map(formatLintError));
  const tidied = tidy.apply().code;
  return {
    code: CODE_HEADER + compactWhitespace(tidied),
    readableCode: CODE_HEADER + tidied,
    compiled,
    mapPosition,
    droppedRequires: tidy.droppedRequires,
  };
}

export async function buildTemplate(options: BuildOptions = {}): Promise<BuildOutput> {
  const root = options.root ?? ROOT;
  // esbuild compiles in a process of its own while this one checks the fields and scenarios.
  const building = buildCode(root, options.entry ?? ENTRY);
  // Awaited below; this only keeps an earlier failure from leaving it unhandled.
  building.catch(() => undefined);
  const def = loadDefinition(root);

  const fieldErrors = checkFields(def.fieldSources);
  if (fieldErrors.length > 0) throw new BuildError('field definitions', fieldErrors);
  const scenarioErrors = lintScenarios(def.setup, def.scenarios);
  if (scenarioErrors.length > 0) throw new BuildError('test scenario lint', scenarioErrors);

  const { code, readableCode, compiled, mapPosition, droppedRequires } = await building;
  const permissionErrors = checkPermissions(
    compiled,
    def.permissions,
    mapPosition,
    droppedRequires,
  );
  if (permissionErrors.length > 0)
    throw new BuildError('permissions cross-check', permissionErrors);

  const tpl = assembleTpl({
    termsOfService: TERMS_OF_SERVICE,
    info: def.info as unknown as Record<string, unknown>,
    parameters: def.fieldSources.flatMap((s) => s.fields),
    serverCode: code.replace(/\n$/, ''),
    serverPermissions: def.permissions,
    tests: {
      scenarios: def.scenarios.map((s) => ({ name: s.name, code: s.code })),
      setup: def.setup.code,
    },
    notes: def.notes,
  });
  return {
    tpl,
    fieldReference: renderFieldReferencePage(def.fieldSources),
    code,
    readableCode,
  };
}

export interface Output {
  out(line: string): void;
  err(line: string): void;
}

const consoleOutput: Output = { out: (l) => console.log(l), err: (l) => console.error(l) };

/**
 * `build` writes dist/template.tpl, template.tpl, docs/field-reference.md
 * and the CLI bundle; `check` only compares. Resolves to the exit code.
 * `root` is the repository (tests check a copy).
 */
export async function runBuild(
  check: boolean,
  io: Output = consoleOutput,
  root: string = ROOT,
): Promise<number> {
  const started = performance.now();
  let out: BuildOutput;
  try {
    out = await buildTemplate({ root });
  } catch (e) {
    io.err(e instanceof BuildError ? e.message : String((e as Error).stack ?? e));
    return 1;
  }
  const rootTpl = path.join(root, 'template.tpl');
  const referencePath = path.join(root, FIELD_REFERENCE_FILE);
  const compactPath = path.join(root, COMPACT_TABLES_FILE);
  const compact = renderCompactTables();
  if (check) {
    if (!existsSync(compactPath) || readFileSync(compactPath, 'utf8') !== compact) {
      io.err(COMPACT_TABLES_FILE + ' is stale. Run `npm run build` and commit it.');
      return 1;
    }
    const stale = staleness(
      existsSync(rootTpl) ? readFileSync(rootTpl, 'utf8') : undefined,
      out.tpl,
    );
    if (stale) {
      io.err(stale);
      return 1;
    }
    if (!existsSync(referencePath) || readFileSync(referencePath, 'utf8') !== out.fieldReference) {
      io.err(
        FIELD_REFERENCE_FILE +
          (existsSync(referencePath) ? ' is stale' : ' is missing') +
          '. Run `npm run build` and commit ' +
          FIELD_REFERENCE_FILE +
          '.',
      );
      return 1;
    }
    io.out(
      'template.tpl and ' +
        FIELD_REFERENCE_FILE +
        ' match a fresh build (' +
        Math.round(performance.now() - started) +
        ' ms).',
    );
    return 0;
  }
  mkdirSync(path.join(root, 'dist'), { recursive: true });
  if (!existsSync(compactPath) || readFileSync(compactPath, 'utf8') !== compact) {
    writeFileSync(compactPath, compact);
  }
  writeFileSync(path.join(root, 'dist', 'template.tpl'), out.tpl);
  writeFileSync(path.join(root, 'dist', 'template.readable.js'), out.readableCode);
  writeFileSync(rootTpl, out.tpl);
  mkdirSync(path.dirname(referencePath), { recursive: true });
  writeFileSync(referencePath, out.fieldReference);
  await ensureCliBundle(root);
  io.out(buildSummary(out.tpl, out.code, performance.now() - started));
  return 0;
}

/** Why the committed template.tpl is not the fresh build, or undefined if it is. */
export function staleness(committed: string | undefined, fresh: string): string | undefined {
  if (committed === fresh) return undefined;
  return (
    'template.tpl differs from a fresh build of template-src/' +
    (committed === undefined ? ' (template.tpl is missing)' : firstDifference(committed, fresh)) +
    '. Run `npm run build` and commit template.tpl.'
  );
}

function firstDifference(a: string, b: string): string {
  const al = a.split('\n');
  const bl = b.split('\n');
  for (let i = 0; i < Math.max(al.length, bl.length); i++) {
    if (al[i] !== bl[i]) return ' (first difference at line ' + (i + 1) + ')';
  }
  return '';
}
