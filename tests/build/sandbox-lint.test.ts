import { describe, expect, it } from 'vitest';
import { buildSource, FIXTURE_FILE } from './fixture-root';

// Two harmless lines first, so each forbidden construct sits on line 3 of the TS source.
const PRELUDE = 'const o: any = data.o;\nconst arr: any[] = [data.a];\n';

const forbidden: [string, string, RegExp][] = [
  ['new', 'data.r = new (o as any)();', /`new` is not available/],
  ['this', 'data.r = function (this: any) { return this; };', /`this` is not available/],
  ['class', 'data.r = class A {};', /classes are not available/],
  ['regex literal', "data.r = 'a'.replace(/a/, 'b');", /regex literals are not available/],
  [
    'try/catch',
    'try { data.r = o.k; } catch (e) { data.r = 0; }',
    /try\/catch\/finally is not available/,
  ],
  ['throw', "if (o) { throw 'x'; }", /`throw` is not available/],
  ['delete', 'delete o.k;', /`delete` is not available/],
  ['instanceof', 'data.r = o instanceof (arr as any);', /`instanceof` is not available/],
  ['spread', 'data.r = [...arr];', /spread `...` is not available/],
  ['rest parameter', 'data.r = (...xs: any[]) => xs;', /rest parameters\/elements/],
  ['destructuring', 'const { k } = o; data.r = k;', /destructuring is not available/],
  ['default parameter', 'data.r = (a = 1) => a;', /default parameter values are not available/],
  ['optional chaining', 'data.r = o?.k;', /optional chaining `\?\.` is not available/],
  ['nullish coalescing', 'data.r = o ?? 1;', /nullish coalescing `\?\?` is not available/],
  ['async', 'data.r = async () => 1;', /async functions are not available/],
  ['generator', 'data.r = function* () {};', /generators are not available/],
  ['getter', 'data.r = { get k() { return 1; } };', /getters and setters are not available/],
  [
    'undeclared Math',
    'data.r = Math.floor(1.5);',
    /undeclared identifier `Math`.*require\("Math"\)/,
  ],
  [
    'non-literal require',
    "const name = 'JSON' + o; data.r = require(name as any);",
    /require\(\) takes one string literal/,
  ],
  [
    '.includes',
    "data.r = 'abc'.includes(o);",
    /\.includes\(\) is not in the sandbox standard library/,
  ],
  [
    '.startsWith',
    "data.r = 'abc'.startsWith(o);",
    /\.startsWith\(\) is not in the sandbox standard library/,
  ],
  [
    'Math.random',
    "const M = require('Math'); data.r = M.random();",
    /Math\.random is not in the sandbox/,
  ],
  ['unknown API', "data.r = require('fetch' as any);", /no such server sandbox API/],
  ['void', 'data.r = void o;', /`void` is not available/],
];

/**
 * GTM's lexical dialect in the compiled code, from TypeScript that esbuild
 * prints in a form GTM exports never show. (Numbers, tabs and trailing commas
 * are printed in the dialect by the build itself; test scenarios, which are not
 * compiled, carry those fixtures: scenario-lint.test.ts.)
 */
const dialect: [string, string, RegExp][] = [
  [
    '\\u2028 escape',
    "data.r = 'a\\u2028b';",
    /escape `\\u2028` in a string: GTM dialect has only .*decodeUriComponent\('%E2%80%A8'\)/,
  ],
  ['\\uFEFF escape', "data.r = 'a\\uFEFFb';", /escape `\\uFEFF`/],
  ['\\v escape', "data.r = 'a\\vb';", /escape `\\v`.*decodeUriComponent\('%0B'\)/],
  ['\\f escape', "data.r = 'a\\fb';", /escape `\\f`/],
  ['\\b escape', "data.r = 'a\\bb';", /escape `\\b`/],
  ['\\0 escape', "data.r = 'a\\0b';", /escape `\\0`/],
  [
    'no-break space',
    "data.r = 'a\\u00a0b';",
    /raw invisible characters inside a string \(U\+00A0\): write decodeUriComponent\('%C2%A0'\)/,
  ],
  [
    'no-break space beside a tab (the build writes the tab as \\t, not the no-break space)',
    "data.r = 'a\\tb\\u00a0c';",
    /raw invisible characters inside a string \(U\+00A0\): write/,
  ],
  [
    'zero-width space',
    "data.r = 'a\\u200bb';",
    /raw invisible characters inside a string \(U\+200B\)/,
  ],
  ['DEL control character', "data.r = 'a\\u007fb';", /\(U\+007F\)/],
  ...['from', 'set', 'get', 'of', 'async', 'as', 'target', 'meta'].map(
    (name): [string, string, RegExp] => [
      '`' + name + '` as a name',
      'const ' + name + ' = o.k; data.r = ' + name + ';',
      new RegExp('`' + name + '` as a name: it is '),
    ],
  ),
];

