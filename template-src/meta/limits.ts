/** Meta's limits the tag enforces before sending (reference/meta-capi.md §2). */
import { DAY_SECONDS } from '../lib/time';

/** Event names longer than this are rejected. */
export const CUSTOM_EVENT_NAME_MAX = 50;

/** How old event_time may be: 7 days, 62 for physical_store uploads. */
export function maxEventAgeSeconds(actionSource: unknown): number {
  return (actionSource === 'physical_store' ? 62 : 7) * DAY_SECONDS;
}
