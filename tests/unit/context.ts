/**
 * A TagContext for unit tests: plain fields and event data, a fixed clock, a
 * silent logger and cookie jar fakes, so a stage (or a function that takes a
 * reader and a problem list) can run without the sandbox's event APIs, which
 * are stubs here (tests/setup/sandbox-globals.ts).
 */
import type { PixelConfig, ServerEvent, TagContext, TagFields } from '../../template-src/context';
import type { EventReader } from '../../template-src/lib/event-data';
import { createLogger } from '../../template-src/log/logger';
import { newContext } from '../../template-src/stages';

/** 2026-11-22T00:00:00Z, the sandbox fakes' default clock. */
export const NOW_MS = Date.UTC(2026, 10, 22);

export type EventData = Record<string, unknown>;

export interface RecordingReader extends EventReader {
  /** Every top-level key handed to `source`, in the order asked. */
  reads: string[];
}

/**
 * What getEventData does for a plain event: the value at a top-level key,
 * undefined for a key the event does not have (inherited members included).
 */
export function readerOf(event: EventData = {}): RecordingReader {
  const reads: string[] = [];
  return {
    reads: reads,
    source: (key: string) => {
      reads.push(key);
      return Object.prototype.hasOwnProperty.call(event, key) ? event[key] : undefined;
    },
    values: {},
  };
}

export interface ContextOptions {
  fields?: TagFields;
  eventData?: EventData;
  now?: number;
  /** Cookie values by name, as getCookieValues returns them. */
  cookies?: Record<string, string[]>;
  /** The event built so far (earlier stages' work). */
  event?: Partial<ServerEvent>;
  /** The checked pixel rows; by default one that takes every event. */
  pixels?: PixelConfig[];
}

/** One pixel row as the config stage leaves it, with no event lists of its own. */
export function pixelRow(overrides: Partial<PixelConfig> = {}): PixelConfig {
  return {
    pixelId: '123456789012345',
    accessToken: 'EAAtoken0123456789',
    appSecretProof: '',
    testEventCode: '',
    allowEvents: '',
    blockEvents: '',
    ...overrides,
  };
}

export interface TestContext extends TagContext {
  eventData: RecordingReader;
}

export function testContext(options: ContextOptions = {}): TestContext {
  const cookies = options.cookies ?? {};
  const eventData = readerOf(options.eventData);
  const ctx = newContext(
    options.fields ?? {},
    options.now ?? NOW_MS,
    eventData,
    createLogger({ logMode: 'off' }),
    (name: string) => cookies[name] ?? [],
  );
  // What the config stage leaves: it stops the run when there is no pixel row.
  ctx.config.pixels = options.pixels ?? [pixelRow()];
  ctx.event = { user_data: {}, ...options.event } as ServerEvent;
  return { ...ctx, eventData: eventData };
}
