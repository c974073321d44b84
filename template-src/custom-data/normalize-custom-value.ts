import { JSON, Math } from '../sandbox/apis';
import { typeOf } from '../sandbox/type-of';
import { Problem, reportProblem } from '../problem';
import { CONTENT_TYPES, CUSTOMER_SEGMENTATION_VALUES, DELIVERY_CATEGORIES } from '../validate/spec';
import { normalizeContents } from './normalize-contents';
import { normalizeCurrency } from './normalize-currency';
import { parseDecimal } from './parse-decimal';
import { enumValue, textValue } from './text-value';

/** custom_data keys with a meaning (and a check) of their own, in the order they are sent. */
export const STANDARD_CUSTOM_KEYS = [
  'value',
  'currency',
  'content_ids',
  'contents',
  'content_type',
  'num_items',
  'content_name',
  'content_category',
  'order_id',
  'search_string',
  'predicted_ltv',
  'net_revenue',
  'status',
  'delivery_category',
  'customer_segmentation',
  'item_number',
];

const TEXT_KEYS = ['content_name', 'content_category', 'order_id', 'search_string', 'item_number'];
const NUMBER_KEYS = ['value', 'predicted_ltv', 'net_revenue'];
const MAX_CONTENT_IDS = 200;

/**
 * The checked value of a standard custom_data key, or undefined when the raw
 * value is empty or unusable (unusable values are reported, never shown).
 * Internally, null means "nothing usable, and already reported".
 */
export function normalizeCustomValue(
  key: string,
  raw: any,
  problems: Problem[],
  source: string,
): any {
  if (isEmpty(raw)) return undefined;
  const value = checked(key, raw, problems, source);
  if (value === undefined) {
    reportProblem(problems, 'custom_data.' + key, 'from ' + source + ': ' + invalidReason(key));
  }
  return value === null ? undefined : value;
}

export function isEmpty(raw: any): boolean {
  const type = typeOf(raw);
  return (
    type === 'undefined' ||
    type === 'null' ||
    (type === 'string' && raw.trim() === '') ||
    (type === 'array' && raw.length === 0)
  );
}

function checked(key: string, raw: any, problems: Problem[], source: string): any {
  if (NUMBER_KEYS.indexOf(key) >= 0) return parseDecimal(raw);
  if (TEXT_KEYS.indexOf(key) >= 0) return textValue(raw);
  switch (key) {
    case 'currency':
      return typeOf(raw) === 'string' ? normalizeCurrency(raw) : undefined;
    case 'content_ids':
      return contentIds(raw, problems, source);
    case 'contents': {
      const rows = normalizeContents(raw, problems, source);
      return rows.length > 0 ? rows : null;
    }
    case 'content_type':
      return enumValue(raw, CONTENT_TYPES);
    case 'num_items': {
      const count = parseDecimal(raw);
      return count !== undefined && count >= 0 && Math.floor(count) === count ? count : undefined;
    }
    case 'status':
      return typeOf(raw) === 'boolean' ? raw : textValue(raw);
    case 'delivery_category':
      return enumValue(raw, DELIVERY_CATEGORIES);
    case 'customer_segmentation':
      return enumValue(raw, CUSTOMER_SEGMENTATION_VALUES);
  }
  return undefined;
}

function invalidReason(key: string): string {
  if (NUMBER_KEYS.indexOf(key) >= 0 || key === 'num_items') return 'not a number';
  if (key === 'currency') return 'not an ISO 4217 currency code';
  if (key === 'content_ids') return 'not a list of ids';
  if (key === 'content_type') return 'not one of ' + CONTENT_TYPES.join(', ');
  if (key === 'delivery_category') return 'not one of ' + DELIVERY_CATEGORIES.join(', ');
  if (key === 'customer_segmentation') return 'not a customer segmentation value Meta knows';
  return 'not text of at most 500 characters';
}

/** A list (or its JSON text, or comma-separated text, or one id) of ids as strings. */
function contentIds(raw: any, problems: Problem[], source: string): string[] | null | undefined {
  let list: any = raw;
  if (typeOf(raw) === 'string') {
    const text = raw.trim();
    list = text.charAt(0) === '[' ? JSON.parse(text) : text.split(',');
  } else if (typeOf(raw) === 'number') {
    list = [raw];
  }
  if (typeOf(list) !== 'array') return undefined;
  const ids: string[] = [];
  let skipped = 0;
  // Stops one id past the limit: de-duplicating a huge list would take too long.
  for (let i = 0; i < list.length && ids.length <= MAX_CONTENT_IDS; i++) {
    const id = textValue(list[i]);
    if (id === undefined) skipped++;
    else if (id !== '' && ids.indexOf(id) < 0) ids.push(id);
  }
  const where = 'from ' + source + ': ';
  if (skipped > 0) {
    reportProblem(problems, 'custom_data.content_ids', where + skipped + ' unusable ids left out');
  }
  if (ids.length > MAX_CONTENT_IDS) {
    reportProblem(
      problems,
      'custom_data.content_ids',
      where + 'ids after the first ' + MAX_CONTENT_IDS + ' left out',
    );
  }
  return ids.length > 0 ? ids.slice(0, MAX_CONTENT_IDS) : null;
}
