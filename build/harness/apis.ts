/**
 * The real (un-mocked) implementation of every server-side sandbox API for
 * one session, built on first use. Names outside SERVER_API_NAMES do not
 * exist server-side; requiring one fails loudly.
 */
import { createEventDataApis } from './event-data';
import { createSendHttpGet, createSendHttpRequest } from './http';
import { createPromiseApi, SandboxPromise } from './promise';
import { PURE_API_NAMES } from './pure-apis';
import type { Session } from './session';
import { createBigQuery, createFirestore, createTemplateDataStorage } from './storage';
import { copyValue, describeValue } from './values';

const STATEFUL_API_NAMES = [
  'addEventCallback',
  'addMessageListener',
  'BigQuery',
  'callLater',
  'claimRequest',
  'extractEventsFromMpv1',
  'extractEventsFromMpv2',
  'Firestore',
  'getAllEventData',
  'getClientName',
  'getContainerVersion',
  'getCookieValues',
  'getEventData',
  'getGoogleAuth',
  'getGoogleScript',
  'getRemoteAddress',
  'getRequestBody',
  'getRequestHeader',
  'getRequestMethod',
  'getRequestPath',
  'getRequestQueryParameter',
  'getRequestQueryParameters',
  'getRequestQueryString',
  'hasMessageListener',
  'isRequestMpv1',
  'isRequestMpv2',
  'logToConsole',
  'Promise',
  'queryPermission',
  'returnResponse',
  'runContainer',
  'sendEventToGoogleAnalytics',
  'sendHttpGet',
  'sendHttpRequest',
  'sendMessage',
  'sendPixelFromBrowser',
  'setCookie',
  'setPixelResponse',
  'setResponseBody',
  'setResponseHeader',
  'setResponseStatus',
  'templateDataStorage',
] as const;

export const SERVER_API_NAMES: ReadonlySet<string> = new Set<string>([
  ...PURE_API_NAMES,
  ...STATEFUL_API_NAMES,
]);

/** APIs that are objects of methods rather than functions. */
export const OBJECT_APIS: ReadonlySet<string> = new Set([
  'BigQuery',
  'Firestore',
  'JSON',
  'Math',
  'Object',
  'Promise',
  'templateDataStorage',
]);

export class UnknownApiError extends Error {}

/** How logToConsole renders its arguments: strings as they are, other values as JSON. */
export function formatLogArgs(args: unknown[]): string {
  return args
    .map((a) => {
      if (typeof a === 'string') return a;
      if (a === undefined || typeof a === 'function' || typeof a === 'number') {
        return describeValue(a);
      }
      try {
        return JSON.stringify(a) ?? describeValue(a);
      } catch {
        return describeValue(a);
      }
    })
    .join(' ');
}

function text(v: unknown): string {
  return v === undefined || v === null ? '' : String(v);
}

/** The GA4 (Measurement Protocol v2) parameters that become common event data. */
const MPV2_KEYS: Record<string, string> = {
  en: 'event_name',
  cid: 'client_id',
  dl: 'page_location',
  dr: 'page_referrer',
  dt: 'page_title',
  ul: 'language',
  sr: 'screen_resolution',
  uid: 'user_id',
  tid: 'x-ga-measurement_id',
};

function extractMpv(session: Session, version: 1 | 2): Record<string, unknown>[] {
  const req = session.request;
  const isMpv2 = req.path.endsWith('/g/collect');
  if ((version === 2) !== isMpv2 || !req.path.endsWith('collect')) {
    throw new Error(
      `extractEventsFromMpv${version}: the request is not a Measurement Protocol v${version} request`,
    );
  }
  const lines = version === 2 && req.body ? req.body.split('\n') : [''];
  return lines.map((line) => {
    const params = new URLSearchParams(req.queryString + (line ? '&' + line : ''));
    const event: Record<string, unknown> = {};
    for (const [k, v] of params) {
      if (MPV2_KEYS[k]) event[MPV2_KEYS[k]] = v;
      else if (k.startsWith('ep.')) event[k.slice(3)] = v;
      else if (k.startsWith('epn.')) event[k.slice(4)] = Number(v);
      else if (k.startsWith('up.')) event['x-ga-up-' + k.slice(3)] = v;
      else event['x-ga-' + k] = v;
    }
    if (version === 1 && event.event_name === undefined)
      event.event_name = params.get('t') ?? 'page_view';
    event.ip_override = session.requestApis().getRemoteAddress();
    return event;
  });
}

