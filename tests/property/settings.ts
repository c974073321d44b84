/**
 * How many cases the property suite runs, and from which seed. CI runs a
 * fixed seed and CI_TOTAL cases; PROPERTY_RUNS=100000 spreads that many
 * over the same properties (with the same shares), PROPERTY_SEED replays a
 * reported failure.
 */
import type { Parameters } from 'fast-check';

const CI_TOTAL = 2400;
const CI_SEED = 20261122;

const TOTAL = positiveInteger(process.env.PROPERTY_RUNS) ?? CI_TOTAL;
const SEED = integer(process.env.PROPERTY_SEED) ?? CI_SEED;

/** Budget per case for vitest's timeout, generous for slow machines. */
const MS_PER_CASE = 60;
const MIN_TIMEOUT_MS = 60_000;

function integer(text: string | undefined): number | undefined {
  return text !== undefined && /^-?\d+$/.test(text.trim()) ? Number(text) : undefined;
}

function positiveInteger(text: string | undefined): number | undefined {
  const n = integer(text);
  return n !== undefined && n > 0 ? n : undefined;
}

export interface PropertyBudget {
  params: Parameters<unknown>;
  /** For vitest's per-test timeout. */
  timeoutMs: number;
}

/** fast-check parameters for a property that gets `share` of the total cases. */
export function budget(share: number): PropertyBudget {
  const numRuns = Math.max(1, Math.round(TOTAL * share));
  return {
    params: { seed: SEED, numRuns },
    timeoutMs: Math.max(MIN_TIMEOUT_MS, numRuns * MS_PER_CASE),
  };
}
