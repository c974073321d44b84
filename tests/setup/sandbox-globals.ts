/**
 * Vitest setup: a global `require` like the sandbox's, so template-src
 * modules (which require their APIs at import time, via sandbox/apis.ts) can
 * be unit-tested directly. It serves the pure API fakes with a controllable
 * clock and random source. Every other API the sandbox knows is a stub that
 * throws only when used, so imports always succeed; unknown names throw at
 * require time, as GTM rejects them. Clock and random source are reset
 * before each test.
 *
 * Vitest hands every module its own CommonJS `require`, which shadows this
 * global; vitest.config.ts must make template-src modules use the global one.
 */
import { readFileSync } from 'node:fs';
import { beforeEach } from 'vitest';
import { createPureApis } from '../../build/harness/pure-apis';

const DEFAULT_CLOCK_MS = Date.UTC(2026, 10, 22);
const DEFAULT_RANDOM_SEED = 1;

let clockMs = DEFAULT_CLOCK_MS;
let random = seededRandom(DEFAULT_RANDOM_SEED);

export function setSandboxClock(ms: number): void {
  clockMs = ms;
}

/** fn must return numbers in [0, 1). */
export function setSandboxRandom(fn: () => number): void {
  random = fn;
}

/** Back to the fixed clock (2026-11-22T00:00:00Z) and the seeded random sequence. */
export function resetSandboxGlobals(): void {
  clockMs = DEFAULT_CLOCK_MS;
  random = seededRandom(DEFAULT_RANDOM_SEED);
}

/** mulberry32: a small deterministic PRNG, so generated ids differ but repeat run to run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every name the typings declare for `require`, plus any apis.ts requires. */
function knownApiNames(): Set<string> {
  const sources = ['../../template-src/types/sandbox.d.ts', '../../template-src/sandbox/apis.ts'];
  const names = new Set<string>();
  for (const source of sources) {
    const text = readFileSync(new URL(source, import.meta.url), 'utf8');
    for (const match of text.matchAll(/(?:\(name: |require\()'([A-Za-z0-9_]+)'\)/g)) {
      names.add(match[1]);
    }
  }
  return names;
}

/**
 * Throws when called, and so does every method read from it (for object
 * APIs such as Promise or templateDataStorage). `then` and symbols read as
 * undefined so the stub is never mistaken for a promise or an iterable.
 */
function unavailableApi(name: string): unknown {
  const fail = (member: string) => () => {
    throw new Error(`${member} is not available in unit tests: test it through the harness`);
  };
  return new Proxy(fail(name), {
    get: (target, prop) =>
      typeof prop === 'symbol' || prop === 'then' ? undefined : fail(`${name}.${prop}`),
  });
}

function installRequire(): void {
  const pure = createPureApis({ now: () => clockMs, random: () => random() });
  const stubs = new Map<string, unknown>();
  for (const name of knownApiNames()) {
    if (!Object.prototype.hasOwnProperty.call(pure, name)) stubs.set(name, unavailableApi(name));
  }
  const sandboxRequire = (name: string): unknown => {
    if (Object.prototype.hasOwnProperty.call(pure, name)) return pure[name];
    if (stubs.has(name)) return stubs.get(name);
    throw new Error(`require('${name}'): no such sandbox API`);
  };
  Object.defineProperty(globalThis, 'require', {
    value: sandboxRequire,
    writable: true,
    configurable: true,
  });
}

installRequire();
beforeEach(resetSandboxGlobals);
