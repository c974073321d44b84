/**
 * getEventData and getAllEventData over the run's event. GTM documents the
 * key path as dot-separated components that are object keys or array
 * indices, non-strings coerced to strings; both APIs return copies.
 */
import { copyValue } from './values';

export function lookupEventData(event: Record<string, unknown>, keyPath: unknown): unknown {
  const path = String(keyPath);
  if (path.indexOf('.') < 0) {
    return Object.prototype.hasOwnProperty.call(event, path) ? copyValue(event[path]) : undefined;
  }
  let current: unknown = event;
  for (const part of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, part)) return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return copyValue(current);
}

export function createEventDataApis(event: Record<string, unknown>) {
  return {
    getEventData: (keyPath: unknown) => lookupEventData(event, keyPath),
    getAllEventData: () => copyValue(event),
  };
}
