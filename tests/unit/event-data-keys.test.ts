/**
 * EVENT_DATA_KEYS, the keys the tag reads (and read_event_data lists): the
 * stages, run on events that make them search every source, read exactly
 * these keys. A key read but not listed would fail in GTM (getEventData of
 * a key the permission does not name); a key listed but never read asks
 * for more than the tag needs.
 */
import { describe, expect, it } from 'vitest';
import { checksStage } from '../../template-src/checks/checks';
import { STAGES as ALL_STAGES } from '../../template-src/stages';
import type { TagFields } from '../../template-src/context';
import { EVENT_DATA_KEYS } from '../../template-src/meta/sources';
import { testContext } from './context';

/** main.ts's stages after the config stage (which reads no event key), in its order. */
const STAGES = ALL_STAGES.slice(1);

/** main.ts reads this one itself, for delivery. */
const READ_BY_MAIN = 'test_event_code';

/**
 * Configurations that, between them, make every stage search every source;
 * with what the event adds to the searching one.
 */
const RUNS: [string, TagFields, Record<string, unknown>][] = [
  [
    'app, consent by event signals, LDU from the event',
    {
      actionSource: 'app',
      consentMode: 'adStorage',
      consentWhenAbsent: 'send',
      lduMode: 'eventData',
    },
    // A Firebase app's platform and OS version: the rest of extinfo is then read too.
    { 'x-ga-platform': 'android', 'x-ga-os_version': '14' },
  ],
  ['business_messaging', { actionSource: 'business_messaging', messagingChannel: 'whatsapp' }, {}],
  ['website with the defaults', {}, {}],
  // attribution_data is read for this event only.
  ['AppendAttribution', {}, { event_name: 'AppendAttribution' }],
];

/** An event that has a name and asks for LDU, and nothing else: every other source is tried. */
const SEARCHING_EVENT = { event_name: 'purchase', data_processing_options: ['LDU'] };

function keysRead(fields: TagFields, extra: Record<string, unknown>): Set<string> {
  const ctx = testContext({ fields, eventData: { ...SEARCHING_EVENT, ...extra } });
  const stopped: string[] = [];
  for (const stage of STAGES) {
    const stop = stage(ctx);
    // An event this bare is one Meta would reject (a Purchase without value, an app event without
    // app_data): the checks stage, which reads no event key, says so; the run goes on to the last stage.
    if (
      stop !== undefined &&
      !(stage === checksStage && /^Meta would reject/.test(stop.reason ?? ''))
    ) {
      stopped.push(stage.name);
    }
  }
  expect(stopped).toEqual([]);
  return new Set(ctx.eventData.reads);
}

describe('EVENT_DATA_KEYS, the keys the tag reads (and read_event_data lists)', () => {
  it.each(RUNS)('covers every key the stages read: %s', (_name, fields, extra) => {
    expect([...keysRead(fields, extra)].filter((k) => EVENT_DATA_KEYS.indexOf(k) < 0)).toEqual([]);
  });

  it('lists nothing the stages do not read, except the delivery key test_event_code', () => {
    const read = new Set([READ_BY_MAIN]);
    for (const [, fields, extra] of RUNS) for (const key of keysRead(fields, extra)) read.add(key);
    expect(EVENT_DATA_KEYS.filter((k) => !read.has(k))).toEqual([]);
  });

  it('holds exact top-level names only: getEventData cannot read a wildcard', () => {
    expect(EVENT_DATA_KEYS.filter((k) => /[*.]|\[\]/.test(k))).toEqual([]);
    expect(new Set(EVENT_DATA_KEYS).size).toBe(EVENT_DATA_KEYS.length);
  });
});
