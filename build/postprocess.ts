/**
 * Tidies esbuild's output into the code GTM stores, from the one parse the
 * build's checks share (ast.ts ParsedCode):
 *
 * - rewrites esbuild's spellings the sandbox may not accept: `{ a }` for
 *   `{ a: a }`, `void 0` for `undefined`, `1e3` for `1000` (numbers are
 *   printed in plain decimal), and a raw tab for `\t` inside strings;
 * - drops the "use strict" directive and the requires of sandbox APIs that
 *   nothing uses (apis.ts requires every API; only used ones may reach the
 *   template, or the permissions would have to cover them).
 *
 * The plan names what it rewrites and drops, so the lint and the permissions
 * check, run on the same parse, leave those alone. Edits stay within their
 * line and only whole lines are removed, so positions map back through
 * `originalLine` and the source map.
 */
import * as acorn from 'acorn';
import { simple } from 'acorn-walk';
import type { AnyNode, ParsedCode } from './ast';
import { isPlainDecimal, plainDecimal } from './dialect';

export interface TidyCode {
  code: string;
  /** Line in the input for a line of the output (both 1-based). */
  originalLine(line: number): number;
}

export interface TidyPlan {
  /** Tokens and nodes whose spelling the plan rewrites. */
  rewritten: { tokens: Set<acorn.Token>; nodes: Set<AnyNode> };
  /** The require() calls of the declarations it drops. */
  droppedRequires: Set<AnyNode>;
  apply(): TidyCode;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

export function planTidy(parsed: ParsedCode): TidyPlan {
  const edits: Edit[] = [];
  const rewritten = { tokens: new Set<acorn.Token>(), nodes: new Set<AnyNode>() };
  for (const token of parsed.tokens) {
    const raw = parsed.code.slice(token.start, token.end);
    if (token.type === acorn.tokTypes.num && !isPlainDecimal(raw) && !raw.endsWith('n')) {
      const value = (token as unknown as { value: number }).value;
      edits.push({ start: token.start, end: token.end, text: plainDecimal(value) });
      rewritten.tokens.add(token);
    } else if (token.type === acorn.tokTypes.string && raw.indexOf('\t') >= 0) {
      edits.push({ start: token.start, end: token.end, text: raw.split('\t').join('\\t') });
      rewritten.tokens.add(token);
    }
  }
  simple(parsed.ast, {
    Property(n) {
      const node = n as AnyNode;
      if (node.shorthand && node.value.type === 'Identifier') {
        edits.push({ start: node.key.end, end: node.key.end, text: ': ' + node.value.name });
        rewritten.nodes.add(node);
      }
    },
    UnaryExpression(n) {
      // A `void` of anything else is left for the lint to reject.
      const node = n as AnyNode;
      if (
        node.operator === 'void' &&
        node.argument.type === 'Literal' &&
        node.argument.value === 0
      ) {
        edits.push({ start: node.start, end: node.end, text: 'undefined' });
        rewritten.nodes.add(node);
      }
    },
  });
  const { lines, droppedRequires } = linesToDrop(parsed);
  return {
    rewritten,
    droppedRequires,
    apply: () => dropLines(applyEdits(parsed.code, edits), lines),
  };
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

function linesToDrop(parsed: ParsedCode): { lines: Set<number>; droppedRequires: Set<AnyNode> } {
  const lines = new Set<number>();
  const droppedRequires = new Set<AnyNode>();
  const lineOf = (offset: number) => parsed.lineColumn(offset).line;
  for (const stmt of parsed.ast.body as AnyNode[]) {
    if (stmt.type === 'ExpressionStatement' && stmt.directive === 'use strict') {
      lines.add(lineOf(stmt.start));
    }
  }
  for (const v of parsed.scopeManager.globalScope!.variables) {
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
      lineOf(decl.start) === lineOf(decl.end)
    ) {
      lines.add(lineOf(decl.start));
      droppedRequires.add(init);
    }
  }
  return { lines, droppedRequires };
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
