/**
 * Issue 13, the browser's and the person's IDs of events that do not come
 * from a browser, through the BUILT template: fbc/fbp read from the event's
 * own keys (webhooks, Stape's Data Client), no browser ID invented where no
 * browser is, nothing of the browser on business messaging events, the
 * messaging account IDs, and the advertising ID of Firebase apps.
 */
import { describe, expect, it } from 'vitest';
import {
  CLIENT_ID,
  cookieNames,
  EMAIL,
  FBC_COOKIE,
  FBC_EVENT,
  FBCLID,
  FBP_COOKIE,
  FBP_EVENT,
  NOW,
  PAGE,
  problems,
  reasonsFor,
  run,
  sentEvent,
} from './non-browser-events-fixtures';

/** A GA4 page view from a browser with both cookies. */
const PAGE_VIEW = {
  event_name: 'page_view',
  client_id: CLIENT_ID,
  ip_override: '203.0.113.9',
  user_agent: 'Mozilla/5.0 (X11; Linux x86_64)',
  page_location: PAGE,
};
const BOTH_COOKIES = { _fbc: FBC_COOKIE, _fbp: FBP_COOKIE };

describe('browser IDs from the event keys fbc, _fbc, fbp and _fbp', () => {
  const chains = [
    { id: 'fbc', keys: ['x-fb-ck-fbc', 'fbc', '_fbc'], cookie: FBC_COOKIE },
    { id: 'fbp', keys: ['x-fb-ck-fbp', 'fbp', '_fbp'], cookie: FBP_COOKIE },
  ] as const;

  it.each(chains)(
    '$id: x-fb-ck-$id, then the plain keys in order, then the cookie',
    ({ id, keys, cookie }) => {
      // One distinct, well-formed value per key: fb.1.<time>.<key's position>.
      const values = keys.map((_, i) => `fb.1.176710000000${i}.Source${i}`);
      for (let first = 0; first <= keys.length; first++) {
        const eventData: Record<string, unknown> = { ...PAGE_VIEW };
        keys.slice(first).forEach((key, i) => (eventData[key] = values[first + i]));
        const sent = sentEvent(run(eventData, { cookies: BOTH_COOKIES }));
        expect(
          sent.user_data[id],
          `with ${keys.slice(first).join(', ') || 'only the cookie'}`,
        ).toBe(first < keys.length ? values[first] : cookie);
      }
    },
  );

  it.each(['fbc', '_fbc', 'fbp', '_fbp'])(
    '%s alone is sent and needs no new fbp, nor any cookie write',
    (key) => {
      const value = key.endsWith('fbc') ? FBC_EVENT : FBP_EVENT;
      const tagRun = run({ ...PAGE_VIEW, [key]: value });
      const sent = sentEvent(tagRun);
      expect(sent.user_data[key.replace('_', '')]).toBe(value);
      if (key.endsWith('fbp')) expect(cookieNames(tagRun)).toEqual([]);
    },
  );

  it('refuses malformed values like cookie values, naming the key, and uses the next source', () => {
    const tagRun = run(
      {
        ...PAGE_VIEW,
        fbc: 'not-a-click-id',
        _fbc: FBC_EVENT,
        fbp: 'fb.1.1767100000000.' + 'x'.repeat(501),
        _fbp: 'fb.1.123.456',
      },
      { cookies: BOTH_COOKIES },
    );
    const sent = sentEvent(tagRun);
    expect(sent.user_data.fbc).toBe(FBC_EVENT);
    expect(sent.user_data.fbp).toBe(FBP_COOKIE);
    for (const key of ['fbc', 'fbp', '_fbp']) {
      expect(reasonsFor(tagRun, key), key).toEqual(['malformed value ignored']);
    }
    expect(reasonsFor(tagRun, '_fbc')).toEqual([]);
  });

  it('reads them for a webhook event too (system_generated), where no cookie is read', () => {
    const sent = sentEvent(
      run(
        {
          event_name: 'Lead',
          action_source: 'system_generated',
          email: EMAIL,
          fbc: FBC_EVENT,
          _fbp: FBP_EVENT,
        },
        { cookies: BOTH_COOKIES },
      ),
    );
    expect(sent.user_data.fbc).toBe(FBC_EVENT);
    expect(sent.user_data.fbp).toBe(FBP_EVENT);
  });

  it('sends none of them when the event explicitly denies ad_storage (and grants ad_user_data)', () => {
    const sent = sentEvent(
      run(
        {
          ...PAGE_VIEW,
          consent_state: { ad_storage: 'denied', ad_user_data: 'granted' },
          fbc: FBC_EVENT,
          fbp: FBP_EVENT,
        },
        { fields: { consentMode: 'adUserData' } },
      ),
    );
    expect(sent.user_data.fbc).toBeUndefined();
    expect(sent.user_data.fbp).toBeUndefined();
  });
});

