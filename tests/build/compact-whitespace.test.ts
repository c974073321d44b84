/**
 * Whitespace compaction of the shipped code: the same tokens in the same
 * order, on the same lines, with module marker comments kept.
 */
import * as acorn from 'acorn';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compactWhitespace } from '../../build/compact-whitespace';

const ROOT = path.resolve(new URL('../..', import.meta.url).pathname);

/** Each token's type and spelling, with the line it sits on. */
function tokens(code: string): string[] {
  return [
    ...acorn.tokenizer(code, {
      ecmaVersion: 'latest',
      allowReturnOutsideFunction: true,
      locations: true,
    }),
  ].map((t) => t.loc!.start.line + ' ' + t.type.label + ' ' + code.slice(t.start, t.end));
}

describe('compactWhitespace', () => {
  it('keeps every token and its line, and drops only whitespace', () => {
    const code = [
      'var a = require("JSON");',
      '',
      '// template-src/lib/x.ts',
      'function f(value, n) {',
      '  if (typeof value !== "string") return "x y";',
      '  const b = n + +value - -n;',
      '  return 1 .toString() + a.parse(value) in {} ? value : null;',
      '}',
    ].join('\n');
    const compact = compactWhitespace(code);
    expect(tokens(compact)).toEqual(tokens(code));
    expect(compact.split('\n')).toHaveLength(code.split('\n').length);
    expect(compact).toContain('// template-src/lib/x.ts');
    expect(compact).toContain('const b=n+ +value- -n;');
    expect(compact).toContain('if (typeof value!=="string")return "x y";');
  });

  it('leaves the readable build of the shipped template its tokens', () => {
    const readable = readFileSync(path.join(ROOT, 'dist', 'template.readable.js'), 'utf8');
    const tpl = readFileSync(path.join(ROOT, 'dist', 'template.tpl'), 'utf8');
    const shipped = tpl.split('___SANDBOXED_JS_FOR_SERVER___\n\n')[1].split('\n\n\n___')[0];
    expect(tokens(shipped)).toEqual(tokens(readable));
    expect(Buffer.byteLength(shipped)).toBeLessThan(Buffer.byteLength(readable));
  });
});
