/**
 * GTM's lexical dialect in the Tests tab's code: each form the lint rejects,
 * as a scenario fixture, with the message and the scenario file's line and
 * column. (The compiled template's side is in sandbox-lint.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { scenarioFrom, type ScenarioSource } from '../../build/definition';
import { lintScenarios } from '../../build/scenario-lint';

const FILE = 'template-src/scenarios/fixture.js';
const SETUP: ScenarioSource = {
  name: 'setup',
  file: 'template-src/scenarios/setup.js',
  code: "const JSON = require('JSON');\nconst mockData = { pixels: [] };",
  firstLine: 1,
};

/** A scenario file whose line 3 is `line` (line 1 names it, line 2 is harmless). */
const lintLine3 = (line: string) =>
  lintScenarios(SETUP, [
    scenarioFrom(FILE, '// Scenario: Fixture\nconst x = mockData.pixels;\n' + line + '\n'),
  ]);

const NBSP = '\u00a0';

/** [form, line 3 of the scenario, column of the error, the message]. */
const rejected: [string, string, number, RegExp][] = [
  ['trailing comma in a call', 'runCode(mockData,);', 17, /trailing comma before `\)`/],
  [
    'trailing comma in a multi-line call',
    "assertThat(x).isEqualTo('a',\n);",
    28,
    /trailing comma before `\)`: argument and parameter lists/,
  ],
  ['trailing comma in parameters', 'const f = (a, b,) => a;', 16, /trailing comma before `\)`/],
  [
    'trailing comma in function parameters',
    'function g(a,) { return a; }',
    13,
    /trailing comma before `\)`/,
  ],
  [
    'exponent literal',
    'const n = 1e3;',
    11,
    /exponent literal `1e3`: write plain decimal digits \(1000\)/,
  ],
  ['negative exponent', 'const n = 5E-3;', 11, /exponent literal `5E-3`: .*\(0\.005\)/],
  ['hex literal', 'const n = 0xff;', 11, /hex literal `0xff`: write plain decimal digits \(255\)/],
  ['octal literal', 'const n = 0o17;', 11, /octal literal `0o17`: .*\(15\)/],
  ['legacy octal literal', 'const n = 017;', 11, /octal literal `017`: .*\(15\)/],
  ['binary literal', 'const n = 0b101;', 11, /binary literal `0b101`: .*\(5\)/],
  ['numeric separator', 'const n = 1_000;', 11, /numeric separator `1_000`: .*\(1000\)/],
  ['leading dot', 'const n = .5;', 11, /without digits on both sides of the dot `\.5`: .*\(0\.5\)/],
  ['trailing dot', 'const n = 5.;', 11, /without digits on both sides of the dot `5\.`: .*\(5\)/],
  [
    '\\u escape',
    "const s = 'caf\\u00e9';",
    11,
    /escape `\\u00e9` in a string: GTM dialect has only \\n \\r \\t \\" \\' \\\\; write é/,
  ],
  [
    '\\u escape of an invisible character',
    "const s = 'a\\u2028b';",
    11,
    /escape `\\u2028` .*write decodeUriComponent\('%E2%80%A8'\)/,
  ],
  ['\\u{} escape', "const s = '\\u{1F600}';", 11, /escape `\\u\{1F600\}`/],
  ['\\x escape', "const s = '\\x41';", 11, /escape `\\x41` .*write A/],
  ['\\v escape', "const s = 'a\\vb';", 11, /escape `\\v` .*decodeUriComponent\('%0B'\)/],
  ['\\f escape', "const s = 'a\\fb';", 11, /escape `\\f` .*decodeUriComponent\('%0C'\)/],
  ['\\b escape', "const s = 'a\\bb';", 11, /escape `\\b`/],
  ['\\0 escape', "const s = 'a\\0b';", 11, /escape `\\0`/],
  ['identity escape', "const s = 'a\\-b';", 11, /escape `\\-`/],
  ['line continuation', "const s = 'a\\\nb';", 11, /line continuation/],
  [
    'raw tab in a string',
    "const s = 'a\tb';",
    11,
    /raw tab inside a string \(U\+0009\): write \\t/,
  ],
  [
    'raw no-break space in a string',
    "const s = 'a" + NBSP + "b';",
    11,
    /raw invisible characters inside a string \(U\+00A0\): write decodeUriComponent\('%C2%A0'\)/,
  ],
  ['raw zero-width space in a string', "const s = 'a\u200bb';", 11, /\(U\+200B\)/],
  ['raw byte-order mark in a string', "const s = 'a\ufeffb';", 11, /\(U\+FEFF\)/],
  ['raw line separator in a string', "const s = 'a\u2028b';", 11, /\(U\+2028\)/],
  ['raw paragraph separator in a string', "const s = 'a\u2029b';", 11, /\(U\+2029\)/],
  ['raw em space in a string', "const s = 'a\u2003b';", 11, /\(U\+2003\)/],
  ['raw control character in a string', "const s = 'a\u0001b';", 11, /\(U\+0001\)/],
  ['raw soft hyphen in a string', "const s = 'a\u00adb';", 11, /\(U\+00AD\)/],
  [
    'raw tab between tokens',
    'const\ty = 1;',
    6,
    /raw tab U\+0009 outside a string: only spaces and line feeds/,
  ],
  [
    'no-break space between tokens',
    'const' + NBSP + 'y = 1;',
    6,
    /invisible character U\+00A0 outside/,
  ],
  [
    'byte-order mark between tokens',
    'const y = 1;\ufeff',
    13,
    /invisible character U\+FEFF outside/,
  ],
  ['carriage return', 'const y = 1;\r', 13, /invisible character U\+000D outside/],
  ...(
    [
      'let',
      'static',
      'yield',
      'await',
      'async',
      'implements',
      'interface',
      'package',
      'private',
      'protected',
      'public',
      'of',
      'get',
      'set',
      'from',
      'as',
      'target',
      'meta',
    ] as const
  ).map((name): [string, string, number, RegExp] => [
    '`' + name + '` as a name',
    'var ' + name + ' = 1; x.push(' + name + ');',
    5,
    new RegExp('`' + name + '` as a name: it is .*; choose another name'),
  ]),
];

