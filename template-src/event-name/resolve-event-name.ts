import { typeOf } from '../sandbox/type-of';
import { lookup } from '../user-data/objects';
import { GA4_TO_META, VIEW_ITEM_LIST } from './ga4-event-map';
import { applyGovernance, EventNameDecision, GovernanceFields } from './governance';
import { nameText, parseMappingTable } from './name-list';
import { caseCorrected } from './case-correct';
import { DEFAULT_STANDARD_EVENT } from './standard-events';

/** The tag's event-name fields (template-src/definition/fields/events.ts). */
export interface EventNameFields extends GovernanceFields {
  eventNameMode?: string;
  eventNameStandard?: any;
  eventNameCustom?: any;
  mapViewItemListToViewContent?: boolean;
  eventNameMappings?: any;
}

/** Meta's limit for custom event names. */
export const MAX_EVENT_NAME_LENGTH = 50;

/** Every event-data key the event-name logic reads. */
export const EVENT_NAME_EVENT_KEYS = ['event_name'];

/**
 * The Meta event name to send, or why the event must not be sent.
 * "inherit" maps the event's `event_name` through the user's mapping table,
 * then the GA4 table; "standard" and "custom" take the configured name.
 * Standard names are case-corrected, then governance applies; the name
 * finally sent must fit Meta's 50 characters.
 */
export function resolveEventName(eventData: any, fields: EventNameFields): EventNameDecision {
  const mode = fields.eventNameMode;
  let raw: any;
  // An unset field means its default, as everywhere in the tag.
  if (mode === 'standard') {
    raw =
      fields.eventNameStandard === undefined ? DEFAULT_STANDARD_EVENT : fields.eventNameStandard;
  } else if (mode === 'custom') raw = fields.eventNameCustom;
  else raw = typeOf(eventData) === 'object' ? eventData.event_name : undefined;
  const text = nameText(raw);
  if (text === '') {
    return {
      blocked:
        mode === 'standard' || mode === 'custom'
          ? 'no event name configured'
          : 'the event has no event_name',
    };
  }
  const name = caseCorrected(
    mode === 'standard' || mode === 'custom' ? text : inherited(text, fields),
  );
  const decision = applyGovernance(name, fields);
  const sent = (decision as { name?: string }).name;
  if (sent !== undefined && sent.length > MAX_EVENT_NAME_LENGTH) {
    return { blocked: 'event name longer than ' + MAX_EVENT_NAME_LENGTH + ' characters' };
  }
  return decision;
}

/** The user's table first (exact, then case-insensitive), then the GA4 table. */
function inherited(incoming: string, fields: EventNameFields): string {
  const mappings = parseMappingTable(fields.eventNameMappings);
  for (let i = 0; i < mappings.length; i++) {
    if (mappings[i].from === incoming) return mappings[i].to;
  }
  for (let i = 0; i < mappings.length; i++) {
    if (mappings[i].from.toLowerCase() === incoming.toLowerCase()) return mappings[i].to;
  }
  if (incoming === VIEW_ITEM_LIST && fields.mapViewItemListToViewContent === true) {
    return 'ViewContent';
  }
  const mapped = lookup(GA4_TO_META, incoming);
  return mapped !== undefined ? mapped : incoming;
}
