/**
 * fbc and fbp through the BUILT template: created, kept and replaced fbc
 * (Parameter Builder appendix aware, fbclid untouched), fbp derived from the
 * GA client_id so concurrent first hits agree, the _fbc/_fbp cookies and
 * their options, malformed values never sent, several cookie values.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { metaOk, runTag, type TagRun, type TagRunOptions } from '../helpers/tag';

const NOW = Date.UTC(2026, 0, 15, 12, 0, 0, 123);
const CLIENT_ID = '1234567890.1767000000';
const PAGE = 'https://www.example.com/landing';
const FBCLID = 'IwAR2F4-dbP0l7Mn1_IawQQGCINEz7PYXQvwjNwB';
const APPENDIX = 'AQQCAQMC';
/** Meta's format, with the optional 2- or 8-character appendix (reference/meta-capi.md §6.4). */
const CLICK_ID_FORMAT = /^fb\.\d+\.\d+\.[^.\s]+(\.[A-Za-z0-9_-]{2}|\.[A-Za-z0-9_-]{8})?$/;

interface Options extends Omit<TagRunOptions, 'fields' | 'eventData'> {
  fields?: Record<string, unknown>;
  eventData?: Record<string, unknown>;
}

function send(options: Options = {}): TagRun {
  const { fields, eventData, ...rest } = options;
  return runTag({
    now: NOW,
    responses: metaOk(),
    ...rest,
    fields: { pixels: [{ pixelId: '123', accessToken: 'TOK' }], logMode: 'always', ...fields },
    eventData: {
      event_name: 'page_view',
      client_id: CLIENT_ID,
      user_agent: 'Mozilla/5.0',
      ip_override: '203.0.113.9',
      page_location: PAGE,
      ...eventData,
    },
  });
}

function userData(run: TagRun): Record<string, unknown> {
  expect(run.outcome).toBe('success');
  expect(run.metaRequests).toHaveLength(1);
  return run.metaRequests[0].body.data[0].user_data;
}

function cookieSet(run: TagRun, name: string) {
  return run.cookiesSet.filter((c) => c.name === name);
}

function problemKeys(run: TagRun): string[] {
  return run.logs
    .map((l) => JSON.parse(l.text))
    .filter((line) => line.type === 'problems')
    .flatMap((line) => line.problems.map((p: { key: string }) => p.key));
}

