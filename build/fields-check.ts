/**
 * Validates the template fields as GTM would on import (known parameter
 * types and validators, unique names, items for SELECT/RADIO, columns for
 * tables, enabling conditions that point at existing fields) and as GTM's
 * editor writes them (docs/gtm-dialect.md has the evidence): a CHECKBOX has
 * checkboxText and no displayName; a SELECT has simpleValueType and a
 * default among its items; a table column has a defaultValue and no REGEX
 * validator; no field that holds a secret is shown in the tag summary.
 */
import type { FieldSource, TemplateParameter } from '../template-src/definition/gtm-types';

const PARAMETER_TYPES = new Set([
  'TEXT',
  'SELECT',
  'CHECKBOX',
  'RADIO',
  'GROUP',
  'SIMPLE_TABLE',
  'PARAM_TABLE',
  'LABEL',
]);
const VALIDATOR_TYPES = new Set([
  'NON_EMPTY',
  'POSITIVE_NUMBER',
  'NON_NEGATIVE_NUMBER',
  'REGEX',
  'STRING_LENGTH',
  'DECIMAL',
  'TABLE_ROW_COUNT',
  'NUMBER',
  'GA_TRACKING_ID',
]);
const NAME = /^[A-Za-z][A-Za-z0-9_]*$/;
/** Field or column names that say the value is a credential. */
const SECRET_NAME = /token|secret|proof|password|credential|api_?key|private_?key/i;

interface Located {
  param: TemplateParameter;
  file: string;
  path: string;
}

export function checkFields(sources: FieldSource[]): string[] {
  const errors: string[] = [];
  const all: Located[] = [];
  const visit = (params: unknown, file: string, parent: string) => {
    if (!Array.isArray(params)) {
      errors.push(file + ': ' + (parent || 'fields') + ' must be a list of parameters');
      return;
    }
    for (const p of params as TemplateParameter[]) {
      const path = (parent ? parent + ' > ' : '') + (p && p.name ? p.name : '(unnamed)');
      all.push({ param: p, file, path });
      if (p && p.subParams !== undefined) visit(p.subParams, file, path);
      for (const item of (p && p.radioItems) || []) {
        if (item.subParams !== undefined)
          visit(item.subParams, file, path + ' > ' + String(item.value));
      }
    }
  };
  for (const s of sources) visit(s.fields, s.file, '');

  const names = new Map<string, Located>();
  for (const loc of all) {
    const at = loc.file + ': field "' + loc.path + '"';
    const p = loc.param;
    if (!p || typeof p !== 'object') {
      errors.push(at + ': not a parameter object');
      continue;
    }
    if (!PARAMETER_TYPES.has(p.type)) {
      errors.push(at + ': unknown parameter type "' + String(p.type) + '"');
    }
    if (typeof p.name !== 'string' || !NAME.test(p.name)) {
      errors.push(at + ': name must be letters, digits and _ (starting with a letter)');
    } else if (names.has(p.name)) {
      errors.push(at + ': duplicate name (also in ' + names.get(p.name)!.file + ')');
    } else {
      names.set(p.name, loc);
    }
    if (p.type === 'SELECT') {
      checkItems(at, 'selectItems', p.selectItems, errors);
      if (p.simpleValueType !== true) errors.push(at + ': a SELECT needs simpleValueType: true');
      checkDefault(at, p.defaultValue, p.selectItems, errors);
    }
    if (p.type === 'CHECKBOX') {
      if (typeof p.checkboxText !== 'string' || p.checkboxText === '')
        errors.push(at + ': a CHECKBOX needs checkboxText');
      if (p.displayName !== undefined)
        errors.push(
          at + ": a CHECKBOX has checkboxText only (GTM's editor writes no displayName for it)",
        );
    }
    if (p.alwaysInSummary && holdsSecret(p)) {
      errors.push(
        at + ': alwaysInSummary would show a secret in the tag summary; leave it out here',
      );
    }
    if (p.type === 'RADIO') checkItems(at, 'radioItems', p.radioItems, errors);
    if (p.type === 'GROUP' && (!Array.isArray(p.subParams) || p.subParams.length === 0)) {
      errors.push(at + ': GROUP without subParams');
    }
    if (p.type === 'SIMPLE_TABLE') {
      const cols = p.simpleTableColumns;
      if (!Array.isArray(cols) || cols.length === 0)
        errors.push(at + ': SIMPLE_TABLE without simpleTableColumns');
      else {
        const seen = new Set<string>();
        for (const c of cols) {
          if (!c.name || seen.has(c.name))
            errors.push(at + ': column "' + c.name + '" is missing or duplicated');
          seen.add(c.name);
          if (c.type !== 'TEXT' && c.type !== 'SELECT')
            errors.push(at + ': column "' + c.name + '" has unknown type "' + String(c.type) + '"');
          const column = at + ' column "' + c.name + '"';
          if (c.type === 'SELECT') checkItems(column, 'selectItems', c.selectItems, errors);
          if (typeof c.defaultValue !== 'string')
            errors.push(column + ': needs a defaultValue ("" for none, as GTM\'s editor writes)');
          else if (c.type === 'SELECT' && c.defaultValue !== '')
            checkDefault(column, c.defaultValue, c.selectItems, errors);
          if ((c.valueValidators ?? []).some((v) => v.type === 'REGEX'))
            errors.push(
              column +
                ': no REGEX validator in a table column (no real export has one); check the cell at run time',
            );
        }
      }
    }
    if (p.type !== 'GROUP' && p.type !== 'LABEL' && p.type !== 'CHECKBOX' && !p.displayName) {
      errors.push(at + ': displayName is missing');
    }
    for (const v of p.valueValidators ?? []) {
      if (!VALIDATOR_TYPES.has(v.type))
        errors.push(at + ': unknown validator type "' + String(v.type) + '"');
      if (v.type === 'REGEX' && (!v.args || typeof v.args[0] !== 'string'))
        errors.push(at + ': REGEX validator needs a pattern in args');
    }
  }
  for (const loc of all) {
    const conditions = [
      ...(loc.param.enablingConditions ?? []),
      ...(loc.param.valueValidators ?? []).flatMap((v) => v.enablingConditions ?? []),
    ];
    for (const c of conditions) {
      if (!names.has(c.paramName)) {
        errors.push(
          loc.file +
            ': field "' +
            loc.path +
            '": enabling condition refers to unknown field "' +
            c.paramName +
            '"',
        );
      } else if (c.type !== 'EQUALS' && c.type !== 'NOT_EQUALS') {
        errors.push(
          loc.file +
            ': field "' +
            loc.path +
            '": enabling condition type must be EQUALS or NOT_EQUALS',
        );
      }
    }
  }
  return errors;
}

