/**
 * Identity: fbc created / kept / replaced (appendix-aware), fbclid untouched,
 * fbp identical for concurrent first hits of one browser, cookie options,
 * malformed values dropped, several cookie values.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkFields } from '../../build/fields-check';
import { identityFields } from '../../template-src/definition/fields/identity';
import type { TagFields } from '../../template-src/context';
import { identityStage } from '../../template-src/identity/identity';
import { isClickId } from '../../template-src/meta/formats';
import { EVENT_DATA_KEYS } from '../../template-src/meta/sources';
import { testContext, type EventData } from './context';

const NOW = Date.UTC(2026, 10, 22, 12, 0, 0, 345);
const PAGE = 'https://www.example.com/landing';
const CLIENT_ID = '1234567890.1760000000';

function run(
  eventData: EventData,
  cookies: { fbc?: string[]; fbp?: string[] } = {},
  fields: TagFields = {},
  nowMs = NOW,
) {
  const ctx = testContext({
    eventData,
    fields,
    now: nowMs,
    cookies: { _fbc: cookies.fbc ?? [], _fbp: cookies.fbp ?? [] },
    // Browser IDs go with website events only (issue 14).
    event: { action_source: 'website' },
  });
  expect(identityStage(ctx)).toBeUndefined();
  return {
    userData: ctx.event.user_data as Record<string, string>,
    cookiesToSet: ctx.cookies,
    problems: ctx.problems,
  };
}

function cookie(out: ReturnType<typeof run>, name: string) {
  return out.cookiesToSet.find((c) => c.name === name);
}

/** The documented derivation, recomputed independently. */
function expectedFbp(clientId: string, index: number): string {
  const h = createHash('sha256')
    .update('fbp|' + clientId, 'utf8')
    .digest('hex');
  const seconds = Number(clientId.split('.').pop());
  const creation = seconds * 1000 + (parseInt(h.slice(8, 11), 16) % 1000);
  const random = 1000000000 + (parseInt(h.slice(0, 8), 16) % 1147483648);
  return `fb.${index}.${creation}.${random}`;
}

