/**
 * action_source (where the conversion happened) and, for business_messaging,
 * messaging_channel. A valid value in the event wins (Meta's own client
 * forwards it); otherwise the tag's field, whose default is website.
 */
import { eventValue, type EventReader } from '../lib/event-data';
import { report, type Problem } from '../lib/problems';
import { inList } from '../lib/text';
import { ACTION_SOURCES, MESSAGING_CHANNELS } from '../meta/compact';
import type { TagFields } from '../context';

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

export function resolveActionSource(
  reader: EventReader,
  fields: TagFields,
  problems: Problem[],
): string {
  const source =
    pick(eventValue(reader, 'action_source'), 'action_source', ACTION_SOURCES, problems) ||
    pick(fields.actionSource, 'actionSource', ACTION_SOURCES, problems);
  return source || 'website';
}

/** business_messaging's channel; undefined (reported) when none is given. */
export function resolveMessagingChannel(
  reader: EventReader,
  fields: TagFields,
  problems: Problem[],
): string | undefined {
  const channel =
    pick(
      eventValue(reader, 'messaging_channel'),
      'messaging_channel',
      MESSAGING_CHANNELS,
      problems,
    ) || pick(fields.messagingChannel, 'messagingChannel', MESSAGING_CHANNELS, problems);
  if (channel === undefined) {
    report(problems, 'messaging_channel', 'required for business_messaging but missing');
  }
  return channel;
}
