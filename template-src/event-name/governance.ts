import type { Problem } from '../problem';
import { lookup } from '../user-data/objects';
import { GA4_TO_META } from './ga4-event-map';
import { parseMappingTable, parseNameList } from './name-list';
import { caseCorrected } from './case-correct';

/** The tag's governance fields (template-src/definition/fields/events.ts). */
export interface GovernanceFields {
  eventAllowList?: any;
  eventBlockList?: any;
  eventRenameList?: any;
}

/**
 * The name to send; or `blocked`, a deliberate choice of the governance
 * lists (not sent, the tag succeeds); or `invalid`, no name Meta would take
 * (not sent, the tag fails, the problem names the field or event key).
 */
export type EventNameDecision =
  | { name: string; blocked?: undefined; invalid?: undefined }
  | { blocked: string; name?: undefined; invalid?: undefined }
  | { invalid: Problem; name?: undefined; blocked?: undefined };

/**
 * Applies the allow-list, the block-list and then the rename table to a
 * resolved Meta event name. The lists name events as Meta would receive them
 * before any renaming; entries match regardless of case, and standard events
 * may be written GA4-style ("add_to_cart" and "view_item" mean AddToCart and
 * ViewContent).
 */
export function applyGovernance(name: string, fields: GovernanceFields): EventNameDecision {
  const allowed = parseNameList(fields.eventAllowList);
  if (allowed.length > 0 && !listed(name, allowed)) {
    return { blocked: 'event "' + name + '" is not on the allow-list' };
  }
  if (listed(name, parseNameList(fields.eventBlockList))) {
    return { blocked: 'event "' + name + '" is on the block-list' };
  }
  const renames = parseMappingTable(fields.eventRenameList);
  for (let i = 0; i < renames.length; i++) {
    if (sameEvent(renames[i].from, name)) return { name: caseCorrected(renames[i].to) };
  }
  return { name: name };
}

function listed(name: string, list: string[]): boolean {
  return list.some((entry) => sameEvent(entry, name));
}

function sameEvent(entry: string, name: string): boolean {
  const mapped = lookup(GA4_TO_META, entry);
  return caseCorrected(mapped !== undefined ? mapped : entry).toLowerCase() === name.toLowerCase();
}
