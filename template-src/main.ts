/**
 * The tag's entry point: GTM runs the compiled body of this module once per
 * event. It reads the event and the cookies, asks the modules beside it what
 * to send, writes cookies and sends. Every path ends in exactly one of
 * data.gtmOnSuccess() / data.gtmOnFailure():
 * - success: sent and accepted; or deliberately not sent (consent denied,
 *   event name blocked by governance);
 * - failure: bad tag configuration, an event Meta would reject (no usable
 *   event name, older than 7 days), or delivery failed.
 */
import { decideConsent, type ConsentFields } from './consent/index';
import { ENHANCEMENT_COOKIE, FBC_COOKIE, FBP_COOKIE } from './cookie-names';
import { buildCustomData, type CustomDataFields } from './custom-data/build-custom-data';
import { readDeliveryConfig } from './delivery/config';
import { deliver } from './delivery/send';
import { applyEventEnhancement, type EnhancementFields } from './enhancement/index';
import { readEventData } from './event-data/read-event-data';
import { buildEventFields, type EventFieldsInput } from './event-fields/index';
import { resolveEventName, type EventNameFields } from './event-name/resolve-event-name';
import type { CookieToSet } from './identity/cookies';
import { resolveIdentity, type IdentityFields } from './identity/index';
import { createLogger } from './log/logger';
import { rawIdentifiers } from './log/sensitive';
import { getCookieValues, getTimestampMillis, Object, setCookie } from './sandbox/apis';
import { buildUserData, type UserDataFields } from './user-data/build-user-data';
import { validateServerEvent, type Problem } from './validate/index';

/** The field values each module reads from `data`. */
type TagFields = TagData &
  ConsentFields &
  EventNameFields &
  EventFieldsInput &
  IdentityFields &
  UserDataFields &
  EnhancementFields &
  CustomDataFields;

function setCookies(cookies: CookieToSet[]): void {
  for (const c of cookies) setCookie(c.name, c.value, c.options);
}

function runTag(fields: TagFields): void {
  const log = createLogger(fields);
  const delivery = readDeliveryConfig(fields);
  if (delivery.config === undefined) {
    log.problems('config', delivery.problems);
    data.gtmOnFailure();
    return;
  }

  const eventData = readEventData();
  const problems: Problem[] = [];
  const consent = decideConsent(eventData, fields, problems);
  if (!consent.allowed) {
    log.problems('consent', problems);
    log.write('not_sent', { reason: consent.reason });
    data.gtmOnSuccess();
    return;
  }

  const name = resolveEventName(eventData, fields);
  if (name.blocked !== undefined) {
    log.write('not_sent', { reason: name.blocked });
    data.gtmOnSuccess();
    return;
  }
  if (name.invalid !== undefined) {
    log.problems(name.invalid.key === 'event_name' ? 'event' : 'config', [name.invalid]);
    log.write('not_sent', { reason: 'no event name Meta would accept' });
    data.gtmOnFailure();
    return;
  }

  const now = getTimestampMillis();
  const eventFields = buildEventFields(eventData, fields, now, problems);
  if (eventFields.drop !== undefined) {
    log.problems('event', problems);
    log.write('not_sent', { event_name: name.name, reason: eventFields.drop });
    data.gtmOnFailure();
    return;
  }

  const identity = resolveIdentity(
    eventData,
    fields,
    { fbc: getCookieValues(FBC_COOKIE), fbp: getCookieValues(FBP_COOKIE) },
    now,
    problems,
  );
  const userData: { [key: string]: any } = identity.userData;
  const configured = buildUserData(eventData, fields, problems);
  for (const key in configured) {
    if (configured.hasOwnProperty(key)) userData[key] = configured[key];
  }
  const enhancement = applyEventEnhancement(
    userData,
    fields,
    getCookieValues(ENHANCEMENT_COOKIE),
    now,
    problems,
  );

  const event: { [key: string]: any } = { event_name: name.name };
  for (const key in eventFields.fields) {
    if (eventFields.fields.hasOwnProperty(key)) event[key] = (eventFields.fields as any)[key];
  }
  event.user_data = enhancement.userData;
  const customData = buildCustomData(eventData, fields, name.name, problems);
  if (Object.keys(customData).length > 0) event.custom_data = customData;

  const checked = validateServerEvent(event, now);
  log.protect(rawIdentifiers(event.user_data));
  log.problems('event', problems.concat(checked.problems));
  if (!checked.sendable) {
    log.write('not_sent', { event_name: name.name, reason: 'Meta would reject this event' });
    data.gtmOnFailure();
    return;
  }

  if (consent.cookiesAllowed !== false) {
    setCookies(identity.cookiesToSet.concat(enhancement.cookiesToSet));
  }
  deliver(
    { event: checked.event, eventTestCode: eventData.test_event_code },
    delivery.config,
    log,
    {
      onSuccess: data.gtmOnSuccess,
      onFailure: data.gtmOnFailure,
    },
  );
}

runTag(data as TagFields);
