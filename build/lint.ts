/**
 * The sandbox lint: an allow-list of what GTM's sandboxed JavaScript accepts
 * (reference/gtm-platform.md §1.2), checked with acorn on the compiled output
 * and on the test scenarios, so a construct that slipped through TypeScript
 * fails the build at its source line instead of failing in the GTM editor.
 * Syntax is judged on the tree; spellings (numbers, strings, whitespace,
 * trailing commas) on the tokens, by dialect.ts.
 */
import type * as acorn from 'acorn';
import { fullAncestor } from 'acorn-walk';
import { parseForChecks, type AnyNode, type Bindings, type ParsedCode } from './ast';
import { checkTokens, RISKY_NAMES } from './dialect';
import {
  BUILTIN_METHODS,
  OBJECT_API_MEMBERS,
  SANDBOX_API_NAMES,
  TEMPLATE_GLOBALS,
} from './sandbox-catalogue';
import { formatPosition, type PositionMapper, type SourcePosition } from './source-map';

export interface LintError {
  message: string;
  /** Position in the linted code (1-based line, 0-based column). */
  line: number;
  column: number;
  /** Position in the TypeScript source, when a source map is given. */
  source?: SourcePosition;
  /** The code does not parse (the only error reported then). */
  syntax?: boolean;
}

export interface LintOptions {
  globals?: ReadonlySet<string>;
  /** Extra callable method names (the Tests tab's matchers, for scenario code). */
  methods?: ReadonlySet<string>;
  mapPosition?: PositionMapper;
  /**
   * esbuild's spellings that the build rewrites after the lint (postprocess.ts):
   * these tokens (numbers, strings with tabs) and nodes (`{ a }`, `void 0`) are
   * not reported.
   */
  rewritten?: { tokens: ReadonlySet<acorn.Token>; nodes: ReadonlySet<AnyNode> };
}

/** Node types that need no further check. */
const PLAIN_NODES = new Set([
  'Program',
  'ExpressionStatement',
  'BlockStatement',
  'EmptyStatement',
  'ReturnStatement',
  'IfStatement',
  'ForStatement',
  'ForInStatement',
  'WhileStatement',
  'DoWhileStatement',
  'SwitchStatement',
  'SwitchCase',
  'ConditionalExpression',
  'UpdateExpression',
  'ArrayExpression',
  'ObjectExpression',
  'VariableDeclarator',
]);

/** Forbidden node types and how to say so. */
const FORBIDDEN_NODES: Record<string, string> = {
  NewExpression: '`new` is not available in the sandbox (there are no constructors)',
  ThisExpression: '`this` is not available in the sandbox',
  ClassDeclaration: 'classes are not available in the sandbox',
  ClassExpression: 'classes are not available in the sandbox',
  TryStatement: 'try/catch/finally is not available in the sandbox',
  ThrowStatement: '`throw` is not available in the sandbox',
  SpreadElement: 'spread `...` is not available in the sandbox',
  RestElement: 'rest parameters/elements `...` are not available in the sandbox',
  ObjectPattern: 'destructuring is not available in the sandbox',
  ArrayPattern: 'destructuring is not available in the sandbox',
  AssignmentPattern: 'default parameter values are not available in the sandbox',
  ChainExpression: 'optional chaining `?.` is not available in the sandbox',
  AwaitExpression: 'async/await is not available in the sandbox (use require("Promise"))',
  YieldExpression: 'generators are not available in the sandbox',
  TemplateLiteral: 'template literals are not available in the sandbox',
  TaggedTemplateExpression: 'tagged templates are not available in the sandbox',
  LabeledStatement: 'labeled statements are not available in the sandbox',
  WithStatement: '`with` is not available in the sandbox',
  DebuggerStatement: '`debugger` is not available in the sandbox',
  SequenceExpression: 'the comma operator is not available in the sandbox',
  ImportExpression: 'import() is not available in the sandbox',
  ImportDeclaration: 'import is not available in the sandbox',
  ExportNamedDeclaration: 'export is not available in the sandbox',
  ExportDefaultDeclaration: 'export is not available in the sandbox',
  MetaProperty: 'new.target / import.meta are not available in the sandbox',
  Super: '`super` is not available in the sandbox',
  StaticBlock: 'classes are not available in the sandbox',
  PrivateIdentifier: 'classes are not available in the sandbox',
};

