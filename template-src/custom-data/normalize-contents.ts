import { JSON, Math } from '../sandbox/apis';
import { typeOf } from '../sandbox/type-of';
import { Problem, reportProblem } from '../problem';
import { DELIVERY_CATEGORIES } from '../validate/spec';
import { parseDecimal } from './parse-decimal';
import { enumValue, textValue } from './text-value';

export interface ContentRow {
  id: string;
  quantity: number;
  item_price?: number;
  title?: string;
  brand?: string;
  category?: string;
  description?: string;
  delivery_category?: string;
}

/** More rows than any real cart; the rest is left out. */
export const MAX_CONTENTS = 200;

const TEXT_FIELDS = ['title', 'brand', 'category', 'description'];

/** Rows whose problems are listed one by one; the rest are counted, so junk cannot flood the log. */
export const MAX_ROWS_REPORTED = 10;

/**
 * contents rows for Meta from a list of `{id, quantity, item_price, ...}`
 * (or its JSON text). A row without an id is left out, as Meta rejects
 * it; a missing or unusable quantity becomes 1; an unusable price or text
 * field is left out of its row. Every omission is reported. Only the first
 * MAX_CONTENTS rows are read.
 */
export function normalizeContents(raw: any, problems: Problem[], source: string): ContentRow[] {
  const list = typeOf(raw) === 'string' ? JSON.parse(raw) : raw;
  const rows: ContentRow[] = [];
  if (typeOf(list) !== 'array') {
    reportProblem(problems, 'custom_data.contents', 'from ' + source + ': not a list');
    return rows;
  }
  let troubledRows = 0;
  let unlisted = 0;
  let unlistedLeftOut = 0;
  for (let i = 0; i < list.length; i++) {
    const where = 'from ' + source + ': row ' + (i + 1);
    if (i === MAX_CONTENTS) {
      reportProblem(
        problems,
        'custom_data.contents',
        where + ' and later rows left out (over ' + MAX_CONTENTS + ')',
      );
      break;
    }
    const rowProblems: Problem[] = [];
    const row = contentRow(list[i], rowProblems, where);
    if (row !== undefined) rows.push(row);
    if (rowProblems.length === 0) continue;
    troubledRows++;
    if (troubledRows <= MAX_ROWS_REPORTED) {
      rowProblems.forEach((p) => reportProblem(problems, p.key, p.reason));
    } else {
      unlisted++;
      if (row === undefined) unlistedLeftOut++;
    }
  }
  if (unlisted > 0) {
    reportProblem(
      problems,
      'custom_data.contents',
      'from ' +
        source +
        ': ' +
        unlisted +
        ' more rows with problems (' +
        unlistedLeftOut +
        ' of them left out)',
    );
  }
  return rows;
}

function contentRow(item: any, problems: Problem[], where: string): ContentRow | undefined {
  if (typeOf(item) !== 'object') {
    reportProblem(problems, 'custom_data.contents', where + ' is not an object; left out');
    return undefined;
  }
  const id = textValue(item.id);
  if (id === undefined || id === '') {
    reportProblem(problems, 'custom_data.contents', where + ' has no usable id; left out');
    return undefined;
  }
  const row: ContentRow = { id: id, quantity: quantityOf(item.quantity, problems, where) };
  if (item.item_price !== undefined && item.item_price !== null && item.item_price !== '') {
    const price = parseDecimal(item.item_price);
    if (price === undefined)
      reportProblem(problems, 'custom_data.contents', where + ': price is not a number');
    else row.item_price = price;
  }
  TEXT_FIELDS.forEach((field) => {
    const text = textValue(item[field]);
    if (text === undefined)
      reportProblem(problems, 'custom_data.contents', where + ': ' + field + ' is not text');
    else if (text !== '') (row as any)[field] = text;
  });
  if (item.delivery_category !== undefined) {
    const category = enumValue(item.delivery_category, DELIVERY_CATEGORIES);
    if (category === undefined) {
      reportProblem(
        problems,
        'custom_data.contents',
        where + ': delivery_category is not one of ' + DELIVERY_CATEGORIES.join(', '),
      );
    } else {
      row.delivery_category = category;
    }
  }
  return row;
}

function quantityOf(raw: any, problems: Problem[], where: string): number {
  if (raw === undefined || raw === null || raw === '') return 1;
  const quantity = parseDecimal(raw);
  if (quantity !== undefined && quantity >= 1 && Math.floor(quantity) === quantity) return quantity;
  reportProblem(
    problems,
    'custom_data.contents',
    where + ': quantity is not a whole number of at least 1; 1 used',
  );
  return 1;
}
