/**
 * The leak guard (tests/helpers/leak-guard.ts) catches planted leaks of
 * tokens, proofs and raw personal data, names them without printing them,
 * and lets hashes and clean runs pass; and the built template stays clean
 * even when Meta echoes a secret back in an error.
 */
import { describe, expect, it } from 'vitest';
import { assertNoLeaks, findLeaks, type LeakGuardRun } from '../helpers/leak-guard';
import { metaOk } from '../helpers/tag';
import { answer, EVENT, graphError, linesOf, PIXEL, PROOF, send, TOKEN } from './delivery-fixtures';

const FIELDS = {
  pixels: [
    { ...PIXEL, appSecretProof: PROOF },
    { pixelId: '2', accessToken: 'tok-two' },
  ],
};
const HASHED_EMAIL = '86e0b9e56c17cc4d12387e1949b85053fbe73bc3ce5a1188713a9d300cc6133d';

function runWith(parts: Partial<LeakGuardRun>): LeakGuardRun {
  return { requests: [], logs: [], ...parts };
}

function logOf(...texts: string[]): LeakGuardRun {
  return runWith({ logs: texts.map((text) => ({ text })) });
}

function whatLeaked(run: LeakGuardRun, eventData: Record<string, unknown> = EVENT): string[] {
  return findLeaks(run, { fields: FIELDS, eventData }).map((l) => `${l.what} @ ${l.where}`);
}

