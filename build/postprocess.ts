/**
 * Tidies esbuild's output into the code GTM stores, with one parse:
 *
 * - undoes esbuild's spellings the sandbox may not accept: `{ a }` for
 *   `{ a: a }`, `void 0` for `undefined`, `1e3` for `1000` (numbers are
 *   printed in plain decimal), and a raw tab for `\t` inside strings;
 * - drops the "use strict" directive and the requires of sandbox APIs that
 *   nothing uses (apis.ts requires every API; only used ones may reach the
 *   template, or the permissions would have to cover them).
 *
 * Edits stay within their line and only whole lines are removed, so
 * positions map back through `originalLine` and the source map.
 */
import * as acorn from 'acorn';
import { analyzeScopes, parseSandboxCode, walk, type AnyNode } from './ast';
import { isPlainDecimal, plainDecimal } from './dialect';

export interface TidyCode {
  code: string;
  /** Line in the input for a line of the output (both 1-based). */
  originalLine(line: number): number;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

export function tidyEsbuildOutput(esbuildCode: string): TidyCode {
  const tokens: acorn.Token[] = [];
  const ast = parseSandboxCode(esbuildCode, tokens);
  const edited = applyEdits(esbuildCode, [
    ...spellingEdits(ast),
    ...tokenEdits(esbuildCode, tokens),
  ]);
  return dropLines(edited, linesToDrop(ast));
}

function spellingEdits(ast: acorn.Program): Edit[] {
  const edits: Edit[] = [];
  walk(ast as AnyNode, (node) => {
    if (node.type === 'Property' && node.shorthand && node.value.type === 'Identifier') {
      edits.push({ start: node.key.end, end: node.key.end, text: ': ' + node.value.name });
    }
    // A `void` of anything else is left for the lint to reject.
    if (
      node.type === 'UnaryExpression' &&
      node.operator === 'void' &&
      node.argument.type === 'Literal' &&
      node.argument.value === 0
    ) {
      edits.push({ start: node.start, end: node.end, text: 'undefined' });
    }
  });
  return edits;
}

function tokenEdits(code: string, tokens: acorn.Token[]): Edit[] {
  const edits: Edit[] = [];
  for (const token of tokens) {
    const raw = code.slice(token.start, token.end);
    if (token.type === acorn.tokTypes.num && !isPlainDecimal(raw) && !raw.endsWith('n')) {
      const value = (token as unknown as { value: number }).value;
      edits.push({ start: token.start, end: token.end, text: plainDecimal(value) });
    } else if (token.type === acorn.tokTypes.string && raw.indexOf('\t') >= 0) {
      edits.push({ start: token.start, end: token.end, text: raw.split('\t').join('\\t') });
    }
  }
  return edits;
}

/** Applies non-overlapping edits in one pass. */
function applyEdits(code: string, edits: Edit[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const e of edits.sort((a, b) => a.start - b.start)) {
    parts.push(code.slice(at, e.start), e.text);
    at = e.end;
  }
  parts.push(code.slice(at));
  return parts.join('');
}

function linesToDrop(ast: acorn.Program): Set<number> {
  const drop = new Set<number>();
  for (const stmt of ast.body as AnyNode[]) {
    if (stmt.type === 'ExpressionStatement' && stmt.directive === 'use strict') {
      drop.add(stmt.loc!.start.line);
    }
  }
  for (const v of analyzeScopes(ast).globalScope!.variables) {
    const def = v.defs[0] as any;
    const decl = def && def.parent;
    const init = def && def.node && def.node.init;
    const isRequire =
      init &&
      init.type === 'CallExpression' &&
      init.callee.type === 'Identifier' &&
      init.callee.name === 'require';
    const readers = v.references.filter((r) => !r.init);
    if (
      isRequire &&
      readers.length === 0 &&
      decl.declarations.length === 1 &&
      decl.loc.start.line === decl.loc.end.line
    ) {
      drop.add(decl.loc.start.line);
    }
  }
  return drop;
}

function dropLines(code: string, drop: Set<number>): TidyCode {
  const kept: number[] = [];
  const out: string[] = [];
  code.split('\n').forEach((text, i) => {
    if (drop.has(i + 1)) return;
    kept.push(i + 1);
    out.push(text);
  });
  const leading = leadingBlankLines(out);
  return {
    code: out.join('\n').replace(/^\n+/, '').replace(/\n+$/, '') + '\n',
    originalLine: (line) => kept[line - 1 + leading] ?? line,
  };
}

function leadingBlankLines(lines: string[]): number {
  let n = 0;
  while (n < lines.length && lines[n] === '') n++;
  return n;
}