function checkDefault(at: string, value: unknown, items: unknown, errors: string[]): void {
  if (value === undefined) {
    errors.push(at + ': a SELECT needs a defaultValue (one of its items)');
    return;
  }
  if (Array.isArray(items) && !items.some((i: { value: unknown }) => i.value === value))
    errors.push(at + ': defaultValue "' + String(value) + '" is not one of the items');
}

/** A field, or a table with a column, whose name says it holds a credential. */
function holdsSecret(p: TemplateParameter): boolean {
  return (
    SECRET_NAME.test(p.name) ||
    (p.simpleTableColumns ?? []).some((c) => SECRET_NAME.test(c.name)) ||
    (p.paramTableColumns ?? []).some((c) => SECRET_NAME.test(c.param.name))
  );
}

function checkItems(at: string, key: string, items: unknown, errors: string[]): void {
  if (!Array.isArray(items) || items.length === 0) {
    errors.push(at + ': ' + (key === 'selectItems' ? 'SELECT' : 'RADIO') + ' without ' + key);
    return;
  }
  const seen = new Set<unknown>();
  for (const item of items as { value: unknown; displayValue: unknown }[]) {
    if (seen.has(item.value))
      errors.push(at + ': ' + key + ' value "' + String(item.value) + '" is duplicated');
    seen.add(item.value);
    if (typeof item.displayValue !== 'string')
      errors.push(at + ': ' + key + ' value "' + String(item.value) + '" needs a displayValue');
  }
}

/** The flat list of parameters, in order (used by the field reference). */
export function flattenFields(sources: FieldSource[]): TemplateParameter[] {
  const out: TemplateParameter[] = [];
  const visit = (params: TemplateParameter[]) => {
    for (const p of params) {
      out.push(p);
      if (p.subParams) visit(p.subParams);
      for (const item of p.radioItems ?? []) if (item.subParams) visit(item.subParams);
    }
  };
  for (const s of sources) visit(s.fields);
  return out;
}
