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
 * What `key.list[].member` (`path`, whose key ends at `dot`) names inside
 * `top`, the object at its key: every element's member, flattened into one
 * list. The elements of a list are found once per event.
 */
function inside(reader: EventReader, top: unknown, path: string, dot: number): unknown[] {
  const rest = path.substring(dot + 1);
  const fanOut = rest.indexOf('[].');
  const listKey = path.substring(0, dot + 1 + fanOut + 2);
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

/**
 * Tries the comma-separated `paths` of the event in order (`key`,
 * `key.member` or `key.list[].member`; from the third path on also
 * `key.member.member...`, where `list[]` holds one object or a
 * list of objects, as GA4's `user_data.address` does), and hands each value
 * found (not undefined or null) to `use`, until `use` returns something.
 * Keys are read only as far as needed; paths never throw. A member name is
 * one of this project's constants, which no list or text has either.
 *
 * GTM interprets every call and every loop pass, and most paths name keys
 * an event does not have. So the first two paths, which decide nearly every
 * key, are tried by the same steps written out twice; only further paths
 * cost a call each.
 */
export function firstFound<T>(
  reader: EventReader,
  paths: string,
  use: (found: any, path: string) => T | undefined,
): T | undefined {
  const values = reader.values;
  let comma = paths.indexOf(',');
  let path = comma < 0 ? paths : paths.substring(0, comma);
  let dot = path.indexOf('.');
  let key = dot < 0 ? path : path.substring(0, dot);
  let value = values[key];
  if (!values.hasOwnProperty(key)) {
    value = reader.source(key);
    values[key] = value;
  }
  if (dot >= 0) {
    if (typeof value !== 'object' || value === null) value = undefined;
    else
      value =
        path.indexOf('[]') < 0 ? value[path.substring(dot + 1)] : inside(reader, value, path, dot);
  }
  let result = value === undefined || value === null ? undefined : use(value, path);
  if (result !== undefined || comma < 0) return result;

  const rest = paths.substring(comma + 1);
  comma = rest.indexOf(',');
  path = comma < 0 ? rest : rest.substring(0, comma);
  dot = path.indexOf('.');
  key = dot < 0 ? path : path.substring(0, dot);
  value = values[key];
  if (!values.hasOwnProperty(key)) {
    value = reader.source(key);
    values[key] = value;
  }
  if (dot >= 0) {
    if (typeof value !== 'object' || value === null) value = undefined;
    else
      value =
        path.indexOf('[]') < 0 ? value[path.substring(dot + 1)] : inside(reader, value, path, dot);
  }
  result = value === undefined || value === null ? undefined : use(value, path);
  if (result !== undefined || comma < 0) return result;

  rest
    .substring(comma + 1)
    .split(',')
    .some((further) => {
      const at = further.indexOf('.');
      const name = at < 0 ? further : further.substring(0, at);
      let found = values[name];
      if (!values.hasOwnProperty(name)) {
        found = reader.source(name);
        values[name] = found;
      }
      if (at >= 0) {
        if (typeof found !== 'object' || found === null) found = undefined;
        else
          found =
            further.indexOf('[]') < 0
              ? memberPath(found, further.substring(at + 1))
              : inside(reader, found, further, at);
      }
      if (found === undefined || found === null) return false;
      result = use(found, further);
      return result !== undefined;
    });
  return result;
}

/** The member at `a.b.c` inside an object; undefined when a step is not an object. */
function memberPath(top: unknown, members: string): any {
  let value: any = top;
  for (const name of members.split('.')) {
    if (!isObject(value)) return undefined;
    value = value[name];
  }
  return value;
}

/** The value at `key`, `key.member` or `key.member.member...` of the event, as it is; undefined when any step is missing. */
export function valueAt(reader: EventReader, path: string): any {
  const dot = path.indexOf('.');
  if (dot < 0) return eventValue(reader, path);
  const top = eventValue(reader, path.substring(0, dot));
  return typeof top === 'object' && top !== null
    ? memberPath(top, path.substring(dot + 1))
    : undefined;
}
