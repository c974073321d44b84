import { getType, makeString } from '../sandbox/apis';

/**
 * Event names typed into one field, separated by commas or line breaks, or
 * given as a list by a variable. Empty entries are skipped.
 */
export function parseNameList(value: any): string[] {
  const type = getType(value);
  const parts: any[] =
    type === 'array' ? value : type === 'string' ? value.split('\n').join(',').split(',') : [];
  const names: string[] = [];
  parts.forEach((part) => {
    const partType = getType(part);
    if (partType !== 'string' && partType !== 'number') return;
    const name = makeString(part).trim();
    if (name !== '') names.push(name);
  });
  return names;
}

/** Rows {from, to} of a mapping table, with both cells filled in. */
export function parseMappingTable(rows: any): { from: string; to: string }[] {
  const mappings: { from: string; to: string }[] = [];
  if (getType(rows) !== 'array') return mappings;
  rows.forEach((row: any) => {
    if (getType(row) !== 'object') return;
    const from = textOf(row.from);
    const to = textOf(row.to);
    if (from !== '' && to !== '') mappings.push({ from: from, to: to });
  });
  return mappings;
}

function textOf(value: any): string {
  const type = getType(value);
  return type === 'string' || type === 'number' ? makeString(value).trim() : '';
}
