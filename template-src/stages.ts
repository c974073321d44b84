/**
 * The run's stages in the order they run, and the context they start
 * from: main.ts runs them on the event, the unit tests on their own
 * readers and clocks, so both share one order and one starting state.
 */
import { checksStage } from './checks/checks';
import { consentStage } from './consent/decision';
import type { ServerEvent, StageResult, TagContext, TagFields } from './context';
import { customDataStage } from './custom-data/build-custom-data';
import { purchaseGuardStage } from './dedup/purchase-guard';
import { configStage } from './delivery/config';
import { enhancementStage } from './enhancement/index';
import { eventNameStage } from './event-name/resolve-event-name';
import { identityStage } from './identity/identity';
import type { EventReader } from './lib/event-data';
import type { Logger } from './log/logger';
import { derivedEventIdStage } from './server-event/event-id';
import { serverEventStage } from './server-event/server-event';
import { userDataStage } from './user-data/build-user-data';

/** Each may stop the run (see StageStop). */
export const STAGES: ((ctx: TagContext) => StageResult)[] = [
  configStage,
  consentStage,
  eventNameStage,
  serverEventStage,
  identityStage,
  userDataStage,
  enhancementStage,
  customDataStage,
  checksStage,
  purchaseGuardStage,
  derivedEventIdStage,
];

/** A run's context before any stage: nothing configured, decided or built yet. */
export function newContext(
  fields: TagFields,
  now: number,
  eventData: EventReader,
  log: Logger,
  readCookie: (name: string) => string[],
): TagContext {
  return {
    fields: fields,
    now: now,
    problems: [],
    eventData: eventData,
    log: log,
    config: {
      pixels: [],
      apiVersion: '',
      timeoutMs: 0,
      retries: 0,
      testEventCode: '',
      optimistic: false,
    },
    cookiesReadable: true,
    cookiesWritable: true,
    consentOutcome: 'full',
    withheld: [],
    skippedPixels: [],
    serverData: {},
    event: { user_data: {} } as ServerEvent,
    readCookie: readCookie,
    cookies: [],
  };
}
