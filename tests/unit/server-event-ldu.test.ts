/** Limited Data Use: off / always / from event data, and the country/state codes. */
import { describe, expect, it } from 'vitest';
import type { ServerEvent, TagFields } from '../../template-src/context';
import type { Problem } from '../../template-src/lib/problems';
import { applyLdu } from '../../template-src/server-event/ldu';
import { readerOf, type EventData } from './context';

/** What applyLdu adds to an event that has nothing else yet. */
function ldu(eventData: EventData, fields: TagFields, forced = false) {
  const problems: Problem[] = [];
  const event = {} as ServerEvent;
  applyLdu(event, readerOf(eventData), fields, forced, problems);
  return { out: event as Partial<ServerEvent>, problems };
}

const LDU_GEO = {
  data_processing_options: ['LDU'],
  data_processing_options_country: 0,
  data_processing_options_state: 0,
};

describe('off', () => {
  it.each([[{}], [{ lduMode: 'off' }]])('%j sends nothing, whatever the event says', (fields) => {
    expect(ldu({ data_processing_options: ['LDU'] }, fields)).toEqual({ out: {}, problems: [] });
  });
});

describe('always', () => {
  it('geolocates by default (0/0)', () => {
    expect(ldu({}, { lduMode: 'always' }).out).toEqual(LDU_GEO);
  });

  it.each([
    ['california', 1, 1000],
    ['usGeolocateState', 1, 0],
    ['geolocate', 0, 0],
  ])('location %s → country %i, state %i', (lduLocation, country, state) => {
    expect(ldu({}, { lduMode: 'always', lduLocation }).out).toEqual({
      data_processing_options: ['LDU'],
      data_processing_options_country: country,
      data_processing_options_state: state,
    });
  });

  it('ignores the event, even one that says not LDU', () => {
    expect(ldu({ data_processing_options: [] }, { lduMode: 'always' }).out).toEqual(LDU_GEO);
  });
});

describe('forced by consent (consentDeniedAction ldu)', () => {
  it.each([[{}], [{ lduMode: 'off' }], [{ lduMode: 'eventData' }]])(
    '%j: LDU with the configured location, whatever the mode and the event say',
    (fields) => {
      const out = ldu(
        { data_processing_options: [] },
        { ...fields, lduLocation: 'california' },
        true,
      );
      expect(out).toEqual({
        out: {
          data_processing_options: ['LDU'],
          data_processing_options_country: 1,
          data_processing_options_state: 1000,
        },
        problems: [],
      });
    },
  );
});

describe('from event data', () => {
  const fields = { lduMode: 'eventData' };

  it.each([[['LDU']], ['LDU'], ['ldu'], [' LDU , other'], [['other', 'LDU']]])(
    '%j turns LDU on with the configured location',
    (dpo) => {
      expect(ldu({ data_processing_options: dpo }, fields).out).toEqual(LDU_GEO);
    },
  );

  it.each([[[]], [''], [['other']]])('%j is an explicit "not LDU": []', (dpo) => {
    expect(ldu({ data_processing_options: dpo }, fields)).toEqual({
      out: { data_processing_options: [] },
      problems: [],
    });
  });

  it('no key sends nothing', () => {
    expect(ldu({}, fields).out).toEqual({});
    expect(ldu({ data_processing_options: null }, fields).out).toEqual({});
  });

  it.each([[{ LDU: true }], [42], [['LDU', 7]]])(
    '%j is unreadable: ignored and reported',
    (dpo) => {
      expect(ldu({ data_processing_options: dpo }, fields)).toEqual({
        out: {},
        problems: [{ key: 'data_processing_options', reason: 'not a list of options; ignored' }],
      });
    },
  );

  it.each([
    [1, 1000],
    ['1', '1000'],
    [0, 0],
    [1, 0],
  ])('the event country %j and state %j are used when both are documented codes', (c, s) => {
    const out = ldu(
      {
        data_processing_options: ['LDU'],
        data_processing_options_country: c,
        data_processing_options_state: s,
      },
      { ...fields, lduLocation: 'california' },
    );
    expect(out.out).toEqual({
      data_processing_options: ['LDU'],
      data_processing_options_country: Number(c),
      data_processing_options_state: Number(s),
    });
    expect(out.problems).toEqual([]);
  });

  it.each([
    [1, 5],
    [840, 1000],
    [1, undefined],
    ['x', 0],
  ])('country %j / state %j fall back to the configured pair, reported', (c, s) => {
    const out = ldu(
      {
        data_processing_options: 'LDU',
        data_processing_options_country: c,
        data_processing_options_state: s,
      },
      { ...fields, lduLocation: 'california' },
    );
    expect(out.out).toEqual({
      data_processing_options: ['LDU'],
      data_processing_options_country: 1,
      data_processing_options_state: 1000,
    });
    expect(out.problems.map((p) => p.key)).toEqual(['data_processing_options_country']);
  });
});

it('reads the country and state only when the event asks for LDU', () => {
  const notLdu = readerOf({ data_processing_options: [], data_processing_options_country: 1 });
  applyLdu({} as ServerEvent, notLdu, { lduMode: 'eventData' }, false, []);
  expect(notLdu.reads).toEqual(['data_processing_options']);
  const off = readerOf({ data_processing_options: ['LDU'] });
  applyLdu({} as ServerEvent, off, { lduMode: 'always' }, false, []);
  expect(off.reads).toEqual([]);
});

it('keeps what the event already holds', () => {
  const event = { event_name: 'Lead', user_data: { em: 'x' } } as unknown as ServerEvent;
  applyLdu(event, readerOf({}), { lduMode: 'always', lduLocation: 'california' }, false, []);
  expect(event).toEqual({
    event_name: 'Lead',
    user_data: { em: 'x' },
    data_processing_options: ['LDU'],
    data_processing_options_country: 1,
    data_processing_options_state: 1000,
  });
});
