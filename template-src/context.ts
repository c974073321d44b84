/**
 * What one tag run carries from stage to stage: the field values, the
 * event (read lazily), the clock, the one list of problems, and what the
 * stages have built so far. main.ts creates it and runs the stages in
 * order; each stage reads what earlier ones left here, adds its own part,
 * and returns a StageResult.
 */
import type { CookieToSet } from './lib/cookies';
import type { EventReader } from './lib/event-data';
import type { Problem } from './lib/problems';
import type { Logger } from './log/logger';

/**
 * The tag's field values (template-src/definition/fields). A field GTM
 * never showed is undefined; one filled by a variable may hold anything.
 * (`data` also holds gtmOnSuccess and gtmOnFailure, which only main.ts calls.)
 */
export interface TagFields {
  // Delivery
  pixels?: unknown;
  testEventCode?: unknown;
  apiVersion?: unknown;
  requestTimeoutMs?: unknown;
  retries?: unknown;
  optimisticSuccess?: unknown;
  logMode?: unknown;
  // Consent and Limited Data Use
  consentMode?: unknown;
  consentCustomValue?: unknown;
  consentWhenAbsent?: unknown;
  consentDeniedAction?: unknown;
  lduMode?: unknown;
  lduLocation?: unknown;
  // Event name
  eventNameMode?: unknown;
  eventNameStandard?: unknown;
  eventNameCustom?: unknown;
  mapViewItemListToViewContent?: unknown;
  eventNameMappings?: unknown;
  eventAllowList?: unknown;
  eventBlockList?: unknown;
  eventRenameList?: unknown;
  // Restricted data
  restrictedData?: unknown;
  restrictedUrl?: unknown;
  // Server event fields
  actionSource?: unknown;
  messagingChannel?: unknown;
  leadEventSource?: unknown;
  eventIdOverride?: unknown;
  autoMapServerData?: unknown;
  serverDataList?: unknown;
  appDataObject?: unknown;
  appDataList?: unknown;
  // User data
  autoMapUserData?: unknown;
  phoneDefaultCountryCode?: unknown;
  hashExternalId?: unknown;
  userDataObject?: unknown;
  userDataList?: unknown;
  // Custom data
  autoMapCustomData?: unknown;
  itemIdKey?: unknown;
  contentType?: unknown;
  defaultCurrency?: unknown;
  customDataObject?: unknown;
  customDataList?: unknown;
  // Browser identity and cookies
  generateFbc?: unknown;
  generateFbp?: unknown;
  identityCookies?: unknown;
  cookieDomain?: unknown;
  cookieMaxAgeDays?: unknown;
  cookieHttpOnly?: unknown;
  // Event enhancement
  enableEventEnhancement?: unknown;
  enhancementMaxAgeDays?: unknown;
  // Duplicate-purchase guard
  purchaseGuard?: unknown;
  purchaseGuardOrders?: unknown;
  purchaseGuardDays?: unknown;
}

/** One pixel (dataset) row, checked. */
export interface PixelConfig {
  pixelId: string;
  accessToken: string;
  /** '' when not used. Lowercase hex, computed by the user for THIS row's token. */
  appSecretProof: string;
  /** '' when not set. */
  testEventCode: string;
  /** The row's own event lists, as typed ('' when not set); see the event-name stage. */
  allowEvents: string;
  blockEvents: string;
}

export interface DeliveryConfig {
  pixels: PixelConfig[];
  /** Like 'v26.0'. */
  apiVersion: string;
  timeoutMs: number;
  /** Extra attempts after the first one. */
  retries: number;
  /** '' when not set. */
  testEventCode: string;
  optimistic: boolean;
}

export type UserData = { [key: string]: string | string[] };

export type CustomData = { [key: string]: any };

/** One entry of the request's `data`, in the order Meta's docs list its keys. */
export interface ServerEvent {
  event_name: string;
  event_time: number;
  action_source: string;
  messaging_channel?: string;
  event_id?: string;
  event_source_url?: string;
  referrer_url?: string;
  opt_out?: boolean;
  app_data?: { [key: string]: any };
  original_event_data?: { [key: string]: string | number };
  attribution_data?: { [key: string]: any };
  data_processing_options?: string[];
  data_processing_options_country?: number;
  data_processing_options_state?: number;
  user_data: UserData;
  custom_data?: CustomData;
}

/**
 * Why the run ends before delivery: `ok` picks gtmOnSuccess (a deliberate
 * choice such as consent or governance) or gtmOnFailure; `stage` labels the
 * logged problems; `reason` is logged as not_sent (a configuration stop's
 * reason is its problems).
 */
export interface StageStop {
  ok: boolean;
  stage: 'config' | 'consent' | 'event';
  reason?: string;
}

/** What every stage returns: undefined to go on, or why the run stops. */
export type StageResult = StageStop | undefined;

export interface TagContext {
  fields: TagFields;
  /** The run's clock, read once (ms). */
  now: number;
  /** Every problem of the run, in the order found; logged once, at the end. */
  problems: Problem[];
  eventData: EventReader;
  log: Logger;
  /** Set by the config stage. */
  config: DeliveryConfig;
  /** False when a signal explicitly denies ad_storage: no cookie is read, nothing from one sent. */
  cookiesReadable: boolean;
  /** True when ad_storage allows setting cookies (consent stage). */
  cookiesWritable: boolean;
  /**
   * What consent lets the event carry: everything; no customer information
   * and opt_out (`anonymous`); or everything under Limited Data Use (`ldu`).
   */
  consentOutcome: 'full' | 'anonymous' | 'ldu';
  /** What restricted-data mode left out, for one log line. */
  withheld: string[];
  /** Pixel rows whose own event lists do not take this event, with why. */
  skippedPixels: { pixel: string; reason: string }[];
  /** The server data table's rows by name (server-event stage); customer_segmentation is read by custom data. */
  serverData: { [name: string]: any };
  /** The CRM preset's lead_event_source ('' when not filled); undefined unless the preset is chosen. */
  crmLeadSource?: string;
  /** The event being built; the name is set by the event-name stage. */
  event: ServerEvent;
  /** getCookieValues in the sandbox; tests pass a plain lookup. */
  readCookie: (name: string) => string[];
  /** Cookies to write once the event is known to go out. */
  cookies: CookieToSet[];
}
