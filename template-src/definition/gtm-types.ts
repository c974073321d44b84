/**
 * Typed shapes of the template's definition as GTM stores it in a .tpl:
 * template parameters (fields), server permissions and info. Builders
 * produce GTM's type-coded permission JSON so sources never spell it by hand.
 */

export type ParameterType =
  'TEXT' | 'SELECT' | 'CHECKBOX' | 'RADIO' | 'GROUP' | 'SIMPLE_TABLE' | 'PARAM_TABLE' | 'LABEL';

export type ValidatorType =
  | 'NON_EMPTY'
  | 'POSITIVE_NUMBER'
  | 'NON_NEGATIVE_NUMBER'
  | 'REGEX'
  | 'STRING_LENGTH'
  | 'DECIMAL'
  | 'TABLE_ROW_COUNT'
  | 'NUMBER'
  | 'GA_TRACKING_ID';

export interface ValueValidator {
  type: ValidatorType;
  args?: (string | number)[];
  errorMessage?: string;
  enablingConditions?: EnablingCondition[];
}

export interface EnablingCondition {
  paramName: string;
  paramValue: string | number | boolean;
  type: 'EQUALS' | 'NOT_EQUALS';
}

export interface SelectItem {
  value: string | number | boolean;
  displayValue: string;
}

export interface RadioItem extends SelectItem {
  help?: string;
  subParams?: TemplateParameter[];
}

export interface SimpleTableColumn {
  name: string;
  displayName: string;
  type: 'TEXT' | 'SELECT';
  defaultValue?: string;
  isUnique?: boolean;
  valueHint?: string;
  selectItems?: SelectItem[];
  valueValidators?: ValueValidator[];
}

export interface TemplateParameter {
  type: ParameterType;
  name: string;
  displayName?: string;
  simpleValueType?: boolean;
  help?: string;
  defaultValue?: string | number | boolean;
  valueHint?: string;
  notSetText?: string;
  alwaysInSummary?: boolean;
  canBeEmptyString?: boolean;
  clearOnCopy?: boolean;
  checkboxText?: string;
  lineCount?: number;
  textAsList?: boolean;
  macrosInSelect?: boolean;
  selectItems?: SelectItem[];
  radioItems?: RadioItem[];
  groupStyle?: 'NO_ZIPPY' | 'ZIPPY_OPEN' | 'ZIPPY_CLOSED' | 'ZIPPY_OPEN_ON_PARAM';
  subParams?: TemplateParameter[];
  simpleTableColumns?: SimpleTableColumn[];
  newRowButtonText?: string;
  paramTableColumns?: { param: TemplateParameter; isUnique?: boolean }[];
  newRowTitle?: string;
  editRowTitle?: string;
  valueValidators?: ValueValidator[];
  enablingConditions?: EnablingCondition[];
}

/** A named group of fields and the source file it comes from (for error messages). */
export interface FieldSource {
  file: string;
  fields: TemplateParameter[];
}

export interface TemplateInfo {
  type: 'TAG' | 'MACRO' | 'CLIENT';
  id: 'cvt_temp_public_id';
  version: 1;
  securityGroups: [];
  displayName: string;
  categories: string[];
  brand: { id: string; displayName: string; thumbnail?: string };
  description: string;
  containerContexts: ['SERVER'];
}

export type PermissionValue =
  | { type: 1; string: string }
  | { type: 2; listItem: PermissionValue[] }
  | { type: 3; mapKey: PermissionValue[]; mapValue: PermissionValue[] }
  | { type: 8; boolean: boolean };

export interface ServerPermission {
  instance: {
    key: { publicId: string; versionId: '1' };
    param: { key: string; value: PermissionValue }[];
  };
  clientAnnotations: { isEditedByUser: true };
  isRequired: true;
}

const str = (s: string): PermissionValue => ({ type: 1, string: s });
const bool = (b: boolean): PermissionValue => ({ type: 8, boolean: b });
const list = (items: PermissionValue[]): PermissionValue => ({ type: 2, listItem: items });
const map = (entries: [string, PermissionValue][]): PermissionValue => ({
  type: 3,
  mapKey: entries.map((e) => str(e[0])),
  mapValue: entries.map((e) => e[1]),
});

function permission(publicId: string, params: [string, PermissionValue][]): ServerPermission {
  return {
    instance: {
      key: { publicId: publicId, versionId: '1' },
      param: params.map((p) => ({ key: p[0], value: p[1] })),
    },
    clientAnnotations: { isEditedByUser: true },
    isRequired: true,
  };
}

/** read_event_data for the listed key paths (GTM key patterns, `*` allowed). */
export function readEventData(keyPatterns: string[]): ServerPermission {
  return permission('read_event_data', [
    ['keyPatterns', list(keyPatterns.map(str))],
    ['eventDataAccess', str('specific')],
  ]);
}

/** send_http to the listed URL prefixes only. */
export function sendHttp(urls: string[]): ServerPermission {
  return permission('send_http', [
    ['allowedUrls', str('specific')],
    ['urls', list(urls.map(str))],
  ]);
}

export function getCookies(names: string[]): ServerPermission {
  return permission('get_cookies', [
    ['cookieAccess', str('specific')],
    ['cookieNames', list(names.map(str))],
  ]);
}

export interface CookieRule {
  name: string;
  domain?: string;
  path?: string;
  secure?: 'any' | 'secure' | 'non_secure';
  session?: 'any' | 'session' | 'non_session';
}

export function setCookies(rules: CookieRule[]): ServerPermission {
  return permission('set_cookies', [
    [
      'allowedCookies',
      list(
        rules.map((r) =>
          map([
            ['name', str(r.name)],
            ['domain', str(r.domain ?? '*')],
            ['path', str(r.path ?? '*')],
            ['secure', str(r.secure ?? 'any')],
            ['session', str(r.session ?? 'any')],
          ]),
        ),
      ),
    ],
  ]);
}

export function logging(environments: 'debug' | 'all'): ServerPermission {
  return permission('logging', [['environments', str(environments)]]);
}

/** read_request limited to the listed headers (and the remote address if asked). */
export function readRequestHeaders(
  headers: string[],
  options: { remoteAddress?: boolean } = {},
): ServerPermission {
  return permission('read_request', [
    ['headerWhitelist', list(headers.map((h) => map([['headerName', str(h)]])))],
    ['headersAllowed', bool(headers.length > 0)],
    ['remoteAddressAllowed', bool(options.remoteAddress === true)],
    ['requestAccess', str('specific')],
    ['headerAccess', str('specific')],
  ]);
}

export function readContainerData(): ServerPermission {
  return permission('read_container_data', []);
}

export function accessTemplateStorage(): ServerPermission {
  return permission('access_template_storage', []);
}
