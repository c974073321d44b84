/**
 * The event-name stage: the Meta event name to send, or why the event must
 * not be sent. "inherit" maps the event's `event_name` through the user's
 * mapping table, then the GA4 table; "standard" and "custom" take the
 * configured name. Standard names are case-corrected, then governance
 * applies (allow-list, block-list, rename table); the name finally sent must
 * fit Meta's 50 characters. A missing or too long name is blamed on where
 * it came from: the field that set it, or the event.
 */
import { createRegex } from '../sandbox/apis';
import { eventValue } from '../lib/event-data';
import { looksPersonal, PERSONAL_REASON } from '../lib/personal-data';
import type { Problem } from '../lib/problems';
import { CUSTOM_EVENT_NAME_MAX } from '../meta/limits';
import type { PixelConfig, StageResult, TagContext, TagFields } from '../context';
import { DEFAULT_STANDARD_EVENT } from './defaults';
import {
  caseCorrected,
  ga4ToMeta,
  isStandardEvent,
  nameText,
  parseMappingTable,
  parseNameList,
} from './names';

const EVENT_NAME_KEY = 'event_name';
const INVISIBLE =
  '[\\x{0}-\\x{1f}\\x{7f}-\\x{9f}\\x{200b}-\\x{200f}\\x{202a}-\\x{202e}\\x{2066}-\\x{2069}\\x{feff}]';
const VIEW_ITEM_LIST = 'view_item_list';

/**
 * The name to send; or `blocked`, a deliberate choice of the governance
 * lists (not sent, the tag succeeds); or `invalid`, no name Meta would take
 * (not sent, the tag fails, the problem names the field or event key).
 */
export type EventNameDecision =
  | { name: string; listedAs: string; blocked?: undefined; invalid?: undefined }
  | { blocked: string; shownAs: string; name?: undefined; invalid?: undefined }
  | { invalid: Problem; name?: undefined; blocked?: undefined };

/** The user's mapping table: an exact match, else one regardless of case. */
function userMapping(incoming: string, fields: TagFields): string | undefined {
  const table = fields.eventNameMappings;
  if (table === undefined || table === null || table === '') return undefined;
  const mappings = parseMappingTable(table);
  for (const mapping of mappings) {
    if (mapping.from === incoming) return mapping.to;
  }
  const lower = incoming.toLowerCase();
  for (const mapping of mappings) {
    if (mapping.from.toLowerCase() === lower) return mapping.to;
  }
  return undefined;
}

/** The GA4 table (view_item_list only when opted in); other names pass unchanged. */
function builtInMapping(incoming: string, fields: TagFields): string {
  if (incoming === VIEW_ITEM_LIST && fields.mapViewItemListToViewContent === true) {
    return 'ViewContent';
  }
  const mapped = ga4ToMeta(incoming);
  return mapped !== undefined ? mapped : incoming;
}

/**
 * Whether a list entry names this event. Lists name events as Meta would
 * receive them before any renaming; entries match regardless of case, and
 * standard events may be written GA4-style ("add_to_cart", "view_item").
 */
function sameEvent(entry: string, name: string): boolean {
  const mapped = ga4ToMeta(entry);
  return caseCorrected(mapped !== undefined ? mapped : entry).toLowerCase() === name.toLowerCase();
}

function listed(name: string, list: string[]): boolean {
  for (const entry of list) {
    if (sameEvent(entry, name)) return true;
  }
  return false;
}

