/**
 * action_source (where the conversion happened) and, for business_messaging,
 * messaging_channel. A valid value in the event wins (Meta's own client
 * forwards it); otherwise the tag's field, whose default is website.
 */
import { reportProblem, type Problem } from '../problem';
import { ACTION_SOURCES, MESSAGING_CHANNELS } from '../validate/spec';
import { isString } from '../validate/values';
import { readPath } from './read';

export interface ActionSourceFields {
  /** One of the nine action sources (default website). */
  actionSource?: string;
  /** messenger, whatsapp or instagram; used for business_messaging. */
  messagingChannel?: string;
}

export interface ActionSource {
  action_source: string;
  messaging_channel?: string;
}

function pick(
  fromEvent: unknown,
  eventKey: string,
  fromField: unknown,
  fieldKey: string,
  allowed: string[],
  problems: Problem[],
): string | undefined {
  const candidates = [
    { key: eventKey, value: fromEvent },
    { key: fieldKey, value: fromField },
  ];
  for (const c of candidates) {
    if (c.value === undefined || c.value === null || c.value === '') continue;
    const text = isString(c.value) ? c.value.trim().toLowerCase() : '';
    if (allowed.indexOf(text) >= 0) return text;
    reportProblem(problems, c.key, 'not one of ' + allowed.join(', ') + '; ignored');
  }
  return undefined;
}

export function resolveActionSource(
  eventData: unknown,
  fields: ActionSourceFields,
  problems: Problem[],
): ActionSource {
  const source =
    pick(
      readPath(eventData, 'action_source'),
      'action_source',
      fields.actionSource,
      'actionSource',
      ACTION_SOURCES,
      problems,
    ) || 'website';
  if (source !== 'business_messaging') return { action_source: source };
  const channel = pick(
    readPath(eventData, 'messaging_channel'),
    'messaging_channel',
    fields.messagingChannel,
    'messagingChannel',
    MESSAGING_CHANNELS,
    problems,
  );
  if (channel === undefined) {
    reportProblem(problems, 'messaging_channel', 'required for business_messaging but missing');
    return { action_source: source };
  }
  return { action_source: source, messaging_channel: channel };
}
