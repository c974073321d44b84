/**
 * Checks a preview fields file against the template's own fields: every
 * name must be a field of the template, and every row of a table field a
 * list entry keyed by the table's column names. A misspelt name would
 * otherwise be ignored by the tag without a word (`testEventcode` sends a
 * real event instead of a test event).
 */
import type { TemplateFields } from '../template-fields';
import { unknownName } from './did-you-mean';

export interface FieldNameProblems {
  /** Names the template does not define (fields, table columns, groups used as fields). */
  unknown: string[];
  /** Values of the wrong shape for their field (a table that is not a list of rows). */
  invalid: string[];
}

export function checkFieldNames(
  values: Record<string, unknown>,
  template: TemplateFields,
): FieldNameProblems {
  const problems: FieldNameProblems = { unknown: [], invalid: [] };
  const known = [...template.fields.keys()];
  for (const [name, value] of Object.entries(values)) {
    const field = template.fields.get(name);
    const members = template.groups.get(name);
    if (members) {
      problems.unknown.push(
        `"${name}" is a group, not a field: its fields (${members.join(', ')}) go at the top level`,
      );
    } else if (!field) {
      problems.unknown.push(unknownName('field', name, known));
    } else if (field.columns) {
      checkRows(name, value, field.columns, problems);
    }
  }
  return problems;
}

function checkRows(
  table: string,
  rows: unknown,
  columns: string[],
  problems: FieldNameProblems,
): void {
  const keyed = `an object keyed by column names (${columns.join(', ')})`;
  if (!Array.isArray(rows)) {
    problems.invalid.push(`"${table}" is a table: its value must be a list of rows, each ${keyed}`);
    return;
  }
  rows.forEach((row, i) => {
    const at = `"${table}" row ${i + 1}`;
    if (!row || typeof row !== 'object' || Array.isArray(row)) {
      problems.invalid.push(`${at} must be ${keyed}`);
      return;
    }
    for (const column of Object.keys(row)) {
      if (!columns.includes(column)) {
        problems.unknown.push(`${at}: ${unknownName('column', column, columns)}`);
      }
    }
  });
}
