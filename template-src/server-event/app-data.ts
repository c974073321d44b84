/**
 * app_data, which Meta requires for app events (App Events API,
 * reference/meta-capi.md §2): advertiser_tracking_enabled and
 * application_tracking_enabled as 0 or 1, extinfo as 16 strings, and the
 * optional keys. Each key comes from, in order: the app data table, the app
 * data variable, the event's `app_data` object, then (tracking flags and
 * extinfo) the event's own key of that name.
 *
 * Without those, what Google's client passes on from a Firebase app fills
 * the gaps: extinfo from x-ga-platform, app_id, app_version,
 * x-ga-os_version, x-ga-device_model and language; advertiser tracking
 * from the advertising ID, which the operating system zeroes when the
 * user limits ad tracking. With no sign at all it is sent as 0, the
 * reading that never claims a permission the user did not give.
 */
import { eventValue, memberOf, type EventReader } from '../lib/event-data';
import { objectOf, rowsByName } from '../lib/field-values';
import { isPlainName, looksPersonal, PERSONAL_REASON } from '../lib/personal-data';
import { report, type Problem } from '../lib/problems';
import { inList, textOf } from '../lib/text';
import { isArray, isBlank } from '../lib/types';
import { APP_DATA_KEYS } from '../meta/compact';
import { ZERO_ADVERTISING_ID } from '../meta/formats';
import { JSON, Object } from '../sandbox/apis';
import type { TagFields } from '../context';

const TABLE_SOURCE = 'the app data table';
const OBJECT_SOURCE = 'the app data variable';
/** extinfo's length (Meta's App Events API). */
const EXTINFO_LENGTH = 16;

type AppData = { [key: string]: any };

/** 0 or 1 from true/false, 1/0 or their text; undefined when unusable. */
function trackingFlag(raw: unknown): number | undefined {
  if (raw === true || raw === 1) return 1;
  if (raw === false || raw === 0) return 0;
  const text = typeof raw === 'string' ? raw.trim().toLowerCase() : '';
  if (text === 'true' || text === '1') return 1;
  if (text === 'false' || text === '0') return 0;
  return undefined;
}

/**
 * extinfo: a list (or its JSON text) of at most 16 texts, padded to 16;
 * element 0 the extinfo version (a2 Android, i2 iOS) and element 4 the OS
 * version, which Meta requires.
 */
function extinfoOf(raw: unknown): string[] | undefined {
  const list = typeof raw === 'string' && raw.trim().charAt(0) === '[' ? JSON.parse(raw) : raw;
  if (!isArray(list) || list.length > EXTINFO_LENGTH) return undefined;
  const extinfo: string[] = [];
  for (let i = 0; i < EXTINFO_LENGTH; i++) {
    const text = i < list.length ? textOf(list[i]) : '';
    if (text === undefined || looksPersonal(text)) return undefined;
    extinfo.push(text);
  }
  return (extinfo[0] === 'a2' || extinfo[0] === 'i2') && extinfo[4] !== '' ? extinfo : undefined;
}

/** A key's checked value; undefined (reported) when unusable. */
function appValue(key: string, raw: unknown, problems: Problem[], source: string): unknown {
  let value: unknown;
  let what = 'not text';
  if (key === 'advertiser_tracking_enabled' || key === 'application_tracking_enabled') {
    value = trackingFlag(raw);
    what = 'not true or false (1 or 0)';
  } else if (key === 'extinfo') {
    value = extinfoOf(raw);
    what = 'not a list of up to 16 texts starting with a2 or i2 and holding the OS version';
  } else if (key === 'url_schemes') {
    const list = isArray(raw) ? raw : [raw];
    const schemes: string[] = [];
    for (const item of list) {
      const text = textOf(item);
      if (text !== undefined && text !== '') schemes.push(text);
    }
    value = schemes.length === list.length ? schemes : undefined;
    what = 'not a list of texts';
  } else {
    value = textOf(raw);
    if (typeof value === 'string' && looksPersonal(value)) {
      report(problems, 'app_data.' + key, 'from ' + source + ': ' + PERSONAL_REASON + '; left out');
      return undefined;
    }
  }
  if (value === undefined) report(problems, 'app_data.' + key, 'from ' + source + ': ' + what);
  return value;
}