describe('no browser ID invented where no browser is', () => {
  /** What a browser would give: a GA client_id, a click in the URL and both cookies. */
  const browserTraces = {
    client_id: CLIENT_ID,
    page_location: `${PAGE}?fbclid=${FBCLID}`,
    email: EMAIL,
  };
  /** app_data, so that an app event is sendable. */
  const appData = {
    advertiser_tracking_enabled: 1,
    application_tracking_enabled: 1,
    extinfo: ['a2', 'com.example.app', '2.1', '2.1.0', '14'],
  };

  it('a website event with the same input gets fbc from the URL and a generated fbp, stored with the enhancement cookie', () => {
    const tagRun = run(
      { event_name: 'Lead', ...browserTraces },
      { fields: { enableEventEnhancement: true } },
    );
    const sent = sentEvent(tagRun);
    expect(sent.user_data.fbc).toBe(`fb.1.${NOW}.${FBCLID}`);
    expect(sent.user_data.fbp).toMatch(/^fb\.1\.\d{13}\.\d+$/);
    expect(cookieNames(tagRun).sort()).toEqual(['_capi_eec', '_fbc', '_fbp']);
  });

  it.each([
    { source: 'app', from: 'event' },
    { source: 'email', from: 'event' },
    { source: 'phone_call', from: 'event' },
    { source: 'chat', from: 'event' },
    { source: 'physical_store', from: 'event' },
    { source: 'system_generated', from: 'event' },
    { source: 'other', from: 'event' },
    { source: 'system_generated', from: 'field' },
    { source: 'crm', from: 'field' },
  ])(
    '$source ($from): no fbp generated, no fbc from the fbclid, no cookie read or written (enhancement on)',
    ({ source, from }) => {
      const eventData: Record<string, unknown> = { event_name: 'Lead', ...browserTraces };
      if (from === 'event') eventData.action_source = source;
      if (source === 'app') eventData.app_data = appData;
      const tagRun = run(eventData, {
        cookies: { _fbc: FBC_COOKIE, _fbp: FBP_COOKIE },
        fields: {
          enableEventEnhancement: true,
          ...(from === 'field' ? { actionSource: source, leadEventSource: 'HubSpot' } : {}),
        },
      });
      const sent = sentEvent(tagRun);
      expect(sent.action_source).toBe(source === 'crm' ? 'system_generated' : source);
      expect(sent.user_data.fbc).toBeUndefined();
      expect(sent.user_data.fbp).toBeUndefined();
      expect(sent.user_data.em).toBeDefined();
      expect(cookieNames(tagRun)).toEqual([]);
    },
  );

  it('business_messaging: no event_source_url, referrer, IP, user agent, fbc or fbp, whatever the event holds', () => {
    const tagRun = run(
      {
        event_name: 'Lead',
        action_source: 'business_messaging',
        messaging_channel: 'whatsapp',
        whatsapp_business_account_id: '104954512345678',
        ctwa_clid: 'ARAkLkA8rmlFeiCktEJQ',
        ...browserTraces,
        page_referrer: 'https://www.example.com/',
        ip_override: '203.0.113.9',
        user_agent: 'Mozilla/5.0',
        'x-fb-ck-fbc': FBC_EVENT,
        fbp: FBP_EVENT,
      },
      { cookies: { _fbc: FBC_COOKIE, _fbp: FBP_COOKIE } },
    );
    const sent = sentEvent(tagRun);
    expect(sent.action_source).toBe('business_messaging');
    expect(sent.messaging_channel).toBe('whatsapp');
    for (const key of ['event_source_url', 'referrer_url']) expect(sent[key], key).toBeUndefined();
    expect(Object.keys(sent.user_data).sort()).toEqual(
      ['ctwa_clid', 'em', 'whatsapp_business_account_id'].sort(),
    );
    expect(cookieNames(tagRun)).toEqual([]);
  });
});

describe('business_messaging: browser data from the tag fields', () => {
  const message = {
    event_name: 'Lead',
    event_id: 'msg-1',
    action_source: 'business_messaging',
    messaging_channel: 'whatsapp',
    email: EMAIL,
  };

  it('an Event field overrides row for event_source_url or referrer_url sets no URL', () => {
    const tagRun = run(message, {
      fields: {
        serverDataList: [
          { name: 'event_source_url', value: 'https://www.example.com/' },
          { name: 'referrer_url', value: 'https://www.example.com/cart' },
        ],
      },
    });
    const sent = sentEvent(tagRun);
    expect(sent.event_source_url).toBeUndefined();
    expect(sent.referrer_url).toBeUndefined();
    for (const key of ['serverDataList[event_source_url]', 'serverDataList[referrer_url]']) {
      expect(reasonsFor(tagRun, key)).toEqual(['not sent with business_messaging events; ignored']);
    }
  });

  // Meta's business messaging events carry no browser identity, whatever the tag's fields give.
  it('the User data overrides table and variable cannot add IP, user agent, fbc or fbp', () => {
    const tagRun = run(message, {
      fields: {
        userDataList: [
          { name: 'client_ip_address', value: '203.0.113.5' },
          { name: 'fbp', value: FBP_EVENT },
        ],
        userDataObject: { client_user_agent: 'Mozilla/5.0', fbc: FBC_EVENT },
      },
    });
    const sent = sentEvent(tagRun);
    for (const key of ['client_ip_address', 'client_user_agent', 'fbc', 'fbp']) {
      expect(sent.user_data[key], key).toBeUndefined();
      expect(reasonsFor(tagRun, `user_data.${key}`), key).toEqual([
        'not sent with business_messaging events; ignored',
      ]);
    }
  });
});