/** Applies the allow-list, the block-list and then the rename table to a resolved name. */
export function applyGovernance(name: string, fields: TagFields): EventNameDecision {
  // Each list is parsed only when set: most tags set none.
  const allowList = fields.eventAllowList;
  if (allowList !== undefined && allowList !== null && allowList !== '') {
    const allowed = parseNameList(allowList);
    if (allowed.length > 0 && !listed(name, allowed)) {
      return { blocked: 'event "' + name + '" is not on the allow-list', shownAs: name };
    }
  }
  const blockList = fields.eventBlockList;
  if (
    blockList !== undefined &&
    blockList !== null &&
    blockList !== '' &&
    listed(name, parseNameList(blockList))
  ) {
    return { blocked: 'event "' + name + '" is on the block-list', shownAs: name };
  }
  const renames = fields.eventRenameList;
  if (renames !== undefined && renames !== null && renames !== '') {
    for (const rename of parseMappingTable(renames)) {
      if (sameEvent(rename.from, name)) return restricted(caseCorrected(rename.to), name, fields);
    }
  }
  return restricted(name, name, fields);
}

/**
 * Restricted-data mode sends standard events only: a custom name, which
 * may itself reveal a condition, is blocked unless renamed to a standard
 * event (Meta's guidance for restricted categories).
 */
function restricted(sent: string, listedAs: string, fields: TagFields): EventNameDecision {
  if (fields.restrictedData !== true || isStandardEvent(sent)) {
    return { name: sent, listedAs: listedAs };
  }
  return {
    blocked:
      'event "' +
      sent +
      '" is not a standard event; restricted-data mode sends standard events only (rename it to one in the rename table)',
    shownAs: sent,
  };
}

/** Whether a pixel row's own lists take the event (named as the tag's lists name it). */
export function pixelTakes(pixel: PixelConfig, listedAs: string): string | undefined {
  if (pixel.allowEvents !== '' && !listed(listedAs, parseNameList(pixel.allowEvents))) {
    return "not on this pixel row's allow-list";
  }
  if (pixel.blockEvents !== '' && listed(listedAs, parseNameList(pixel.blockEvents))) {
    return "on this pixel row's block-list";
  }
  return undefined;
}

export function resolveEventName(rawEventName: unknown, fields: TagFields): EventNameDecision {
  const mode = fields.eventNameMode;
  let raw: unknown;
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
    raw = rawEventName;
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
  // Control and direction characters hide what a name says (in Events Manager as in logs).
  if (text.search(createRegex(INVISIBLE)!) >= 0) {
    return { invalid: { key: origin, reason: 'contains control or text-direction characters' } };
  }
  if (looksPersonal(text)) return { invalid: { key: origin, reason: PERSONAL_REASON } };
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

/** The pixel rows that take the event; the others are noted in ctx.skippedPixels. */
function takingPixels(ctx: TagContext, listedAs: string): PixelConfig[] {
  const taking: PixelConfig[] = [];
  for (const pixel of ctx.config.pixels) {
    const skip = pixelTakes(pixel, listedAs);
    if (skip === undefined) taking.push(pixel);
    else ctx.skippedPixels.push({ pixel: pixel.pixelId, reason: skip });
  }
  return taking;
}

export function eventNameStage(ctx: TagContext): StageResult {
  const inherit = ctx.fields.eventNameMode !== 'standard' && ctx.fields.eventNameMode !== 'custom';
  const decision = resolveEventName(
    inherit ? eventValue(ctx.eventData, EVENT_NAME_KEY) : undefined,
    ctx.fields,
  );
  if (decision.blocked !== undefined) {
    ctx.event.event_name = decision.shownAs;
    return { ok: true, stage: 'event', reason: decision.blocked };
  }
  if (decision.name !== undefined) {
    const taking = takingPixels(ctx, decision.listedAs);
    if (taking.length === 0) {
      ctx.event.event_name = decision.name;
      return { ok: true, stage: 'event', reason: 'no pixel row takes this event' };
    }
    ctx.config.pixels = taking;
  }
  if (decision.invalid !== undefined) {
    ctx.problems.push(decision.invalid);
    return {
      ok: false,
      stage: decision.invalid.key === EVENT_NAME_KEY ? 'event' : 'config',
      reason: 'no event name Meta would accept',
    };
  }
  ctx.event.event_name = decision.name;
  return undefined;
}
