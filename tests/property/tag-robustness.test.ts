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
    'GA4 events under the default configuration are sent to every pixel and accepted',
    () => {
      fc.assert(
        fc.property(ga4WebHit, pixelRows(false), (eventData, pixels) => {
          const tokens = pixels.map((p) => p.accessToken);
          const run = runCase(eventData, { fields: { pixels, logMode: 'always' }, tokens }, {});
          expect(run.outcome).toBe('success');
          expect(run.metaRequests.map((r) => r.url)).toEqual(
            pixels.map((p) => `https://graph.facebook.com/v26.0/${p.pixelId}/events`),
          );
          const { warnings } = checkMetaRequests(run);
          expect(warnings.filter((w) => !w.includes('Purchase without value'))).toEqual([]);
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
            const run = runCase(
              { event_name: 'Lead', action_source: actionSource, ...eventData },
              { fields: { pixels }, tokens: pixels.map((p) => p.accessToken) },
              {},
            );
            for (const request of run.metaRequests) {
              const userData = request.body.data[0].user_data;
              for (const [key, id] of Object.entries(given)) {
                const only = ACTION_SOURCE_OF_KEY[key];
                const expected =
                  only === undefined || only === actionSource ? String(id) : undefined;
                expect(userData[key], `${key} (${actionSource})`).toBe(expected);
              }
            }
            expect(run.metaRequests).toHaveLength(pixels.length);
          },
        ),
        ids.params,
      );
    },
    ids.timeoutMs,
  );
});
