/**
 * Reads the event one top-level key at a time (so read_event_data can list
 * its keys instead of granting all event data), each key at most once per
 * event, and only when a stage asks for it.
 */
import { createRegex, Object } from '../sandbox/apis';
import { isArray, isObject } from './types';

export interface EventReader {
  /** getEventData in the sandbox; tests pass a plain lookup. */
  source: (key: string) => any;
  /** Values read so far, by key. */
  values: { [key: string]: any };
}

export function eventValue(reader: EventReader, key: string): any {
  const values = reader.values;
  if (values.hasOwnProperty(key)) return values[key];
  const value = reader.source(key);
  values[key] = value;
  return value;
}

/**
 * A member of an object found in event data (`consent_state.ad_storage`);
 * undefined when the value is not an object. Only for this project's own
 * constant names, which no object inherits.
 */
export function memberOf(value: unknown, name: string): any {
  return typeof value === 'object' && value !== null ? (value as any)[name] : undefined;
}

const INDEX = '^[0-9]{1,3}$';

/**
 * The elements of a value found at a fan-out segment (`address[]`): a list
 * as it is; an object keyed "0", "1", ... (the User-Provided Data
 * variable's form) as its values; any other object as a list of one.
 */
function listOf(value: unknown): unknown[] {
  if (isArray(value)) return value;
  if (!isObject(value)) return [];
  const keys = Object.keys(value);
  if (keys.length === 0) return [value];
  const index = createRegex(INDEX)!;
  for (const key of keys) {
    if (key.search(index) !== 0) return [value];
  }
  return keys.map((key) => value[key]);
}

/**
 * Every element's member for `list[].member` inside `top`, an object of the
 * event, flattened into one list. The elements of a list are found once per
 * event (`listKey`).
 */
function inside(reader: EventReader, top: unknown, rest: string, listKey: string): unknown[] {
  const fanOut = rest.indexOf('[].');
  const values = reader.values;
  if (!values.hasOwnProperty(listKey))
    values[listKey] = listOf((top as any)[rest.substring(0, fanOut)]);
  const member = rest.substring(fanOut + 3);
  const found: unknown[] = [];
  for (const element of values[listKey] as unknown[]) {
    const value =
      typeof element === 'object' && element !== null ? (element as any)[member] : undefined;
    if (typeof value === 'object' && value !== null && isArray(value)) {
      for (const v of value) found.push(v);
    } else if (value !== undefined && value !== null) {
      found.push(value);
    }
  }
  return found;
}

/** What `key.list[].member` names inside `top`, the object at its key: every element's member. */
function below(reader: EventReader, top: object, path: string, dot: number): unknown {
  const rest = path.substring(dot + 1);
  return inside(reader, top, rest, path.substring(0, dot + 1 + rest.indexOf('[]') + 2));
}

/**
 * Tries the comma-separated `paths` of the event in order (`key`,
 * `key.member` or `key.list[].member`, where `list[]` holds one object or a
 * list of objects, as GA4's `user_data.address` does), and hands each value
 * found (not undefined or null) to `use`, until `use` returns something.
 * Keys are read only as far as needed; paths never throw. A member name is
 * one of this project's constants, which no list or text has either. GTM
 * interprets every call, so reading a key is written out here rather than
 * called: the first path, most often a key the event does not have, costs
 * no call.
 */
export function firstFound<T>(
  reader: EventReader,
  paths: string,
  use: (found: any, path: string) => T | undefined,
): T | undefined {
  const values = reader.values;
  const comma = paths.indexOf(',');
  const first = comma < 0 ? paths : paths.substring(0, comma);
  const firstDot = first.indexOf('.');
  const firstKey = firstDot < 0 ? first : first.substring(0, firstDot);
  let value = values[firstKey];
  if (!values.hasOwnProperty(firstKey)) {
    value = reader.source(firstKey);
    values[firstKey] = value;
  }
  if (firstDot >= 0) {
    const rest = first.substring(firstDot + 1);
    if (typeof value !== 'object' || value === null) value = undefined;
    else value = rest.indexOf('[]') < 0 ? value[rest] : below(reader, value, first, firstDot);
  }
  let result = value === undefined || value === null ? undefined : use(value, first);
  if (result !== undefined || comma < 0) return result;
  paths
    .substring(comma + 1)
    .split(',')
    .some((path) => {
      const dot = path.indexOf('.');
      const key = dot < 0 ? path : path.substring(0, dot);
      let found = values[key];
      if (!values.hasOwnProperty(key)) {
        found = reader.source(key);
        values[key] = found;
      }
      if (dot >= 0) {
        const rest = path.substring(dot + 1);
        if (typeof found !== 'object' || found === null) found = undefined;
        else found = rest.indexOf('[]') < 0 ? found[rest] : below(reader, found, path, dot);
      }
      if (found === undefined || found === null) return false;
      result = use(found, path);
      return result !== undefined;
    });
  return result;
}

/** The value at `key` or `key.member` of the event, as it is; undefined when any step is missing. */
export function valueAt(reader: EventReader, path: string): any {
  const dot = path.indexOf('.');
  if (dot < 0) return eventValue(reader, path);
  const top = eventValue(reader, path.substring(0, dot));
  return isObject(top) ? top[path.substring(dot + 1)] : undefined;
}
