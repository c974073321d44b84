/**
 * action_source (where the conversion happened) and, for business_messaging,
 * messaging_channel: checked values. A valid value given (the server data
 * table's, else the event's: Meta's own client forwards it) wins over the
 * tag's field, whose default is website (server-event stage). The field
 * may also name the CRM preset, `crm`, which the server-event stage turns
 * into system_generated.
 */
import { report, type Problem } from '../lib/problems';
import { inList } from '../lib/text';
import { ACTION_SOURCES, MESSAGING_CHANNELS } from '../meta/compact';
import type { TagFields } from '../context';

/** A valid value of the `allowed` list, lower-cased; undefined (reported unless empty) otherwise. */
export function pick(
  value: unknown,
  key: string,
  allowed: string,
  problems: Problem[],
): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const text = typeof value === 'string' ? value.trim().toLowerCase() : '';
  if (inList(allowed, text)) return text;
  report(problems, key, 'not one of ' + allowed + '; ignored');
  return undefined;
}

/** One of Meta's action sources from the tag's field, `crm` for that preset, else website. */
export function fieldActionSource(fields: TagFields, problems: Problem[]): string {
  return pick(fields.actionSource, 'actionSource', ACTION_SOURCES + ', crm', problems) || 'website';
}

/** The messaging channel field's value, if valid. */
export function fieldMessagingChannel(fields: TagFields, problems: Problem[]): string | undefined {
  return pick(fields.messagingChannel, 'messagingChannel', MESSAGING_CHANNELS, problems);
}
