/**
 * Checks a finished server event (one entry of the request's `data`) against
 * what Meta accepts (reference/meta-capi.md §2, §10) and returns it cleaned:
 * a bad optional key is dropped and reported, so one bad key never costs the
 * whole event. `sendable` is false only when Meta would still reject what is
 * left (a required field missing or invalid, or a stale event_time), which
 * would fail the whole request. Used by the tag before sending and by the
 * test suite on every outgoing request.
 */
import { makeString, Math, Object } from '../sandbox/apis';
import { validateCustomData } from './custom-data';
import { isHttpUrl } from './formats';
import { reportProblem, type Problem } from '../problem';
import {
  ACTION_SOURCES,
  CUSTOM_EVENT_NAME_MAX,
  CUSTOMER_SEGMENTATION_VALUES,
  MESSAGING_CHANNELS,
  ORIGINAL_EVENT_DATA_KEYS,
  SERVER_EVENT_KEYS,
  STANDARD_EVENT_NAMES,
  maxEventAgeSeconds,
} from './spec';
import { validateUserData } from './user-data';
import { isArray, isFiniteNumber, isObject, isString, own } from './values';

export interface ValidationResult {
  event: { [key: string]: any };
  problems: Problem[];
  sendable: boolean;
}

/** Tolerated clock difference before a future event_time is reported. */
const FUTURE_SKEW_SECONDS = 60;

interface State {
  problems: Problem[];
  sendable: boolean;
}

function fatal(state: State, key: string, reason: string): undefined {
  reportProblem(state.problems, key, reason);
  state.sendable = false;
  return undefined;
}

function dropped(state: State, key: string, reason: string): undefined {
  reportProblem(state.problems, key, reason + '; dropped');
  return undefined;
}

function checkEventName(value: unknown, state: State): unknown {
  if (!isString(value) || value.trim() === '')
    return fatal(state, 'event_name', 'missing or not text');
  if (STANDARD_EVENT_NAMES.indexOf(value) < 0 && value.length > CUSTOM_EVENT_NAME_MAX) {
    reportProblem(
      state.problems,
      'event_name',
      'custom name longer than ' + CUSTOM_EVENT_NAME_MAX + ' characters',
    );
  }
  return value;
}

function checkEventTime(
  value: unknown,
  actionSource: unknown,
  nowMs: number,
  state: State,
): unknown {
  if (!isFiniteNumber(value) || Math.floor(value) !== value || value <= 0) {
    return fatal(state, 'event_time', 'not a whole number of seconds');
  }
  const now = Math.floor(nowMs / 1000);
  if (value > now + FUTURE_SKEW_SECONDS)
    reportProblem(state.problems, 'event_time', 'in the future (milliseconds?)');
  if (now - value > maxEventAgeSeconds(actionSource)) {
    return fatal(state, 'event_time', 'older than Meta accepts (whole request would be rejected)');
  }
  return value;
}

function checkDpo(value: unknown, state: State): unknown {
  if (!isArray(value) || !value.every((v) => v === 'LDU')) {
    return dropped(state, 'data_processing_options', 'not [] or ["LDU"]');
  }
  return value;
}

function checkCode(key: string, value: unknown, allowed: number[], state: State): unknown {
  return allowed.indexOf(value as number) >= 0
    ? value
    : dropped(state, key, 'not ' + allowed.join(' or '));
}

function checkOriginal(value: unknown, state: State): unknown {
  if (!isObject(value)) return dropped(state, 'original_event_data', 'not an object');
  const clean: { [key: string]: any } = {};
  for (const key of Object.keys(value)) {
    if (ORIGINAL_EVENT_DATA_KEYS.indexOf(key) >= 0) clean[key] = value[key];
    else dropped(state, 'original_event_data.' + key, 'not a parameter of original_event_data');
  }
  return clean;
}