describe('fbc', () => {
  it('is created from the page fbclid when the browser has none, and written as a cookie', () => {
    const out = run({ page_location: PAGE + '?fbclid=IwAR2F4-dbP0_l7Mn1IawQQ&utm=x' });
    expect(out.userData.fbc).toBe(`fb.1.${NOW}.IwAR2F4-dbP0_l7Mn1IawQQ`);
    expect(cookie(out, '_fbc')?.value).toBe(out.userData.fbc);
    expect(out.problems).toEqual([
      { key: 'client_id', reason: expect.stringContaining('fbp generated at random') },
    ]);
  });

  it('is kept, with its creation time and no cookie write, when the fbclid is the same', () => {
    const existing = 'fb.1.1760000000000.ABCdef';
    const out = run({ page_location: PAGE + '?fbclid=ABCdef' }, { fbc: [existing] });
    expect(out.userData.fbc).toBe(existing);
    expect(cookie(out, '_fbc')).toBeUndefined();
  });

  it('is replaced when the page carries a different fbclid', () => {
    const out = run(
      { page_location: PAGE + '?fbclid=NEW123' },
      { fbc: ['fb.1.1760000000000.OLD'] },
    );
    expect(out.userData.fbc).toBe(`fb.1.${NOW}.NEW123`);
    expect(cookie(out, '_fbc')?.value).toBe(`fb.1.${NOW}.NEW123`);
  });

  it('keeps a value with a Parameter Builder appendix when its fourth segment matches', () => {
    const existing = 'fb.1.1760000000000.ABCdef.AQQAAQMC';
    const out = run({ page_location: PAGE + '?fbclid=ABCdef' }, { fbc: [existing] });
    expect(out.userData.fbc).toBe(existing);
    expect(cookie(out, '_fbc')).toBeUndefined();
  });

  it('replaces a value with an appendix when the click is new', () => {
    const out = run(
      { page_location: PAGE + '?fbclid=XYZ' },
      { fbc: ['fb.1.1760000000000.ABCdef.Bg'] },
    );
    expect(out.userData.fbc).toBe(`fb.1.${NOW}.XYZ`);
  });

  it('is kept when the page has no fbclid', () => {
    const out = run(
      { page_location: PAGE + '?utm_source=fb' },
      { fbc: ['fb.1.1760000000000.OLD'] },
    );
    expect(out.userData.fbc).toBe('fb.1.1760000000000.OLD');
  });

  it('comes from x-fb-ck-fbc when there is no cookie', () => {
    const out = run({ 'x-fb-ck-fbc': 'fb.1.1760000000000.FromClient' });
    expect(out.userData.fbc).toBe('fb.1.1760000000000.FromClient');
    expect(cookie(out, '_fbc')).toBeUndefined();
  });

  it('prefers x-fb-ck-fbc over the cookie (issue 14: event keys first)', () => {
    const out = run(
      { 'x-fb-ck-fbc': 'fb.1.1760000000000.FromClient' },
      { fbc: ['fb.1.1760000000001.FromCookie'] },
    );
    expect(out.userData.fbc).toBe('fb.1.1760000000000.FromClient');
  });

  it('is not created when generation is off, but an existing value is still sent', () => {
    const fields = { generateFbc: false };
    expect(run({ page_location: PAGE + '?fbclid=NEW' }, {}, fields).userData.fbc).toBeUndefined();
    const old = 'fb.1.1760000000000.OLD';
    const kept = run({ page_location: PAGE + '?fbclid=NEW' }, { fbc: [old] }, fields);
    expect(kept.userData.fbc).toBe(old);
  });

  // Since issue 14 an fbclid is used only when it is base64url text of at most 500 characters.
  describe('fbclid is never altered beyond URL decoding, and used only when base64url', () => {
    it.each([
      ['mixed case, dash and underscore', 'IwAR2F4-dbP0_l7Mn1', 'IwAR2F4-dbP0_l7Mn1'],
      ['percent-encoded dash and underscore', 'Ab%2Dc%5FD', 'Ab-c_D'],
      ['500 characters', 'A'.repeat(500), 'A'.repeat(500)],
    ])('%s', (_name, inUrl, expected) => {
      const out = run({ page_location: PAGE + '?fbclid=' + inUrl });
      expect(out.userData.fbc).toBe(`fb.1.${NOW}.${expected}`);
      expect(isClickId(out.userData.fbc)).toBe(true);
    });

    it('uses the first of repeated fbclid parameters', () => {
      const out = run({ page_location: PAGE + '?fbclid=First&fbclid=Second' });
      expect(out.userData.fbc).toBe(`fb.1.${NOW}.First`);
    });

    it.each([
      ['a dot (would add a segment)', 'abc.def'],
      ['a space (from +)', 'abc+def'],
      ['an encoded newline', 'abc%0Adef'],
      ['a percent-encoded plus', 'Ab%2BcD'],
      ['a percent-encoded slash and equals', 'Ab%2Fc%3D%3D'],
      ['non-ASCII', 'caf%C3%A9X'],
      ['tilde and exclamation', 'a~b!C'],
      ['over 500 characters', 'A'.repeat(501)],
    ])('an fbclid with %s is not used, and reported', (_name, inUrl) => {
      const old = 'fb.1.1760000000000.OLD';
      const out = run({ page_location: PAGE + '?fbclid=' + inUrl }, { fbc: [old] });
      expect(out.userData.fbc).toBe(old);
      expect(out.problems).toContainEqual({
        key: 'page_location',
        reason: expect.stringContaining('fbclid unusable'),
      });
    });

    it('an empty fbclid is ignored', () => {
      expect(run({ page_location: PAGE + '?fbclid=' }).userData.fbc).toBeUndefined();
    });
  });

  it('records the domain level of the cookie: eTLD+1 of the page, or the configured domain', () => {
    const fbclid = '?fbclid=X1';
    expect(run({ page_location: 'https://shop.example.co.uk/' + fbclid }).userData.fbc).toBe(
      `fb.2.${NOW}.X1`,
    );
    expect(run({ page_location: 'https://192.0.2.1/' + fbclid }).userData.fbc).toBe(
      `fb.1.${NOW}.X1`,
    );
    const configured = { cookieDomain: 'shop.example.com' };
    expect(run({ page_location: PAGE + fbclid }, {}, configured).userData.fbc).toBe(
      `fb.2.${NOW}.X1`,
    );
    const dotted = { cookieDomain: '.example.com' };
    expect(run({ page_location: PAGE + fbclid }, {}, dotted).userData.fbc).toBe(`fb.1.${NOW}.X1`);
  });
});

