/**
 * The checked value of one standard custom_data key (meta/spec.ts
 * STANDARD_CUSTOM_KEYS), whatever its source.
 */
import { JSON, Math } from '../sandbox/apis';
import { report, type Problem } from '../lib/problems';
import { isArray, kindOf } from '../lib/types';
import { CONTENT_TYPES, CUSTOMER_SEGMENTATION_VALUES, DELIVERY_CATEGORIES } from '../meta/compact';
import { currencyCode } from '../meta/formats';
import { looksPersonal, PERSONAL_REASON } from '../lib/personal-data';
import { normalizeContents } from './contents';
import { parseDecimal } from './parse-decimal';
import { enumValue, textValue } from './text';

const MAX_CONTENT_IDS = 200;

/** Nothing given: undefined, null, blank text or an empty list. */
export function isEmpty(raw: unknown): boolean {
  return (
    raw === undefined ||
    raw === null ||
    (typeof raw === 'string' && raw.trim() === '') ||
    (typeof raw === 'object' && isArray(raw) && raw.length === 0)
  );
}

/** The ids that are no email address or phone number (Meta receives ids unhashed). */
function withoutPersonal(ids: string[], problems: Problem[], where: string): string[] | null {
  const kept: string[] = [];
  for (const id of ids) {
    if (!looksPersonal(id)) kept.push(id);
  }
  report(problems, 'custom_data.content_ids', where + 'ids that ' + PERSONAL_REASON + ' left out');
  return kept.length > 0 ? kept.slice(0, MAX_CONTENT_IDS) : null;
}

/** A list (or its JSON text, or comma-separated text, or one id) of ids as strings. */
function contentIds(
  raw: unknown,
  problems: Problem[],
  source: string,
): string[] | null | undefined {
  let list: unknown = raw;
  if (typeof raw === 'string') {
    const text = raw.trim();
    list = text.charAt(0) === '[' ? JSON.parse(text) : text.split(',');
  } else if (typeof raw === 'number') {
    list = [raw];
  }
  if (!isArray(list)) return undefined;
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
    report(problems, 'custom_data.content_ids', where + skipped + ' unusable ids left out');
  }
  if (ids.length > MAX_CONTENT_IDS) {
    report(
      problems,
      'custom_data.content_ids',
      where + 'ids after the first ' + MAX_CONTENT_IDS + ' left out',
    );
  }
  if (looksPersonal(ids.join('\n'))) return withoutPersonal(ids, problems, where);
  return ids.length > 0 ? ids.slice(0, MAX_CONTENT_IDS) : null;
}

/** The value, undefined when unusable, null when unusable and already reported. */
function checked(key: string, raw: unknown, problems: Problem[], source: string): unknown {
  switch (key) {
    case 'value':
    case 'predicted_ltv':
    case 'net_revenue':
      return parseDecimal(raw);
    case 'content_name':
    case 'content_category':
    case 'order_id':
    case 'search_string':
    case 'item_number':
    case 'status': {
      if (key === 'status' && kindOf(raw) === 'boolean') return raw;
      const text = textValue(raw);
      if (text === undefined || !looksPersonal(text)) return text;
      report(
        problems,
        'custom_data.' + key,
        'from ' + source + ': ' + PERSONAL_REASON + '; left out',
      );
      return null;
    }
    case 'currency':
      return typeof raw === 'string' ? currencyCode(raw) : undefined;
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
    case 'delivery_category':
      return enumValue(raw, DELIVERY_CATEGORIES);
    case 'customer_segmentation':
      return enumValue(raw, CUSTOMER_SEGMENTATION_VALUES);
  }
  return undefined;
}

function invalidReason(key: string): string {
  if (key === 'value' || key === 'predicted_ltv' || key === 'net_revenue' || key === 'num_items') {
    return 'not a number';
  }
  if (key === 'currency') return 'not an ISO 4217 currency code';
  if (key === 'content_ids') return 'not a list of ids';
  if (key === 'content_type') return 'not one of ' + CONTENT_TYPES;
  if (key === 'delivery_category') return 'not one of ' + DELIVERY_CATEGORIES;
  if (key === 'customer_segmentation') return 'not a customer segmentation value Meta knows';
  return 'not text of at most 500 characters';
}

/**
 * The checked value of a standard custom_data key, or undefined when the raw
 * value is empty or unusable (unusable values are reported, never shown).
 */
export function normalizeCustomValue(
  key: string,
  raw: unknown,
  problems: Problem[],
  source: string,
): unknown {
  if (isEmpty(raw)) return undefined;
  const value = checked(key, raw, problems, source);
  if (value === undefined) {
    report(problems, 'custom_data.' + key, 'from ' + source + ': ' + invalidReason(key));
  }
  return value === null ? undefined : value;
}
