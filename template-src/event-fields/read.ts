/** Reads event data by key path ("consent_state.ad_storage"), never throwing. */
import { isObject } from '../validate/values';

/**
 * A key that exists as written wins (event data keys may contain dots);
 * otherwise the path is walked through nested objects.
 */
export function readPath(eventData: unknown, path: string): any {
  if (!isObject(eventData)) return undefined;
  if (eventData.hasOwnProperty(path)) return eventData[path];
  let value: any = eventData;
  for (const key of path.split('.')) {
    if (!isObject(value) || !value.hasOwnProperty(key)) return undefined;
    value = value[key];
  }
  return value;
}
