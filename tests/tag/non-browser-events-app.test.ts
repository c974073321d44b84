/**
 * Issue 13, app events through the BUILT template: app_data from the App
 * data overrides table, the App data variable, the event's app_data object
 * and its own keys, else from the Firebase fields Google's client passes on;
 * advertiser_tracking_enabled from the advertising ID; anon_id; an app event
 * still without extinfo is not sent.
 */
import { describe, expect, it } from 'vitest';
import { EMAIL, notSent, reasonsFor, run, sentEvent } from './non-browser-events-fixtures';

const AD_ID = '38400000-8cf0-11bd-b23e-10b96e40000d';
const ZEROS = '00000000-0000-0000-0000-000000000000';
const pad = (list: string[]) => [...list, ...Array(16 - list.length).fill('')];
const EXTINFO_TABLE = ['i2', 'com.example.table', '3.0', '3.0.1', '17.4'];
const EXTINFO_VARIABLE = ['a2', 'com.example.variable', '2.0', '2.0.7', '13'];
const EXTINFO_EVENT = ['a2', 'com.example.event', '1.0', '1.0.2', '12'];

/** An app's sign-up, without app_data: each test adds its own. */
const APP_EVENT = {
  event_name: 'sign_up',
  action_source: 'app',
  event_id: 'app-1',
  email: EMAIL,
};
/** What Google's client passes on from a Firebase Android app. */
const FIREBASE_ANDROID = {
  'x-ga-platform': 'android',
  app_id: 'com.example.shop',
  app_version: '4.2.0',
  'x-ga-os_version': '14',
  'x-ga-device_model': 'Pixel 8',
  language: 'en-us',
};

describe('app_data', () => {
  it('from the App data overrides table, flags as 0/1 and extinfo (JSON text) padded to 16', () => {
    const sent = sentEvent(
      run(APP_EVENT, {
        fields: {
          appDataList: [
            { name: 'advertiser_tracking_enabled', value: 'true' },
            { name: 'application_tracking_enabled', value: '0' },
            { name: 'extinfo', value: JSON.stringify(EXTINFO_TABLE) },
            { name: 'vendor_id', value: 'A1B2C3' },
          ],
        },
      }),
    );
    expect(sent.app_data).toEqual({
      advertiser_tracking_enabled: 1,
      application_tracking_enabled: 0,
      extinfo: pad(EXTINFO_TABLE),
      vendor_id: 'A1B2C3',
    });
  });

  it('from the App data variable (an object or its JSON text)', () => {
    const appData = { advertiser_tracking_enabled: false, extinfo: EXTINFO_VARIABLE };
    for (const appDataObject of [appData, JSON.stringify(appData)]) {
      const sent = sentEvent(run(APP_EVENT, { fields: { appDataObject } }));
      expect(sent.app_data).toEqual({
        advertiser_tracking_enabled: 0,
        extinfo: pad(EXTINFO_VARIABLE),
      });
    }
  });

  it("from the event's app_data object, flags made 0/1", () => {
    const sent = sentEvent(
      run({
        ...APP_EVENT,
        app_data: {
          advertiser_tracking_enabled: true,
          application_tracking_enabled: 'false',
          extinfo: EXTINFO_EVENT,
          install_referrer: 'utm_source=google',
        },
      }),
    );
    expect(sent.app_data).toEqual({
      advertiser_tracking_enabled: 1,
      application_tracking_enabled: 0,
      extinfo: pad(EXTINFO_EVENT),
      install_referrer: 'utm_source=google',
    });
  });

  it("from the event's own advertiser_tracking_enabled, application_tracking_enabled and extinfo keys", () => {
    const sent = sentEvent(
      run({
        ...APP_EVENT,
        advertiser_tracking_enabled: 1,
        application_tracking_enabled: true,
        extinfo: EXTINFO_EVENT,
      }),
    );
    expect(sent.app_data).toEqual({
      advertiser_tracking_enabled: 1,
      application_tracking_enabled: 1,
      extinfo: pad(EXTINFO_EVENT),
    });
  });

  it('per key: table, then variable, then app_data, then the own key', () => {
    const eventData = {
      ...APP_EVENT,
      app_data: { advertiser_tracking_enabled: 1, extinfo: EXTINFO_EVENT, vendor_id: 'EVENT' },
      application_tracking_enabled: 1,
    };
    const sent = sentEvent(
      run(eventData, {
        fields: {
          appDataList: [{ name: 'advertiser_tracking_enabled', value: '0' }],
          appDataObject: { advertiser_tracking_enabled: 1, extinfo: EXTINFO_VARIABLE },
        },
      }),
    );
    expect(sent.app_data).toEqual({
      advertiser_tracking_enabled: 0,
      application_tracking_enabled: 1,
      extinfo: pad(EXTINFO_VARIABLE),
      vendor_id: 'EVENT',
    });
  });

  it('names an unusable value and its source, and takes the next source', () => {
    const tagRun = run(
      { ...APP_EVENT, app_data: { advertiser_tracking_enabled: 1, extinfo: EXTINFO_EVENT } },
      {
        fields: {
          appDataList: [
            { name: 'extinfo', value: JSON.stringify(['x9', 'com.example', '1', '1', '14']) },
            { name: 'not_a_key', value: '1' },
          ],
        },
      },
    );
    expect(sentEvent(tagRun).app_data.extinfo).toEqual(pad(EXTINFO_EVENT));
    expect(reasonsFor(tagRun, 'app_data.extinfo')).toEqual([
      'from the app data table: not a list of up to 16 texts starting with a2 or i2 and holding the OS version',
    ]);
    expect(reasonsFor(tagRun, 'appDataList')).toEqual([
      'a row names "not_a_key", not an app_data key; ignored',
    ]);
  });

  it('is not built for events of other action sources', () => {
    const sent = sentEvent(
      run({
        ...APP_EVENT,
        action_source: 'system_generated',
        ...FIREBASE_ANDROID,
        app_data: { extinfo: EXTINFO_EVENT },
      }),
    );
    expect(sent.app_data).toBeUndefined();
  });
});

