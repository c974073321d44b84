/**
 * Tidies esbuild's output into the code GTM stores: drops the "use strict"
 * directive and the requires of sandbox APIs that nothing uses (apis.ts
 * requires every API; only used ones may reach the template, or the
 * permissions would have to cover them). Only whole lines are removed, so
 * positions map back through `originalLine`.
 */
import { analyzeScopes, parseSandboxCode, walk, type AnyNode } from './ast';

/**
 * Undoes two of esbuild's spellings the sandbox may not accept: `{ a }` for
 * `{ a: a }`, and `void 0` for `undefined`. Lines are unchanged, so source
 * maps stay valid. A `void` of anything else is left for the lint to reject.
 */
export function undoEsbuildSpellings(code: string): string {
  const ast = parseSandboxCode(code);
  const edits: { start: number; end: number; text: string }[] = [];
  walk(ast as AnyNode, (node) => {
    if (node.type === 'Property' && node.shorthand && node.value.type === 'Identifier') {
      edits.push({ start: node.key.end, end: node.key.end, text: ': ' + node.value.name });
    }
    if (
      node.type === 'UnaryExpression' &&
      node.operator === 'void' &&
      node.argument.type === 'Literal' &&
      node.argument.value === 0
    ) {
      edits.push({ start: node.start, end: node.end, text: 'undefined' });
    }
  });
  let out = code;
  for (const e of edits.sort((a, b) => b.start - a.start)) {
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
  }
  return out;
}

export interface PostProcessed {
  code: string;
  /** Line in the input for a line of the output (both 1-based). */
  originalLine(line: number): number;
}

export function postProcess(code: string): PostProcessed {
  const ast = parseSandboxCode(code);
  const scope = analyzeScopes(ast).globalScope!;
  const dropLines = new Set<number>();
  for (const stmt of ast.body as AnyNode[]) {
    if (stmt.type === 'ExpressionStatement' && stmt.directive === 'use strict') {
      dropLines.add(stmt.loc!.start.line);
    }
  }
  for (const v of scope.variables) {
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
      dropLines.add(decl.loc.start.line);
    }
  }
  const lines = code.split('\n');
  const kept: number[] = [];
  const out: string[] = [];
  lines.forEach((text, i) => {
    if (dropLines.has(i + 1)) return;
    kept.push(i + 1);
    out.push(text);
  });
  return {
    code: out.join('\n').replace(/^\n+/, '').replace(/\n+$/, '') + '\n',
    originalLine: (line) => kept[line - 1 + leadingBlankLines(out)] ?? line,
  };
}

function leadingBlankLines(lines: string[]): number {
  let n = 0;
  while (n < lines.length && lines[n] === '') n++;
  return n;
}