export function buildApi(session: Session, name: string): unknown {
  if (!SERVER_API_NAMES.has(name)) {
    throw new UnknownApiError(`require('${name}'): no such server-side sandbox API`);
  }
  if ((PURE_API_NAMES as readonly string[]).includes(name)) return session.pureApis()[name];
  const { scheduler, tracker } = session;
  const asyncCtx = { scheduler, tracker };
  switch (name) {
    case 'Promise':
      return createPromiseApi(scheduler, tracker);
    case 'callLater':
      return (fn: unknown) => {
        if (typeof fn === 'function') scheduler.setTimer(0, () => fn());
      };
    case 'sendHttpRequest':
      return createSendHttpRequest(session.httpContext());
    case 'sendHttpGet':
      return createSendHttpGet(session.httpContext());
    case 'getEventData':
    case 'getAllEventData':
      return createEventDataApis(session.eventData)[name];
    case 'logToConsole':
      return (...args: unknown[]) => {
        session.logs.push({
          args: copyValue(args),
          text: formatLogArgs(args),
          at: scheduler.now(),
        });
      };
    case 'queryPermission':
      return (permission: unknown, ...args: unknown[]) => session.queryPermission(permission, args);
    case 'getContainerVersion':
      return () => copyValue(session.containerVersion);
    case 'getClientName':
      return () => session.clientName;
    case 'templateDataStorage':
      return createTemplateDataStorage(session.templateStorage);
    case 'BigQuery':
      return createBigQuery(asyncCtx, session.bigQueryInserts, session.options.bigQuery);
    case 'Firestore':
      return createFirestore(asyncCtx, session.firestore);
    case 'addEventCallback':
      return (cb: unknown) => {
        if (typeof cb === 'function') session.eventCallbacks.push(cb as never);
      };
    case 'claimRequest':
      return () => {
        if (session.kind !== 'Client') {
          throw new Error('claimRequest can only be called from a client');
        }
        session.requestClaimed = true;
      };
    case 'getGoogleAuth':
      return (options: unknown) =>
        Object.freeze({
          type: 'google_auth',
          scopes: copyValue((options as { scopes?: unknown } | undefined)?.scopes ?? []),
        });
    case 'getGoogleScript':
      return (script: unknown) =>
        SandboxPromise.settle(scheduler, tracker, (resolve) =>
          scheduler.setTimer(0, () => resolve({ script: `/* ${text(script)} */`, metadata: {} })),
        );
    case 'sendEventToGoogleAnalytics':
      return (event: unknown) => {
        session.analyticsEvents.push(copyValue(event));
        return SandboxPromise.settle(scheduler, tracker, (resolve) =>
          scheduler.setTimer(0, () => resolve({})),
        );
      };
    case 'sendPixelFromBrowser':
      return (url: unknown) => {
        session.pixels.push(text(url));
        return session.options.pixelFromBrowserSupported ?? true;
      };
    case 'runContainer':
      return (event: unknown, onComplete?: unknown, onStart?: unknown) => {
        session.containerRuns.push(copyValue(event));
        const bindToEvent = (fn: unknown) => fn;
        if (typeof onStart === 'function') onStart(bindToEvent);
        if (typeof onComplete === 'function') scheduler.setTimer(0, () => onComplete(bindToEvent));
      };
    case 'sendMessage':
      return (type: unknown, message: unknown) => {
        for (const listener of session.messageListeners.get(text(type)) ?? []) {
          scheduler.setTimer(0, () => listener(text(type), copyValue(message)));
        }
      };
    case 'addMessageListener':
      return (type: unknown, listener: unknown) => {
        if (typeof listener !== 'function') return;
        const list = session.messageListeners.get(text(type)) ?? [];
        list.push(listener as never);
        session.messageListeners.set(text(type), list);
      };
    case 'hasMessageListener':
      return (type: unknown) => (session.messageListeners.get(text(type)) ?? []).length > 0;
    case 'extractEventsFromMpv1':
      return () => extractMpv(session, 1);
    case 'extractEventsFromMpv2':
      return () => extractMpv(session, 2);
    default:
      return (session.requestApis() as Record<string, unknown>)[name];
  }
}
