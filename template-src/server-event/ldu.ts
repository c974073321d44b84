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
import { eventValue, type EventReader } from '../lib/event-data';
import { report, type Problem } from '../lib/problems';
import { isArray } from '../lib/types';
import type { ServerEvent, TagFields } from '../context';

interface Location {
  country: number;
  state: number;
}

function configuredLocation(fields: TagFields): Location {
  if (fields.lduLocation === 'california') return { country: 1, state: 1000 };
  if (fields.lduLocation === 'usGeolocateState') return { country: 1, state: 0 };
  return { country: 0, state: 0 };
}

function setLdu(event: ServerEvent, location: Location): void {
  event.data_processing_options = ['LDU'];
  event.data_processing_options_country = location.country;
  event.data_processing_options_state = location.state;
}

/** true / false for an array or comma list of options; undefined when unreadable. */
function mentionsLdu(value: unknown): boolean | undefined {
  const items = isArray(value) ? value : typeof value === 'string' ? value.split(',') : undefined;
  if (items === undefined) return undefined;
  let ldu = false;
  for (const item of items) {
    if (typeof item !== 'string') return undefined;
    if (item.trim().toUpperCase() === 'LDU') ldu = true;
  }
  return ldu;
}

/** A documented code given as a number or a numeric string. */
function code(value: unknown, a: number, b: number): number | undefined {
  if (value === a || value === '' + a) return a;
  if (value === b || value === '' + b) return b;
  return undefined;
}

/** The event's own country/state when both are valid, else the configured pair. */
function eventLocation(reader: EventReader, fields: TagFields, problems: Problem[]): Location {
  const rawCountry = eventValue(reader, 'data_processing_options_country');
  const rawState = eventValue(reader, 'data_processing_options_state');
  const country = code(rawCountry, 0, 1);
  const state = code(rawState, 0, 1000);
  if (country !== undefined && state !== undefined) return { country: country, state: state };
  if (rawCountry !== undefined || rawState !== undefined) {
    report(
      problems,
      'data_processing_options_country',
      'country/state not a documented pair; used the configured location',
    );
  }
  return configuredLocation(fields);
}

/** `forced`: consent chose Limited Data Use for this event (consentDeniedAction). */
export function applyLdu(
  event: ServerEvent,
  reader: EventReader,
  fields: TagFields,
  forced: boolean,
  problems: Problem[],
): void {
  if (forced || fields.lduMode === 'always') {
    setLdu(event, configuredLocation(fields));
    return;
  }
  if (fields.lduMode !== 'eventData') return;
  const raw = eventValue(reader, 'data_processing_options');
  if (raw === undefined || raw === null) return;
  const ldu = mentionsLdu(raw);
  if (ldu === undefined) {
    report(problems, 'data_processing_options', 'not a list of options; ignored');
  } else if (ldu) {
    setLdu(event, eventLocation(reader, fields, problems));
  } else {
    event.data_processing_options = [];
  }
}
