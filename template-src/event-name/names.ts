/** Event names as users type them, and Meta's spelling of the standard ones. */
import { createRegex, makeString } from '../sandbox/apis';
import { lookup } from '../lib/tables';
import { isArray, isObject, isFiniteNumber } from '../lib/types';
import { GA4_TO_META, STANDARD_EVENT_BY_LOOSE_NAME } from '../meta/compact';

/** A space or dash between words counts as an underscore: "add to cart" is add_to_cart. */
const SEPARATORS = '[ -]';

/** Trimmed text of a string or a finite number ("NaN" is no name); '' for anything else. */
export function nameText(value: unknown): string {
  return typeof value === 'string' || isFiniteNumber(value) ? makeString(value).trim() : '';
}

/**
 * A standard event's name in Meta's spelling when `name` is one in another
 * case, or with its words separated ("purchase", "ADD_TO_CART", "view
 * content"); otherwise `name` unchanged ("pur chase" is no Purchase).
 */
export function caseCorrected(name: string): string {
  const loose = name.toLowerCase().replace(createRegex(SEPARATORS, 'g')!, '_');
  const standard = lookup(STANDARD_EVENT_BY_LOOSE_NAME, loose);
  return standard !== undefined ? standard : name;
}

/** Whether `name` is a Meta standard event, spelled as Meta spells it. */
export function isStandardEvent(name: string): boolean {
  return lookup(STANDARD_EVENT_BY_LOOSE_NAME, name.toLowerCase()) === name;
}

/** The Meta standard event a GA4 event name means, if the GA4 table lists it. */
export function ga4ToMeta(name: string): string | undefined {
  return lookup(GA4_TO_META, name);
}

/**
 * Event names typed into one field, separated by commas or line breaks, or
 * given as a list by a variable. Empty entries are skipped.
 */
export function parseNameList(value: unknown): string[] {
  const parts: unknown[] = isArray(value)
    ? value
    : typeof value === 'string'
      ? value.split('\n').join(',').split(',')
      : [];
  const names: string[] = [];
  for (const part of parts) {
    const name = nameText(part);
    if (name !== '') names.push(name);
  }
  return names;
}

/** Rows {from, to} of a mapping table, with both cells filled in. */
export function parseMappingTable(rows: unknown): { from: string; to: string }[] {
  const mappings: { from: string; to: string }[] = [];
  if (!isArray(rows)) return mappings;
  for (const row of rows) {
    if (!isObject(row)) continue;
    const source = nameText(row.from);
    const to = nameText(row.to);
    if (source !== '' && to !== '') mappings.push({ from: source, to: to });
  }
  return mappings;
}
