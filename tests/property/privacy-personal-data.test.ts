/**
 * Issue 14's second property, through the built template: no email- or
 * phone-shaped value leaves the tag unhashed, in a request (URL or body) or
 * a Set-Cookie header, and none reaches a log line. Shapes are the ones the
 * tag documents (lib/personal-data.ts): an email address as people type
 * one, a number written with a leading + (7 to 15 digits), a North American
 * number with separators, a tel: link. Values are put where a careless
 * integrator or a hostile client puts them, on top of generated events; a
 * hashed user_data key is the one place they may go, as SHA-256.
 *
 * The first property covers the fields issue 14 names; the second every
 * other field but the user agent; the third the user agent, which is sent
 * as it is and fails (see the BUG note there).
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { metaOk, runTag, type TagRun } from '../helpers/tag';
import { ga4WebHit, metaEventData, NOW_MS, pixelRows } from './arbitraries';
import { budget } from './settings';

const PAGE = 'https://shop.example.com/checkout';

/** The shapes of lib/personal-data.ts, to find personal values in the inputs and the outputs. */
const EMAIL_SHAPE = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+/g;
const PERSONAL_SHAPE = new RegExp(
  [
    EMAIL_SHAPE.source,
    String.raw`\+[0-9]([ ().-]?[0-9]){6,14}`,
    String.raw`\(?[0-9]{3}\)?[ .-][0-9]{3}[ .-][0-9]{4}`,
    '[tT][eE][lL]:[^\\s"&#]*',
  ].join('|'),
  'g',
);

const email = fc
  .tuple(
    fc.stringMatching(/^[a-z0-9][a-z0-9._%+-]{0,14}$/),
    fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,8}[a-z0-9])?$/),
    fc.constantFrom('com', 'org', 'de', 'co.uk', 'example'),
    fc.constantFrom('as typed', 'upper', 'spaced'),
  )
  .map(([local, host, tld, look]) => {
    const address = `${local}@${host}.${tld}`;
    return look === 'upper' ? address.toUpperCase() : look === 'spaced' ? ` ${address} ` : address;
  });

const separator = fc.constantFrom('', ' ', '-', '.');
const phone = fc.oneof(
  fc
    .tuple(
      fc.integer({ min: 1, max: 998 }),
      fc.stringMatching(/^[0-9]{3}$/),
      fc.stringMatching(/^[0-9]{3,8}$/),
      separator,
    )
    .map(([cc, a, b, sep]) => `+${cc}${sep}${a}${sep}${b}`),
  fc
    .tuple(
      fc.stringMatching(/^[2-9][0-9]{2}$/),
      fc.stringMatching(/^[0-9]{3}$/),
      fc.stringMatching(/^[0-9]{4}$/),
      fc.constantFrom('(a) b-c', 'a.b.c', 'a-b-c', 'a b c'),
    )
    .map(([a, b, c, form]) => form.replace('a', a).replace('b', b).replace('c', c)),
  fc.stringMatching(/^[0-9]{10,12}$/).map((digits) => `tel:+${digits}`),
);

interface Personal {
  value: string;
  kind: 'email' | 'phone';
}

const personal: fc.Arbitrary<Personal> = fc.oneof(
  email.map((value) => ({ value, kind: 'email' as const })),
  phone.map((value) => ({ value, kind: 'phone' as const })),
);

interface Patch {
  event?: Record<string, unknown>;
  fields?: Record<string, unknown>;
}

/** Where a personal value is put: a patch of the event or of the fields (undefined: not for this kind). */
type Placement = (p: Personal, name: string) => Patch | undefined;

const CONTACT_PARAMETERS = ['email', 'E-Mail', 'mail', 'email_address', 'phone', 'tel', 'mobile'];
const enc = encodeURIComponent;

