/**
 * `npm run bench`: what one event costs the built template, for a
 * page_view and for the rich purchase the cost targets are set on
 * (events.ts). GTM interprets the code and re-runs the whole body per
 * event, so the figures that matter are interpreted operations: function
 * calls, loop iterations, sandbox API calls (by name) and the literal
 * elements the top level builds (instrument.ts, cost.ts). Times follow:
 * µs per event under sval, a JavaScript interpreter written in JavaScript
 * (interpreted.ts), next to V8 in the harness as dist/cli.js ships it; then
 * the shipped code's size and the build's wall time.
 *
 * BENCH_RUNS sets the timed V8 runs per event (default 3000); the
 * interpreter gets a tenth of them.
 */
import * as esbuild from 'esbuild';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildTemplate } from '../build/build';
import { NODE_BUNDLE } from '../build/cli-bundle.mjs';
import type { RunOptions, Runtime } from '../build/harness';
import { parseTpl, type Template } from '../build/tpl';
import { measureCost, type EventCost } from './cost';
import { GOVERNED_PURCHASE, PAGE_VIEW, RICH_PURCHASE } from './events';
import { timeInterpreted } from './interpreted';
import { formatBuildTime, measureBuildTime } from './build-time';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const RUNS = Number(process.env.BENCH_RUNS ?? 3000);
const WARMUP_RUNS = 500;

/** Per rich purchase (DESIGN.md §5). */
const TARGETS = { calls: 350, iterations: 150, apiCalls: 250, topLevelLiteralElements: 100 };
const TARGET_CODE_BYTES = 60 * 1024;

type ShippedHarness = Pick<typeof import('../build/harness'), 'createRuntime'>;

/**
 * The harness bundled as dist/cli.js ships it (esbuild, no keepNames):
 * under tsx every closure the harness makes would also pay for a name
 * wrapper that no user runs.
 */
async function shippedHarness(): Promise<ShippedHarness> {
  // In dist/, so its npm imports resolve from node_modules.
  const outfile = path.join(ROOT, 'dist', `.bench-harness-${process.pid}.mjs`);
  await esbuild.build({
    ...NODE_BUNDLE,
    stdin: {
      contents: "export { createRuntime } from './build/harness/index.ts';",
      resolveDir: ROOT,
      loader: 'ts',
    },
    outfile,
  });
  try {
    return (await import(pathToFileURL(outfile).href)) as ShippedHarness;
  } finally {
    rmSync(outfile, { force: true });
  }
}

interface V8Timing {
  medianUs: number;
  p95Us: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

function timeV8(runtime: Runtime, options: RunOptions): V8Timing {
  const once = () => {
    const result = runtime.run(options);
    if (result.outcome !== 'success' || result.requests.length === 0) {
      throw new Error(
        'the benchmark event was not sent: ' + JSON.stringify(result.error ?? result.outcome),
      );
    }
  };
  for (let i = 0; i < WARMUP_RUNS; i++) once();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    once();
    samples.push((performance.now() - t0) * 1000);
  }
  samples.sort((a, b) => a - b);
  return { medianUs: percentile(samples, 0.5), p95Us: percentile(samples, 0.95) };
}

const cell = (value: number | string) => String(value).padStart(14);

function costRows(costs: EventCost[]): string[] {
  const names = [...new Set(costs.flatMap((c) => Object.keys(c.apiCallsByName)))].sort(
    (a, b) => (costs[1].apiCallsByName[b] ?? 0) - (costs[1].apiCallsByName[a] ?? 0),
  );
  const row = (label: string, values: (number | string)[]) =>
    label.padEnd(34) + values.map(cell).join('');
  return [
    row(
      'function calls',
      costs.map((c) => c.calls),
    ),
    row(
      'loop iterations',
      costs.map((c) => c.iterations),
    ),
    row(
      'sandbox API calls',
      costs.map((c) => c.apiCalls),
    ),
    ...names.map((name) =>
      row(
        '  ' + name,
        costs.map((c) => c.apiCallsByName[name] ?? 0),
      ),
    ),
    row(
      'keys walked by Object.keys etc.',
      costs.map((c) => c.keysWalked),
    ),
    row(
      'top-level literal elements',
      costs.map((c) => c.topLevelLiteralElements),
    ),
  ];
}

function misses(rich: EventCost, codeBytes: number): string[] {
  const found: string[] = [];
  for (const key of Object.keys(TARGETS) as (keyof typeof TARGETS)[]) {
    if (rich[key] > TARGETS[key]) found.push(`${key} ${rich[key]} > ${TARGETS[key]}`);
  }
  if (codeBytes > TARGET_CODE_BYTES) found.push(`code ${codeBytes} bytes > ${TARGET_CODE_BYTES}`);
  return found;
}

async function main(): Promise<void> {
  const template: Template = parseTpl((await buildTemplate()).tpl);
  const codeBytes = Buffer.byteLength(template.serverCode ?? '', 'utf8');
  const events: [string, RunOptions][] = [
    ['page_view', PAGE_VIEW],
    ['rich purchase', RICH_PURCHASE],
    ['governed', GOVERNED_PURCHASE],
  ];
  const costs = events.map(([, options]) => measureCost(template, options));
  const { createRuntime } = await shippedHarness();
  const runtime = createRuntime(template);
  const interpreterRuns = Math.max(10, Math.round(RUNS / 10));

  console.log('Work per event (built template, instrumented)\n');
  console.log(''.padEnd(34) + events.map(([name]) => cell(name)).join(''));
  for (const line of costRows(costs)) console.log(line);
  console.log('\nTime per event (median µs)\n');
  console.log(''.padEnd(34) + events.map(([name]) => cell(name)).join(''));
  const interpreted = events.map(([, o]) => timeInterpreted(template, o, interpreterRuns));
  console.log(
    'sval interpreter'.padEnd(34) + interpreted.map((t) => cell(t.medianUs.toFixed(0))).join(''),
  );
  const v8 = events.map(([, o]) => timeV8(runtime, o));
  console.log('V8 in the harness'.padEnd(34) + v8.map((t) => cell(t.medianUs.toFixed(0))).join(''));
  console.log('V8 p95'.padEnd(34) + v8.map((t) => cell(t.p95Us.toFixed(0))).join(''));
  console.log(
    `\n(${interpreterRuns} interpreted and ${RUNS} V8 runs per event, after warm-up)` +
      `\nshipped code: ${codeBytes} bytes (${(codeBytes / 1024).toFixed(1)} KB)`,
  );
  const missed = misses(costs[1], codeBytes);
  console.log(
    missed.length === 0
      ? '\nrich purchase: every cost target met'
      : '\nrich purchase: targets missed:\n  ' + missed.join('\n  '),
  );
  console.log('\n' + formatBuildTime(measureBuildTime()));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
