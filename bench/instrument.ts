/**
 * Counts the work GTM's interpreter does for one event. GTM compiles the
 * code tab and interprets the whole body on every event, so cost follows
 * interpreted operations, not V8's speed. This rewrites the built code so
 * that it counts, into an object the body returns:
 * - `calls`: entries into any function the template defines (declarations,
 *   expressions, arrows; callbacks handed to forEach/map/... included);
 * - `iterations`: passes through the body of any for, for-in, for-of,
 *   while or do-while loop.
 * - `keysWalked`: the own keys that Object.keys, Object.values and
 *   Object.entries walk. One such call costs as much as the object is
 *   large, so a call per key of a growing object is quadratic work that
 *   the call count alone shows as linear (0.1.0's custom properties).
 * Statically, it also counts the elements of array and object literals that
 * the top level builds (outside every function): tables rebuilt per event.
 * Sandbox API calls are counted by the harness itself (recordCalls).
 */
import * as acorn from 'acorn';
import { ancestor } from 'acorn-walk';

export interface Instrumented {
  code: string;
  topLevelLiteralElements: number;
}

const COUNTER = '__cost';

/**
 * The code's `require`, with the Object API's key walks counted; every call
 * still goes to the sandbox's API, so the harness records it as usual.
 */
const COUNTING_REQUIRE = `function (name) {
  var api = require(name);
  if (name !== 'Object') return api;
  var walk = function (method) {
    return function (object) {
      var out = api[method](object);
      ${COUNTER}.keysWalked += out.length;
      return out;
    };
  };
  return { keys: walk('keys'), values: walk('values'), entries: walk('entries'), freeze: api.freeze, delete: api.delete };
}`;

type Node = acorn.Node & Record<string, any>;

const FUNCTIONS = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);
const LOOPS = new Set([
  'ForStatement',
  'ForInStatement',
  'ForOfStatement',
  'WhileStatement',
  'DoWhileStatement',
]);

export function instrument(code: string): Instrumented {
  const ast = acorn.parse(code, {
    ecmaVersion: 'latest',
    allowReturnOutsideFunction: true,
  }) as Node;
  const inserts: { at: number; text: string }[] = [];
  let topLevelLiteralElements = 0;

  const count = (body: Node, field: string) => {
    const bump = COUNTER + '.' + field + '++;';
    if (body.type === 'BlockStatement') {
      inserts.push({ at: body.start + 1, text: bump });
    } else if (field === 'calls') {
      // An arrow's expression body.
      inserts.push({ at: body.start, text: '(' + COUNTER + '.calls++, ' });
      inserts.push({ at: body.end, text: ')' });
    } else {
      inserts.push({ at: body.start, text: '{' + bump });
      inserts.push({ at: body.end, text: '}' });
    }
  };

  ancestor(ast, {
    Function(node: Node) {
      count(node.body, 'calls');
    },
    ArrayExpression(node: Node, _state: unknown, ancestors: Node[]) {
      if (!ancestors.some((a) => FUNCTIONS.has(a.type)))
        topLevelLiteralElements += node.elements.length;
    },
    ObjectExpression(node: Node, _state: unknown, ancestors: Node[]) {
      if (!ancestors.some((a) => FUNCTIONS.has(a.type))) {
        topLevelLiteralElements += node.properties.length;
      }
    },
  } as never);
  ancestor(ast, {
    Statement(node: Node) {
      if (LOOPS.has(node.type)) count(node.body, 'iterations');
    },
  } as never);

  inserts.sort((a, b) => a.at - b.at);
  let out = '';
  let from = 0;
  for (const insert of inserts) {
    out += code.slice(from, insert.at) + insert.text;
    from = insert.at;
  }
  out += code.slice(from);
  return {
    code:
      `var ${COUNTER} = { calls: 0, iterations: 0, keysWalked: 0 };\n` +
      `(function (require) {\n${out}\n})(${COUNTING_REQUIRE});\n` +
      `return ${COUNTER};`,
    topLevelLiteralElements,
  };
}
