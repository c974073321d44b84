import { getTimestampMillis, JSON, makeString, Math, Object } from '../sandbox/apis';
import { typeOf } from '../sandbox/type-of';
import { lookup } from './objects';
import { normalizeUserValue, NormalizeOptions } from './normalize-user-value';
import { parseCountryCallingCode } from './normalize-phone';
import { Problem, reportProblem } from '../problem';
import { readEventPath } from './read-event-path';
import { NEVER_HASHED_KEYS, USER_DATA_KEYS } from './user-data-keys';
import { USER_DATA_SOURCES } from './user-data-sources';

/** The tag's user-data fields (template-src/definition/fields/user-data.ts). */
export interface UserDataFields {
  autoMapUserData?: boolean;
  phoneDefaultCountryCode?: any;
  hashExternalId?: boolean;
  userDataObject?: any;
  userDataList?: any;
}

export type UserData = { [key: string]: string | string[] };

const MS_PER_YEAR = 31556952000;
const TABLE_SOURCE = 'the user data table';
const OBJECT_SOURCE = 'the user data variable';

/**
 * user_data for Meta: every key from, in order of precedence, the user data
 * table, the user data variable (an object keyed by Meta's names), then the
 * event (unless auto-mapping is off, see USER_DATA_SOURCES). The first
 * source with a usable value wins; every value goes through the same
 * normalization and hashing. Hashed keys give one string or a list; the
 * others one string. client_ip_address, client_user_agent, fbc and fbp come
 * only from the table or variable here: the identity module reads the event's.
 * Unusable input is left out and reported in `problems`.
 */
export function buildUserData(
  eventData: any,
  fields: UserDataFields,
  problems: Problem[],
): UserData {
  const options: NormalizeOptions = {
    defaultCountryCode: defaultCountryCode(fields.phoneDefaultCountryCode, problems),
    currentYear: 1970 + Math.floor(getTimestampMillis() / MS_PER_YEAR),
    hashExternalId: fields.hashExternalId !== false,
  };
  const table = tableValues(fields.userDataList, problems);
  const object = objectValues(fields.userDataObject, problems);
  const autoMap = fields.autoMapUserData !== false && typeOf(eventData) === 'object';
  const userData: UserData = {};
  USER_DATA_KEYS.forEach((key) => {
    const sources = (autoMap && lookup(USER_DATA_SOURCES, key)) || [];
    let values = firstUsable(key, lookup(table, key), options, problems, TABLE_SOURCE);
    if (values.length === 0) {
      values = firstUsable(key, lookup(object, key), options, problems, OBJECT_SOURCE);
    }
    for (let i = 0; values.length === 0 && i < sources.length; i++) {
      const found = readEventPath(eventData, sources[i]);
      if (found.length > 0) values = firstUsable(key, found, options, problems, sources[i]);
    }
    if (values.length === 0) return;
    if (values.length > 1 && NEVER_HASHED_KEYS.indexOf(key) >= 0) {
      reportProblem(problems, 'user_data.' + key, 'takes one value; the first was kept');
      userData[key] = values[0];
    } else {
      userData[key] = values.length === 1 ? values[0] : values;
    }
  });
  return userData;
}

function firstUsable(
  key: string,
  raw: any,
  options: NormalizeOptions,
  problems: Problem[],
  source: string,
): string[] {
  return raw === undefined ? [] : normalizeUserValue(key, raw, options, problems, source);
}

function defaultCountryCode(value: any, problems: Problem[]): string {
  const type = typeOf(value);
  if (type !== 'string' && type !== 'number') return '';
  const code = parseCountryCallingCode(makeString(value));
  if (code !== undefined) return code;
  reportProblem(
    problems,
    'user_data.ph',
    'the default phone country code is not 1-3 digits; ignored',
  );
  return '';
}

/** Table rows {name, value}; several rows for one key make a list. */
function tableValues(rows: any, problems: Problem[]): { [key: string]: any[] } {
  const values: { [key: string]: any[] } = {};
  if (typeOf(rows) !== 'array') return values;
  rows.forEach((row: any) => {
    const name = typeOf(row) === 'object' ? row.name : undefined;
    if (name === undefined || name === '' || !isUserDataKey(name, problems, TABLE_SOURCE)) return;
    if (!values.hasOwnProperty(name)) values[name] = [];
    values[name].push(row.value);
  });
  return values;
}

/** An object keyed by Meta's names, or its JSON text. */
function objectValues(value: any, problems: Problem[]): { [key: string]: any } {
  const values: { [key: string]: any } = {};
  if (value === undefined || value === null || value === '') return values;
  const object = typeOf(value) === 'string' ? JSON.parse(value) : value;
  const type = typeOf(object);
  if (type !== 'object') {
    reportProblem(problems, 'user_data', OBJECT_SOURCE + ' is not an object; ignored');
    return values;
  }
  Object.keys(object).forEach((name) => {
    if (isUserDataKey(name, problems, OBJECT_SOURCE)) values[name] = object[name];
  });
  return values;
}

function isUserDataKey(name: any, problems: Problem[], source: string): boolean {
  if (typeOf(name) === 'string' && USER_DATA_KEYS.indexOf(name) >= 0) return true;
  const shown = typeOf(name) === 'string' ? '"' + name.substring(0, 40) + '"' : 'a key';
  reportProblem(
    problems,
    'user_data',
    source + ' names ' + shown + ', not a user_data key; ignored',
  );
  return false;
}
