/**
 * The test suite's own check of one server event (one entry of a request's
 * `data`) against what Meta accepts (reference/meta-capi.md §2, §3, §5,
 * §10): the tag's 0.1.0 per-key validator, kept on the Node side as an
 * oracle once the tag's builders took over each value. It shares only
 * Meta's key lists and limits (template-src/meta/spec.ts, meta/limits.ts)
 * with the tag; every format is checked here on its own terms.
 *
 * It returns the event cleaned: a bad optional key is dropped and
 * reported, as the tag would have to. `sendable` is false only when Meta
 * would still reject what is left (a required field missing or invalid,
 * or a stale event_time). A caller compares the cleaned event with the one
 * sent to find what the tag should not have sent.
 */
import { isIP } from 'node:net';
import type { Problem } from '../../template-src/lib/problems';
import { CUSTOM_EVENT_NAME_MAX, maxEventAgeSeconds } from '../../template-src/meta/limits';
import {
  ACTION_SOURCES,
  CONTENT_TYPES,
  CUSTOMER_SEGMENTATION_VALUES,
  DELIVERY_CATEGORIES,
  HASHED_KEYS,
  MESSAGING_CHANNELS,
  NEVER_HASHED_KEYS,
  ORIGINAL_EVENT_DATA_KEYS,
  STANDARD_EVENTS,
  WEAK_KEY_SETS,
} from '../../template-src/meta/spec';

export type { Problem };

export interface ValidationResult {
  event: Record<string, any>;
  problems: Problem[];
  sendable: boolean;
}

/** Keys of a server event (data[i]); the SDK-only ones are accepted too. */
export const SERVER_EVENT_KEYS = [
  'event_name',
  'event_time',
  'user_data',
  'custom_data',
  'event_source_url',
  'opt_out',
  'event_id',
  'action_source',
  'data_processing_options',
  'data_processing_options_country',
  'data_processing_options_state',
  'referrer_url',
  'customer_segmentation',
  'app_data',
  'original_event_data',
  'attribution_data',
  'messaging_channel',
  'advertiser_tracking_enabled',
  'advanced_measurement_table',
];

/** Hashed or not, as long as every channel does the same; may be a list. */
const EITHER_USER_KEYS: readonly string[] = ['external_id'];

/** user_data keys Meta wants SHA-256 hashed; each may be a list. Past the tag's own, SDK-only ones. */
export const HASHED_USER_KEYS: readonly string[] = [
  ...HASHED_KEYS.filter((k) => !EITHER_USER_KEYS.includes(k)),
  'f5first',
  'f5last',
  'fi',
  'dobd',
  'dobm',
  'doby',
  'app_user_id',
];

/** user_data keys sent as they are; never a hash. */
const PLAIN_USER_KEYS: readonly string[] = [
  ...NEVER_HASHED_KEYS,
  'whatsapp_business_account_id',
  'instagram_business_account_id',
];

/** Tolerated clock difference before a future event_time is reported. */
export const FUTURE_SKEW_SECONDS = 60;

/** SHA-256 in lowercase hex, optionally with a Parameter Builder appendix (§6.4). */
const HASHED_VALUE = /^[0-9a-f]{64}(\.([A-Za-z0-9_-]{2}|[A-Za-z0-9_-]{8}))?$/;
const LOWER_HEX_64 = /^[0-9a-f]{64}$/;
/** fbc / fbp: fb.<subdomain index>.<creation ms>.<payload>[.<appendix>] (§6.1, §6.4). */
const CLICK_ID = /^fb\.\d+\.\d+\.[^.\x00-\x20\x7f]+(\.([A-Za-z0-9_-]{2}|[A-Za-z0-9_-]{8}))?$/;
const HTTP_URL = /^https?:\/\/[^ ]+$/i;
const CURRENCY = /^[A-Za-z]{3}$/;
const DECIMAL = /^-?\d+(\.\d+)?$/;

type Check = (value: unknown) => boolean;

interface State {
  problems: Problem[];
  sendable: boolean;
}

function isObject(value: unknown): value is Record<string, any> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isIn(list: readonly string[], value: unknown): boolean {
  return typeof value === 'string' && list.includes(value);
}