describe('sandbox lint through the full build', () => {
  it.each(forbidden)(
    'rejects %s and names the TypeScript file and line',
    async (_name, line, message) => {
      const out = await buildSource(PRELUDE + line + '\ndata.gtmOnSuccess();\n');
      expect(out.ok).toBe(false);
      if (out.ok) return;
      expect(out.message).toMatch(/^sandbox lint failed/);
      const errors = out.message.split('\n').slice(1);
      const hit = errors.find((e) => message.test(e));
      expect(hit, out.message).toBeDefined();
      expect(hit).toMatch(new RegExp('^  ' + FIXTURE_FILE + ':3:\\d+: '));
    },
  );

  it.each(dialect)(
    'rejects the %s that esbuild prints, naming the TypeScript file and line',
    async (_name, line, message) => {
      const out = await buildSource(PRELUDE + line + '\ndata.gtmOnSuccess();\n');
      expect(out.ok).toBe(false);
      if (out.ok) return;
      const hit = out.message.split('\n').find((e) => message.test(e));
      expect(hit, out.message).toBeDefined();
      expect(hit).toMatch(new RegExp('^  ' + FIXTURE_FILE + ':3:\\d+: '));
    },
  );

  it('prints numbers in plain decimal and tabs as \\t, keeping lines for the source map', async () => {
    const source = [
      'const o: any = data.o;',
      'data.n = [1000, 5000, 31556952000, 0.001, 0.0000001, 1e21, 123456789012, 0xff];',
      "data.t = 'a\\tb';",
      'data.r = 1e3 + o?.k;',
    ].join('\n');
    const out = await buildSource(source);
    expect(out.ok).toBe(false);
    if (out.ok) return;
    // The one error left sits on line 4, after a number the build rewrote on that line.
    expect(out.message.split('\n').slice(1)).toEqual([
      '  ' + FIXTURE_FILE + ':4:16: optional chaining `?.` is not available in the sandbox',
    ]);
    const ok = await buildSource(source.replace('o?.k', 'o.k'));
    expect(ok.ok).toBe(true);
    if (!ok.ok) return;
    expect(ok.result.readableCode).toContain(
      'data.n = [1000, 5000, 31556952000, 0.001, 0.0000001, 1000000000000000000000, 123456789012, 255];',
    );
    expect(ok.result.readableCode).toContain('data.t = "a\\tb";');
    expect(ok.result.readableCode).toContain('data.r = 1000 + o.k;');
    expect(ok.result.readableCode).not.toMatch(/[0-9][eE][0-9+-]/);
    // The shipped code is the same program with its whitespace compacted.
    expect(ok.result.code).toContain('data.n=[1000,5000,31556952000,0.001,0.0000001,');
  });

  it('names the module a construct comes from when the entry imports it', async () => {
    const out = await buildSource("import { f } from './helper';\ndata.r = f();\n", {
      'template-src/helper.ts': 'export function f() {\n  const o: any = {};\n  return o?.x;\n}\n',
    });
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.message).toContain('template-src/helper.ts:3:');
  });

  it('compiles allowed constructs cleanly', async () => {
    const source = [
      "const JSON = require('JSON');",
      'const x: any = data.a;',
      'if (!x) {',
      '  data.gtmOnFailure();',
      '  return;',
      '}',
      'let total = 0;',
      'for (const n of [1, 2, 3]) total += n;',
      'const double = (n: number) => n * 2;',
      'switch (typeof x) {',
      "  case 'string':",
      '    total = double(total);',
      '    break;',
      '  default:',
      '    total = 0;',
      '}',
      'for (const k in x) data[k] = x.hasOwnProperty(k);',
      'const s = `total ${total}`;',
      'data.nothing = undefined;',
      "data.out = JSON.stringify({ s: s, parts: 'a,b'.split(',').map((p) => p.toUpperCase()) });",
      'data.gtmOnSuccess();',
    ].join('\n');
    const out = await buildSource(source);
    expect(out.ok, out.ok ? '' : out.message).toBe(true);
    if (!out.ok) return;
    expect(out.result.readableCode).toContain('return;');
    expect(out.result.readableCode).toContain('for (const n of [1, 2, 3])');
    // Template literals are lowered to String.concat, which the sandbox has.
    expect(out.result.readableCode).toContain('"total ".concat(total)');
    expect(out.result.readableCode).toContain('var JSON = require("JSON");');
    expect(out.result.readableCode).not.toContain('use strict');
    // esbuild prints `void 0` and `{ s }`; the build writes them back out.
    expect(out.result.readableCode).toContain('data.nothing = undefined;');
    expect(out.result.readableCode).not.toContain('void');
    expect(out.result.readableCode).toContain('s: s');
  });

  it('drops requires of sandbox APIs nothing uses, keeping used ones', async () => {
    const out = await buildSource("import { used } from './apis';\ndata.r = used(1);\n", {
      'template-src/apis.ts':
        "export const used = require('makeString');\nexport const unused = require('getType');\n",
    });
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.result.readableCode).toContain('require("makeString")');
    expect(out.result.readableCode).not.toContain('require("getType")');
  });

  it('reports source that does not compile with file and line', async () => {
    const out = await buildSource('const a = ;\n');
    expect(out.ok).toBe(false);
    if (!out.ok) {
      expect(out.message).toMatch(/do not compile/);
      expect(out.message).toContain(FIXTURE_FILE + ':1:');
    }
  });

  it('rejects importing an npm package into the sandbox', async () => {
    const out = await buildSource("import YAML from 'yaml';\ndata.r = YAML;\n");
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.message).toMatch(/cannot import the package "yaml"/);
  });
});