const FORBIDDEN_OPERATORS: Record<string, string> = {
  '??': 'nullish coalescing `??` is not available in the sandbox',
  '??=': 'nullish assignment `??=` is not available in the sandbox',
  '||=': 'logical assignment `||=` is not available in the sandbox',
  '&&=': 'logical assignment `&&=` is not available in the sandbox',
  '**': 'exponentiation `**` is not available in the sandbox (use Math.pow)',
  '**=': 'exponentiation `**=` is not available in the sandbox (use Math.pow)',
  instanceof: '`instanceof` is not available in the sandbox (use getType)',
  in: 'the `in` operator is not available in the sandbox (use hasOwnProperty)',
  delete: '`delete` is not available in the sandbox (use require("Object").delete)',
  void: '`void` is not available in the sandbox (write undefined)',
};

export function lintSandboxCode(code: string, options: LintOptions = {}): LintError[] {
  let parsed: ParsedCode;
  try {
    parsed = parseForChecks(code);
  } catch (e) {
    const err = e as SyntaxError & { loc?: { line: number; column: number } };
    const loc = err.loc ?? { line: 1, column: 0 };
    const error: LintError = {
      // acorn adds its own "(line:column)"; the report gives the place.
      message: err.message.replace(/ \(\d+:\d+\)$/, ''),
      line: loc.line,
      column: loc.column,
      syntax: true,
    };
    if (options.mapPosition) error.source = options.mapPosition(loc.line, loc.column);
    return [error];
  }
  return lintParsedCode(parsed, options);
}

/** The lint of code already parsed (the build parses its output once for every check). */
export function lintParsedCode(parsed: ParsedCode, options: LintOptions = {}): LintError[] {
  const { ast, scopeManager, bindings } = parsed;
  const globals = options.globals ?? TEMPLATE_GLOBALS;
  const rewritten = options.rewritten ?? { tokens: new Set(), nodes: new Set() };
  const errors: LintError[] = [];
  const report: Report = (at, message) => {
    const { line, column } = parsed.lineColumn(at.start);
    const err: LintError = { message, line, column };
    if (options.mapPosition) err.source = options.mapPosition(line, column);
    errors.push(err);
  };

  for (const problem of checkTokens(parsed.code, parsed.tokens, rewritten.tokens)) {
    report({ start: problem.offset }, problem.message);
  }

  // One walk: calls are checked after it, once every object literal's keys are known.
  const knownMethods = new Set(options.methods ?? []);
  const calls: AnyNode[] = [];
  fullAncestor(ast, (n, _state, ancestors) => {
    const node = n as AnyNode;
    if (node.type === 'Property' && !node.computed) {
      const k = node.key as AnyNode;
      knownMethods.add(k.type === 'Identifier' ? k.name : String(k.value));
    }
    if (rewritten.nodes.has(node)) return;
    if (node.type === 'CallExpression') calls.push(node);
    else checkNode(node, (ancestors[ancestors.length - 2] as AnyNode) ?? null, report);
  });
  for (const call of calls) checkCall(call, report, knownMethods, bindings);

  for (const ref of scopeManager.globalScope!.through) {
    const name = ref.identifier.name;
    if (!globals.has(name)) {
      report(
        ref.identifier as unknown as AnyNode,
        'undeclared identifier `' +
          name +
          '`: the sandbox has no globals besides ' +
          [...globals].join(', ') +
          (SANDBOX_API_NAMES.has(name) ? '; get it with require("' + name + '")' : ''),
      );
    }
  }

  for (const v of scopeManager.globalScope!.variables) {
    if (v.name.indexOf('__') === 0) {
      report(
        v.defs[0].name as unknown as AnyNode,
        'esbuild runtime helper `' +
          v.name +
          '` in the output: the source used a construct the sandbox lacks',
      );
    }
  }

  errors.sort((a, b) => a.line - b.line || a.column - b.column);
  // `a?.b` is both a chain and an optional member: one report for one place and message.
  return errors.filter(
    (e, i) =>
      i === 0 ||
      e.line !== errors[i - 1].line ||
      e.column !== errors[i - 1].column ||
      e.message !== errors[i - 1].message,
  );
}

export function formatLintError(e: LintError): string {
  const where = e.source
    ? formatPosition(e.source)
    : 'compiled template:' + e.line + ':' + (e.column + 1);
  return where + ': ' + e.message;
}

/** Reports a problem at a node, or at any offset given as `{ start }`. */
type Report = (at: { start: number }, message: string) => void;