/** The fields issue 14 names, and the user_data keys the value belongs in. */
const NAMED: Record<string, Placement> = {
  'URL, contact parameter': (p, name) => ({
    event: {
      page_location: `${PAGE}?${CONTACT_PARAMETERS[name.length % 7]}=${enc(p.value)}&${name}=1`,
    },
  }),
  'URL, any parameter holding an email': (p, name) =>
    p.kind === 'email'
      ? { event: { page_location: `${PAGE}?${name}=${enc(p.value)}` } }
      : undefined,
  'referrer, contact parameter': (p, name) => ({
    event: {
      page_referrer: `${PAGE}?utm_source=x&${CONTACT_PARAMETERS[name.length % 7]}=${enc(p.value)}`,
    },
  }),
  'referrer, any parameter holding an email': (p, name) =>
    p.kind === 'email'
      ? { event: { page_referrer: `${PAGE}?${name}=${p.value.trim()}` } }
      : undefined,
  'a custom property': (p, name) => ({ event: { custom_properties: { [name]: p.value } } }),
  'a custom property as JSON text': (p, name) => ({
    event: { custom_properties: JSON.stringify({ [name]: p.value, plan: 'pro' }) },
  }),
  'inside a custom property object': (p, name) => ({
    event: { custom_properties: { [name]: { note: [p.value] } } },
  }),
  search_term: (p) => ({ event: { search_term: p.value } }),
  'x-fb-cd-search_string': (p) => ({ event: { 'x-fb-cd-search_string': p.value } }),
  content_name: (p) => ({ event: { content_name: p.value } }),
  content_category: (p) => ({ event: { content_category: p.value } }),
  'items[].item_name': (p) => ({
    event: { items: [{ item_id: 'SKU-1', item_name: p.value, price: 5, quantity: 1 }] },
  }),
  'items[].item_brand': (p) => ({ event: { items: [{ item_id: 'SKU-1', item_brand: p.value }] } }),
  'x-fb-cd-contents[].title': (p) => ({
    event: { 'x-fb-cd-contents': [{ id: 'a1', quantity: 1, title: p.value }] },
  }),
  transaction_id: (p) => ({ event: { transaction_id: p.value } }),
  'x-fb-cd-order_id': (p) => ({ event: { 'x-fb-cd-order_id': p.value } }),
  event_name: (p) => ({ event: { event_name: p.value } }),
  event_id: (p) => ({ event: { event_id: p.value } }),
  'x-fb-event_id': (p) => ({ event: { 'x-fb-event_id': p.value } }),
  test_event_code: (p) => ({ event: { test_event_code: p.value } }),
  'original_event_data.order_id': (p) => ({
    event: { original_event_data: { order_id: p.value } },
  }),
  'x-fb-ud-lead_id': (p) => ({ event: { 'x-fb-ud-lead_id': p.value } }),
  'user_data (its own key)': (p) =>
    p.kind === 'email'
      ? { event: { user_data: { email_address: p.value } } }
      : { event: { user_data: { phone_number: p.value } } },
  'x-fb-ud-em / x-fb-ud-ph': (p) => ({
    event: { [p.kind === 'email' ? 'x-fb-ud-em' : 'x-fb-ud-ph']: [p.value] },
  }),
  'external_id, hashed or not': (p, name) => ({
    event: { external_id: p.value },
    fields: { hashExternalId: name.length % 2 === 0 },
  }),
  'a user data variable key': (p) => ({ fields: { userDataObject: { [p.value]: 'x' } } }),
  'a custom data table row': (p, name) => ({
    fields: { customDataList: [{ name, value: p.value }] },
  }),
};

/** Fields issue 14's first round left unchecked, checked since. */
const CHECKED_SINCE: Record<string, Placement> = {
  content_ids: (p) => ({ event: { content_ids: ['SKU-1', p.value] } }),
  'items[].item_id': (p) => ({ event: { items: [{ item_id: p.value, price: 5, quantity: 1 }] } }),
  'x-fb-cd-status': (p) => ({ event: { 'x-fb-cd-status': p.value } }),
  'a custom property name': (p) => ({ event: { custom_properties: { [p.value]: 'x' } } }),
  'URL, any parameter holding a phone number': (p, name) =>
    p.kind === 'phone'
      ? { event: { page_location: `${PAGE}?${name}=${enc(p.value)}` } }
      : undefined,
  'URL, a parameter name': (p) => ({ event: { page_location: `${PAGE}?${enc(p.value)}=1` } }),
  'URL path': (p) => ({ event: { page_location: `https://shop.example.com/u/${enc(p.value)}/` } }),
  'URL fragment': (p) => ({ event: { page_location: `${PAGE}#${p.value.trim()}` } }),
};

/** Sent as the browser gave it: Meta wants client_user_agent unchanged. */
const SENT_AS_GIVEN: Record<string, Placement> = {
  user_agent: (p) => ({ event: { user_agent: `Mozilla/5.0 (${p.value})` } }),
};

const plainName = fc.stringMatching(/^[a-z][a-z_]{0,11}$/);

/** A generated web hit (URLs replaced, so that only placed values can be personal) and a config. */
const baseCase = fc.record({
  event: fc.oneof(ga4WebHit, metaEventData).map((e) => ({
    ...e,
    page_location: PAGE,
    page_referrer: undefined,
    action_source: undefined,
  })),
  fields: fc.record({
    pixels: pixelRows(false).map((rows) => rows.slice(0, 1)),
    logMode: fc.constant('always'),
    enableEventEnhancement: fc.boolean(),
  }),
});

