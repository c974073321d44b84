/**
 * Builds small templates for the harness's own tests: permissions from
 * plain values (encoded in GTM's type-coded form) and whole .tpl texts via
 * build/tpl.ts, so fixtures look exactly like GTM exports.
 */
import { assembleTpl, TERMS_OF_SERVICE, type GtmTests, type Template } from '../../build/tpl';

type Plain = string | boolean | Plain[] | { [key: string]: Plain };

function encode(value: Plain): Record<string, unknown> {
  if (typeof value === 'string') return { type: 1, string: value };
  if (typeof value === 'boolean') return { type: 8, boolean: value };
  if (Array.isArray(value)) return { type: 2, listItem: value.map(encode) };
  return {
    type: 3,
    mapKey: Object.keys(value).map((k) => encode(k)),
    mapValue: Object.values(value).map(encode),
  };
}

/** One ___SERVER_PERMISSIONS___ entry, e.g. permission('get_cookies', {cookieAccess: 'any'}). */
export function permission(publicId: string, params: Record<string, Plain> = {}) {
  return {
    instance: {
      key: { publicId, versionId: '1' },
      param: Object.entries(params).map(([key, value]) => ({ key, value: encode(value) })),
    },
    clientAnnotations: { isEditedByUser: true },
    isRequired: true,
  };
}

export interface TemplateSpec {
  code: string;
  /** ___TEMPLATE_PARAMETERS___; default none. */
  parameters?: unknown[];
  permissions?: unknown[];
  tests?: GtmTests;
  type?: 'TAG' | 'MACRO' | 'CLIENT';
}

export function makeTemplate(spec: TemplateSpec): Template {
  return {
    termsOfService: TERMS_OF_SERVICE,
    info: {
      type: spec.type ?? 'TAG',
      id: 'cvt_temp_public_id',
      version: 1,
      securityGroups: [],
      displayName: 'Harness test template',
      containerContexts: ['SERVER'],
    },
    parameters: spec.parameters ?? [],
    serverCode: spec.code,
    serverPermissions: spec.permissions ?? [],
    ...(spec.tests ? { tests: spec.tests } : {}),
    notes: 'Created by the harness tests',
  };
}

/** The template as .tpl text, as GTM would export it. */
export function tplText(spec: TemplateSpec): string {
  return assembleTpl(makeTemplate(spec));
}