describe('fbp', () => {
  it('is identical for two concurrent first hits of the same browser', () => {
    const a = run({ client_id: CLIENT_ID, page_location: PAGE }, {}, {}, NOW);
    const b = run({ client_id: CLIENT_ID, page_location: PAGE }, {}, {}, NOW + 3);
    expect(a.userData.fbp).toBe(b.userData.fbp);
    expect(cookie(a, '_fbp')).toEqual(cookie(b, '_fbp'));
    expect(a.problems).toEqual([]);
  });

  it('differs between browsers', () => {
    const a = run({ client_id: '1234567890.1760000000' });
    const b = run({ client_id: '1234567891.1760000000' });
    const c = run({ client_id: '1234567890.1760000001' });
    expect(new Set([a.userData.fbp, b.userData.fbp, c.userData.fbp]).size).toBe(3);
  });

  it('follows the documented derivation from the client_id', () => {
    const out = run({ client_id: CLIENT_ID, page_location: PAGE });
    expect(out.userData.fbp).toBe(expectedFbp(CLIENT_ID, 1));
    const [, , creation, random] = out.userData.fbp!.split('.');
    expect(Math.floor(Number(creation) / 1000)).toBe(1760000000);
    expect(Number(random)).toBeGreaterThanOrEqual(1000000000);
    expect(Number(random)).toBeLessThanOrEqual(2147483647);
  });

  it('is random, valid and reported when there is no usable client_id', () => {
    for (const clientId of [undefined, '', 'not-a-ga-id', '123.9999999999', { id: 1 }]) {
      const out = run({ client_id: clientId });
      expect(isClickId(out.userData.fbp)).toBe(true);
      expect(out.userData.fbp!.split('.')[2]).toBe(String(NOW));
      expect(out.problems.map((p) => p.key)).toEqual(['client_id']);
    }
  });

  it('keeps an existing cookie or x-fb-ck-fbp and writes no cookie for it', () => {
    const existing = 'fb.1.1596403881668.1116446470';
    expect(run({ client_id: CLIENT_ID }, { fbp: [existing] }).userData.fbp).toBe(existing);
    const fromEvent = run({ client_id: CLIENT_ID, 'x-fb-ck-fbp': existing });
    expect(fromEvent.userData.fbp).toBe(existing);
    expect(fromEvent.cookiesToSet).toEqual([]);
  });

  it('is not generated when generation is off', () => {
    const out = run({ client_id: CLIENT_ID }, {}, { generateFbp: false });
    expect(out.userData.fbp).toBeUndefined();
    expect(out.cookiesToSet).toEqual([]);
  });
});

describe('malformed fbc / fbp', () => {
  const malformed = [
    'garbage',
    'fb.1.1596403881668',
    'fb.1.abc.1116446470',
    'fb.x.1596403881668.1116446470',
    'FB.1.1596403881668.1116446470',
    'fb.1.1596403881668.1116446470.toolongappendix',
    'fb.1.1596403881668.1116446470.A',
    'fb.1.1596403881668.11164 46470',
    'fb.1.1596403881668.',
  ];

  it.each(malformed)('cookie value %j is dropped and reported without its value', (value) => {
    const out = run({}, { fbc: [value], fbp: [value] }, { generateFbp: false });
    expect(out.userData).toEqual({});
    expect(out.problems).toEqual([
      { key: '_fbc', reason: 'malformed cookie value ignored' },
      { key: '_fbp', reason: 'malformed cookie value ignored' },
    ]);
    expect(JSON.stringify(out.problems)).not.toContain(value);
  });

  it('a malformed x-fb-ck-fbp is dropped, reported, and a new fbp generated', () => {
    const out = run({ 'x-fb-ck-fbp': 12345, client_id: CLIENT_ID });
    expect(out.userData.fbp).toBe(expectedFbp(CLIENT_ID, 1));
    expect(out.problems).toEqual([{ key: 'x-fb-ck-fbp', reason: 'malformed value ignored' }]);
  });

  it('a malformed fbc cookie with a new fbclid gives a new fbc', () => {
    const out = run({ page_location: PAGE + '?fbclid=N1' }, { fbc: ['fb.1.oops'] });
    expect(out.userData.fbc).toBe(`fb.1.${NOW}.N1`);
  });
});