function caseWith(placements: Record<string, Placement>) {
  const names = Object.keys(placements);
  return fc
    .tuple(
      baseCase,
      fc.array(fc.tuple(fc.constantFrom(...names), personal, plainName), {
        minLength: 1,
        maxLength: 3,
      }),
    )
    .map(([base, placed]) => {
      let event: Record<string, unknown> = { ...base.event };
      let fields: Record<string, unknown> = { ...base.fields };
      const where: string[] = [];
      for (const [at, p, name] of placed) {
        const patch = placements[at](p, name);
        if (patch === undefined) continue;
        event = { ...event, ...patch.event };
        fields = { ...fields, ...patch.fields };
        where.push(at);
      }
      return { event, fields, where };
    });
}

/** Every string in a value, keys included. */
function textsOf(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      into.push(k);
      textsOf(v, into);
    }
  }
  return into;
}

/** The personal values anywhere in the inputs, as the shapes find them. */
function personalValues(inputs: unknown): string[] {
  const found = new Set<string>();
  for (const text of textsOf(inputs)) {
    for (const m of text.matchAll(PERSONAL_SHAPE)) found.add(m[0]);
  }
  return [...found];
}

function formsOf(value: string): string[] {
  return [
    ...new Set(
      [value, value.toLowerCase(), enc(value), enc(value).toLowerCase()].flatMap((f) => [
        f,
        JSON.stringify(f).slice(1, -1),
      ]),
    ),
  ];
}

/** What left the tag with a personal value in it, as `where: form` lines. */
function personalDataOut(run: TagRun, values: string[]): string[] {
  const outputs: [string, string][] = [
    ...run.requests.flatMap((r, i): [string, string][] => [
      [`request ${i + 1} URL`, r.url],
      [`request ${i + 1} body`, r.body ?? ''],
    ]),
    ...run.logs.map((l, i): [string, string] => [`log line ${i + 1}`, l.text]),
    ...run.cookiesSet.map((c): [string, string] => [`cookie ${c.name}`, c.header]),
  ];
  const found: string[] = [];
  for (const [where, text] of outputs) {
    for (const value of values) {
      for (const form of formsOf(value)) if (text.includes(form)) found.push(`${where}: ${form}`);
    }
    for (const m of text.replace(/%40/gi, '@').matchAll(EMAIL_SHAPE)) {
      found.push(`${where}: ${m[0]}`);
    }
  }
  return found;
}

function runCase(c: { event: Record<string, unknown>; fields: Record<string, unknown> }) {
  const run = runTag({ fields: c.fields, eventData: c.event, responses: metaOk(), now: NOW_MS });
  return {
    sent: run.metaRequests.length > 0,
    out: personalDataOut(run, personalValues([c.event, c.fields])),
  };
}

describe('no personal data leaves the tag unhashed or reaches a log', () => {
  const named = budget(0.03);
  test(
    'placed in the fields issue 14 names, or where it belongs (user_data)',
    () => {
      let sent = 0;
      fc.assert(
        fc.property(caseWith(NAMED), (c) => {
          const result = runCase(c);
          if (result.sent) sent++;
          expect(result.out, c.where.join(', ')).toEqual([]);
        }),
        named.params,
      );
      // Most cases must reach Meta, or the requests say little.
      expect(sent).toBeGreaterThan(named.params.numRuns! / 2);
    },
    named.timeoutMs,
  );

  const every = budget(0.02);
  test(
    'placed anywhere but the user agent',
    () => {
      let sent = 0;
      fc.assert(
        fc.property(caseWith({ ...NAMED, ...CHECKED_SINCE }), (c) => {
          const result = runCase(c);
          if (result.sent) sent++;
          expect(result.out, c.where.join(', ')).toEqual([]);
        }),
        every.params,
      );
      expect(sent).toBeGreaterThan(every.params.numRuns! / 2);
    },
    every.timeoutMs,
  );

  const userAgent = budget(0.005);
  /**
   * BUG (known, kept by design for now): the user agent is sent as
   * client_user_agent exactly as the browser gave it (Meta matches on it
   * unchanged), so an email address or phone number someone put inside it
   * reaches Meta unhashed. The logs are clean (the raw user agent is
   * redacted there); the request body is not.
   */
  test.fails(
    'placed in the user agent',
    () => {
      fc.assert(
        fc.property(caseWith(SENT_AS_GIVEN), (c) => {
          expect(runCase(c).out, c.where.join(', ')).toEqual([]);
        }),
        { ...userAgent.params, endOnFailure: true },
      );
    },
    userAgent.timeoutMs,
  );
});
