/**
 * The checks stage: what no single builder can see, checked on the finished
 * event (reference/meta-capi.md §3.2, §10): an event without customer
 * information, an app event without app_data and a Purchase without value or
 * currency stop the run (Meta would reject them); weak-only match keys and a
 * website event without its URL or user agent are reported and the event
 * still goes out.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checksStage } from '../../template-src/checks/checks';
import type { ServerEvent } from '../../template-src/context';
import { WEAK_KEY_SETS } from '../../template-src/meta/spec';
import { testContext } from './context';

const sha = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

const WEAK_ONLY = {
  key: 'user_data',
  reason: 'only keys Meta deems insufficient on their own (v13.0 baseline)',
};
const NO_USER_DATA = { key: 'user_data', reason: 'no customer information parameter left' };
const NO_URL = { key: 'event_source_url', reason: 'required for website events' };
const NO_UA = { key: 'user_data.client_user_agent', reason: 'required for website events' };
const NO_APP_DATA = {
  key: 'app_data',
  reason:
    'app events need app_data with advertiser_tracking_enabled and extinfo; send app_data or the Firebase fields x-ga-platform and x-ga-os_version, or fill the App data fields',
};

/** The stop of an event Meta would reject, for these reasons. */
function rejected(...what: string[]) {
  return {
    ok: false,
    stage: 'event',
    reason: 'Meta would reject this event: ' + what.join('; '),
  };
}

function validEvent(): ServerEvent {
  return {
    event_name: 'Purchase',
    event_time: 1763769590,
    action_source: 'website',
    event_source_url: 'https://shop.example.com/thanks',
    user_data: {
      em: [sha('jane.doe@example.com')],
      client_ip_address: '2001:db8::1',
      client_user_agent: 'Mozilla/5.0',
      fbp: 'fb.1.1763700000000.1116446470',
    },
    custom_data: { value: 142.52, currency: 'USD' },
  };
}

function check(change: (e: ServerEvent) => void = () => undefined) {
  const event = validEvent();
  change(event);
  const ctx = testContext({ event });
  const before = JSON.stringify(ctx.event);
  const stop = checksStage(ctx);
  expect(JSON.stringify(ctx.event)).toBe(before);
  return { stop, problems: ctx.problems };
}

it('a complete website event passes with no problem', () => {
  expect(check()).toEqual({ stop: undefined, problems: [] });
});

describe('customer information', () => {
  it('an event without any user_data key is not sent: Meta would reject it', () => {
    const out = check((e) => (e.user_data = {}));
    expect(out.stop).toEqual(rejected('no customer information'));
    expect(out.problems).toEqual([NO_UA, NO_USER_DATA]);
  });

  it('one key of any kind is enough to send', () => {
    for (const key of ['fbp', 'external_id', 'madid', 'ct', 'client_user_agent']) {
      const out = check((e) => {
        e.user_data = { [key]: 'v' };
        e.action_source = 'email';
      });
      expect(out.stop, key).toBeUndefined();
      expect(out.problems, key).not.toContainEqual(NO_USER_DATA);
    }
  });
});

describe('weak-only match keys (v13.0 baseline)', () => {
  it.each(WEAK_KEY_SETS.map((set) => [set.join(', '), set]))(
    'every key of {%s} alone is reported, and the event still goes out',
    (_name, set) => {
      const out = check((e) => {
        e.user_data = Object.fromEntries(set.map((key) => [key, sha(key)]));
        if (!set.includes('client_user_agent')) e.action_source = 'email';
      });
      expect(out.stop).toBeUndefined();
      expect(out.problems).toEqual([WEAK_ONLY]);
    },
  );

  it.each([[['ct']], [['country', 'zp']], [['db']], [['ge']], [['client_user_agent']]])(
    'a part of a weak set %j is reported too',
    (keys) => {
      const out = check((e) => {
        e.user_data = Object.fromEntries(keys.map((key) => [key, 'v']));
        e.action_source = 'email';
      });
      expect(out.problems).toEqual([WEAK_ONLY]);
    },
  );

  it.each([
    [['ct', 'em']],
    [['fn', 'ln']],
    [['db', 'ge']],
    [['fn', 'ge', 'zp']],
    [['client_user_agent', 'client_ip_address']],
    [['fbp']],
  ])('keys %j that no single weak set holds are not reported', (keys) => {
    const out = check((e) => {
      e.user_data = Object.fromEntries(keys.map((key) => [key, 'v']));
      e.action_source = 'email';
    });
    expect(out.problems).toEqual([]);
  });
});

