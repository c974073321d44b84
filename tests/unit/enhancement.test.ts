/**
 * Event enhancement: off by default; stores only hashes, in an HttpOnly
 * Secure cookie; fills missing keys on later events; the current event wins;
 * garbage, expired and forged cookies are ignored.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkFields } from '../../build/fields-check';
import { enhancementFields } from '../../template-src/definition/fields/enhancement';
import type { TagFields, UserData } from '../../template-src/context';
import { enhancementStage } from '../../template-src/enhancement/index';
import { decodeStoredKeys } from '../../template-src/enhancement/stored-keys';
import { ENHANCEMENT_COOKIE as ENHANCEMENT_COOKIE_NAME } from '../../template-src/lib/cookie-names';
import { USER_DATA_KEYS } from '../../template-src/meta/spec';
import { testContext } from './context';

const NOW = Date.UTC(2026, 10, 22, 12, 0, 0);
const DAY_MS = 86400000;
const sha = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
const ON: TagFields = { enableEventEnhancement: true };
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

/** The stage on an event whose user_data is `userData`; filledKeys: the keys it changed. */
function apply(
  userData: Record<string, unknown>,
  cookies: string[] = [],
  fields: TagFields = ON,
  nowMs = NOW,
) {
  const ctx = testContext({
    fields,
    now: nowMs,
    cookies: { [ENHANCEMENT_COOKIE_NAME]: cookies },
    // The cookie belongs to a browser: the stage works on website events only (issue 14).
    event: { action_source: 'website', user_data: { ...userData } as UserData },
  });
  expect(enhancementStage(ctx)).toBeUndefined();
  const after: Record<string, unknown> = ctx.event.user_data;
  return {
    userData: after,
    cookiesToSet: ctx.cookies,
    filledKeys: USER_DATA_KEYS.filter((key) => after[key] !== userData[key]),
    problems: ctx.problems,
  };
}

function storedCookie(userData: Record<string, unknown>, nowMs = NOW): string {
  const out = apply(userData, [], ON, nowMs);
  expect(out.cookiesToSet).toHaveLength(1);
  return out.cookiesToSet[0].value;
}

const RICH = {
  em: [sha('jane@example.com')],
  ph: sha('16505551212'),
  fn: sha('jane'),
  external_id: sha('user-42'),
  client_ip_address: '203.0.113.5',
  client_user_agent: 'Mozilla/5.0',
  fbp: 'fb.1.1763700000000.1116446470',
  fbc: 'fb.1.1763700000000.AbC',
};

it('is off by default: user data untouched, no cookie', () => {
  const cookie = storedCookie(RICH);
  for (const fields of [{}, { enableEventEnhancement: false }]) {
    const out = apply({ ph: sha('1') }, [cookie], fields);
    expect(out).toEqual({
      userData: { ph: sha('1') },
      cookiesToSet: [],
      filledKeys: [],
      problems: [],
    });
  }
});

describe('the cookie', () => {
  it('is HttpOnly, Secure, SameSite Lax, path /, 30 days by default', () => {
    const out = apply(RICH);
    expect(out.cookiesToSet).toEqual([
      {
        name: ENHANCEMENT_COOKIE_NAME,
        value: expect.any(String),
        options: {
          domain: 'auto',
          path: '/',
          'max-age': 30 * 86400,
          secure: true,
          samesite: 'Lax',
          httpOnly: true,
        },
      },
    ]);
  });

  it('follows the configured lifetime and domain', () => {
    const out = apply(RICH, [], { ...ON, enhancementMaxAgeDays: '7', cookieDomain: 'example.com' });
    expect(out.cookiesToSet[0].options).toMatchObject({
      domain: 'example.com',
      'max-age': 7 * 86400,
    });
  });

  it('holds only hashes of person-level keys, never IP, UA, fbc, fbp or any raw value', () => {
    const withRaw = { ...RICH, ln: 'Doe', ct: 'Paris', external_id: 'user-42', zp: sha('75001') };
    const value = storedCookie(withRaw);
    const json = JSON.parse(Buffer.from(value, 'base64').toString('utf8'));
    expect(json).toEqual({
      em: { v: [sha('jane@example.com')], t: NOW / 1000 },
      ph: { v: [sha('16505551212')], t: NOW / 1000 },
      fn: { v: [sha('jane')], t: NOW / 1000 },
      zp: { v: [sha('75001')], t: NOW / 1000 },
    });
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    for (const raw of ['Doe', 'Paris', 'user-42', '203.0.113.5', 'Mozilla', 'fb.1.']) {
      expect(decoded).not.toContain(raw);
    }
  });

  it('keeps at most two values per key', () => {
    const value = storedCookie({ em: [sha('a'), sha('b'), sha('c'), sha('a')] });
    expect(decodeStoredKeys(value, NOW, 30 * 86400).em.v).toEqual([sha('a'), sha('b')]);
  });

  it('is not written when the event carries no hashed key', () => {
    expect(apply({ client_ip_address: '203.0.113.5', em: 'raw@example.com' }).cookiesToSet).toEqual(
      [],
    );
  });
});