describe('fbc from the page URL', () => {
  it('creates fb.1.<now ms>.<fbclid> when the browser has no click ID, and stores it', () => {
    const run = send({ eventData: { page_location: `${PAGE}?utm_source=fb&fbclid=${FBCLID}` } });
    const fbc = `fb.1.${NOW}.${FBCLID}`;
    expect(userData(run).fbc).toBe(fbc);
    expect(cookieSet(run, '_fbc').map((c) => c.value)).toEqual([fbc]);
  });

  it('never changes the fbclid: case kept, percent-escapes decoded once', () => {
    const run = send({ eventData: { page_location: `${PAGE}?fbclid=AbC%2DxYz_09` } });
    expect(userData(run).fbc).toBe(`fb.1.${NOW}.AbC-xYz_09`);
  });

  it('survives a URL whose query shadows hasOwnProperty (regression: the tag crashed)', () => {
    for (const query of [`hasOwnProperty=1&fbclid=${FBCLID}`, `fbclid=${FBCLID}&hasOwnProperty=`]) {
      const run = send({ eventData: { page_location: `${PAGE}?${query}` } });
      expect(run.error).toBeUndefined();
      expect(userData(run).fbc).toBe(`fb.1.${NOW}.${FBCLID}`);
    }
  });

  it('takes the first fbclid when the URL repeats it', () => {
    const run = send({ eventData: { page_location: `${PAGE}?fbclid=first&fbclid=second` } });
    expect(userData(run).fbc).toBe(`fb.1.${NOW}.first`);
  });

  it('records the cookie domain level as the subdomain index', () => {
    const uk = send({
      eventData: { page_location: `https://www.example.co.uk/?fbclid=${FBCLID}` },
    });
    expect(userData(uk).fbc).toBe(`fb.2.${NOW}.${FBCLID}`);
    const configured = send({
      fields: { cookieDomain: 'shop.example.com' },
      eventData: { page_location: `${PAGE}?fbclid=${FBCLID}` },
    });
    expect(userData(configured).fbc).toBe(`fb.2.${NOW}.${FBCLID}`);
  });

  it('keeps the existing cookie, creation time included, when the fbclid is the same click', () => {
    const existing = `fb.1.1767000000000.${FBCLID}`;
    const run = send({
      cookies: { _fbc: existing },
      eventData: { page_location: `${PAGE}?fbclid=${FBCLID}` },
    });
    expect(userData(run).fbc).toBe(existing);
    expect(cookieSet(run, '_fbc')).toEqual([]);
  });

  it('keeps a Parameter Builder appendix and does not mistake it for a new click', () => {
    for (const existing of [
      `fb.1.1767000000000.${FBCLID}.${APPENDIX}`,
      `fb.1.1767000000000.${FBCLID}.BA`,
    ]) {
      const run = send({
        cookies: { _fbc: existing },
        eventData: { page_location: `${PAGE}?fbclid=${FBCLID}` },
      });
      expect(userData(run).fbc).toBe(existing);
      expect(cookieSet(run, '_fbc')).toEqual([]);
    }
  });

  it('replaces the click ID when the URL carries a different fbclid', () => {
    for (const existing of [
      'fb.1.1767000000000.OlderClick',
      `fb.1.1767000000000.OlderClick.${APPENDIX}`,
    ]) {
      const run = send({
        cookies: { _fbc: existing },
        eventData: { page_location: `${PAGE}?fbclid=${FBCLID}` },
      });
      expect(userData(run).fbc).toBe(`fb.1.${NOW}.${FBCLID}`);
      expect(cookieSet(run, '_fbc').map((c) => c.value)).toEqual([`fb.1.${NOW}.${FBCLID}`]);
    }
  });

  it('treats a click ID differing only in case as a new click (fbclid is case-sensitive)', () => {
    const run = send({
      cookies: { _fbc: `fb.1.1767000000000.${FBCLID.toLowerCase()}` },
      eventData: { page_location: `${PAGE}?fbclid=${FBCLID}` },
    });
    expect(userData(run).fbc).toBe(`fb.1.${NOW}.${FBCLID}`);
  });

  it('sends the existing click ID on pages without fbclid, without rewriting the cookie', () => {
    const existing = `fb.1.1767000000000.${FBCLID}`;
    const run = send({ cookies: { _fbc: existing } });
    expect(userData(run).fbc).toBe(existing);
    expect(cookieSet(run, '_fbc')).toEqual([]);
  });

  it('uses x-fb-ck-fbc from event data, before the cookie (issue 14; 0.1.0 preferred the cookie)', () => {
    const forwarded = `fb.1.1766000000000.${FBCLID}`;
    expect(userData(send({ eventData: { 'x-fb-ck-fbc': forwarded } })).fbc).toBe(forwarded);
    const both = send({
      cookies: { _fbc: 'fb.1.1767000000000.FromCookie' },
      eventData: { 'x-fb-ck-fbc': forwarded },
    });
    expect(userData(both).fbc).toBe(forwarded);
    const cookieOnly = send({ cookies: { _fbc: 'fb.1.1767000000000.FromCookie' } });
    expect(userData(cookieOnly).fbc).toBe('fb.1.1767000000000.FromCookie');
  });

  it('sends no fbc at all when neither a click ID nor an fbclid exists', () => {
    const run = send();
    expect(userData(run)).not.toHaveProperty('fbc');
    expect(cookieSet(run, '_fbc')).toEqual([]);
  });

  it('does not build fbc from an fbclid that holds a dot or whitespace, nor from an empty one', () => {
    for (const query of ['fbclid=a%2Eb', 'fbclid=a%20b', 'fbclid=']) {
      const run = send({ eventData: { page_location: `${PAGE}?${query}` } });
      expect(userData(run)).not.toHaveProperty('fbc');
      expect(cookieSet(run, '_fbc')).toEqual([]);
    }
  });

  it('with click ID creation switched off, sends only the existing value', () => {
    const page = `${PAGE}?fbclid=${FBCLID}`;
    const none = send({ fields: { generateFbc: false }, eventData: { page_location: page } });
    expect(userData(none)).not.toHaveProperty('fbc');
    const existing = 'fb.1.1767000000000.OlderClick';
    const kept = send({
      fields: { generateFbc: false },
      cookies: { _fbc: existing },
      eventData: { page_location: page },
    });
    expect(userData(kept).fbc).toBe(existing);
    expect(cookieSet(kept, '_fbc')).toEqual([]);
  });
});