describe('cookies with several values', () => {
  it('uses the first well-formed value, reporting the malformed ones before it', () => {
    const out = run(
      {},
      {
        fbc: ['broken', 'fb.1.1760000000000.Second', 'fb.1.1760000000001.Third'],
        fbp: ['fb.2.1596403881668.1116446470', 'fb.1.1596403881669.2222222222'],
      },
    );
    expect(out.userData.fbc).toBe('fb.1.1760000000000.Second');
    expect(out.userData.fbp).toBe('fb.2.1596403881668.1116446470');
    expect(out.problems).toEqual([{ key: '_fbc', reason: 'malformed cookie value ignored' }]);
  });
});

describe('cookie options', () => {
  it('defaults: domain auto, path /, 90 days, Secure, SameSite Lax, not HttpOnly', () => {
    const out = run({ client_id: CLIENT_ID, page_location: PAGE + '?fbclid=A1' });
    expect(out.cookiesToSet.map((c) => c.name)).toEqual(['_fbc', '_fbp']);
    for (const c of out.cookiesToSet) {
      expect(c.options).toEqual({
        domain: 'auto',
        path: '/',
        'max-age': 90 * 86400,
        secure: true,
        samesite: 'Lax',
        httpOnly: false,
      });
    }
  });

  it('configured domain, lifetime and HttpOnly', () => {
    const fields = { cookieDomain: ' example.com ', cookieMaxAgeDays: '30', cookieHttpOnly: true };
    const out = run({ client_id: CLIENT_ID }, {}, fields);
    expect(cookie(out, '_fbp')?.options).toEqual({
      domain: 'example.com',
      path: '/',
      'max-age': 30 * 86400,
      secure: true,
      samesite: 'Lax',
      httpOnly: true,
    });
  });

  it('an unusable lifetime falls back to 90 days and is reported', () => {
    for (const days of ['abc', '-5', 0, 'Infinity']) {
      const out = run({ client_id: CLIENT_ID }, {}, { cookieMaxAgeDays: days });
      expect(cookie(out, '_fbp')?.options['max-age']).toBe(90 * 86400);
      expect(out.problems).toContainEqual({
        key: 'cookieMaxAgeDays',
        reason: 'not a positive number of days; used 90',
      });
    }
  });

  it('"never" writes nothing; "always" also refreshes values that already exist', () => {
    const event = { client_id: CLIENT_ID, page_location: PAGE + '?fbclid=A1' };
    expect(run(event, {}, { identityCookies: 'never' }).cookiesToSet).toEqual([]);
    const known = { fbc: ['fb.1.1760000000000.A1'], fbp: ['fb.1.1596403881668.1116446470'] };
    const always = run(event, known, { identityCookies: 'always' });
    expect(always.cookiesToSet.map((c) => [c.name, c.value])).toEqual([
      ['_fbc', 'fb.1.1760000000000.A1'],
      ['_fbp', 'fb.1.1596403881668.1116446470'],
    ]);
    expect(run(event, known).cookiesToSet).toEqual([]);
  });
});