describe('website events', () => {
  it('need event_source_url and client_user_agent: reported, still sent', () => {
    const out = check((e) => {
      delete e.event_source_url;
      delete e.user_data.client_user_agent;
    });
    expect(out).toEqual({ stop: undefined, problems: [NO_URL, NO_UA] });
  });

  it.each(['email', 'app', 'phone_call', 'physical_store', 'business_messaging'])(
    '%s events need neither',
    (actionSource) => {
      const out = check((e) => {
        e.action_source = actionSource;
        delete e.event_source_url;
        delete e.user_data.client_user_agent;
        e.app_data = { advertiser_tracking_enabled: 0, extinfo: ['a2'] };
        // What business_messaging needs instead (issue 13): its channel and the channel's identifiers.
        e.messaging_channel = 'messenger';
        e.user_data.page_id = '1';
        e.user_data.page_scoped_user_id = '2';
      });
      expect(out).toEqual({ stop: undefined, problems: [] });
    },
  );
});

describe('business_messaging events', () => {
  it('without messaging_channel are reported and not sent (issue 13; the server-event stage reported it before)', () => {
    const out = check((e) => {
      e.action_source = 'business_messaging';
      delete e.event_source_url;
    });
    expect(out.problems.map((p) => p.key)).toEqual(['messaging_channel']);
    expect(out.stop).toEqual(rejected('a business_messaging event without messaging_channel'));
  });
});

describe('app events', () => {
  const app = (appData: ServerEvent['app_data']) =>
    check((e) => {
      e.action_source = 'app';
      if (appData === undefined) delete e.app_data;
      else e.app_data = appData;
    });

  it.each([
    [{ advertiser_tracking_enabled: 1, extinfo: ['a2', 'com.example'] }],
    [{ advertiser_tracking_enabled: false, extinfo: [] }],
    [{ advertiser_tracking_enabled: 0, extinfo: [], application_tracking_enabled: 1 }],
  ])('app_data %j is complete', (appData) => {
    expect(app(appData).problems).toEqual([]);
  });

  it.each([
    [undefined],
    [{}],
    [{ advertiser_tracking_enabled: 1 }],
    [{ extinfo: ['a2'] }],
    [{ advertiser_tracking_enabled: 1, extinfo: 'a2' }],
    [{ advertiser_tracking_enabled: 1, extinfo: { 0: 'a2' } }],
  ])('app_data %j is reported, and the event is not sent (issue 13)', (appData) => {
    const out = app(appData);
    expect(out).toEqual({
      stop: rejected('an app event without app_data.extinfo'),
      problems: [NO_APP_DATA],
    });
  });
});

it('reports in a fixed order: weak keys, website, app, no customer information', () => {
  const weakWebsite = check((e) => {
    e.user_data = { ct: sha('paris') };
    delete e.event_source_url;
  });
  expect(weakWebsite.problems).toEqual([WEAK_ONLY, NO_URL, NO_UA]);
  const emptyApp = check((e) => {
    e.user_data = {};
    e.action_source = 'app';
  });
  expect(emptyApp.problems).toEqual([NO_APP_DATA, NO_USER_DATA]);
  expect(emptyApp.stop).toEqual(
    rejected('an app event without app_data.extinfo', 'no customer information'),
  );
});

describe('Purchase value and currency (checked here since issue 13, no longer by the custom-data builder)', () => {
  it('a Purchase without them is reported and not sent', () => {
    const out = check((e) => (e.custom_data = { order_id: 'T' }));
    expect(out.problems.map((p) => p.key)).toEqual(['custom_data.value', 'custom_data.currency']);
    expect(out.stop).toEqual(rejected('a Purchase without value', 'a Purchase without currency'));
  });

  it('value 0 counts as a value; other events need neither', () => {
    expect(check((e) => (e.custom_data = { value: 0, currency: 'EUR' }))).toEqual({
      stop: undefined,
      problems: [],
    });
    expect(
      check((e) => {
        e.event_name = 'Lead';
        delete e.custom_data;
      }),
    ).toEqual({ stop: undefined, problems: [] });
  });
});
