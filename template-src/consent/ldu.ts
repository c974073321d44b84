/**
 * Limited Data Use (US state privacy laws): data_processing_options and its
 * country/state codes (reference/meta-capi.md §2). Meta documents only
 * country 0 (geolocate) / 1 (USA) and state 0 (geolocate) / 1000
 * (California), so nothing else is sent.
 *
 * Mode off omits the three fields: Meta treats a missing field like `[]`
 * (not LDU), and saying nothing keeps the payload small. In event-data mode
 * an event that carries the key without "LDU" gets an explicit `[]`.
 */
import { readPath } from '../event-fields/read';
import { reportProblem, type Problem } from '../problem';
import { isArray, isString } from '../validate/values';

export interface LduFields {
  /** 'off' (default), 'always' or 'eventData'. */
  lduMode?: string;
  /** 'geolocate' (0/0, default), 'usGeolocateState' (1/0) or 'california' (1/1000). */
  lduLocation?: string;
}

export interface LduOutput {
  data_processing_options?: string[];
  data_processing_options_country?: number;
  data_processing_options_state?: number;
}

export const LDU_EVENT_KEYS = [
  'data_processing_options',
  'data_processing_options_country',
  'data_processing_options_state',
];

interface Location {
  country: number;
  state: number;
}

function configuredLocation(fields: LduFields): Location {
  if (fields.lduLocation === 'california') return { country: 1, state: 1000 };
  if (fields.lduLocation === 'usGeolocateState') return { country: 1, state: 0 };
  return { country: 0, state: 0 };
}

function lduOn(location: Location): LduOutput {
  return {
    data_processing_options: ['LDU'],
    data_processing_options_country: location.country,
    data_processing_options_state: location.state,
  };
}

/** true / false for an array or comma list of options; undefined when unreadable. */
function mentionsLdu(value: unknown): boolean | undefined {
  const items = isArray(value) ? value : isString(value) ? value.split(',') : undefined;
  if (items === undefined) return undefined;
  let ldu = false;
  for (const item of items) {
    if (!isString(item)) return undefined;
    if (item.trim().toUpperCase() === 'LDU') ldu = true;
  }
  return ldu;
}

/** A documented code given as a number or a numeric string. */
function code(value: unknown, allowed: number[]): number | undefined {
  for (const n of allowed) {
    if (value === n || value === '' + n) return n;
  }
  return undefined;
}

/** The event's own country/state when both are valid, else the configured pair. */
function eventLocation(eventData: unknown, fields: LduFields, problems: Problem[]): Location {
  const rawCountry = readPath(eventData, 'data_processing_options_country');
  const rawState = readPath(eventData, 'data_processing_options_state');
  const country = code(rawCountry, [0, 1]);
  const state = code(rawState, [0, 1000]);
  if (country !== undefined && state !== undefined) return { country: country, state: state };
  if (rawCountry !== undefined || rawState !== undefined) {
    reportProblem(
      problems,
      'data_processing_options_country',
      'country/state not a documented pair; used the configured location',
    );
  }
  return configuredLocation(fields);
}

export function resolveLdu(eventData: unknown, fields: LduFields, problems: Problem[]): LduOutput {
  if (fields.lduMode === 'always') return lduOn(configuredLocation(fields));
  if (fields.lduMode !== 'eventData') return {};
  const raw = readPath(eventData, 'data_processing_options');
  if (raw === undefined || raw === null) return {};
  const ldu = mentionsLdu(raw);
  if (ldu === undefined) {
    reportProblem(problems, 'data_processing_options', 'not a list of options; ignored');
    return {};
  }
  return ldu ? lduOn(eventLocation(eventData, fields, problems)) : { data_processing_options: [] };
}
