import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { ROOT } from '../../build/build';
import { assembleTpl, gtmJson, parseTpl, splitSections, TplFormatError } from '../../build/tpl';

const sample = {
  termsOfService: 'Terms.',
  info: { type: 'TAG', displayName: "Café <Meta> & 'CAPI' = ü" },
  parameters: [{ type: 'TEXT', name: 'x', help: '<b>bold</b> a=b & c' }],
  serverCode: "const a = '<>=&';\ndata.gtmOnSuccess();",
  serverPermissions: [],
  tests: {
    scenarios: [{ name: 'n', code: 'runCode({});\nassertThat(1).isEqualTo(1);' }],
    setup: '',
  },
  notes: 'Notes',
};

describe('.tpl assembly', () => {
  it("escapes < > = & ' in JSON sections as GTM does and keeps non-ASCII", () => {
    const json = gtmJson(sample.info);
    expect(json).toBe(
      '{\n  "type": "TAG",\n  "displayName": "Café \\u003cMeta\\u003e \\u0026 \\u0027CAPI\\u0027 \\u003d ü"\n}',
    );
    expect(JSON.parse(json)).toEqual(sample.info);
  });

  it('writes sections in export order with two blank lines between them', () => {
    const tpl = assembleTpl(sample);
    const markers = tpl.match(/^___[A-Z_]+___$/gm);
    expect(markers).toEqual([
      '___TERMS_OF_SERVICE___',
      '___INFO___',
      '___TEMPLATE_PARAMETERS___',
      '___SANDBOXED_JS_FOR_SERVER___',
      '___SERVER_PERMISSIONS___',
      '___TESTS___',
      '___NOTES___',
    ]);
    expect(tpl).toContain('Terms.\n\n\n___INFO___\n\n{');
    expect(tpl.endsWith('Notes\n\n\n')).toBe(true);
    // The code section is raw: no escaping.
    expect(tpl).toContain("const a = '<>=&';");
  });

  it('parses its own output and re-assembles it byte for byte', () => {
    const tpl = assembleTpl(sample);
    expect(assembleTpl(parseTpl(tpl))).toBe(tpl);
  });

  it('round-trips the committed template.tpl byte for byte, with valid JSON and YAML', () => {
    const tpl = readFileSync(path.join(ROOT, 'template.tpl'), 'utf8');
    const parsed = parseTpl(tpl);
    expect(assembleTpl(parsed)).toBe(tpl);
    expect(parsed.info.containerContexts).toEqual(['SERVER']);
    expect(parsed.info.type).toBe('TAG');
    const tests = YAML.parse(splitSections(tpl).get('TESTS')!);
    expect(tests.scenarios.length).toBeGreaterThan(0);
  });

  it('keeps test code with trailing spaces and quotes intact through YAML', () => {
    const code = "mock('x', 'a: b');   \n  # not a comment\n\tassertThat(\"q\").isString();";
    const tpl = assembleTpl({ ...sample, tests: { scenarios: [{ name: 'a: b # c', code }] } });
    expect(parseTpl(tpl).tests!.scenarios[0]).toEqual({ name: 'a: b # c', code });
  });

  it('reads GTM exports with a BOM and CRLF line ends', () => {
    const tpl = '\uFEFF' + assembleTpl(sample).replace(/\n/g, '\r\n');
    expect(parseTpl(tpl).info).toEqual(sample.info);
  });

  it('rejects malformed sections with the section name', () => {
    expect(() => parseTpl('___INFO___\n\n{bad\n')).toThrow(/___INFO___ is not valid JSON/);
    expect(() => parseTpl('___INFO___\n\n{}\n\n\n___TESTS___\n\nscenarios: [\n')).toThrow(
      /___TESTS___ is not valid YAML/,
    );
    expect(() => parseTpl('no markers')).toThrow(TplFormatError);
  });
});