/** clean[key] = value, also for a key such as "__proto__" that JSON.parse makes an own property. */
function put(clean: Record<string, any>, key: string, value: unknown): void {
  Object.defineProperty(clean, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

function report(problems: Problem[], key: string, reason: string): void {
  problems.push({ key, reason });
}

function fatal(state: State, key: string, reason: string): undefined {
  report(state.problems, key, reason);
  state.sendable = false;
  return undefined;
}

function dropped(problems: Problem[], key: string, reason: string): undefined {
  report(problems, key, reason + '; dropped');
  return undefined;
}

// --- formats ---------------------------------------------------------------

function isHashedValue(value: unknown): boolean {
  return typeof value === 'string' && HASHED_VALUE.test(value);
}

function isClickId(value: unknown): boolean {
  return typeof value === 'string' && CLICK_ID.test(value);
}

/** One bare IPv4 (no leading zeros) or IPv6 address; no zone ID, no port. */
function isIp(value: unknown): boolean {
  return typeof value === 'string' && isIP(value) !== 0 && !value.includes('%');
}

function isHttpUrl(value: unknown): boolean {
  return typeof value === 'string' && HTTP_URL.test(value);
}

function nonEmptyText(value: unknown): boolean {
  return (typeof value === 'string' && value.trim() !== '') || isFiniteNumber(value);
}

/** A raw identifier: text or a number, but not something that looks like a SHA-256. */
function rawIdentifier(value: unknown): boolean {
  return nonEmptyText(value) && !LOWER_HEX_64.test(String(value).toLowerCase());
}

/** A number, or text that is exactly a decimal number ("12", "-3.5"). */
function asNumber(value: unknown): number | undefined {
  if (isFiniteNumber(value)) return value;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  return DECIMAL.test(text) ? Number(text) : undefined;
}

function isId(value: unknown): boolean {
  return nonEmptyText(value);
}

// --- user_data -------------------------------------------------------------

function checkFor(key: string): Check | undefined {
  if (HASHED_USER_KEYS.includes(key)) return isHashedValue;
  if (EITHER_USER_KEYS.includes(key)) return nonEmptyText;
  if (key === 'client_ip_address') return isIp;
  if (key === 'fbc' || key === 'fbp') return isClickId;
  if (key === 'client_user_agent') return nonEmptyText;
  if (PLAIN_USER_KEYS.includes(key)) return rawIdentifier;
  return undefined;
}

function acceptsList(key: string): boolean {
  return HASHED_USER_KEYS.includes(key) || EITHER_USER_KEYS.includes(key);
}

/** The value with its unacceptable entries removed; undefined when nothing is left. */
function cleanUserValue(key: string, value: unknown, check: Check, problems: Problem[]): unknown {
  const at = 'user_data.' + key;
  if (!Array.isArray(value)) {
    if (check(value)) return value;
    const reason = acceptsList(key) ? 'not a valid hashed value' : 'invalid value';
    return dropped(problems, at, reason);
  }
  if (!acceptsList(key)) return dropped(problems, at, 'a list where one value belongs');
  const kept = value.filter((v) => check(v));
  if (kept.length < value.length) {
    report(problems, at, value.length - kept.length + ' invalid entries dropped');
  }
  return kept.length > 0 ? kept : undefined;
}

function isWeakOnly(keys: string[]): boolean {
  return WEAK_KEY_SETS.some((set) => keys.every((k) => set.includes(k)));
}

/** The cleaned user_data; problems name keys only, never values. */
function validateUserData(userData: unknown, problems: Problem[]): Record<string, any> {
  const clean: Record<string, any> = {};
  if (isObject(userData)) {
    for (const [key, value] of Object.entries(userData)) {
      if (value === undefined) continue;
      const check = checkFor(key);
      if (check === undefined) {
        dropped(problems, 'user_data.' + key, 'not a customer information parameter');
        continue;
      }
      const kept = cleanUserValue(key, value, check, problems);
      if (kept !== undefined) put(clean, key, kept);
    }
  } else if (userData !== undefined) {
    dropped(problems, 'user_data', 'not an object');
  }
  const keys = Object.keys(clean);
  if (keys.length > 0 && isWeakOnly(keys)) {
    report(
      problems,
      'user_data',
      'only keys Meta deems insufficient on their own (v13.0 baseline)',
    );
  }
  return clean;
}

// --- custom_data -----------------------------------------------------------

function cleanContents(value: unknown, problems: Problem[]): any[] | undefined {
  if (!Array.isArray(value)) return dropped(problems, 'custom_data.contents', 'not a list');
  const rows: any[] = [];
  for (const row of value) {
    if (!isObject(row) || !isId(row.id)) {
      report(problems, 'custom_data.contents', 'row without an id dropped (Meta rejects it)');
      continue;
    }
    const clean: Record<string, any> = {};
    for (const [key, field] of Object.entries(row)) {
      if (key !== 'quantity' && key !== 'item_price') {
        put(clean, key, field);
        continue;
      }
      const n = asNumber(field);
      if (n === undefined) dropped(problems, 'custom_data.contents.' + key, 'not a number');
      else put(clean, key, n);
    }
    rows.push(clean);
  }
  return rows.length > 0 ? rows : undefined;
}

function cleanCustomField(key: string, value: unknown, problems: Problem[]): unknown {
  const at = 'custom_data.' + key;
  const fail = (reason: string) => dropped(problems, at, reason);
  switch (key) {
    case 'value':
    case 'net_revenue':
    case 'predicted_ltv': {
      const n = asNumber(value);
      return n === undefined ? fail('not a number') : n;
    }
    case 'num_items': {
      const n = asNumber(value);
      return n === undefined || n < 0 || !Number.isInteger(n) ? fail('not a whole number') : n;
    }
    case 'currency':
      return typeof value === 'string' && CURRENCY.test(value)
        ? value.toUpperCase()
        : fail('not a 3-letter ISO 4217 code');
    case 'content_type':
      return isIn(CONTENT_TYPES, value) ? value : fail('not a known content_type');
    case 'delivery_category':
      return isIn(DELIVERY_CATEGORIES, value)
        ? value
        : fail('not in_store, curbside or home_delivery');
    case 'customer_segmentation':
      return isIn(CUSTOMER_SEGMENTATION_VALUES, value) ? value : fail('not a known segment');
    case 'content_ids': {
      if (!Array.isArray(value)) return fail('not a list');
      const ids = value.filter(isId);
      if (ids.length < value.length) report(problems, at, 'entries that are not ids dropped');
      return ids.length > 0 ? ids : undefined;
    }
    case 'contents':
      return cleanContents(value, problems);
    default:
      return value;
  }
}

function validateCustomData(customData: unknown, problems: Problem[]): unknown {
  if (customData === undefined) return undefined;
  if (!isObject(customData)) return dropped(problems, 'custom_data', 'not an object');
  const clean: Record<string, any> = {};
  for (const [key, field] of Object.entries(customData)) {
    if (field === undefined) continue;
    const value = cleanCustomField(key, field, problems);
    if (value !== undefined) put(clean, key, value);
  }
  return clean;
}

// --- the server event ------------------------------------------------------

function checkEventName(value: unknown, state: State): unknown {
  if (typeof value !== 'string' || value.trim() === '') {
    return fatal(state, 'event_name', 'missing or not text');
  }
  if (!isIn(STANDARD_EVENTS, value) && value.length > CUSTOM_EVENT_NAME_MAX) {
    report(
      state.problems,
      'event_name',
      'custom name longer than ' + CUSTOM_EVENT_NAME_MAX + ' characters',
    );
  }
  return value;
}

function checkEventTime(value: unknown, actionSource: unknown, nowMs: number, state: State) {
  if (!isFiniteNumber(value) || !Number.isInteger(value) || value <= 0) {
    return fatal(state, 'event_time', 'not a whole number of seconds');
  }
  const now = Math.floor(nowMs / 1000);
  if (value > now + FUTURE_SKEW_SECONDS) {
    report(state.problems, 'event_time', 'in the future (milliseconds?)');
  }
  if (now - value > maxEventAgeSeconds(actionSource)) {
    return fatal(state, 'event_time', 'older than Meta accepts (whole request would be rejected)');
  }
  return value;
}

function checkCode(key: string, value: unknown, allowed: number[], state: State): unknown {
  return allowed.includes(value as number)
    ? value
    : dropped(state.problems, key, 'not ' + allowed.join(' or '));
}

function checkOriginal(value: unknown, state: State): unknown {
  if (!isObject(value)) return dropped(state.problems, 'original_event_data', 'not an object');
  const clean: Record<string, any> = {};
  for (const key of Object.keys(value)) {
    if (isIn(ORIGINAL_EVENT_DATA_KEYS, key)) put(clean, key, value[key]);
    else {
      dropped(
        state.problems,
        'original_event_data.' + key,
        'not a parameter of original_event_data',
      );
    }
  }
  return clean;
}

function checkKey(
  key: string,
  value: unknown,
  event: Record<string, any>,
  nowMs: number,
  state: State,
): unknown {
  const drop = (reason: string) => dropped(state.problems, key, reason);
  switch (key) {
    case 'event_name':
      return checkEventName(value, state);
    case 'event_time':
      return checkEventTime(value, event.action_source, nowMs, state);
    case 'action_source':
      return isIn(ACTION_SOURCES, value) ? value : fatal(state, key, 'not a valid action_source');
    case 'user_data':
      return validateUserData(value, state.problems);
    case 'custom_data':
      return validateCustomData(value, state.problems);
    case 'event_source_url':
    case 'referrer_url':
      return isHttpUrl(value) ? value : drop('not an absolute http(s) URL');
    case 'opt_out':
    case 'advertiser_tracking_enabled':
      return typeof value === 'boolean' ? value : drop('not a boolean');
    case 'event_id':
      if (isFiniteNumber(value)) return String(value);
      return typeof value === 'string' && value !== '' ? value : drop('not a non-empty string');
    case 'data_processing_options':
      return Array.isArray(value) && value.every((v) => v === 'LDU')
        ? value
        : drop('not [] or ["LDU"]');
    case 'data_processing_options_country':
      return checkCode(key, value, [0, 1], state);
    case 'data_processing_options_state':
      return checkCode(key, value, [0, 1000], state);
    case 'messaging_channel':
      return isIn(MESSAGING_CHANNELS, value) ? value : drop('not a known channel');
    case 'customer_segmentation':
      return isIn(CUSTOMER_SEGMENTATION_VALUES, value) ? value : drop('not a known segment');
    case 'original_event_data':
      return checkOriginal(value, state);
    default:
      // app_data, attribution_data, advanced_measurement_table: objects Meta reads itself.
      return isObject(value) ? value : drop('not an object');
  }
}

/** Requirements that span fields, checked on the cleaned event. */
function checkRequirements(event: Record<string, any>, state: State): void {
  for (const key of ['event_name', 'event_time', 'action_source']) {
    if (event[key] !== undefined) continue;
    state.sendable = false;
    if (!state.problems.some((p) => p.key === key)) report(state.problems, key, 'missing');
  }
  const userData: Record<string, any> = isObject(event.user_data) ? event.user_data : {};
  if (Object.keys(userData).length === 0) {
    fatal(state, 'user_data', 'no customer information parameter left');
  }
  const source = event.action_source;
  if (source === 'website') {
    if (event.event_source_url === undefined) {
      report(state.problems, 'event_source_url', 'required for website events');
    }
    if (userData.client_user_agent === undefined) {
      report(state.problems, 'user_data.client_user_agent', 'required for website events');
    }
  }
  if (source === 'app') {
    const app = isObject(event.app_data) ? event.app_data : {};
    if (app.advertiser_tracking_enabled === undefined || !Array.isArray(app.extinfo)) {
      report(state.problems, 'app_data', 'app events need advertiser_tracking_enabled and extinfo');
    }
  }
  if (source === 'business_messaging' && event.messaging_channel === undefined) {
    report(state.problems, 'messaging_channel', 'required for business_messaging');
  }
  const dpo = event.data_processing_options;
  if (Array.isArray(dpo) && dpo.length > 0) {
    // Meta: country is required with LDU, and setting it requires the state too.
    for (const key of ['data_processing_options_country', 'data_processing_options_state']) {
      if (event[key] === undefined) report(state.problems, key, 'required with LDU');
    }
  }
}

/** One server event checked at `nowMs`: the cleaned event, its problems, and whether Meta takes it. */
export function validateServerEvent(event: unknown, nowMs: number): ValidationResult {
  const state: State = { problems: [], sendable: true };
  const clean: Record<string, any> = {};
  if (!isObject(event)) {
    fatal(state, 'event', 'not an object');
    return { event: clean, problems: state.problems, sendable: false };
  }
  for (const [key, value] of Object.entries(event)) {
    if (value === undefined) continue;
    if (!SERVER_EVENT_KEYS.includes(key)) {
      dropped(state.problems, key, 'not a server event parameter');
      continue;
    }
    const checked =
      value === null
        ? dropped(state.problems, key, 'null')
        : checkKey(key, value, event, nowMs, state);
    if (checked !== undefined) put(clean, key, checked);
  }
  checkRequirements(clean, state);
  return { event: clean, problems: state.problems, sendable: state.sendable };
}
