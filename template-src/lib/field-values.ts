/**
 * What the tag's override fields give: a variable's object (or its JSON
 * text) and a table's {name, value} rows.
 */
import { JSON } from '../sandbox/apis';
import { report, type Problem } from './problems';
import { textOf } from './text';
import { isArray, isObject, kindOf } from './types';

/** An object, or its JSON text; undefined (reported unless empty) otherwise. */
export function objectOf(raw: unknown, problems: Problem[], key: string, source: string): any {
  if (raw === undefined || raw === null || raw === '') return undefined;
  const object = typeof raw === 'string' ? JSON.parse(raw) : raw;
  if (kindOf(object) === 'object') return object;
  report(problems, key, source + ' is not an object; ignored');
  return undefined;
}

/**
 * A table's rows {name, value} by name; a later row for the same name
 * wins. Rows without a name are skipped, and so is `__proto__`, which no
 * plain object can hold as a key.
 */
export function rowsByName(rows: unknown): { [name: string]: any } {
  const values: { [name: string]: any } = {};
  if (!isArray(rows)) return values;
  for (const row of rows) {
    const name = isObject(row) ? textOf(row.name) : undefined;
    if (name !== undefined && name !== '' && name !== '__proto__') values[name] = row.value;
  }
  return values;
}
