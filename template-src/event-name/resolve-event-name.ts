import { typeOf } from '../sandbox/type-of';
import { lookup } from '../user-data/objects';
import { GA4_TO_META, VIEW_ITEM_LIST } from './ga4-event-map';
import { applyGovernance, EventNameDecision, GovernanceFields } from './governance';
import { nameText, parseMappingTable } from './name-list';
import { caseCorrected } from './case-correct';
import { CUSTOM_EVENT_NAME_MAX } from '../validate/spec';
import { DEFAULT_STANDARD_EVENT } from './standard-events';

/** The tag's event-name fields (template-src/definition/fields/events.ts). */
export interface EventNameFields extends GovernanceFields {
  eventNameMode?: string;
  eventNameStandard?: any;
  eventNameCustom?: any;
  mapViewItemListToViewContent?: boolean;
  eventNameMappings?: any;
}

const EVENT_NAME_KEY = 'event_name';

/** Every event-data key the event-name logic reads. */
export const EVENT_NAME_EVENT_KEYS = [EVENT_NAME_KEY];

/**
 * The Meta event name to send, or why the event must not be sent.
 * "inherit" maps the event's `event_name` through the user's mapping table,
 * then the GA4 table; "standard" and "custom" take the configured name.
 * Standard names are case-corrected, then governance applies; the name
 * finally sent must fit Meta's 50 characters. A missing or too long name is
 * blamed on where it came from: the field that set it, or the event.
 */
export function resolveEventName(eventData: any, fields: EventNameFields): EventNameDecision {
  const mode = fields.eventNameMode;
  let raw: any;
  let origin: string;
  // An unset field means its default, as everywhere in the tag.
  if (mode === 'standard') {
    origin = 'eventNameStandard';
    raw =
      fields.eventNameStandard === undefined ? DEFAULT_STANDARD_EVENT : fields.eventNameStandard;
  } else if (mode === 'custom') {
    origin = 'eventNameCustom';
    raw = fields.eventNameCustom;
  } else {
    origin = EVENT_NAME_KEY;
    raw = typeOf(eventData) === 'object' ? eventData.event_name : undefined;
  }
  const text = nameText(raw);
  if (text === '') {
    return {
      invalid: {
        key: origin,
        reason: origin === EVENT_NAME_KEY ? 'missing or not text' : 'empty: no event name to send',
      },
    };
  }
  let resolved = text;
  if (origin === EVENT_NAME_KEY) {
    const mapped = userMapping(text, fields);
    if (mapped !== undefined) origin = 'eventNameMappings';
    resolved = mapped !== undefined ? mapped : builtInMapping(text, fields);
  }
  const name = caseCorrected(resolved);
  const decision = applyGovernance(name, fields);
  const sent = decision.name;
  if (sent !== undefined && sent.length > CUSTOM_EVENT_NAME_MAX) {
    return {
      invalid: {
        key: sent === name ? origin : 'eventRenameList',
        reason: 'event name longer than ' + CUSTOM_EVENT_NAME_MAX + ' characters',
      },
    };
  }
  return decision;
}

/** The user's mapping table: an exact match, else one regardless of case. */
function userMapping(incoming: string, fields: EventNameFields): string | undefined {
  const mappings = parseMappingTable(fields.eventNameMappings);
  for (let i = 0; i < mappings.length; i++) {
    if (mappings[i].from === incoming) return mappings[i].to;
  }
  for (let i = 0; i < mappings.length; i++) {
    if (mappings[i].from.toLowerCase() === incoming.toLowerCase()) return mappings[i].to;
  }
  return undefined;
}

/** The GA4 table (view_item_list only when opted in); other names pass unchanged. */
function builtInMapping(incoming: string, fields: EventNameFields): string {
  if (incoming === VIEW_ITEM_LIST && fields.mapViewItemListToViewContent === true) {
    return 'ViewContent';
  }
  const mapped = lookup(GA4_TO_META, incoming);
  return mapped !== undefined ? mapped : incoming;
}