describe('leak guard: secrets', () => {
  it('catches a token in a log line and names it without printing it', () => {
    const run = logOf('{"ok":true}', `{"message":"bad token ${TOKEN}"}`);
    expect(whatLeaked(run)).toEqual(['pixels[1].accessToken @ log line 2']);
    let message = '';
    try {
      assertNoLeaks(run, { fields: FIELDS });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('pixels[1].accessToken');
    expect(message).toContain('log line 2');
    expect(message).toContain(`(${TOKEN.length} chars)`);
    expect(message).not.toContain(TOKEN.slice(0, 8));
  });

  it('catches a token or proof in a request URL, also URL-encoded', () => {
    const run = runWith({
      requests: [
        { url: `https://graph.facebook.com/v26.0/1/events?access_token=${TOKEN}` },
        { url: `https://graph.facebook.com/v26.0/1/events?appsecret_proof=${PROOF}` },
        { url: 'https://graph.facebook.com/v26.0/2/events?t=tok%2Dtwo' },
      ],
    });
    expect(whatLeaked(run)).toEqual([
      'pixels[1].accessToken @ request URL 1',
      'pixels[1].appSecretProof @ request URL 2',
    ]);
    const encoded = runWith({
      requests: [{ url: `https://x.test/?t=${encodeURIComponent('a b+c/d==')}` }],
    });
    expect(
      findLeaks(encoded, { fields: { pixels: [{ accessToken: 'a b+c/d==' }] } }).map(
        (l) => l.where,
      ),
    ).toEqual(['request URL 1']);
  });

  it('catches a part of a long token, and a short token as a whole word', () => {
    expect(whatLeaked(logOf(`cut: ${TOKEN.slice(10, 30)}...`))).toEqual([
      'pixels[1].accessToken @ log line 1',
    ]);
    expect(whatLeaked(logOf('{"t":"tok-two"}'))).toEqual(['pixels[2].accessToken @ log line 1']);
    expect(whatLeaked(logOf('{"t":"tok-twofold"}'))).toEqual([]);
  });

  it('catches secrets in the error message and in cookies', () => {
    const run = runWith({
      error: { message: `TypeError: cannot read ${PROOF}` },
      cookiesSet: [{ name: '_x', header: `_x=${TOKEN}; Path=/` }],
    });
    expect(whatLeaked(run)).toEqual([
      'pixels[1].accessToken @ cookie _x',
      'pixels[1].appSecretProof @ error message',
    ]);
  });

  it('ignores blank or very short tokens', () => {
    const run = logOf('{"a":"ab","b":" "}');
    expect(
      findLeaks(run, { fields: { pixels: [{ accessToken: 'ab' }, { accessToken: ' ' }] } }),
    ).toEqual([]);
  });
});

describe('leak guard: personal data', () => {
  it('catches a raw e-mail as given, trimmed or lowercased', () => {
    for (const form of [' Jane.Doe@Example.com ', 'Jane.Doe@Example.com', 'jane.doe@example.com']) {
      const eventData = { user_data: { email_address: ' Jane.Doe@Example.com ' } };
      expect(whatLeaked(logOf(`{"em":"${form}"}`), eventData)).toEqual([
        'eventData.user_data.email_address @ log line 1',
      ]);
    }
  });

  it('catches a phone number as given or as its digits', () => {
    expect(whatLeaked(logOf('ph +1 (650) 555-1212'))).toEqual([
      'eventData.user_data.phone_number @ log line 1',
    ]);
    expect(whatLeaked(logOf('{"ph":"16505551212"}'))).toEqual([
      'eventData.user_data.phone_number @ log line 1',
    ]);
  });

  it('catches names and address parts, raw or in their normalized form', () => {
    expect(
      whatLeaked(logOf('{"fn":"Jane"}', '{"ln":"doesmith"}', 'city=springfield', 'zip 94025')),
    ).toEqual([
      'eventData.user_data.address.first_name @ log line 1',
      'eventData.user_data.address.last_name @ log line 2',
      'eventData.user_data.address.city @ log line 3',
      'eventData.user_data.address.postal_code @ log line 4',
    ]);
  });

  it('reads addresses given as a list, Meta x-fb-ud-* keys and top-level aliases', () => {
    const eventData = {
      user_data: { address: [{ street: '1 Main Street' }, { city: 'Rotterdam' }] },
      'x-fb-ud-em': 'meta.user@example.org',
      'x-fb-ud-ph': 3161234567,
      lastName: 'Van der Berg',
      email: ['first@example.net', 'second@example.net'],
    };
    const run = logOf(
      '1 main street | rotterdam | META.USER@EXAMPLE.ORG | 3161234567 | vanderberg | second@example.net',
    );
    expect(whatLeaked(run, eventData)).toEqual([
      'eventData.user_data.address[0].street @ log line 1',
      'eventData.user_data.address[1].city @ log line 1',
      'eventData.x-fb-ud-em @ log line 1',
      'eventData.x-fb-ud-ph @ log line 1',
      'eventData.lastName @ log line 1',
      'eventData.email[1] @ log line 1',
    ]);
  });

  it('catches the JSON-escaped form of a value', () => {
    const eventData = { first_name: 'Jo "JJ" Smith' };
    expect(whatLeaked(logOf(JSON.stringify({ fn: 'Jo "JJ" Smith' })), eventData)).toEqual([
      'eventData.first_name @ log line 1',
    ]);
  });

  it('lets hashes, short values, other keys and values inside longer words pass', () => {
    const eventData = {
      user_data: { email_address: HASHED_EMAIL, first_name: 'Al', city: 'Main' },
      'x-fb-ud-em': `${HASHED_EMAIL}.AQQAAQMC`,
      event_id: 'order-12345',
      page_location: 'https://shop.example.com/',
    };
    const run = logOf(
      `{"em":"${HASHED_EMAIL}","fn":"Al","host":"domain.example","event_id":"order-12345"}`,
    );
    expect(whatLeaked(run, eventData)).toEqual([]);
  });

  it('searches digits-only values from 5 digits: shorter ones look like timings and counts', () => {
    const eventData = { external_id: '1500', zip: '94025' };
    expect(whatLeaked(logOf('{"timeout_ms":1500,"zp":"94025"}'), eventData)).toEqual([
      'eventData.zip @ log line 1',
    ]);
  });

  it("does not count what the tag's own JSON explains: keywords, keys, bare numbers", () => {
    const eventData = {
      user_data: { gender: 'true', first_name: 'event_name' },
      user_id: 1763812800,
    };
    const run = logOf('{"ok":true,"event_name":"Purchase","event_time":1763812800}');
    expect(whatLeaked(run, eventData)).toEqual([]);
  });

  it('still catches those values inside a JSON string, and a phone even as a bare number', () => {
    const eventData = { first_name: 'event_name', user_id: 1763812800, phone: 6505551212 };
    const run = logOf(
      '{"message":"bad event_name value"}',
      '{"reason":"id 1763812800 rejected"}',
      '{"ph":6505551212}',
    );
    expect(whatLeaked(run, eventData)).toEqual([
      'eventData.first_name @ log line 1',
      'eventData.user_id @ log line 2',
      'eventData.phone @ log line 3',
    ]);
  });

  it('never exempts a secret, even as a key or a number', () => {
    const fields = { pixels: [{ pixelId: '1', accessToken: '123456789012' }] };
    const run = logOf('{"123456789012":1}', '{"n":123456789012}');
    expect(findLeaks(run, { fields }).map((l) => l.where)).toEqual(['log line 1', 'log line 2']);
  });

  it('counts a short word only as a whole value, not inside the log prose or a longer key', () => {
    const eventData = { 'x-fb-ud-fn': 'nAme' };
    const prose = logOf('{"event_name":"Purchase","reason":"no event name Meta would accept"}');
    expect(whatLeaked(prose, eventData)).toEqual([]);
    expect(whatLeaked(logOf('{"fn":"name"}', 'fn=Name;'), eventData)).toEqual([
      'eventData.x-fb-ud-fn @ log line 1',
      'eventData.x-fb-ud-fn @ log line 2',
    ]);
  });

  it("does not count a reading of the run's clock, in ms or s; other numbers still count", () => {
    const clock = { startMs: 1795348800000, endMs: 1795348801500 };
    const cookie = { name: '_fbp', header: '_fbp=fb.1.1795348800000.123; Path=/' };
    const run = runWith({ cookiesSet: [cookie], logs: [{ text: '{"t":"at 1795348801"}' }] });
    const leaks = (state: unknown) =>
      findLeaks(run, { fields: {}, eventData: { user_data: { state } }, clock }).length;
    expect(leaks(1795348800000)).toBe(0);
    expect(leaks('1795348801')).toBe(0);
    expect(leaks('1795348800000')).toBe(0);
    expect(findLeaks(run, { fields: {}, eventData: { state: 1795348800000 } })).toHaveLength(1);
  });

  it('does not count a value the event also gives under an open key', () => {
    const eventData = { user_data: { zip: 'Straße' }, test_event_code: 'Straße' };
    const run = logOf('{"test_event_code":"Straße"}');
    expect(whatLeaked(run, eventData)).toEqual([]);
    expect(whatLeaked(run, { user_data: { zip: 'Straße' } })).toEqual([
      'eventData.user_data.zip @ log line 1',
    ]);
  });

  it('does not count a value the operator also typed into a field', () => {
    const eventData = { user_id: 'order-778899' };
    const run = logOf('{"event_id":"order-778899"}');
    expect(findLeaks(run, { fields: { eventIdOverride: 'order-778899' }, eventData })).toEqual([]);
    expect(findLeaks(run, { fields: {}, eventData })).toHaveLength(1);
  });

  it("does not count one of a choice field's options, which a config problem lists", () => {
    const eventData = { 'x-fb-ud-st': 'California' };
    const run = logOf(
      '{"problems":[{"key":"lduLocation","reason":"must be one of geolocate, usGeolocateState, california"}]}',
    );
    expect(whatLeaked(run, eventData)).toEqual([]);
    expect(whatLeaked(logOf('{"st":"Californie"}'), { 'x-fb-ud-st': 'Californie' })).toEqual([
      'eventData.x-fb-ud-st @ log line 1',
    ]);
  });

  it('passes a run with no leak', () => {
    expect(() =>
      assertNoLeaks(logOf('{"type":"result","ok":true}'), { fields: FIELDS, eventData: EVENT }),
    ).not.toThrow();
  });
});

describe('the built template under the guard', () => {
  it('a normal run with personal data and two pixels is clean', () => {
    const run = send(metaOk(), FIELDS);
    expect(run.outcome).toBe('success');
    expect(run.logs.length).toBeGreaterThan(2);
    expect(findLeaks(run, { fields: FIELDS, eventData: EVENT })).toEqual([]);
  });

  it('a token Meta echoes in an error message is redacted, even a long one cut short', () => {
    const token = 'sys_user_token_abcdefghijklmnopqrstuvwxyz_0123456789_ABCDEFGHIJ';
    const fields = { pixels: [{ ...PIXEL, accessToken: token }] };
    for (const padding of [0, 440, 460]) {
      const message = `${'x'.repeat(padding)} Malformed access token ${token}`;
      const run = send(answer({ status: 400, body: graphError({ code: 190, message }) }), fields);
      expect(run.outcome).toBe('failure');
      expect(findLeaks(run, { fields, eventData: EVENT })).toEqual([]);
      expect(run.logs.some((l) => l.text.includes('[redacted]'))).toBe(true);
    }
  });

  it('every log line stays valid JSON when a raw identifier equals a number in it', () => {
    // Regression: the raw external_id "1500" replaced `"timeout_ms":1500` in the finished line.
    const eventData = { ...EVENT, external_id: '1500' };
    const run = send(metaOk(), { hashExternalId: false }, { eventData });
    expect(run.metaRequests[0].body.data[0].user_data.external_id).toBe('1500');
    expect(run.logs.length).toBeGreaterThan(2);
    for (const line of run.logs) expect(() => JSON.parse(line.text)).not.toThrow();
    expect(linesOf(run, 'request')[0].timeout_ms).toBe(1500);
  });

  it('raw identifiers Meta echoes back (IP, user agent, fbp) are redacted', () => {
    const run = send(
      answer({
        status: 400,
        body: graphError({
          code: 100,
          message:
            'Invalid client_ip_address 203.0.113.9 for agent Mozilla/5.0 (X11; Linux x86_64)',
        }),
      }),
    );
    const text = run.logs.map((l) => l.text).join('\n');
    expect(text).not.toContain('203.0.113.9');
    expect(text).not.toContain('Mozilla/5.0 (X11');
  });
});
