/** AST helpers shared by the sandbox lint and the permissions cross-check. */
import * as acorn from 'acorn';
import * as eslintScope from 'eslint-scope';
import type * as ESTree from 'estree';

export type AnyNode = acorn.Node & Record<string, any>;

/**
 * Parses sandboxed code (a function body: top-level `return` is allowed);
 * collects tokens into `tokens` if given. Nodes carry offsets (`start`, and
 * `range`, which eslint-scope needs), not line/column objects: positions are
 * computed only for what gets reported (`lineColumn`).
 */
export function parseSandboxCode(code: string, tokens?: acorn.Token[]): acorn.Program {
  return acorn.parse(code, {
    ecmaVersion: 'latest',
    sourceType: 'script',
    allowReturnOutsideFunction: true,
    ranges: true,
    onToken: tokens,
  });
}

/** One parse of a piece of code with everything the checks need, so each check need not parse again. */
export interface ParsedCode {
  code: string;
  ast: acorn.Program;
  tokens: acorn.Token[];
  scopeManager: eslintScope.ScopeManager;
  bindings: Bindings;
  /** 1-based line and 0-based column of an offset into `code`. */
  lineColumn(offset: number): { line: number; column: number };
}

/** Throws acorn's SyntaxError (with `loc`) when the code does not parse. */
export function parseForChecks(code: string): ParsedCode {
  const tokens: acorn.Token[] = [];
  const ast = parseSandboxCode(code, tokens);
  const scopeManager = analyzeScopes(ast);
  return {
    code,
    ast,
    tokens,
    scopeManager,
    bindings: indexBindings(scopeManager),
    lineColumn: lineColumnOf(code),
  };
}

/** Line and column lookup for `code`, by binary search over its line starts (found once). */
export function lineColumnOf(code: string): (offset: number) => { line: number; column: number } {
  let starts: number[] | undefined;
  return (offset) => {
    if (!starts) {
      starts = [0];
      for (let i = code.indexOf('\n'); i >= 0; i = code.indexOf('\n', i + 1)) starts.push(i + 1);
    }
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low] };
  };
}

export function analyzeScopes(ast: acorn.Program): eslintScope.ScopeManager {
  return eslintScope.analyze(ast as unknown as ESTree.Program, {
    ecmaVersion: 2022,
    sourceType: 'script',
    nodejsScope: false,
  });
}

/** Resolves identifiers once: whether each is a global, and which API it holds. */
export interface Bindings {
  isGlobal(id: AnyNode): boolean;
  /** For `var JSON = require("JSON")`, references of JSON give "JSON". */
  apiOf(id: AnyNode): string | undefined;
}

export function indexBindings(scopeManager: eslintScope.ScopeManager): Bindings {
  const refs = new Map<unknown, eslintScope.Reference>();
  const apis = new Map<eslintScope.Variable, string>();
  for (const scope of scopeManager.scopes) {
    for (const ref of scope.references) refs.set(ref.identifier, ref);
    for (const v of scope.variables) {
      const def = v.defs[0];
      const init =
        def && def.type === 'Variable' ? (def.node as ESTree.VariableDeclarator).init : null;
      if (
        init &&
        init.type === 'CallExpression' &&
        init.callee.type === 'Identifier' &&
        init.callee.name === 'require' &&
        init.arguments.length === 1 &&
        init.arguments[0].type === 'Literal' &&
        typeof init.arguments[0].value === 'string'
      ) {
        apis.set(v, init.arguments[0].value);
      }
    }
  }
  return {
    isGlobal: (id) => {
      const ref = refs.get(id);
      return ref !== undefined && ref.resolved === null;
    },
    apiOf: (id) => {
      const ref = refs.get(id);
      return ref && ref.resolved ? apis.get(ref.resolved) : undefined;
    },
  };
}
