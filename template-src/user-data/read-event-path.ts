import { Object } from '../sandbox/apis';
import { typeOf } from '../sandbox/type-of';

/**
 * Reads a dotted path from the event data and returns every value found,
 * flattened into one list (a list value contributes its elements).
 *
 * A segment written `name[]` holds one object or a list of objects, as GA4's
 * `user_data.address` does; the rest of the path is read from each of them.
 * The "User-Provided Data" variable's `{0: {...}, 1: {...}}` form counts as a
 * list. Any other shape yields nothing: paths never throw.
 */
export function readEventPath(eventData: { [key: string]: any }, path: string): any[] {
  const found: any[] = [];
  // Most paths are one top-level key: no need to split them.
  if (path.indexOf('.') < 0 && path.indexOf('[]') < 0) collect(eventData[path], [], 0, found);
  else collectFrom(eventData, path.split('.'), 0, found);
  return found;
}

/** The part of a path that getEventData / read_event_data key patterns can address. */
export function eventKeyOf(path: string): string {
  const fanOut = path.indexOf('[]');
  return fanOut < 0 ? path : path.substring(0, fanOut);
}

function collect(value: any, segments: string[], index: number, found: any[]): void {
  if (index === segments.length) {
    if (typeOf(value) === 'array') {
      value.forEach((element: any) => found.push(element));
    } else if (value !== undefined && value !== null) {
      found.push(value);
    }
    return;
  }
  if (typeOf(value) === 'object') collectFrom(value, segments, index, found);
}

/** collect() for a value already known to be an object (the event itself is one). */
function collectFrom(object: any, segments: string[], index: number, found: any[]): void {
  const segment = segments[index];
  const fanOut = segment.length > 2 && segment.indexOf('[]') === segment.length - 2;
  const name = fanOut ? segment.substring(0, segment.length - 2) : segment;
  // Paths are this project's constants, never names an object inherits; and a
  // foreign object may shadow hasOwnProperty, so it is not called here.
  const child = object[name];
  if (!fanOut) {
    collect(child, segments, index + 1, found);
    return;
  }
  listOf(child).forEach((element) => collect(element, segments, index + 1, found));
}

function listOf(value: any): any[] {
  const type = typeOf(value);
  if (type === 'array') return value;
  if (type !== 'object') return [];
  const keys = Object.keys(value);
  const numbered = keys.length > 0 && keys.every((key) => isIndex(key));
  return numbered ? keys.map((key) => value[key]) : [value];
}

function isIndex(key: string): boolean {
  if (key.length === 0 || key.length > 3) return false;
  for (let i = 0; i < key.length; i++) {
    if ('0123456789'.indexOf(key.charAt(i)) < 0) return false;
  }
  return true;
}

/**
 * The value at a plain dotted path (no fan-out), as getEventData returns it;
 * undefined when any step is missing or not an object.
 */
export function readEventValue(eventData: { [key: string]: any }, path: string): any {
  if (path.indexOf('.') < 0) return eventData[path];
  const segments = path.split('.');
  let value = eventData[segments[0]];
  for (let i = 1; i < segments.length; i++) {
    if (typeOf(value) !== 'object') return undefined;
    value = value[segments[i]];
  }
  return value;
}
