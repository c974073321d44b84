/** Reads event data by key path ("consent_state.ad_storage"), never throwing. */
import { own } from '../validate/values';

/**
 * A key that exists as written wins (event data keys may contain dots);
 * otherwise the path is walked through nested objects (with `own`, which
 * survives objects that carry their own "hasOwnProperty" key).
 */
export function readPath(eventData: unknown, path: string): any {
  const whole = own(eventData, path);
  if (whole !== undefined) return whole;
  let value: any = eventData;
  for (const key of path.split('.')) {
    value = own(value, key);
    if (value === undefined) return undefined;
  }
  return value;
}
