/**
 * contents rows for Meta, from a list of `{id, quantity, item_price, ...}`
 * (or its JSON text) or from GA4 items. A row without an id is left out, as
 * Meta rejects it; a missing or unusable quantity becomes 1; an unusable
 * price or text field is left out of its row. Every omission is reported.
 * Only the first MAX_CONTENTS rows are read.
 */
import { getType, JSON, Math } from '../sandbox/apis';
import { report, type Problem } from '../lib/problems';
import { isArray } from '../lib/types';
import { DELIVERY_CATEGORIES } from '../meta/compact';
import { looksPersonal, PERSONAL_DATA, PERSONAL_REASON } from '../lib/personal-data';
import { parseDecimal } from './parse-decimal';
import { enumValue, MAX_TEXT_LENGTH, textValue } from './text';

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

/** Rows whose problems are listed one by one; the rest are counted, so junk cannot flood the log. */
export const MAX_ROWS_REPORTED = 10;

/** Text of at most MAX_TEXT_LENGTH characters in a row; '' when absent; undefined when unusable. */
function rowText(raw: unknown): string | undefined {
  if (typeof raw === 'string') {
    const text = raw.trim();
    return text.length > MAX_TEXT_LENGTH ? undefined : text;
  }
  return raw === undefined || raw === null ? '' : textValue(raw);
}

function textField(
  row: ContentRow,
  field: 'title' | 'brand' | 'category' | 'description',
  raw: unknown,
  problems: Problem[],
  where: string,
): void {
  const text = rowText(raw);
  if (text === undefined) {
    report(problems, 'custom_data.contents', where + ': ' + field + ' is not text');
  } else if (text.search(PERSONAL_DATA) >= 0) {
    report(
      problems,
      'custom_data.contents',
      where + ': ' + field + ' ' + PERSONAL_REASON + '; left out',
    );
  } else if (text !== '') {
    row[field] = text;
  }
}

function quantityOf(raw: unknown, problems: Problem[], where: string): number {
  if (raw === undefined || raw === null || raw === '') return 1;
  const quantity = parseDecimal(raw);
  if (quantity !== undefined && quantity >= 1 && Math.floor(quantity) === quantity) return quantity;
  report(
    problems,
    'custom_data.contents',
    where + ': quantity is not a whole number of at least 1; 1 used',
  );
  return 1;
}

/**
 * One row from a contents entry, or from a GA4 item when `itemIdKey` is
 * given: its id from `itemIdKey`, else `item_id`, else `id`, and price,
 * name, brand and category under Meta's names.
 */
