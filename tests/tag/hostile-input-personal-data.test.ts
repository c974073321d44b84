/**
 * Issue 14, finding 3, through the built template: an email address or a
 * phone number in a field Meta receives unhashed is kept out of the
 * request. URL query parameters holding one are removed; elsewhere the
 * value is dropped. Each time a problem names the key, never the value,
 * and no log line carries the value (nor a key name made of one).
 */
import { describe, expect, it } from 'vitest';
import { foundForms, outbound, PAGE, problemsOf, send, sentEvent } from './hostile-input-fixtures';

const EMAIL = 'jane.roe@example.com';
const PHONE = '+1 650 555 0199';
const PERSONAL = [EMAIL, PHONE];

/** No form of the email or the phone number in anything the run let out. */
function expectNoPersonalData(text: string): void {
  for (const value of PERSONAL) expect(foundForms(text, value)).toEqual([]);
}

/** No form of them in the log lines, the problems included. */
function expectNoPersonalDataLogged(run: ReturnType<typeof send>): void {
  expectNoPersonalData(run.logs.map((l) => l.text).join('\n'));
}

function query(params: Record<string, string>): string {
  return Object.entries(params)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&');
}

describe('URL query parameters holding personal data are removed', () => {
  it.each([
    ['page_location', 'event_source_url'],
    ['page_referrer', 'referrer_url'],
  ])('%s → %s', (eventKey, sentKey) => {
    const url = `${PAGE}?${query({ email: EMAIL, utm_source: 'fb', phone: PHONE, q: EMAIL })}`;
    const run = send({ event_name: 'page_view', [eventKey]: url });
    expect(sentEvent(run)[sentKey]).toBe(`${PAGE}?utm_source=fb`);
    const reasons = problemsOf(run)
      .filter((p) => p.key === eventKey)
      .map((p) => p.reason);
    expect(reasons).toHaveLength(3);
    for (const name of ['"email"', '"phone"', '"q"']) {
      expect(reasons.some((r) => r.includes(name))).toBe(true);
    }
    expectNoPersonalData(outbound(run));
  });
});

describe('personal data in other unhashed fields is dropped, the problem naming the key', () => {
  const cases: {
    field: string;
    event: Record<string, unknown>;
    key: string;
    gone: (event: Record<string, any>) => unknown;
  }[] = [
    {
      field: 'custom properties',
      event: { custom_properties: { contact: EMAIL, mobile: PHONE, plan: 'pro' } },
      key: 'custom_data.contact',
      gone: (e) => [e.custom_data.contact, e.custom_data.mobile],
    },
    {
      field: 'custom properties (an object value holding one)',
      event: { custom_properties: JSON.stringify({ owner: { email: EMAIL }, plan: 'pro' }) },
      key: 'custom_data.owner',
      gone: (e) => e.custom_data.owner,
    },
    {
      field: 'search_string',
      event: { search_term: EMAIL },
      key: 'custom_data.search_string',
      gone: (e) => e.custom_data?.search_string,
    },
    {
      field: 'content_name',
      event: { content_name: PHONE },
      key: 'custom_data.content_name',
      gone: (e) => e.custom_data?.content_name,
    },
    {
      field: 'contents[].title',
      event: { items: [{ item_id: 'SKU-1', item_name: EMAIL, price: 5, quantity: 1 }] },
      key: 'custom_data.contents',
      gone: (e) => e.custom_data.contents[0].title,
    },
    {
      field: 'order_id',
      event: { transaction_id: EMAIL },
      key: 'custom_data.order_id',
      gone: (e) => e.custom_data?.order_id,
    },
    {
      field: 'event_id',
      event: { event_id: PHONE },
      key: 'event_id',
      gone: (e) => (e.event_id === PHONE.trim() ? e.event_id : undefined),
    },
  ];

  it.each(cases)('$field', ({ event, key, gone }) => {
    const run = send({ event_name: 'Lead', ...event });
    const sent = sentEvent(run);
    expect([gone(sent)].flat().filter((v) => v !== undefined)).toEqual([]);
    expect(problemsOf(run).map((p) => p.key)).toContain(key);
    expectNoPersonalData(outbound(run));
  });

  it('the event name: not sent, the problem naming event_name', () => {
    for (const name of PERSONAL) {
      const run = send({ event_name: name });
      expect(run.outcome).toBe('failure');
      expect(run.requests).toEqual([]);
      expect(problemsOf(run).map((p) => p.key)).toContain('event_name');
      expectNoPersonalData(outbound(run));
    }
  });

  it("the event's test_event_code is not sent and not logged", () => {
    const run = send({ event_name: 'Lead', test_event_code: EMAIL });
    expect(sentEvent(run)).toBeDefined();
    expect(run.metaRequests[0].body.test_event_code).toBeUndefined();
    expectNoPersonalData(outbound(run));
  });
});