describe('GTM dialect in test scenarios', () => {
  it.each(rejected)(
    'rejects %s, naming the scenario file, line and column',
    (_f, line, column, message) => {
      const errors = lintLine3(line);
      const hit = errors.find((e) => message.test(e));
      expect(hit, errors.join('\n')).toBeDefined();
      expect(hit!.startsWith(FILE + ':3:' + column + ': '), hit).toBe(true);
    },
  );

  it('accepts the forms GTM exports show', () => {
    const ok = [
      "const s = 'tab\\t, line\\n, return\\r, quotes \\' \\\", backslash \\\\';",
      'const t = "O’Brien — ‘curly’ «guillemets» 東京";',
      'const n = [0, 7, 1000, 3.25, 0.001, -42];',
      "const o = { from: 'a', to: 'b', set: 1, get: 2, of: 3, let: 4, };",
      'const list = [1, 2, 3,];',
      'x.push(o.from, o.set, o.let);',
      'for (const item of list) x.push(item);',
      'let y = 1;',
      'const f = (a, b) => a + b;',
      'runCode(mockData);',
    ];
    expect(lintLine3(ok.join('\n'))).toEqual([]);
  });

  it("reports the setup's own errors once, at the setup's line", () => {
    const setup: ScenarioSource = { ...SETUP, code: SETUP.code + '\nconst big = 1e6;' };
    const errors = lintScenarios(setup, [
      scenarioFrom(FILE, '// Scenario: One\nrunCode(mockData);\n'),
      scenarioFrom(FILE, '// Scenario: Two\nrunCode(mockData);\n'),
    ]);
    expect(errors).toEqual([
      'template-src/scenarios/setup.js:3:13: exponent literal `1e6`: write plain decimal digits (1000000)',
    ]);
  });

  it('counts the lines of the name header and the blank lines after it', () => {
    const errors = lintScenarios(SETUP, [
      scenarioFrom(FILE, '// Scenario: Spaced\n\n\nrunCode(mockData,);\n'),
    ]);
    expect(errors).toEqual([
      FILE +
        ':4:17: trailing comma before `)`: argument and parameter lists may not end with a comma (ES2017)',
    ]);
  });

  it('names every scenario that does not parse, and still lints the others', () => {
    const errors = lintScenarios(SETUP, [
      scenarioFrom(FILE, '// Scenario: Broken\nrunCode(mockData;\n'),
      scenarioFrom('template-src/scenarios/other.js', '// Scenario: Other\nconst n = 1e3;\n'),
    ]);
    expect(errors).toEqual([
      FILE + ':2:17: Unexpected token',
      'template-src/scenarios/other.js:2:11: exponent literal `1e3`: write plain decimal digits (1000)',
    ]);
  });

  it("gives each scenario its own scope: one scenario's declarations are not another's", () => {
    const errors = lintScenarios(SETUP, [
      scenarioFrom(FILE, '// Scenario: Declares\nvar shared = 1;\nfunction helper() {}\n'),
      scenarioFrom(
        'template-src/scenarios/other.js',
        '// Scenario: Uses\nrunCode({ a: shared });\nhelper();\n',
      ),
    ]);
    expect(errors.map((e) => e.replace(/: the sandbox has no globals.*/, ''))).toEqual([
      'template-src/scenarios/other.js:2:14: undeclared identifier `shared`',
      'template-src/scenarios/other.js:3:1: undeclared identifier `helper`',
    ]);
  });
});
