import * as fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../build/build';
import { isPlainDecimal, plainDecimal } from '../../build/dialect';
import { lintSandboxCode } from '../../build/lint';
import { TEST_GLOBALS, TEST_METHODS } from '../../build/sandbox-catalogue';
import { parseTpl } from '../../build/tpl';

describe('plain decimal numbers', () => {
  it('spells every finite number in decimal digits that read back as the same number', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, noNaN: true, noDefaultInfinity: true }), (value) => {
        const text = plainDecimal(value);
        expect(isPlainDecimal(text), text).toBe(true);
        expect(Number(text)).toBe(value === 0 ? 0 : value);
      }),
    );
  });

  it('expands the exponent forms JavaScript prints', () => {
    expect(plainDecimal(1e21)).toBe('1000000000000000000000');
    expect(plainDecimal(1.5e22)).toBe('15000000000000000000000');
    expect(plainDecimal(1e-7)).toBe('0.0000001');
    expect(plainDecimal(1.25e-8)).toBe('0.0000000125');
    expect(plainDecimal(31556952000)).toBe('31556952000');
  });
});

describe('the committed template.tpl', () => {
  const template = parseTpl(readFileSync(path.join(ROOT, 'template.tpl'), 'utf8'));

  it('has code in GTM dialect: the lint finds nothing in it', () => {
    expect(lintSandboxCode(template.serverCode!)).toEqual([]);
  });

  it('has tests in GTM dialect: the lint finds nothing in the setup or any scenario', () => {
    const setup = template.tests!.setup ?? '';
    const options = { globals: TEST_GLOBALS, methods: TEST_METHODS };
    expect(lintSandboxCode(setup, options)).toEqual([]);
    for (const s of template.tests!.scenarios) {
      expect(lintSandboxCode(setup + '\n' + s.code, options), s.name).toEqual([]);
    }
  });
});
