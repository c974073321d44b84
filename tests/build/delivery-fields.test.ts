/**
 * The delivery-time bound in the UI: GTM's sandbox promise rejects after 5 s,
 * so the request timeout field accepts only timeouts whose attempts fit the
 * delivery budget for the chosen number of retries.
 */
import { describe, expect, it } from 'vitest';
import { flattenFields } from '../../build/fields-check';
import {
  DEFAULT_RETRIES,
  DEFAULT_TIMEOUT_MS,
  DELIVERY_BUDGET_MS,
  DELIVERY_MARGIN_MS,
  MAX_RETRIES,
  maxTimeoutMs,
  MIN_TIMEOUT_MS,
} from '../../template-src/delivery/defaults';
import { fieldSources } from '../../template-src/definition/fields/index';

const fields = flattenFields(fieldSources);
const timeout = fields.find((f) => f.name === 'requestTimeoutMs')!;
const retries = fields.find((f) => f.name === 'retries')!;

/** Whether GTM's validators (those enabled for this retries value) accept the text. */
function accepts(text: string, retriesValue: unknown): boolean {
  return (timeout.valueValidators ?? [])
    .filter((v) =>
      (v.enablingConditions ?? []).every(
        (c) =>
          c.paramName === 'retries' && (c.type === 'EQUALS') === (c.paramValue === retriesValue),
      ),
    )
    .every((v) => v.type !== 'REGEX' || new RegExp(String(v.args![0])).test(text));
}

describe('request timeout and retries fields', () => {
  it('derive the bound from the budget: timeout × attempts + margin ≤ budget', () => {
    expect([0, 1, 2].map(maxTimeoutMs)).toEqual([4200, 2100, 1400]);
    for (let r = 0; r <= MAX_RETRIES; r++) {
      expect(maxTimeoutMs(r) * (r + 1) + DELIVERY_MARGIN_MS).toBeLessThanOrEqual(
        DELIVERY_BUDGET_MS,
      );
      expect((maxTimeoutMs(r) + 1) * (r + 1) + DELIVERY_MARGIN_MS).toBeGreaterThan(
        DELIVERY_BUDGET_MS,
      );
    }
  });

  it('has one validator per retries choice, each enabled by that choice', () => {
    const values = retries.selectItems!.map((i) => i.value);
    expect(values).toEqual(['0', '1', '2']);
    const conditions = timeout.valueValidators!.map((v) => v.enablingConditions);
    expect(conditions).toEqual(
      values.map((v) => [{ paramName: 'retries', paramValue: v, type: 'EQUALS' }]),
    );
  });

  it('accepts exactly the whole-millisecond timeouts that fit, for every retries choice', () => {
    for (const item of retries.selectItems!) {
      const r = Number(item.value);
      for (let ms = 0; ms <= 6000; ms++) {
        const fits =
          ms >= MIN_TIMEOUT_MS && ms * (r + 1) + DELIVERY_MARGIN_MS <= DELIVERY_BUDGET_MS;
        if (accepts(String(ms), item.value) !== fits) {
          expect({ retries: r, timeoutMs: ms, accepted: !fits }).toEqual({
            retries: r,
            timeoutMs: ms,
            accepted: fits,
          });
        }
      }
      expect(accepts(' ' + maxTimeoutMs(r) + ' ', item.value)).toBe(true);
      expect(accepts('{{Meta timeout}}', item.value)).toBe(true);
      expect(accepts('1500.5', item.value)).toBe(false);
      expect(accepts('01500', item.value)).toBe(false);
    }
  });

  it('defaults fit the budget', () => {
    expect(timeout.defaultValue).toBe(String(DEFAULT_TIMEOUT_MS));
    expect(retries.defaultValue).toBe(String(DEFAULT_RETRIES));
    expect(accepts(String(DEFAULT_TIMEOUT_MS), String(DEFAULT_RETRIES))).toBe(true);
  });

  it('explains the bound in the help text', () => {
    expect(timeout.help).toContain('5 seconds');
    expect(timeout.help).toContain(
      '4200 ms with no retry, 2100 ms with 1 retry, 1400 ms with 2 retries',
    );
  });
});