describe('app_data from Firebase fields', () => {
  it('extinfo from x-ga-platform, app_id, app_version, x-ga-os_version, x-ga-device_model and language', () => {
    const sent = sentEvent(run({ ...APP_EVENT, ...FIREBASE_ANDROID }));
    expect(sent.app_data.extinfo).toEqual(
      pad(['a2', 'com.example.shop', '4.2.0', '4.2.0', '14', 'Pixel 8', 'en-us']),
    );
  });

  it('iOS is i2; missing fields stay empty', () => {
    const sent = sentEvent(
      run({ ...APP_EVENT, 'x-ga-platform': 'IOS', 'x-ga-os_version': '17.4.1' }),
    );
    expect(sent.app_data.extinfo).toEqual(pad(['i2', '', '', '', '17.4.1']));
  });

  it('advertiser_tracking_enabled: 1 with an advertising ID, 0 when it is zeros', () => {
    const withId = sentEvent(
      run({ ...APP_EVENT, ...FIREBASE_ANDROID, 'x-ga-resettable_device_id': AD_ID }),
    );
    expect(withId.app_data.advertiser_tracking_enabled).toBe(1);
    const zeros = sentEvent(
      run({ ...APP_EVENT, ...FIREBASE_ANDROID, 'x-ga-resettable_device_id': ZEROS }),
    );
    expect(zeros.app_data.advertiser_tracking_enabled).toBe(0);
  });

  it('advertiser_tracking_enabled: 0 without any sign, and a problem saying so', () => {
    const tagRun = run({ ...APP_EVENT, ...FIREBASE_ANDROID });
    expect(sentEvent(tagRun).app_data.advertiser_tracking_enabled).toBe(0);
    expect(reasonsFor(tagRun, 'app_data.advertiser_tracking_enabled')).toEqual([
      'not given; sent as 0 (tracking not allowed), which limits how Meta uses the event',
    ]);
  });

  it('a given value wins over the Firebase fields', () => {
    const sent = sentEvent(
      run({
        ...APP_EVENT,
        ...FIREBASE_ANDROID,
        'x-ga-resettable_device_id': AD_ID,
        app_data: { advertiser_tracking_enabled: 0, extinfo: EXTINFO_EVENT },
      }),
    );
    expect(sent.app_data).toEqual({ advertiser_tracking_enabled: 0, extinfo: pad(EXTINFO_EVENT) });
  });
});

describe('an app event without extinfo is not sent', () => {
  const reason = 'Meta would reject this event: an app event without app_data.extinfo';
  const problem =
    'app events need app_data with advertiser_tracking_enabled and extinfo; send app_data or the Firebase fields x-ga-platform and x-ga-os_version, or fill the App data fields';

  it('nothing at all: gtmOnFailure, and a problem naming what to send or fill', () => {
    const tagRun = run(APP_EVENT);
    expect(notSent(tagRun)).toBe(reason);
    expect(reasonsFor(tagRun, 'app_data')).toEqual([problem]);
  });

  it('a platform that is neither Android nor iOS, or no OS version', () => {
    expect(notSent(run({ ...APP_EVENT, ...FIREBASE_ANDROID, 'x-ga-platform': 'web' }))).toBe(
      reason,
    );
    expect(notSent(run({ ...APP_EVENT, ...FIREBASE_ANDROID, 'x-ga-os_version': '' }))).toBe(reason);
  });

  it('only an unusable extinfo (no OS version), and the flags', () => {
    const tagRun = run({
      ...APP_EVENT,
      app_data: { advertiser_tracking_enabled: 1, extinfo: ['a2', 'com.example', '1', '1'] },
    });
    expect(notSent(tagRun)).toBe(reason);
    expect(reasonsFor(tagRun, 'app_data')).toEqual([problem]);
  });
});

describe('app user IDs', () => {
  it('anon_id from x-fb-ud-anon_id, then anon_id, for app events', () => {
    const app = { ...APP_EVENT, ...FIREBASE_ANDROID };
    const both = sentEvent(run({ ...app, 'x-fb-ud-anon_id': 'anon-ud', anon_id: 'anon-plain' }));
    expect(both.user_data.anon_id).toBe('anon-ud');
    expect(sentEvent(run({ ...app, anon_id: 'anon-plain' })).user_data.anon_id).toBe('anon-plain');
  });
});
