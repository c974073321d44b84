/**
 * Reads the event into a plain object, key by key (see EVENT_DATA_KEYS for
 * why not getAllEventData). Absent keys are left out.
 */
import { getEventData } from '../sandbox/apis';
import { EVENT_DATA_KEYS } from './event-data-keys';

export function readEventData(): { [key: string]: any } {
  const eventData: { [key: string]: any } = {};
  for (const key of EVENT_DATA_KEYS) {
    const value = getEventData(key);
    if (value !== undefined) eventData[key] = value;
  }
  return eventData;
}
