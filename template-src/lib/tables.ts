/**
 * Lookups in the compact tables of meta/compact.ts: strings, so that GTM,
 * which runs the whole code tab for every event, does not rebuild a table
 * per event. Maps are written `|key=value|...|`, sets ` a b c `.
 */

/** The value stored for `key`; undefined when absent (or when `key` could not be a key). */
export function lookup(table: string, key: string): string | undefined {
  if (key.indexOf('|') >= 0 || key.indexOf('=') >= 0) return undefined;
  const at = table.indexOf('|' + key + '=');
  if (at < 0) return undefined;
  const start = at + key.length + 2;
  return table.substring(start, table.indexOf('|', start));
}

/** Whether `value` is one of a set's space-separated entries. */
export function inSet(entries: string, value: string): boolean {
  return value.indexOf(' ') < 0 && entries.indexOf(' ' + value + ' ') >= 0;
}