/** The derivation fbp.ts documents, recomputed here. */
function expectedFbp(clientId: string, index: number): string {
  const h = createHash('sha256').update(`fbp|${clientId}`).digest('hex');
  const firstVisit = Number(clientId.split('.').pop());
  const creation = firstVisit * 1000 + (parseInt(h.slice(8, 11), 16) % 1000);
  const random = 1000000000 + (parseInt(h.slice(0, 8), 16) % 1147483648);
  return `fb.${index}.${creation}.${random}`;
}

describe('fbp', () => {
  it('generates the same fbp for concurrent first hits of one browser (same client_id)', () => {
    const pageView = send({ now: NOW });
    const viewItem = send({ now: NOW + 3, eventData: { event_name: 'view_item' } });
    const fbp = userData(pageView).fbp;
    expect(userData(viewItem).fbp).toBe(fbp);
    expect(cookieSet(pageView, '_fbp').map((c) => c.value)).toEqual([fbp]);
    expect(cookieSet(viewItem, '_fbp').map((c) => c.value)).toEqual([fbp]);
  });

  it('derives it from the client_id: first-visit creation time, a 10-digit random part', () => {
    const fbp = userData(send()).fbp as string;
    expect(fbp).toBe(expectedFbp(CLIENT_ID, 1));
    const [, index, creation, random] = fbp.split('.');
    expect(index).toBe('1');
    expect(Math.floor(Number(creation) / 1000)).toBe(1767000000);
    expect(Number(random)).toBeGreaterThanOrEqual(1000000000);
    expect(Number(random)).toBeLessThanOrEqual(2147483647);
  });

  it('gives different browsers (client_ids) different fbp values', () => {
    const ids = ['1234567890.1767000000', '1234567891.1767000000', '987654321.1766000000'];
    const values = ids.map((id) => userData(send({ eventData: { client_id: id } })).fbp);
    expect(new Set(values).size).toBe(ids.length);
    values.forEach((v) => expect(v).toMatch(CLICK_ID_FORMAT));
  });

  it('falls back to a random, well-formed fbp without a usable client_id and says so', () => {
    for (const clientId of [undefined, '', 'not-a-ga-id', '123.99', { id: 1 }]) {
      const run = send({ eventData: { client_id: clientId } });
      const fbp = userData(run).fbp as string;
      expect(fbp).toMatch(CLICK_ID_FORMAT);
      expect(fbp.split('.')[2]).toBe(String(NOW));
      expect(problemKeys(run)).toContain('client_id');
    }
  });

  it('keeps the _fbp cookie (appendix included) and x-fb-ck-fbp, writing no cookie', () => {
    for (const existing of [
      'fb.1.1700000000000.1116446470',
      `fb.1.1700000000000.111.${APPENDIX}`,
    ]) {
      const run = send({ cookies: { _fbp: existing } });
      expect(userData(run).fbp).toBe(existing);
      expect(cookieSet(run, '_fbp')).toEqual([]);
    }
    const forwarded = 'fb.2.1700000000000.1234567890';
    const run = send({ eventData: { 'x-fb-ck-fbp': forwarded } });
    expect(userData(run).fbp).toBe(forwarded);
    expect(cookieSet(run, '_fbp')).toEqual([]);
  });

  it('with browser ID creation switched off, sends no fbp unless one exists', () => {
    expect(userData(send({ fields: { generateFbp: false } }))).not.toHaveProperty('fbp');
  });
});