describe('IP address and user agent', () => {
  it.each([
    ['203.0.113.5', '203.0.113.5'],
    ['203.0.113.5:8080', '203.0.113.5'],
    ['203.0.113.5, 10.0.0.1, 10.0.0.2', '203.0.113.5'],
    [' 203.0.113.5:443 ,10.0.0.1', '203.0.113.5'],
    ['2001:db8::1', '2001:db8::1'],
    ['2001:0db8:85a3:0000:0000:8a2e:0370:7334', '2001:0db8:85a3:0000:0000:8a2e:0370:7334'],
    ['[2001:db8::1]:443', '2001:db8::1'],
    ['[2001:db8::1]', '2001:db8::1'],
    ['2001:db8::1, 203.0.113.5', '2001:db8::1'],
    ['::ffff:192.0.2.1', '::ffff:192.0.2.1'],
    ['::1', '::1'],
    ['FE80::ABCD', 'FE80::ABCD'],
  ])('ip_override %j → %j', (raw, expected) => {
    const out = run({ ip_override: raw });
    expect(out.userData.client_ip_address).toBe(expected);
    expect(out.problems.filter((p) => p.key === 'ip_override')).toEqual([]);
  });

  it.each([
    '999.1.1.1',
    '1.2.3',
    '01.2.3.4',
    'abc',
    '2001:db8:::1',
    '2001:db8::1::2',
    '1:2:3:4:5:6:7:8:9',
    'fe80::1%eth0',
    '[2001:db8::1]:http',
    '203.0.113.5:80:90',
    ', 203.0.113.5',
    '0.0.0.0',
    '::',
    '[::]:443',
    12345,
    { ip: '1.2.3.4' },
  ])('ip_override %j is left out and reported', (raw) => {
    const out = run({ ip_override: raw });
    expect(out.userData.client_ip_address).toBeUndefined();
    expect(out.problems).toContainEqual({
      key: 'ip_override',
      reason: 'no valid IPv4/IPv6 address; left out',
    });
  });

  it('user_agent is trimmed; a non-string is reported', () => {
    expect(run({ user_agent: '  Mozilla/5.0 (X11)  ' }).userData.client_user_agent).toBe(
      'Mozilla/5.0 (X11)',
    );
    const bad = run({ user_agent: ['Mozilla'] });
    expect(bad.userData.client_user_agent).toBeUndefined();
    expect(bad.problems).toContainEqual({
      key: 'user_agent',
      reason: 'not a non-empty string; left out',
    });
    expect(run({ user_agent: '   ' }).userData.client_user_agent).toBeUndefined();
  });
});

describe('event keys and cookies', () => {
  it('reads only its event keys, and only the _fbc and _fbp cookies', () => {
    const ctx = testContext({ event: { action_source: 'website' } });
    const cookiesRead: string[] = [];
    ctx.readCookie = (name) => {
      cookiesRead.push(name);
      return [];
    };
    identityStage(ctx);
    expect([...ctx.eventData.reads].sort()).toEqual([
      '_fbc',
      '_fbp',
      'client_id',
      'fbc',
      'fbp',
      'ip_override',
      'page_location',
      'user_agent',
      'x-fb-ck-fbc',
      'x-fb-ck-fbp',
    ]);
    expect(ctx.eventData.reads.filter((k) => EVENT_DATA_KEYS.indexOf(k) < 0)).toEqual([]);
    expect(cookiesRead).toEqual(['_fbc', '_fbp']);
  });

  it('reads no client_id when an fbp is known (its event keys are read first, then the cookie)', () => {
    const ctx = testContext({
      cookies: { _fbp: ['fb.1.1596403881668.1116446470'] },
      event: { action_source: 'website' },
    });
    identityStage(ctx);
    expect(ctx.eventData.reads).toEqual(expect.arrayContaining(['x-fb-ck-fbp', 'fbp', '_fbp']));
    expect(ctx.eventData.reads).not.toContain('client_id');
    const fromEvent = testContext({
      eventData: { 'x-fb-ck-fbp': 'fb.1.1596403881668.1116446470' },
      event: { action_source: 'website' },
    });
    identityStage(fromEvent);
    expect(fromEvent.eventData.reads).not.toContain('fbp');
    expect(fromEvent.eventData.reads).not.toContain('client_id');
  });

  it('adds to the user_data earlier stages built', () => {
    const ctx = testContext({
      eventData: { user_agent: 'UA/1' },
      event: { user_data: { em: 'e' } },
      fields: { generateFbp: false },
    });
    identityStage(ctx);
    expect(ctx.event.user_data).toEqual({ em: 'e', client_user_agent: 'UA/1' });
  });

  it('its fields pass the build field check', () => {
    expect(checkFields([{ file: 'identity.ts', fields: identityFields }])).toEqual([]);
  });
});