describe('no log line quotes a key name made of personal data', () => {
  it('a user-data variable key', () => {
    const run = send(
      { event_name: 'Lead' },
      { fields: { userDataObject: { [EMAIL]: 'x', [PHONE]: 'y' } } },
    );
    sentEvent(run);
    expect(problemsOf(run).length).toBeGreaterThan(0);
    expectNoPersonalDataLogged(run);
  });

  it('a custom property whose value is refused', () => {
    const run = send({
      event_name: 'Lead',
      custom_properties: { [EMAIL]: 'x'.repeat(600), [PHONE]: Number.NaN },
    });
    sentEvent(run);
    expectNoPersonalDataLogged(run);
  });
});

/** Fields and shapes fixed after issue 14's first round: ids, status, names, encodings, path and fragment. */
describe('personal data in ids, names, encoded values, paths and fragments', () => {
  it.each([
    ['content_ids', { content_ids: [EMAIL, 'SKU-2'] }],
    ['an item id', { items: [{ item_id: EMAIL, price: 5, quantity: 1 }] }],
  ])('%s holding an email is not sent', (_, event) => {
    const run = send({ event_name: 'AddToCart', ...event });
    expectNoPersonalData(outbound(run));
  });

  it('x-fb-cd-status holding an email is not sent', () => {
    const run = send({ event_name: 'Lead', 'x-fb-cd-status': EMAIL });
    expectNoPersonalData(outbound(run));
  });

  it('a custom property named with an email address is not sent', () => {
    const run = send({ event_name: 'Lead', custom_properties: { [EMAIL]: 'x', plan: 'pro' } });
    expect(sentEvent(run).custom_data).toEqual({ plan: 'pro' });
    expectNoPersonalData(outbound(run));
  });

  it.each(['+16505550199', '(650) 555-0199'])(
    'a percent-encoded phone number (%s) in a query value is removed',
    (phone) => {
      const run = send({
        event_name: 'page_view',
        page_location: `${PAGE}?${query({ q: phone })}`,
      });
      expect(sentEvent(run).event_source_url).toBe(PAGE);
    },
  );

  it('a query parameter named with an email address is removed', () => {
    const run = send({
      event_name: 'page_view',
      page_location: `${PAGE}?${encodeURIComponent(EMAIL)}=1&utm_source=fb`,
    });
    expect(sentEvent(run).event_source_url).toBe(`${PAGE}?utm_source=fb`);
    expectNoPersonalData(outbound(run));
  });

  it.each([
    ['path', `https://shop.example.com/u/${EMAIL}/orders`, 'https://shop.example.com/'],
    ['fragment', `${PAGE}#${EMAIL}`, PAGE],
  ])('an email address in the %s of a URL is not sent', (_, url, sentUrl) => {
    const run = send({ event_name: 'page_view', page_location: url });
    expect(sentEvent(run).event_source_url).toBe(sentUrl);
    expectNoPersonalData(outbound(run));
  });
});
