import { describe, expect, it } from 'vitest';
import { CONSENT_EVENT_KEYS } from '../../template-src/consent/decision';
import { CUSTOM_DATA_EVENT_KEYS } from '../../template-src/custom-data/custom-data-sources';
import { EVENT_DATA_KEYS } from '../../template-src/event-data/event-data-keys';
import { EVENT_FIELDS_EVENT_KEYS } from '../../template-src/event-fields/index';
import { EVENT_NAME_EVENT_KEYS } from '../../template-src/event-name/resolve-event-name';
import { IDENTITY_EVENT_KEYS } from '../../template-src/identity/index';
import { USER_DATA_EVENT_KEYS } from '../../template-src/user-data/user-data-sources';

const MODULE_KEYS: Record<string, string[]> = {
  consent: CONSENT_EVENT_KEYS,
  'custom data': CUSTOM_DATA_EVENT_KEYS,
  'event fields': EVENT_FIELDS_EVENT_KEYS,
  'event name': EVENT_NAME_EVENT_KEYS,
  identity: IDENTITY_EVENT_KEYS,
  'user data': USER_DATA_EVENT_KEYS,
};

describe('EVENT_DATA_KEYS, the keys the tag reads (and read_event_data lists)', () => {
  it.each(Object.entries(MODULE_KEYS))('covers every key the %s module reads', (_name, keys) => {
    const uncovered = keys.filter((k) => EVENT_DATA_KEYS.indexOf(k.split('.')[0]) < 0);
    expect(uncovered).toEqual([]);
  });

  it('lists nothing no module reads, except the delivery key test_event_code', () => {
    const read = new Set(
      Object.values(MODULE_KEYS).flatMap((keys) => keys.map((k) => k.split('.')[0])),
    );
    read.add('test_event_code');
    expect(EVENT_DATA_KEYS.filter((k) => !read.has(k))).toEqual([]);
  });

  it('holds exact names only: getEventData cannot read a wildcard', () => {
    expect(EVENT_DATA_KEYS.filter((k) => k.indexOf('*') >= 0)).toEqual([]);
    expect(new Set(EVENT_DATA_KEYS).size).toBe(EVENT_DATA_KEYS.length);
  });
});
