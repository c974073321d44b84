/**
 * The BUILT template, run in the harness on generated events, field values,
 * cookies and Graph answers: whatever comes in, the tag ends with exactly
 * one callback, throws nothing, sends only requests Meta accepts, hashes
 * what must be hashed and nothing else, and keeps tokens out of URLs, logs
 * and cookies (see invariants.ts). Case counts and the seed: settings.ts.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { ResponseRule } from '../../build/harness';
import { ACTION_SOURCE_OF_KEY } from '../../template-src/meta/spec';
import { checkMetaRequests } from '../helpers/request-spec';
import { metaOk, runTag } from '../helpers/tag';
import {
  ga4EventData,
  ga4WebHit,
  graphAnswers,
  hostileEventData,
  metaEventData,
  NEVER_HASHED_SOURCES,
  NOW_MS,
  pixelRows,
  plainIdentifiers,
  previewMode,
  requestCookies,
  requestHeaders,
  tagFields,
  type FieldsCase,
} from './arbitraries';
import { assertTagInvariants } from './invariants';
import { budget } from './settings';

function runCase(
  eventData: Record<string, unknown>,
  { fields, tokens }: FieldsCase,
  extra: {
    cookies?: Record<string, string | string[]>;
    headers?: Record<string, string>;
    responses?: ResponseRule[];
    preview?: boolean;
  },
) {
  const run = runTag({
    fields,
    eventData,
    cookies: extra.cookies,
    headers: extra.headers,
    responses: extra.responses ?? metaOk(),
    now: NOW_MS,
    containerVersion: { previewMode: extra.preview ?? false },
  });
  assertTagInvariants(run, { eventData, fields, tokens });
  return run;
}

/** Currencies of the generated GA4 events (arbitraries.ts) that are ISO 4217 codes. */
const USABLE_CURRENCIES = ['USD', 'eur', 'GBP', ' jpy '];

/**
 * Whether a generated GA4 purchase gives a usable value and currency of its
 * own (top level, or in `ecommerce`); undefined for other events. Every
 * generated value but 'free' is a number the tag reads.
 */
function purchaseMoney(
  event: Record<string, any>,
): { value: boolean; currency: boolean } | undefined {
  if (event.event_name !== 'purchase') return undefined;
  const value = event.value ?? event.ecommerce?.value;
  const currency = event.currency ?? event.ecommerce?.currency;
  return {
    value: value !== undefined && value !== 'free',
    currency: USABLE_CURRENCIES.includes(currency),
  };
}