describe('filling later events', () => {
  it('fills keys missing from a later event and names them', () => {
    const cookie = storedCookie(RICH);
    const later = { client_user_agent: 'Mozilla/5.0', fn: [], ph: '' };
    const out = apply(later, [cookie], ON, NOW + 60000);
    expect(out.userData).toEqual({
      client_user_agent: 'Mozilla/5.0',
      em: [sha('jane@example.com')],
      ph: [sha('16505551212')],
      fn: [sha('jane')],
      external_id: [sha('user-42')],
    });
    expect(out.filledKeys).toEqual(['em', 'ph', 'fn', 'external_id']);
    expect(out.cookiesToSet).toEqual([]);
    expect(out.problems).toEqual([]);
  });

  it('the current event wins, and the cookie learns its value', () => {
    const cookie = storedCookie(RICH);
    const current = { em: sha('new@example.com') };
    const out = apply(current, [cookie], ON, NOW + 1000);
    expect(out.userData.em).toBe(sha('new@example.com'));
    expect(out.filledKeys).not.toContain('em');
    const stored = decodeStoredKeys(out.cookiesToSet[0].value, NOW + 1000, 30 * 86400);
    expect(stored.em).toEqual({ v: [sha('new@example.com')], t: (NOW + 1000) / 1000 });
    expect(stored.ph).toEqual({ v: [sha('16505551212')], t: NOW / 1000 });
  });

  it('a raw value in the current event is not replaced (and not stored)', () => {
    const cookie = storedCookie(RICH);
    const out = apply({ external_id: 'user-42' }, [cookie]);
    expect(out.userData.external_id).toBe('user-42');
    expect(out.filledKeys).not.toContain('external_id');
  });

  it('a key expires its lifetime after it was last seen', () => {
    const cookie = storedCookie(RICH);
    expect(apply({}, [cookie], ON, NOW + 30 * DAY_MS).filledKeys).toContain('em');
    const expired = apply({}, [cookie], ON, NOW + 30 * DAY_MS + 1000);
    expect(expired.filledKeys).toEqual([]);
    expect(expired.problems.map((p) => p.key)).toEqual([ENHANCEMENT_COOKIE_NAME]);
    expect(
      apply({}, [cookie], { ...ON, enhancementMaxAgeDays: 1 }, NOW + 2 * DAY_MS).filledKeys,
    ).toEqual([]);
  });
});

describe('robust to garbage', () => {
  const forged = [
    ['not base64', '%%%'],
    ['base64 of text', b64('hello')],
    ['base64 of a JSON array', b64('[1,2]')],
    ['unknown keys only', b64(JSON.stringify({ ip: { v: [sha('x')], t: NOW / 1000 } }))],
    ['raw values', b64(JSON.stringify({ em: { v: ['jane@example.com'], t: NOW / 1000 } }))],
    [
      'upper-case hashes',
      b64(JSON.stringify({ em: { v: [sha('x').toUpperCase()], t: NOW / 1000 } })),
    ],
    [
      'a time from the future',
      b64(JSON.stringify({ em: { v: [sha('x')], t: NOW / 1000 + 3600 } })),
    ],
    ['no time', b64(JSON.stringify({ em: { v: [sha('x')] } }))],
    ['values not hashes', b64(JSON.stringify({ em: { v: [42, { h: sha('x') }], t: NOW / 1000 } }))],
    ['empty', ''],
  ];

  it.each(forged)('%s: ignored, reported, nothing filled', (_name, value) => {
    const out = apply({ client_user_agent: 'UA' }, [value]);
    expect(out.userData).toEqual({ client_user_agent: 'UA' });
    expect(out.problems).toEqual([
      { key: ENHANCEMENT_COOKIE_NAME, reason: 'no live hashed keys in the cookie; ignored' },
    ]);
  });

  it('uses the first readable of several cookie values', () => {
    const first = storedCookie({ em: sha('first') });
    const second = storedCookie({ em: sha('second') });
    expect(apply({}, ['garbage', first, second]).userData.em).toEqual([sha('first')]);
  });

  it('keeps the valid keys of a partly forged cookie', () => {
    const value = b64(
      JSON.stringify({
        em: { v: ['raw'], t: NOW / 1000 },
        ph: { v: [sha('1'), 'raw'], t: NOW / 1000 },
      }),
    );
    const out = apply({}, [value]);
    expect(out.userData).toEqual({ ph: [sha('1')] });
  });

  it('an unusable lifetime falls back to 30 days, reported', () => {
    const out = apply(RICH, [], { ...ON, enhancementMaxAgeDays: 'forever' });
    expect(out.cookiesToSet[0].options['max-age']).toBe(30 * 86400);
    expect(out.problems).toEqual([
      { key: 'enhancementMaxAgeDays', reason: 'not a positive number of days; used 30' },
    ]);
  });
});

describe('the stage', () => {
  it('reads no cookie when off', () => {
    const ctx = testContext({ event: { action_source: 'website' } });
    ctx.readCookie = () => {
      throw new Error('read a cookie');
    };
    expect(enhancementStage(ctx)).toBeUndefined();
  });

  it('adds its cookie after the ones earlier stages asked for', () => {
    const ctx = testContext({
      fields: ON,
      event: { action_source: 'website', user_data: { em: sha('x') } },
    });
    const earlier = { name: '_fbp', value: 'v', options: {} };
    ctx.cookies.push(earlier);
    enhancementStage(ctx);
    expect(ctx.cookies.map((c) => c.name)).toEqual(['_fbp', ENHANCEMENT_COOKIE_NAME]);
  });
});

it('its fields pass the build field check', () => {
  expect(checkFields([{ file: 'enhancement.ts', fields: enhancementFields }])).toEqual([]);
});