/** extinfo from a Firebase app's event, when Google's client names the platform and OS version. */
function firebaseExtinfo(reader: EventReader): string[] | undefined {
  const platform = textOf(eventValue(reader, 'x-ga-platform'));
  const version =
    platform === undefined
      ? undefined
      : platform.toLowerCase() === 'android'
        ? 'a2'
        : platform.toLowerCase() === 'ios'
          ? 'i2'
          : undefined;
  const os = textOf(eventValue(reader, 'x-ga-os_version'));
  if (version === undefined || os === undefined || os === '') return undefined;
  const text = (key: string): string => {
    const value = textOf(eventValue(reader, key));
    return value === undefined || looksPersonal(value) ? '' : value;
  };
  const appVersion = text('app_version');
  // 0 version, 1 package name, 2 short version, 3 long version, 4 OS version,
  // 5 device model, 6 locale; 7-15 (time zone, carrier, screen, CPU, storage) unknown.
  return [
    version,
    text('app_id'),
    appVersion,
    appVersion,
    os,
    text('x-ga-device_model'),
    text('language'),
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
  ];
}

/** app_data for an app event; `autoMap` off reads nothing from the event. */
export function buildAppData(
  reader: EventReader,
  fields: TagFields,
  autoMap: boolean,
  problems: Problem[],
): AppData {
  const table = rowsByName(fields.appDataList);
  const object = objectOf(fields.appDataObject, problems, 'app_data', OBJECT_SOURCE) || {};
  let fromEvent: any;
  if (autoMap) {
    fromEvent = eventValue(reader, 'app_data');
    if (!isBlank(fromEvent))
      fromEvent = objectOf(fromEvent, problems, 'app_data', "the event's app_data");
  }
  for (const name of Object.keys(table)) {
    if (!inList(APP_DATA_KEYS, name)) {
      const shown = isPlainName(name) ? '"' + name + '"' : 'a name';
      report(problems, 'appDataList', 'a row names ' + shown + ', not an app_data key; ignored');
    }
  }
  const appData: AppData = {};
  for (const key of APP_DATA_KEYS.split(', ')) {
    let value: unknown;
    if (!isBlank(table[key])) value = appValue(key, table[key], problems, TABLE_SOURCE);
    if (value === undefined && !isBlank(object[key])) {
      value = appValue(key, object[key], problems, OBJECT_SOURCE);
    }
    const member = memberOf(fromEvent, key);
    if (value === undefined && !isBlank(member)) {
      value = appValue(key, member, problems, 'app_data');
    }
    if (
      value === undefined &&
      autoMap &&
      (key === 'advertiser_tracking_enabled' ||
        key === 'application_tracking_enabled' ||
        key === 'extinfo')
    ) {
      const own = eventValue(reader, key);
      if (!isBlank(own)) value = appValue(key, own, problems, key);
    }
    if (value === undefined && autoMap && key === 'extinfo') value = firebaseExtinfo(reader);
    if (value === undefined && key === 'advertiser_tracking_enabled') {
      const adId = autoMap ? textOf(eventValue(reader, 'x-ga-resettable_device_id')) : undefined;
      if (adId !== undefined && adId !== '') {
        value = adId === ZERO_ADVERTISING_ID ? 0 : 1;
      } else {
        value = 0;
        report(
          problems,
          'app_data.advertiser_tracking_enabled',
          'not given; sent as 0 (tracking not allowed), which limits how Meta uses the event',
        );
      }
    }
    if (value !== undefined) appData[key] = value;
  }
  return appData;
}
