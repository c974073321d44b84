/**
 * The user-data stage: every user_data key from, in order of precedence,
 * the user data table, the user data variable (an object keyed by Meta's
 * names), then the event (unless auto-mapping is off; meta/sources.ts). The
 * first source with a usable value wins; every value goes through the same
 * normalization and hashing. Hashed keys give one string or a list; the
 * others one string. The table and the variable may also set
 * client_ip_address, client_user_agent, fbc and fbp, over what the identity
 * stage found. Unusable input is left out and reported.
 */
import { makeString, Math, Object } from '../sandbox/apis';
import { firstFound, type EventReader } from '../lib/event-data';
import { objectOf } from '../lib/field-values';
import { isPlainName } from '../lib/personal-data';
import { report, type Problem } from '../lib/problems';
import { inList } from '../lib/text';
import { isArray, isObject } from '../lib/types';
import { USER_DATA_KEYS, USER_DATA_SOURCES } from '../meta/compact';
import type { StageResult, TagContext, TagFields, UserData } from '../context';
import { parseCountryCallingCode } from './normalize-phone';
import { normalizeUserValue, type NormalizeOptions } from './normalize-user-value';

const MS_PER_YEAR = 31556952000;
/** What the identity stage decides, and business_messaging events leave out. */
const BROWSER_KEYS = 'client_ip_address, client_user_agent, fbc, fbp';
const TABLE_SOURCE = 'the user data table';
const OBJECT_SOURCE = 'the user data variable';

type Configured = { [key: string]: any };

function isUserDataKey(name: unknown, problems: Problem[], source: string): boolean {
  if (typeof name === 'string' && inList(USER_DATA_KEYS, name)) return true;
  // A name is quoted only when it is plain: it came from a variable, and may hold anything.
  const shown = typeof name === 'string' && isPlainName(name) ? '"' + name + '"' : 'a key';
  report(problems, 'user_data', source + ' names ' + shown + ', not a user_data key; ignored');
  return false;
}

/** Table rows {name, value}; several rows for one key make a list. */
function tableValues(rows: unknown, problems: Problem[]): Configured {
  const values: Configured = {};
  if (!isArray(rows)) return values;
  for (const row of rows) {
    const name = isObject(row) ? row.name : undefined;
    if (name === undefined || name === '' || !isUserDataKey(name, problems, TABLE_SOURCE)) continue;
    if (values[name] === undefined) values[name] = [];
    values[name].push(row.value);
  }
  return values;
}

/** An object keyed by Meta's names, or its JSON text. */
function objectValues(value: unknown, problems: Problem[]): Configured {
  const values: Configured = {};
  const object = objectOf(value, problems, 'user_data', OBJECT_SOURCE);
  if (object === undefined) return values;
  for (const name of Object.keys(object)) {
    if (isUserDataKey(name, problems, OBJECT_SOURCE)) values[name] = object[name];
  }
  return values;
}

function defaultCountryCode(value: unknown, problems: Problem[]): string {
  if (typeof value !== 'string' && typeof value !== 'number') return '';
  const code = parseCountryCallingCode(makeString(value));
  if (code !== undefined) return code;
  report(problems, 'user_data.ph', 'the default phone country code is not 1-3 digits; ignored');
  return '';
}

/**
 * Fills `userData`. `actionSource` limits what is searched in the event:
 * keys Meta documents for one action source only (meta/spec.ts
 * ACTION_SOURCE_OF_KEY) are read for that one.
 */
export function buildUserData(
  reader: EventReader,
  fields: TagFields,
  nowMs: number,
  actionSource: string,
  userData: UserData,
  problems: Problem[],
): void {
  const options: NormalizeOptions = {
    defaultCountryCode: defaultCountryCode(fields.phoneDefaultCountryCode, problems),
    currentYear: 1970 + Math.floor(nowMs / MS_PER_YEAR),
    hashExternalId: fields.hashExternalId !== false,
  };
  const table = tableValues(fields.userDataList, problems);
  const object = objectValues(fields.userDataObject, problems);
  const autoMap = fields.autoMapUserData !== false;
  const entries = USER_DATA_SOURCES.substring(1, USER_DATA_SOURCES.length - 1).split('|');
  for (const entry of entries) {
    const equals = entry.indexOf('=');
    // `key*`: a key Meta wants unhashed.
    const neverHashed = entry.charAt(equals - 1) === '*';
    const key = entry.substring(0, neverHashed ? equals - 1 : equals);
    const raw = neverHashed || (key === 'external_id' && !options.hashExternalId);
    let values: string[] | undefined;
    if (
      actionSource === 'business_messaging' &&
      (table[key] !== undefined || object[key] !== undefined) &&
      inList(BROWSER_KEYS, key)
    ) {
      // Meta's business messaging events carry no browser identity (identity stage).
      report(problems, 'user_data.' + key, 'not sent with business_messaging events; ignored');
      continue;
    }
    if (table[key] !== undefined) {
      values = normalizeUserValue(key, raw, table[key], options, problems, TABLE_SOURCE);
    }
    if (values === undefined && object[key] !== undefined) {
      values = normalizeUserValue(key, raw, object[key], options, problems, OBJECT_SOURCE);
    }
    let paths = autoMap ? entry.substring(equals + 1) : '';
    const colon = paths.indexOf(':');
    if (colon >= 0)
      paths = paths.substring(0, colon) === actionSource ? paths.substring(colon + 1) : '';
    if (values === undefined && paths !== '') {
      values = firstFound(reader, paths, (found, path) =>
        normalizeUserValue(key, raw, found, options, problems, path),
      );
    }
    if (values === undefined) continue;
    if (values.length > 1 && neverHashed) {
      report(problems, 'user_data.' + key, 'takes one value; the first was kept');
      userData[key] = values[0];
    } else {
      userData[key] = values.length === 1 ? values[0] : values;
    }
  }
}

export function userDataStage(ctx: TagContext): StageResult {
  const event = ctx.event;
  // Consent allows this event without customer information: IP and user agent only.
  if (ctx.consentOutcome === 'anonymous') return undefined;
  buildUserData(
    ctx.eventData,
    ctx.fields,
    ctx.now,
    event.action_source,
    event.user_data,
    ctx.problems,
  );
  return undefined;
}
