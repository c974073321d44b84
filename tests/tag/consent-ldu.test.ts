/**
 * Limited Data Use in the request body, through the BUILT template:
 * data_processing_options with its documented country/state codes only
 * (reference/meta-capi.md §2), off / always / from the event.
 */
import { describe, expect, it } from 'vitest';
import { metaOk, runTag, type TagRun } from '../helpers/tag';

const LDU_KEYS = [
  'data_processing_options',
  'data_processing_options_country',
  'data_processing_options_state',
];

function send(fields: Record<string, unknown>, eventData: Record<string, unknown> = {}): TagRun {
  return runTag({
    now: Date.UTC(2026, 0, 15, 12),
    responses: metaOk(),
    fields: { pixels: [{ pixelId: '123', accessToken: 'TOK' }], logMode: 'always', ...fields },
    eventData: {
      event_name: 'page_view',
      client_id: '1234567890.1767000000',
      user_agent: 'Mozilla/5.0',
      ip_override: '203.0.113.9',
      page_location: 'https://www.example.com/',
      ...eventData,
    },
  });
}

/** The three LDU keys of the sent event, only those present. */
function ldu(run: TagRun): Record<string, unknown> {
  expect(run.outcome).toBe('success');
  expect(run.metaRequests).toHaveLength(1);
  const event = run.metaRequests[0].body.data[0];
  return Object.fromEntries(LDU_KEYS.filter((k) => k in event).map((k) => [k, event[k]]));
}

function problemKeys(run: TagRun): string[] {
  return run.logs
    .map((l) => JSON.parse(l.text))
    .filter((line) => line.type === 'problems')
    .flatMap((line) => line.problems.map((p: { key: string }) => p.key));
}

function on(country: number, state: number) {
  return {
    data_processing_options: ['LDU'],
    data_processing_options_country: country,
    data_processing_options_state: state,
  };
}

describe('Limited Data Use off (the default)', () => {
  it('sends none of the keys, whatever the event says', () => {
    const event = { data_processing_options: ['LDU'], data_processing_options_country: 1 };
    expect(ldu(send({}, event))).toEqual({});
    expect(ldu(send({ lduMode: 'off' }, event))).toEqual({});
  });
});

describe('Limited Data Use always', () => {
  it.each([
    [undefined, on(0, 0)],
    ['geolocate', on(0, 0)],
    ['usGeolocateState', on(1, 0)],
    ['california', on(1, 1000)],
  ])('location %j sends %j', (location, expected) => {
    expect(ldu(send({ lduMode: 'always', lduLocation: location }))).toEqual(expected);
  });

  it('ignores the event: its own options or codes change nothing', () => {
    const event = {
      data_processing_options: [],
      data_processing_options_country: 0,
      data_processing_options_state: 0,
    };
    expect(ldu(send({ lduMode: 'always', lduLocation: 'california' }, event))).toEqual(on(1, 1000));
  });
});

describe('Limited Data Use from the event', () => {
  const fields = { lduMode: 'eventData', lduLocation: 'usGeolocateState' };

  it.each([
    [['LDU'], on(1, 0)],
    [['ldu'], on(1, 0)],
    ['LDU', on(1, 0)],
    [' ldu , OTHER', on(1, 0)],
    [['OTHER', 'LDU'], on(1, 0)],
    [[], { data_processing_options: [] }],
    [['OTHER'], { data_processing_options: [] }],
    ['', { data_processing_options: [] }],
  ])('data_processing_options %j sends %j', (options, expected) => {
    expect(ldu(send(fields, { data_processing_options: options }))).toEqual(expected);
  });

  it('sends nothing when the event does not mention it', () => {
    expect(ldu(send(fields))).toEqual({});
    expect(ldu(send(fields, { data_processing_options: null }))).toEqual({});
  });

  it.each([5, true, { LDU: true }, [1], ['LDU', 2], [['LDU']]])(
    'ignores and reports an unreadable data_processing_options %j',
    (options) => {
      const run = send(fields, { data_processing_options: options });
      expect(ldu(run)).toEqual({});
      expect(problemKeys(run)).toContain('data_processing_options');
    },
  );

  it.each([
    [1, 1000],
    ['1', '1000'],
    [0, 0],
    ['0', 0],
    [1, 0],
  ])('uses the event’s documented pair country %j / state %j', (country, state) => {
    const run = send(fields, {
      data_processing_options: ['LDU'],
      data_processing_options_country: country,
      data_processing_options_state: state,
    });
    expect(ldu(run)).toEqual(on(Number(country), Number(state)));
    expect(problemKeys(run)).not.toContain('data_processing_options_country');
  });

  it.each([
    { data_processing_options_country: 1 },
    { data_processing_options_state: 1000 },
    { data_processing_options_country: 2, data_processing_options_state: 0 },
    { data_processing_options_country: 1, data_processing_options_state: 6 },
    { data_processing_options_country: 'US', data_processing_options_state: 'CA' },
    { data_processing_options_country: 1.5, data_processing_options_state: 1000 },
  ])('falls back to the configured location for %j, and reports it', (codes) => {
    const run = send(fields, { data_processing_options: ['LDU'], ...codes });
    expect(ldu(run)).toEqual(on(1, 0));
    expect(problemKeys(run)).toContain('data_processing_options_country');
  });

  it('the configured location defaults to geolocation', () => {
    const run = send({ lduMode: 'eventData' }, { data_processing_options: 'LDU' });
    expect(ldu(run)).toEqual(on(0, 0));
  });
});