function contentRow(
  item: { [key: string]: any },
  itemIdKey: string | undefined,
  problems: Problem[],
  where: string,
): ContentRow | undefined {
  const fromItem = itemIdKey !== undefined;
  let rawId = item.id;
  if (fromItem) {
    const byKey = item[itemIdKey as string];
    const itemId = item.item_id;
    if (byKey !== undefined && byKey !== null && byKey !== '') rawId = byKey;
    else if (itemId !== undefined && itemId !== null && itemId !== '') rawId = itemId;
    else if (rawId === null || rawId === '') rawId = undefined;
  }
  const id =
    typeof rawId === 'string' && rawId.length <= MAX_TEXT_LENGTH ? rawId.trim() : rowText(rawId);
  if (id === undefined || id === '') {
    report(problems, 'custom_data.contents', where + ' has no usable id; left out');
    return undefined;
  }
  const rawQuantity = item.quantity;
  // Whole numbers of 1 or more, the usual case, need no parsing.
  const quantity =
    typeof rawQuantity === 'number' && rawQuantity >= 1 && Math.floor(rawQuantity) === rawQuantity
      ? rawQuantity
      : quantityOf(rawQuantity, problems, where);
  const row: ContentRow = { id: id, quantity: quantity };
  const rawPrice = fromItem ? item.price : item.item_price;
  if (rawPrice !== undefined && rawPrice !== null && rawPrice !== '') {
    const price =
      typeof rawPrice === 'number' && rawPrice - rawPrice === 0 ? rawPrice : parseDecimal(rawPrice);
    if (price === undefined) {
      report(problems, 'custom_data.contents', where + ': price is not a number');
    } else {
      row.item_price = price;
    }
  }
  // Text that is a short string, the usual case, is taken here; the rest goes to textField.
  const title = fromItem ? item.item_name : item.title;
  if (
    typeof title === 'string' &&
    title.length <= MAX_TEXT_LENGTH &&
    title.trim() !== '' &&
    title.search(PERSONAL_DATA) < 0
  ) {
    row.title = title.trim();
  } else if (title !== undefined) {
    textField(row, 'title', title, problems, where);
  }
  const brand = fromItem ? item.item_brand : item.brand;
  if (
    typeof brand === 'string' &&
    brand.length <= MAX_TEXT_LENGTH &&
    brand.trim() !== '' &&
    brand.search(PERSONAL_DATA) < 0
  ) {
    row.brand = brand.trim();
  } else if (brand !== undefined) {
    textField(row, 'brand', brand, problems, where);
  }
  const category = fromItem ? item.item_category : item.category;
  if (
    typeof category === 'string' &&
    category.length <= MAX_TEXT_LENGTH &&
    category.trim() !== '' &&
    category.search(PERSONAL_DATA) < 0
  ) {
    row.category = category.trim();
  } else if (category !== undefined) {
    textField(row, 'category', category, problems, where);
  }
  if (!fromItem && item.description !== undefined) {
    textField(row, 'description', item.description, problems, where);
  }
  if (!fromItem && item.delivery_category !== undefined) {
    const delivery = enumValue(item.delivery_category, DELIVERY_CATEGORIES);
    if (delivery === undefined) {
      report(
        problems,
        'custom_data.contents',
        where + ': delivery_category is not one of ' + DELIVERY_CATEGORIES,
      );
    } else {
      row.delivery_category = delivery;
    }
  }
  return row;
}

/**
 * The rows of a list (or its JSON text) of contents, or of GA4 items when
 * `itemIdKey` is given. `source` names where the list came from.
 */
export function normalizeContents(
  raw: unknown,
  problems: Problem[],
  source: string,
  itemIdKey?: string,
): ContentRow[] {
  const list = typeof raw === 'string' ? JSON.parse(raw) : raw;
  const rows: ContentRow[] = [];
  if (!isArray(list)) {
    report(problems, 'custom_data.contents', 'from ' + source + ': not a list');
    return rows;
  }
  let troubledRows = 0;
  let unlisted = 0;
  let unlistedLeftOut = 0;
  for (let i = 0; i < list.length; i++) {
    const where = 'from ' + source + ': row ' + (i + 1);
    if (i === MAX_CONTENTS) {
      report(
        problems,
        'custom_data.contents',
        where + ' and later rows left out (over ' + MAX_CONTENTS + ')',
      );
      break;
    }
    const item = list[i];
    const rowProblems: Problem[] = [];
    let row: ContentRow | undefined;
    if (typeof item !== 'object' || item === null || getType(item) !== 'object') {
      report(rowProblems, 'custom_data.contents', where + ' is not an object; left out');
    } else {
      row = contentRow(item, itemIdKey, rowProblems, where);
    }
    if (row !== undefined) rows.push(row);
    if (rowProblems.length === 0) continue;
    troubledRows++;
    if (troubledRows <= MAX_ROWS_REPORTED) {
      for (const p of rowProblems) problems.push(p);
    } else {
      unlisted++;
      if (row === undefined) unlistedLeftOut++;
    }
  }
  if (unlisted > 0) {
    report(
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
  return withoutPersonalIds(rows, problems, source);
}

/**
 * Rows whose id is an email address or phone number are left out (Meta
 * receives ids unhashed). One search over all ids settles the usual case.
 */
function withoutPersonalIds(rows: ContentRow[], problems: Problem[], source: string): ContentRow[] {
  const ids: string[] = [];
  for (const row of rows) ids.push(row.id);
  if (!looksPersonal(ids.join('\n'))) return rows;
  const kept: ContentRow[] = [];
  for (const row of rows) {
    if (looksPersonal(row.id)) {
      report(
        problems,
        'custom_data.contents',
        'from ' + source + ': an id ' + PERSONAL_REASON + '; row left out',
      );
    } else kept.push(row);
  }
  return kept;
}
