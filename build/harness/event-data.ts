/**
 * getEventData and getAllEventData over the run's event. GTM documents the
 * key path as dot-separated components that are object keys or array
 * indices, non-strings coerced to strings; both APIs return copies.
 */
import { copyValue } from './values';

export function lookupEventData(event: Record<string, unknown>, keyPath: unknown): unknown {
  let current: unknown = event;
  for (const part of String(keyPath).split('.')) {
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
