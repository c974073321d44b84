/**
 * Checks the custom_data fields Meta types (reference/meta-capi.md §5, §10.6).
 * Numbers given as numeric text become numbers; what cannot be fixed is
 * dropped and reported. Custom properties pass through untouched.
 */
import { makeNumber, Math, Object } from '../sandbox/apis';
import { reportProblem, type Problem } from '../problem';
import { CONTENT_TYPES, CUSTOMER_SEGMENTATION_VALUES, DELIVERY_CATEGORIES } from './spec';
import { isArray, isDigits, isFiniteNumber, isObject, isString, own } from './values';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** A number, or text that is exactly a decimal number ("12", "-3.5"). */
export function asNumber(value: unknown): number | undefined {
  if (isFiniteNumber(value)) return value;
  if (!isString(value)) return undefined;
  const text = value.trim();
  const unsigned = text.charAt(0) === '-' ? text.substring(1) : text;
  const parts = unsigned.split('.');
  if (parts.length > 2 || !isDigits(parts[0]) || (parts.length === 2 && !isDigits(parts[1]))) {
    return undefined;
  }
  return makeNumber(text);
}

function isId(value: unknown): boolean {
  return (isString(value) && value.trim() !== '') || isFiniteNumber(value);
}

function isCurrency(value: unknown): boolean {
  if (!isString(value) || value.length !== 3) return false;
  const upper = value.toUpperCase();
  for (let i = 0; i < 3; i++) {
    if (LETTERS.indexOf(upper.charAt(i)) < 0) return false;
  }
  return true;
}

function cleanContents(value: unknown, problems: Problem[]): any[] | undefined {
  if (!isArray(value)) {
    reportProblem(problems, 'custom_data.contents', 'not a list; dropped');
    return undefined;
  }
  const rows: any[] = [];
  for (const row of value) {
    if (!isObject(row) || !isId(own(row, 'id'))) {
      reportProblem(
        problems,
        'custom_data.contents',
        'row without an id dropped (Meta rejects it)',
      );
      continue;
    }
    const clean: { [key: string]: any } = {};
    for (const key of Object.keys(row)) {
      const numeric = key === 'quantity' || key === 'item_price';
      const n = numeric ? asNumber(row[key]) : undefined;
      if (numeric && n === undefined) {
        reportProblem(problems, 'custom_data.contents.' + key, 'not a number; dropped');
      } else {
        clean[key] = numeric ? n : row[key];
      }
    }
    rows.push(clean);
  }
  return rows.length > 0 ? rows : undefined;
}

function cleanField(key: string, value: unknown, problems: Problem[]): unknown {
  const at = 'custom_data.' + key;
  const fail = (reason: string) => {
    reportProblem(problems, at, reason + '; dropped');
    return undefined;
  };
  switch (key) {
    case 'value':
    case 'net_revenue':
    case 'predicted_ltv': {
      const n = asNumber(value);
      return n === undefined ? fail('not a number') : n;
    }
    case 'num_items': {
      const n = asNumber(value);
      return n === undefined || n < 0 || Math.floor(n) !== n ? fail('not a whole number') : n;
    }
    case 'currency':
      return isCurrency(value)
        ? (value as string).toUpperCase()
        : fail('not a 3-letter ISO 4217 code');
    case 'content_type':
      return CONTENT_TYPES.indexOf(value as string) >= 0 ? value : fail('not a known content_type');
    case 'delivery_category':
      return DELIVERY_CATEGORIES.indexOf(value as string) >= 0
        ? value
        : fail('not in_store, curbside or home_delivery');
    case 'customer_segmentation':
      return CUSTOMER_SEGMENTATION_VALUES.indexOf(value as string) >= 0
        ? value
        : fail('not a known segment');
    case 'content_ids': {
      if (!isArray(value)) return fail('not a list');
      const ids = value.filter(isId);
      if (ids.length < value.length)
        reportProblem(problems, at, 'entries that are not ids dropped');
      return ids.length > 0 ? ids : undefined;
    }
    case 'contents':
      return cleanContents(value, problems);
    default:
      return value;
  }
}

export function validateCustomData(
  customData: unknown,
  problems: Problem[],
): { [key: string]: any } | undefined {
  if (customData === undefined) return undefined;
  if (!isObject(customData)) {
    reportProblem(problems, 'custom_data', 'not an object; dropped');
    return undefined;
  }
  const clean: { [key: string]: any } = {};
  for (const key of Object.keys(customData)) {
    if (customData[key] === undefined) continue;
    const value = cleanField(key, customData[key], problems);
    if (value !== undefined) clean[key] = value;
  }
  return clean;
}