function checkKey(
  key: string,
  value: unknown,
  event: { [key: string]: any },
  nowMs: number,
  state: State,
): unknown {
  switch (key) {
    case 'event_name':
      return checkEventName(value, state);
    case 'event_time':
      return checkEventTime(value, own(event, 'action_source'), nowMs, state);
    case 'action_source':
      return ACTION_SOURCES.indexOf(value as string) >= 0
        ? value
        : fatal(state, key, 'not a valid action_source');
    case 'user_data':
      return validateUserData(value, state.problems);
    case 'custom_data':
      return validateCustomData(value, state.problems);
    case 'event_source_url':
    case 'referrer_url':
      return isHttpUrl(value) ? value : dropped(state, key, 'not an absolute http(s) URL');
    case 'opt_out':
    case 'advertiser_tracking_enabled':
      return value === true || value === false ? value : dropped(state, key, 'not a boolean');
    case 'event_id':
      if (isFiniteNumber(value)) return makeString(value);
      return isString(value) && value !== ''
        ? value
        : dropped(state, key, 'not a non-empty string');
    case 'data_processing_options':
      return checkDpo(value, state);
    case 'data_processing_options_country':
      return checkCode(key, value, [0, 1], state);
    case 'data_processing_options_state':
      return checkCode(key, value, [0, 1000], state);
    case 'messaging_channel':
      return MESSAGING_CHANNELS.indexOf(value as string) >= 0
        ? value
        : dropped(state, key, 'not a known channel');
    case 'customer_segmentation':
      return CUSTOMER_SEGMENTATION_VALUES.indexOf(value as string) >= 0
        ? value
        : dropped(state, key, 'not a known segment');
    case 'original_event_data':
      return checkOriginal(value, state);
    default:
      // app_data, attribution_data, advanced_measurement_table: objects Meta reads itself.
      return isObject(value) ? value : dropped(state, key, 'not an object');
  }
}

/** Requirements that span fields, checked on the cleaned event. */
function checkRequirements(event: { [key: string]: any }, state: State): void {
  for (const key of ['event_name', 'event_time', 'action_source']) {
    if (event[key] !== undefined) continue;
    state.sendable = false;
    if (!hasProblem(state, key)) reportProblem(state.problems, key, 'missing');
  }
  const userData = own(event, 'user_data');
  if (!isObject(userData) || Object.keys(userData).length === 0) {
    fatal(state, 'user_data', 'no customer information parameter left');
  }
  const source = event.action_source;
  const ud = isObject(userData) ? userData : {};
  if (source === 'website') {
    if (event.event_source_url === undefined)
      reportProblem(state.problems, 'event_source_url', 'required for website events');
    if (ud.client_user_agent === undefined) {
      reportProblem(state.problems, 'user_data.client_user_agent', 'required for website events');
    }
  }
  if (source === 'app') {
    const app = own(event, 'app_data');
    if (own(app, 'advertiser_tracking_enabled') === undefined || !isArray(own(app, 'extinfo'))) {
      reportProblem(
        state.problems,
        'app_data',
        'app events need advertiser_tracking_enabled and extinfo',
      );
    }
  }
  if (source === 'business_messaging' && event.messaging_channel === undefined) {
    reportProblem(state.problems, 'messaging_channel', 'required for business_messaging');
  }
  const dpo = own(event, 'data_processing_options');
  if (isArray(dpo) && dpo.length > 0) {
    // Meta: country is required with LDU, and setting it requires the state too.
    for (const key of ['data_processing_options_country', 'data_processing_options_state']) {
      if (event[key] === undefined) reportProblem(state.problems, key, 'required with LDU');
    }
  }
}

function hasProblem(state: State, key: string): boolean {
  return state.problems.some((p) => p.key === key);
}

export function validateServerEvent(event: unknown, nowMs: number): ValidationResult {
  const state: State = { problems: [], sendable: true };
  const clean: { [key: string]: any } = {};
  if (!isObject(event)) {
    fatal(state, 'event', 'not an object');
    return { event: clean, problems: state.problems, sendable: false };
  }
  for (const key of Object.keys(event)) {
    const value = event[key];
    if (value === undefined) continue;
    if (SERVER_EVENT_KEYS.indexOf(key) < 0) {
      dropped(state, key, 'not a server event parameter');
      continue;
    }
    const checked =
      value === null ? dropped(state, key, 'null') : checkKey(key, value, event, nowMs, state);
    if (checked !== undefined) clean[key] = checked;
  }
  checkRequirements(clean, state);
  return { event: clean, problems: state.problems, sendable: state.sendable };
}
