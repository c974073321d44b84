/**
 * The interpreted work of one event: the built code instrumented
 * (instrument.ts) and run in the harness, which records every sandbox API
 * call. The callbacks gtmOnSuccess/gtmOnFailure are not sandbox APIs and
 * are left out.
 */
import { createRuntime, type RunOptions } from '../build/harness';
import type { Template } from '../build/tpl';
import { instrument } from './instrument';

export interface EventCost {
  calls: number;
  iterations: number;
  apiCalls: number;
  apiCallsByName: Record<string, number>;
  /** Own keys walked by Object.keys/values/entries (see instrument.ts). */
  keysWalked: number;
  topLevelLiteralElements: number;
}

/** Measures events on one template, instrumented and compiled once. */
export type CostMeter = (options: RunOptions) => EventCost;

const CALLBACKS = new Set(['gtmOnSuccess', 'gtmOnFailure']);

export function costMeter(template: Template): CostMeter {
  const counted = instrument(template.serverCode ?? '');
  const runtime = createRuntime({
    code: counted.code,
    permissions: template.serverPermissions,
    type: 'TAG',
  });
  return (options) => {
    const run = runtime.run({ ...options, recordCalls: 'references' });
    if (run.error) throw new Error('the instrumented template failed: ' + run.error.message);
    const counters = run.returnValue as { calls: number; iterations: number; keysWalked: number };
    const apiCallsByName: Record<string, number> = {};
    let apiCalls = 0;
    const calls = run.apiCalls;
    for (let i = 0; i < calls.length; i++) {
      const call = calls[i];
      if (CALLBACKS.has(call.api)) continue;
      // The harness records `JSON.parse` also under `JSON`, for assertApi('JSON'): one call.
      const dot = call.api.indexOf('.');
      if (dot > 0 && calls[i + 1]?.api === call.api.slice(0, dot)) i++;
      apiCallsByName[call.api] = (apiCallsByName[call.api] ?? 0) + 1;
      apiCalls++;
    }
    return {
      calls: counters.calls,
      iterations: counters.iterations,
      apiCalls,
      apiCallsByName,
      keysWalked: counters.keysWalked,
      topLevelLiteralElements: counted.topLevelLiteralElements,
    };
  };
}

/** The work as one number: calls, loop iterations, API calls and the keys they walk. */
export function operations(cost: EventCost): number {
  return cost.calls + cost.iterations + cost.apiCalls + cost.keysWalked;
}

export function measureCost(template: Template, options: RunOptions): EventCost {
  return costMeter(template)(options);
}
