/**
 * action_source (where the conversion happened) and, for business_messaging,
 * messaging_channel. A valid value given (the server data table's, else
 * the event's: Meta's own client forwards it) wins; otherwise the tag's
 * field, whose default is website. The field may also name the CRM preset,
 * `crm`, which the server-event stage turns into system_generated.
 */
import { report, type Problem } from '../lib/problems';
import { inList } from '../lib/text';
import { ACTION_SOURCES, MESSAGING_CHANNELS } from '../meta/compact';
import type { TagFields } from '../context';

/** A value and the key to name in problems about it (see the server-event stage). */
export interface Given {
  value: unknown;
  key: string;
}

function pick(
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

/** One of Meta's action sources, or `crm` when the tag's field names that preset. */
export function resolveActionSource(given: Given, fields: TagFields, problems: Problem[]): string {
  const source =
    pick(given.value, given.key, ACTION_SOURCES, problems) ||
    pick(fields.actionSource, 'actionSource', ACTION_SOURCES + ', crm', problems);
  return source || 'website';
}

/** business_messaging's channel; undefined when none is given (the checks stage stops the event). */
export function resolveMessagingChannel(
  given: Given,
  fields: TagFields,
  problems: Problem[],
): string | undefined {
  return (
    pick(given.value, given.key, MESSAGING_CHANNELS, problems) ||
    pick(fields.messagingChannel, 'messagingChannel', MESSAGING_CHANNELS, problems)
  );
}