describe('_fbc / _fbp cookie options', () => {
  const page = `${PAGE}?fbclid=${FBCLID}`;

  it('defaults: domain auto, path /, 90 days, Secure, SameSite Lax, not HttpOnly', () => {
    const run = send({ eventData: { page_location: page }, headers: { host: 'sgtm.example.com' } });
    expect(run.cookiesSet.map((c) => c.name).sort()).toEqual(['_fbc', '_fbp']);
    for (const c of run.cookiesSet) {
      expect(c.options).toEqual({
        domain: 'auto',
        path: '/',
        'max-age': 7776000,
        secure: true,
        samesite: 'Lax',
        httpOnly: false,
      });
      expect(c.header).toBe(
        `${c.name}=${c.value}; Domain=example.com; Path=/; Max-Age=7776000; Secure; SameSite=Lax`,
      );
    }
  });

  it('uses the configured domain, lifetime and HttpOnly', () => {
    const run = send({
      fields: { cookieDomain: ' example.com ', cookieMaxAgeDays: '30', cookieHttpOnly: true },
      eventData: { page_location: page },
    });
    expect(run.cookiesSet).toHaveLength(2);
    for (const c of run.cookiesSet) {
      expect(c.options).toEqual({
        domain: 'example.com',
        path: '/',
        'max-age': 2592000,
        secure: true,
        samesite: 'Lax',
        httpOnly: true,
      });
    }
  });

  it('reads "Auto" in any case as auto (regression: it became a literal cookie domain)', () => {
    for (const domain of ['Auto', ' AUTO ']) {
      const run = send({
        fields: { cookieDomain: domain },
        eventData: { page_location: `https://www.example.co.uk/?fbclid=${FBCLID}` },
      });
      expect(run.cookiesSet.map((c) => c.options.domain)).toEqual(['auto', 'auto']);
      expect(userData(run).fbc).toBe(`fb.2.${NOW}.${FBCLID}`);
    }
  });

  it('falls back to 90 days for a lifetime that is not a positive number, and reports it', () => {
    for (const days of ['0', '-5', 'ninety', NaN]) {
      const run = send({ fields: { cookieMaxAgeDays: days }, eventData: { page_location: page } });
      expect(run.cookiesSet.map((c) => c.options['max-age'])).toEqual([7776000, 7776000]);
      expect(problemKeys(run)).toContain('cookieMaxAgeDays');
    }
  });

  it("'always' also refreshes values the browser already has; 'never' writes nothing", () => {
    const cookies = {
      _fbc: `fb.1.1767000000000.${FBCLID}`,
      _fbp: 'fb.1.1700000000000.1116446470',
    };
    const always = send({ fields: { identityCookies: 'always' }, cookies });
    expect(always.cookiesSet.map((c) => [c.name, c.value])).toEqual([
      ['_fbc', cookies._fbc],
      ['_fbp', cookies._fbp],
    ]);
    const never = send({
      fields: { identityCookies: 'never' },
      eventData: { page_location: page },
    });
    expect(never.cookiesSet).toEqual([]);
    expect(userData(never).fbc).toBe(`fb.1.${NOW}.${FBCLID}`);
    expect(userData(never).fbp).toBe(expectedFbp(CLIENT_ID, 1));
  });
});

