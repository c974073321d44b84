/**
 * The .tpl file format: reading a file into its sections and writing
 * sections back in GTM's export order with GTM's byte conventions
 * (2-space JSON with HTML-safe escaping, two blank lines between sections).
 */
import YAML from 'yaml';

export const TERMS_OF_SERVICE = [
  "By creating or modifying this file you agree to Google Tag Manager's Community",
  'Template Gallery Developer Terms of Service available at',
  'https://developers.google.com/tag-manager/gallery-tos (or such other URL as',
  'Google may provide), as modified from time to time.',
].join('\n');

/** GTM's export order; web templates use the _WEB_ variants. */
export const SECTION_ORDER = [
  'TERMS_OF_SERVICE',
  'INFO',
  'TEMPLATE_PARAMETERS',
  'SANDBOXED_JS_FOR_SERVER',
  'SANDBOXED_JS_FOR_WEB_TEMPLATE',
  'SERVER_PERMISSIONS',
  'WEB_PERMISSIONS',
  'TESTS',
  'NOTES',
] as const;

export type SectionName = (typeof SECTION_ORDER)[number];

export interface GtmTestScenario {
  name: string;
  code: string;
}

export interface GtmTests {
  scenarios: GtmTestScenario[];
  setup?: string;
}

/** A template as its parsed sections. */
export interface Template {
  termsOfService?: string;
  info: Record<string, unknown>;
  parameters: unknown[];
  serverCode?: string;
  webCode?: string;
  serverPermissions?: unknown[];
  webPermissions?: unknown[];
  tests?: GtmTests;
  notes?: string;
}

/** Gson's HTML-safe escaping, which GTM applies to its JSON sections. */
export function gtmJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[<>=&']/g, (c) => {
    return '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0');
  });
}

export function gtmYaml(tests: GtmTests): string {
  const doc = new YAML.Document(tests);
  return doc.toString({ blockQuote: 'literal', lineWidth: 0, indentSeq: false }).replace(/\n$/, '');
}

export class TplFormatError extends Error {}

/** Receives what a .tpl reader accepted but would not have written itself. */
export type TplWarning = (message: string) => void;

/**
 * Splits a .tpl file into raw section texts, keyed by name. GTM does not
 * document what its importer does with a repeated section: an identical
 * repeat is read once (with a warning), a differing one is refused.
 */
export function splitSections(text: string, warn: TplWarning = () => {}): Map<string, string> {
  const src = text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  const marker = /^___([A-Z_]+)___$/gm;
  const found: { name: string; start: number; end: number }[] = [];
  let m: RegExpExecArray | null;
  while ((m = marker.exec(src)) !== null) {
    found.push({ name: m[1], start: m.index, end: m.index + m[0].length });
  }
  if (found.length === 0) throw new TplFormatError('no ___SECTION___ markers found');
  const sections = new Map<string, string>();
  found.forEach((s, i) => {
    const next = i + 1 < found.length ? found[i + 1].start : src.length;
    const body = src
      .slice(s.end, next)
      .replace(/^\n\n?/, '')
      .replace(/\n+$/, '');
    const earlier = sections.get(s.name);
    if (earlier === undefined) {
      sections.set(s.name, body);
    } else if (earlier === body) {
      warn('section ___' + s.name + '___ is repeated with the same text; read once');
    } else {
      throw new TplFormatError(
        'section ___' + s.name + '___ is repeated with different text; keep one copy',
      );
    }
  });
  return sections;
}

function parseJsonSection(name: string, body: string): any {
  try {
    return JSON.parse(body);
  } catch (e) {
    throw new TplFormatError(
      'section ___' + name + '___ is not valid JSON: ' + (e as Error).message,
    );
  }
}

export function parseTests(body: string): GtmTests {
  let doc: any;
  try {
    doc = YAML.parse(body);
  } catch (e) {
    throw new TplFormatError('section ___TESTS___ is not valid YAML: ' + (e as Error).message);
  }
  if (doc === null || doc === undefined) return { scenarios: [] };
  if (typeof doc !== 'object' || (doc.scenarios !== undefined && !Array.isArray(doc.scenarios))) {
    throw new TplFormatError('section ___TESTS___ must hold a "scenarios" list');
  }
  const scenarios = (doc.scenarios ?? []).map((s: any, i: number) => {
    if (!s || typeof s.name !== 'string' || typeof s.code !== 'string') {
      throw new TplFormatError('___TESTS___ scenario ' + (i + 1) + ' needs a string name and code');
    }
    return { name: s.name, code: s.code };
  });
  const tests: GtmTests = { scenarios };
  if (typeof doc.setup === 'string') tests.setup = doc.setup;
  return tests;
}

export function parseTpl(text: string, warn?: TplWarning): Template {
  const s = splitSections(text, warn);
  if (!s.has('INFO')) throw new TplFormatError('missing section ___INFO___');
  const t: Template = {
    info: parseJsonSection('INFO', s.get('INFO')!),
    parameters: s.has('TEMPLATE_PARAMETERS')
      ? parseJsonSection('TEMPLATE_PARAMETERS', s.get('TEMPLATE_PARAMETERS')!)
      : [],
  };
  if (s.has('TERMS_OF_SERVICE')) t.termsOfService = s.get('TERMS_OF_SERVICE');
  if (s.has('SANDBOXED_JS_FOR_SERVER')) t.serverCode = s.get('SANDBOXED_JS_FOR_SERVER');
  if (s.has('SANDBOXED_JS_FOR_WEB_TEMPLATE')) t.webCode = s.get('SANDBOXED_JS_FOR_WEB_TEMPLATE');
  if (s.has('SERVER_PERMISSIONS'))
    t.serverPermissions = parseJsonSection('SERVER_PERMISSIONS', s.get('SERVER_PERMISSIONS')!);
  if (s.has('WEB_PERMISSIONS'))
    t.webPermissions = parseJsonSection('WEB_PERMISSIONS', s.get('WEB_PERMISSIONS')!);
  if (s.has('TESTS')) t.tests = parseTests(s.get('TESTS')!);
  if (s.has('NOTES')) t.notes = s.get('NOTES');
  return t;
}

/** Writes sections in GTM's export order; absent sections are left out. */
export function assembleTpl(t: Template): string {
  const parts: [SectionName, string | undefined][] = [
    ['TERMS_OF_SERVICE', t.termsOfService],
    ['INFO', gtmJson(t.info)],
    ['TEMPLATE_PARAMETERS', gtmJson(t.parameters)],
    ['SANDBOXED_JS_FOR_SERVER', t.serverCode],
    ['SANDBOXED_JS_FOR_WEB_TEMPLATE', t.webCode],
    ['SERVER_PERMISSIONS', t.serverPermissions && gtmJson(t.serverPermissions)],
    ['WEB_PERMISSIONS', t.webPermissions && gtmJson(t.webPermissions)],
    ['TESTS', t.tests && gtmYaml(t.tests)],
    ['NOTES', t.notes],
  ];
  return parts
    .filter((p): p is [SectionName, string] => p[1] !== undefined)
    .map(([name, body]) => '___' + name + '___\n\n' + body + '\n\n\n')
    .join('');
}