describe('the built tag on generated input', () => {
  const hostile = budget(0.38);
  test(
    'hostile event data, field values, cookies and Graph answers',
    () => {
      fc.assert(
        fc.property(
          hostileEventData,
          tagFields({ hostile: true, consent: true }),
          requestCookies,
          requestHeaders,
          graphAnswers,
          previewMode,
          (eventData, fields, cookies, headers, responses, preview) => {
            runCase(eventData, fields, { cookies, headers, responses, preview });
          },
        ),
        hostile.params,
      );
    },
    hostile.timeoutMs,
  );

  const shaped: [string, fc.Arbitrary<Record<string, unknown>>, number][] = [
    ['Meta-keyed event data under any valid configuration', metaEventData, 0.2],
    ['GA4-shaped event data under any valid configuration', ga4EventData, 0.18],
  ];
  for (const [name, events, share] of shaped) {
    const { params, timeoutMs } = budget(share);
    test(
      name,
      () => {
        fc.assert(
          fc.property(
            events,
            tagFields({ hostile: false, consent: true }),
            requestCookies,
            graphAnswers,
            (eventData, fields, cookies, responses) => {
              runCase(eventData, fields, { cookies, responses });
            },
          ),
          params,
        );
      },
      timeoutMs,
    );
  }

  const sent = budget(0.1);
  test(
    'GA4 events under the default configuration are sent to every pixel and accepted, but a Purchase without value or currency',
    () => {
      fc.assert(
        fc.property(ga4WebHit, pixelRows(false), (eventData, pixels) => {
          const tokens = pixels.map((p) => p.accessToken);
          const run = runCase(eventData, { fields: { pixels, logMode: 'always' }, tokens }, {});
          const money = purchaseMoney(eventData);
          const notSent = run.logs
            .map((l) => JSON.parse(l.text))
            .filter((line) => line.type === 'not_sent');
          if (money !== undefined && (!money.currency || (!money.value && notSent.length > 0))) {
            // Issue 13: Meta would reject it, so it is not sent (a missing value may still come
            // from the items, when every one has a price).
            expect(run.outcome).toBe('failure');
            expect(run.requests).toEqual([]);
            expect(notSent).toHaveLength(1);
            const prefix = 'Meta would reject this event: ';
            expect(notSent[0].reason.startsWith(prefix)).toBe(true);
            const missing: string[] = notSent[0].reason.substring(prefix.length).split('; ');
            expect(missing.includes('a Purchase without currency')).toBe(!money.currency);
            if (money.value) expect(missing).not.toContain('a Purchase without value');
            const known = ['a Purchase without value', 'a Purchase without currency'];
            expect(missing.filter((m) => !known.includes(m))).toEqual([]);
            return;
          }
          expect(run.outcome).toBe('success');
          expect(run.metaRequests.map((r) => r.url)).toEqual(
            pixels.map((p) => `https://graph.facebook.com/v26.0/${p.pixelId}/events`),
          );
          const { warnings } = checkMetaRequests(run);
          expect(warnings).toEqual([]);
        }),
        sent.params,
      );
    },
    sent.timeoutMs,
  );

  const ids = budget(0.04);
  test(
    'never-hash identifiers are sent exactly as the event gives them, app and messaging ones for their action_source only',
    () => {
      fc.assert(
        fc.property(
          plainIdentifiers,
          fc.constantFrom('website', 'app', 'business_messaging'),
          pixelRows(false),
          (given, actionSource, pixels) => {
            const eventData = Object.fromEntries(
              Object.entries(given).map(([key, id]) => [NEVER_HASHED_SOURCES[key], id]),
            );
            // What Meta requires of app and business_messaging events (issue 13: not sent without).
            const required =
              actionSource === 'app'
                ? {
                    app_data: { advertiser_tracking_enabled: 1, extinfo: ['a2', '', '', '', '14'] },
                  }
                : actionSource === 'business_messaging'
                  ? { messaging_channel: 'whatsapp' }
                  : {};
            const run = runCase(
              { event_name: 'Lead', action_source: actionSource, ...required, ...eventData },
              { fields: { pixels }, tokens: pixels.map((p) => p.accessToken) },
              {},
            );
            const expected: Record<string, string | undefined> = {};
            for (const [key, id] of Object.entries(given)) {
              const only = ACTION_SOURCE_OF_KEY[key];
              // business_messaging carries no browser identity (issue 14): no user agent.
              const browserOnly =
                key === 'client_user_agent' && actionSource === 'business_messaging';
              expected[key] =
                (only === undefined || only === actionSource) && !browserOnly
                  ? String(id)
                  : undefined;
            }
            for (const request of run.metaRequests) {
              const userData = request.body.data[0].user_data;
              for (const key of Object.keys(given)) {
                expect(userData[key], `${key} (${actionSource})`).toBe(expected[key]);
              }
            }
            // A website event always has an fbp; another one with no identifier left has no
            // customer information, and Meta would reject it: not sent.
            const anyId = Object.values(expected).some((id) => id !== undefined);
            expect(run.metaRequests).toHaveLength(
              actionSource === 'website' || anyId ? pixels.length : 0,
            );
          },
        ),
        ids.params,
      );
    },
    ids.timeoutMs,
  );
});