describe('malformed fbc / fbp are never sent', () => {
  const malformed = [
    'garbage',
    'fb.1.1767000000000',
    'fb.x.1767000000000.abc',
    'fb.1.17670000000ab.abc',
    'fx.1.1767000000000.abc',
    'fb.1.1767000000000.abc.toolongappendix',
    'fb.1.1767000000000.abc.A!',
    'fb.1.1767000000000.a b',
    'fb.1.1767000000000.abc.AQQCAQMC.extra',
    'fb..1767000000000.abc',
  ];

  it.each(malformed)('drops the _fbc cookie %j', (value) => {
    const run = send({ cookies: { _fbc: value } });
    expect(userData(run)).not.toHaveProperty('fbc');
    expect(problemKeys(run)).toContain('_fbc');
    expect(run.logs.map((l) => l.text).join('\n')).not.toContain(value);
  });

  it.each(malformed)('drops the _fbp cookie %j and generates a fresh one instead', (value) => {
    const run = send({ cookies: { _fbp: value } });
    expect(userData(run).fbp).toBe(expectedFbp(CLIENT_ID, 1));
    expect(cookieSet(run, '_fbp').map((c) => c.value)).toEqual([expectedFbp(CLIENT_ID, 1)]);
    expect(problemKeys(run)).toContain('_fbp');
  });

  it('drops malformed x-fb-ck-fbc / x-fb-ck-fbp and non-text values', () => {
    for (const value of ['garbage', 12345, { fbc: 'fb.1.1.a' }, ['fb.1.1767000000000.abc']]) {
      const run = send({
        fields: { generateFbp: false },
        eventData: { 'x-fb-ck-fbc': value, 'x-fb-ck-fbp': value },
      });
      const ud = userData(run);
      expect(ud).not.toHaveProperty('fbc');
      expect(ud).not.toHaveProperty('fbp');
      expect(problemKeys(run)).toEqual(expect.arrayContaining(['x-fb-ck-fbc', 'x-fb-ck-fbp']));
    }
  });

  it('replaces a malformed _fbc with a new click ID when the URL has an fbclid', () => {
    const run = send({
      cookies: { _fbc: 'fb.1.notanumber.abc' },
      eventData: { page_location: `${PAGE}?fbclid=${FBCLID}` },
    });
    expect(userData(run).fbc).toBe(`fb.1.${NOW}.${FBCLID}`);
  });

  it('drops a malformed fbc / fbp given in the user data table', () => {
    const run = send({
      fields: {
        generateFbp: false,
        userDataList: [
          { name: 'fbc', value: 'not-a-click-id' },
          { name: 'fbp', value: 'fb.1.abc.1' },
        ],
      },
    });
    const ud = userData(run);
    expect(ud).not.toHaveProperty('fbc');
    expect(ud).not.toHaveProperty('fbp');
  });
});

describe('several cookie values (overlapping domains)', () => {
  it('uses the first well-formed value and skips malformed ones', () => {
    const run = send({
      cookies: {
        _fbc: ['broken', 'fb.2.1767000000000.Specific', 'fb.1.1760000000000.General'],
        _fbp: ['fb.1.x.1', 'fb.2.1767000000000.1111111111', 'fb.1.1760000000000.2222222222'],
      },
    });
    const ud = userData(run);
    expect(ud.fbc).toBe('fb.2.1767000000000.Specific');
    expect(ud.fbp).toBe('fb.2.1767000000000.1111111111');
    expect(run.cookiesSet).toEqual([]);
  });

  it('compares a new fbclid with the value actually used', () => {
    const run = send({
      cookies: { _fbc: ['fb.1.1767000000000.Specific', `fb.1.1760000000000.${FBCLID}`] },
      eventData: { page_location: `${PAGE}?fbclid=${FBCLID}` },
    });
    expect(userData(run).fbc).toBe(`fb.1.${NOW}.${FBCLID}`);
  });
});