/**
 * Checks one node of acorn-walk's walk, which visits every node except the
 * names after a dot and object keys: those may be any name (GTM's own API
 * has Object.delete), so the risky-name check never sees them.
 */
function checkNode(node: AnyNode, parent: AnyNode | null, report: Report): void {
  const type = node.type;
  if (FORBIDDEN_NODES[type]) return report(node, FORBIDDEN_NODES[type]);
  switch (type) {
    case 'VariableDeclaration':
    case 'ReturnStatement':
      return;
    case 'BreakStatement':
    case 'ContinueStatement':
      if (node.label) report(node, 'labeled break/continue is not available in the sandbox');
      return;
    case 'ForOfStatement':
      if (node.await) report(node, 'for await is not available in the sandbox');
      return;
    case 'FunctionDeclaration':
    case 'FunctionExpression':
    case 'ArrowFunctionExpression':
      if (node.async)
        report(node, 'async functions are not available in the sandbox (use require("Promise"))');
      if (node.generator) report(node, 'generators are not available in the sandbox');
      return;
    case 'Property':
      if (node.kind === 'get' || node.kind === 'set') {
        return report(node, 'getters and setters are not available in the sandbox');
      }
      if (parent && parent.type === 'ObjectExpression') {
        if (node.method)
          return report(
            node,
            'method shorthand `f() {}` is not available in the sandbox; write `f: function () {}`',
          );
        if (node.computed)
          return report(node, 'computed keys `{[k]: v}` are not available in the sandbox');
        if (node.shorthand)
          return report(
            node,
            'shorthand properties `{ a }` are not available in the sandbox; write `{ a: a }`',
          );
      }
      return;
    case 'Literal':
      if (node.regex)
        return report(
          node,
          'regex literals are not available in the sandbox (use require("createRegex") or string patterns)',
        );
      if (node.bigint !== undefined) return report(node, 'BigInt is not available in the sandbox');
      return;
    case 'BinaryExpression':
    case 'LogicalExpression':
    case 'AssignmentExpression':
    case 'UnaryExpression':
      if (FORBIDDEN_OPERATORS[node.operator]) report(node, FORBIDDEN_OPERATORS[node.operator]);
      return;
    case 'MemberExpression':
      if (node.optional) report(node, 'optional chaining `?.` is not available in the sandbox');
      return;
    case 'Identifier':
      if (Object.prototype.hasOwnProperty.call(RISKY_NAMES, node.name))
        report(
          node,
          '`' +
            node.name +
            '` as a name: it is ' +
            RISKY_NAMES[node.name] +
            '; choose another name',
        );
      return;
    default:
      break;
  }
  if (!PLAIN_NODES.has(type))
    report(node, 'this syntax (' + type + ') is not available in the sandbox');
}

function checkCall(
  node: AnyNode,
  report: Report,
  knownMethods: Set<string>,
  bindings: Bindings,
): void {
  if (node.optional) return report(node, 'optional call `?.()` is not available in the sandbox');
  const callee = node.callee as AnyNode;
  if (callee.type === 'Identifier' && callee.name === 'require' && bindings.isGlobal(callee)) {
    const arg = node.arguments[0] as AnyNode | undefined;
    if (
      node.arguments.length !== 1 ||
      !arg ||
      arg.type !== 'Literal' ||
      typeof arg.value !== 'string'
    ) {
      return report(node, 'require() takes one string literal: GTM derives permissions from it');
    }
    if (!SANDBOX_API_NAMES.has(arg.value)) {
      return report(arg, 'require("' + arg.value + '"): no such server sandbox API');
    }
    return;
  }
  if (callee.type !== 'MemberExpression' || callee.computed) return;
  const method = (callee.property as AnyNode).name as string;
  const object = callee.object as AnyNode;
  if (object.type === 'Identifier') {
    const api = bindings.apiOf(object);
    if (api && OBJECT_API_MEMBERS[api]) {
      if (OBJECT_API_MEMBERS[api].indexOf(method) < 0) {
        report(
          callee.property,
          api +
            '.' +
            method +
            ' is not in the sandbox (' +
            api +
            ' has ' +
            OBJECT_API_MEMBERS[api].join(', ') +
            ')',
        );
      }
      return;
    }
    if (object.name === 'data' && bindings.isGlobal(object)) return;
  }
  if (!BUILTIN_METHODS.has(method) && !knownMethods.has(method)) {
    report(
      callee.property,
      '.' + method + '() is not in the sandbox standard library (see gtm-platform.md §1.2)',
    );
  }
}
