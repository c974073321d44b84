import { makeString } from '../sandbox/apis';
import { typeOf } from '../sandbox/type-of';

/**
 * Event names typed into one field, separated by commas or line breaks, or
 * given as a list by a variable. Empty entries are skipped.
 */
export function parseNameList(value: any): string[] {
  const type = typeOf(value);
  const parts: any[] =
    type === 'array' ? value : type === 'string' ? value.split('\n').join(',').split(',') : [];
  const names: string[] = [];
  parts.forEach((part) => {
    const name = nameText(part);
    if (name !== '') names.push(name);
  });
  return names;
}

/** Rows {from, to} of a mapping table, with both cells filled in. */
export function parseMappingTable(rows: any): { from: string; to: string }[] {
  const mappings: { from: string; to: string }[] = [];
  if (typeOf(rows) !== 'array') return mappings;
  rows.forEach((row: any) => {
    if (typeOf(row) !== 'object') return;
    const fromName = nameText(row.from);
    const toName = nameText(row.to);
    if (fromName !== '' && toName !== '') mappings.push({ from: fromName, to: toName });
  });
  return mappings;
}

/** Trimmed text of a string or a finite number ("NaN" is no name); '' for anything else. */
export function nameText(value: any): string {
  const type = typeOf(value);
  const usable = type === 'string' || (type === 'number' && value - value === 0);
  return usable ? makeString(value).trim() : '';
}
