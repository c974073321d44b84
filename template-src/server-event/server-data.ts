/**
 * The server data table: rows {name, value} that set the server event's
 * own fields over the event and the tag's other fields (meta/spec.ts
 * SERVER_DATA_KEYS). A row whose value is empty sets nothing, so a
 * variable that finds nothing lets the event's value through.
 */
import { isPlainName } from '../lib/personal-data';
import { report, type Problem } from '../lib/problems';
import { inList } from '../lib/text';
import { isArray, isBlank, isObject } from '../lib/types';
import { SERVER_DATA_KEYS } from '../meta/compact';

export const SERVER_DATA_TABLE = 'serverDataList';
const ORIGINAL_PREFIX = 'original_event_data.';

/**
 * The table's values by name; a later row for the same name wins. The
 * `original_event_data.<key>` rows are gathered in one object under
 * `original_event_data`.
 */
export function serverDataTable(rows: unknown, problems: Problem[]): { [name: string]: any } {
  const values: { [name: string]: any } = {};
  if (!isArray(rows)) return values;
  for (const row of rows) {
    const name = isObject(row) ? row.name : undefined;
    if (isBlank(name)) continue;
    if (typeof name !== 'string' || !inList(SERVER_DATA_KEYS, name)) {
      const shown = typeof name === 'string' && isPlainName(name) ? '"' + name + '"' : 'a name';
      report(
        problems,
        SERVER_DATA_TABLE,
        'a row names ' + shown + ', not a server event field; ignored',
      );
      continue;
    }
    if (isBlank(row.value)) continue;
    if (name.indexOf(ORIGINAL_PREFIX) === 0) {
      if (values.original_event_data === undefined) values.original_event_data = {};
      values.original_event_data[name.substring(ORIGINAL_PREFIX.length)] = row.value;
    } else {
      values[name] = row.value;
    }
  }
  return values;
}

/** Where a server field's value came from, for problems: `serverDataList[event_time]` or the event key. */
export function tableKey(name: string): string {
  return SERVER_DATA_TABLE + '[' + name + ']';
}