describe('messaging account IDs in user_data', () => {
  const messaging = (channel: string, more: Record<string, unknown>) => ({
    event_name: 'Lead',
    action_source: 'business_messaging',
    messaging_channel: channel,
    email: EMAIL,
    ...more,
  });

  it.each(['whatsapp_business_account_id', 'instagram_business_account_id'])(
    '%s from x-fb-ud-<key>, then the bare key, for business_messaging; sent unhashed',
    (key) => {
      const channel = key.startsWith('whatsapp') ? 'whatsapp' : 'instagram';
      const both = sentEvent(
        run(messaging(channel, { [`x-fb-ud-${key}`]: ' 1049545123 ', [key]: '2222222222' })),
      );
      expect(both.user_data[key]).toBe('1049545123');
      const bare = sentEvent(run(messaging(channel, { [key]: 2222222222 })));
      expect(bare.user_data[key]).toBe('2222222222');
    },
  );

  it('the bare keys of a website event are not read (a page has no messaging account)', () => {
    const sent = sentEvent(
      run({
        ...PAGE_VIEW,
        whatsapp_business_account_id: '1049545123',
        instagram_business_account_id: '1784140123',
      }),
    );
    expect(sent.user_data.whatsapp_business_account_id).toBeUndefined();
    expect(sent.user_data.instagram_business_account_id).toBeUndefined();
  });

  it('the user data table and variable set them for any event, the table first', () => {
    const tagRun = run(PAGE_VIEW, {
      fields: {
        userDataList: [
          { name: 'whatsapp_business_account_id', value: '1049545123' },
          { name: 'instagram_business_account_id', value: '1784140123' },
        ],
        userDataObject: {
          whatsapp_business_account_id: '9999999999',
          instagram_business_account_id: '8888888888',
        },
      },
    });
    const sent = sentEvent(tagRun);
    expect(sent.user_data.whatsapp_business_account_id).toBe('1049545123');
    expect(sent.user_data.instagram_business_account_id).toBe('1784140123');
    expect(reasonsFor(tagRun, 'user_data')).toEqual([]);
    const fromVariable = sentEvent(
      run(PAGE_VIEW, {
        fields: { userDataObject: { instagram_business_account_id: '8888888888' } },
      }),
    );
    expect(fromVariable.user_data.instagram_business_account_id).toBe('8888888888');
  });

  it.each([
    { channel: 'whatsapp', expected: ['whatsapp_business_account_id', 'ctwa_clid'] },
    { channel: 'instagram', expected: ['instagram_business_account_id', 'ig_sid'] },
    { channel: 'messenger', expected: ['page_id', 'page_scoped_user_id'] },
  ])('a $channel event without its IDs is sent, each missing ID named', ({ channel, expected }) => {
    const tagRun = run(messaging(channel, {}));
    sentEvent(tagRun);
    for (const key of expected) {
      expect(reasonsFor(tagRun, `user_data.${key}`)).toEqual([
        `expected in ${channel} events; Meta may reject the event without it`,
      ]);
    }
  });
});

describe('madid, the advertising ID of app events', () => {
  const ZEROS = '00000000-0000-0000-0000-000000000000';
  const AD_ID = '38400000-8cf0-11bd-b23e-10b96e40000d';
  const app = (more: Record<string, unknown>) => ({
    event_name: 'purchase',
    action_source: 'app',
    value: 5,
    currency: 'EUR',
    app_data: {
      advertiser_tracking_enabled: 1,
      extinfo: ['a2', 'com.example.app', '2.1', '2.1.0', '14'],
    },
    ...more,
  });

  it("from Firebase's x-ga-resettable_device_id", () => {
    const sent = sentEvent(run(app({ 'x-ga-resettable_device_id': AD_ID })));
    expect(sent.user_data.madid).toBe(AD_ID);
  });

  it('an all-zero ID (ad tracking limited) is refused, naming where it came from, and the next source used', () => {
    const tagRun = run(app({ 'x-fb-ud-madid': ZEROS, 'x-ga-resettable_device_id': AD_ID }));
    expect(sentEvent(tagRun).user_data.madid).toBe(AD_ID);
    expect(problems(tagRun)).toContainEqual({
      key: 'user_data.madid',
      reason: 'from x-fb-ud-madid: an advertising ID of zeros: the user limited ad tracking',
    });
    const zerosOnly = run(app({ 'x-ga-resettable_device_id': ZEROS, anon_id: 'anon-7' }));
    const sent = sentEvent(zerosOnly);
    expect(sent.user_data.madid).toBeUndefined();
    expect(sent.user_data.anon_id).toBe('anon-7');
  });
});
