/**
 * What must hold after ANY run of the tag, whatever the event, fields,
 * cookies or Graph answers: one callback exactly once, no exception and no
 * permission violation (either would be run.error), every request valid
 * for Meta, hashed keys hashed (never the hash of ""), never-hash keys
 * taken from the inputs as they are, and no token outside a request body.
 */
import { expect } from 'vitest';
import { NEVER_HASHED_KEYS } from '../../template-src/meta/spec';
import { HASHED_USER_KEYS } from '../helpers/meta-event-spec';
import { assertValidMetaRequests } from '../helpers/request-spec';
import type { TagRun } from '../helpers/tag';

/** SHA-256 lowercase hex, optionally with a Parameter Builder appendix passed through. */
const HASHED = /^[0-9a-f]{64}(\.[A-Za-z0-9_-]{8}|\.[A-Za-z0-9_-]{2})?$/;
const SHA256_OF_EMPTY = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
/** Identity keys the tag derives (a port stripped, a value built): no input holds them verbatim. */
const DERIVED_KEYS = ['client_ip_address', 'fbc', 'fbp'];

export interface CaseInputs {
  eventData: unknown;
  fields: Record<string, unknown>;
  /** Every access token in the fields. */
  tokens: string[];
}

/** Every string and number in a value, as text (what a never-hash key may be taken from). */
function leavesOf(value: unknown, into: string[] = [], depth = 0): string[] {
  if (typeof value === 'string') into.push(value);
  else if (typeof value === 'number') into.push(String(value));
  else if (value !== null && typeof value === 'object' && depth < 50) {
    for (const v of Object.values(value)) leavesOf(v, into, depth + 1);
  }
  return into;
}

function sentEvents(run: TagRun): Record<string, any>[] {
  return run.metaRequests.flatMap((r) => (Array.isArray(r.body?.data) ? r.body.data : []));
}

function describeRun(run: TagRun): string {
  return JSON.stringify({
    outcome: run.outcome,
    error: run.error,
    problems: run.problems,
    success: run.gtmOnSuccessCalls,
    failure: run.gtmOnFailureCalls,
  });
}

function checkCallbacks(run: TagRun): void {
  const summary = describeRun(run);
  expect(run.error, summary).toBeUndefined();
  expect(['success', 'failure'], summary).toContain(run.outcome);
  expect(run.gtmOnSuccessCalls + run.gtmOnFailureCalls, summary).toBe(1);
  expect(run.problems, summary).toEqual([]);
}

function checkUserData(run: TagRun, inputs: CaseInputs): void {
  const leaves = leavesOf([inputs.eventData, inputs.fields]);
  const givenEmptyHash = leaves.some((t) => t.toLowerCase().includes(SHA256_OF_EMPTY));
  const externalIdHashed = inputs.fields.hashExternalId !== false;
  for (const event of sentEvents(run)) {
    const userData: Record<string, unknown> = event.user_data ?? {};
    for (const key of HASHED_USER_KEYS.concat(externalIdHashed ? ['external_id'] : [])) {
      if (userData[key] === undefined) continue;
      const values = Array.isArray(userData[key]) ? (userData[key] as unknown[]) : [userData[key]];
      for (const v of values) {
        expect(typeof v === 'string' && HASHED.test(v), `user_data.${key} = ${String(v)}`).toBe(
          true,
        );
        if (!givenEmptyHash) {
          expect(v, `user_data.${key} is the hash of ""`).not.toBe(SHA256_OF_EMPTY);
        }
      }
    }
    for (const key of NEVER_HASHED_KEYS) {
      const v = userData[key];
      if (v === undefined || DERIVED_KEYS.includes(key)) continue;
      const text = typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
      expect(
        text !== undefined && text !== '' && leaves.some((leaf) => leaf.includes(text)),
        `user_data.${key} = ${JSON.stringify(v)} is not a value the event or fields gave`,
      ).toBe(true);
    }
  }
}

function checkTokens(run: TagRun, tokens: string[]): void {
  const outside = [
    ...run.requests.map((r) => r.url),
    ...run.logs.map((l) => l.text),
    ...run.cookiesSet.map((c) => JSON.stringify(c)),
  ];
  for (const token of tokens) {
    expect(
      outside.filter((text) => text.includes(token)),
      'token outside a request body',
    ).toEqual([]);
  }
}

export function assertTagInvariants(run: TagRun, inputs: CaseInputs): void {
  checkCallbacks(run);
  assertValidMetaRequests(run);
  checkUserData(run, inputs);
  checkTokens(run, inputs.tokens);
}
