/**
 * `npm run bench`: how fast the built template runs in the harness (bundled
 * as dist/cli.js ships it), and how long a build takes. Builds from the
 * current sources, then times single runs of two events (a bare page_view;
 * a rich purchase: 10 items, full user data, two pixels) and prints median
 * and p95 per event in microseconds, runs per second, and the build's wall
 * time. A minimal tag (the harness test fixture: one event-data read, a
 * cookie, one request) shows what the harness itself costs per run.
 *
 * Targets: rich purchase under 300 µs median; at least 2,000 runs/s.
 * BENCH_RUNS sets the timed runs per event (default 3000).
 */
import * as esbuild from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildTemplate } from '../build/build';
import { NODE_BUNDLE } from '../build/cli-bundle.mjs';
import type { RunOptions, Runtime } from '../build/harness';
import { formatBuildTime, measureBuildTime } from './build-time';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

type ShippedHarness = Pick<typeof import('../build/harness'), 'createRuntime'> &
  Pick<typeof import('../build/tpl'), 'parseTpl'>;

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
      contents:
        "export { createRuntime } from './build/harness/index.ts';\nexport { parseTpl } from './build/tpl.ts';",
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

const NOW_MS = Date.UTC(2026, 10, 22, 12);
const RUNS = Number(process.env.BENCH_RUNS ?? 3000);
const WARMUP_RUNS = 500;
const BUILDS = 5;
const TARGET_RICH_MEDIAN_US = 300;
const TARGET_RUNS_PER_SECOND = 2000;

const OK = [
  {
    url: 'https://graph.facebook.com/',
    status: 200,
    headers: { 'content-type': 'application/json' },
    body: { events_received: 1, messages: [], fbtrace_id: 'AbCdEfGh' },
  },
];

/** The harness's own baseline: a small tag (one event-data read, a cookie, JSON, one request, logs). */
const MINIMAL_TAG = new URL('../tests/fixtures/harness/preview-tag.tpl', import.meta.url);
const minimal: RunOptions = {
  data: { pixelId: '1', accessToken: 't' },
  eventData: { event_name: 'Purchase' },
  request: { cookies: { _fbp: ['fb.1.2.3'] } },
  responses: [{ status: 200, body: '{"events_received":1}' }],
};

const pixel = (id: string) => ({ pixelId: id, accessToken: 'EAAG' + id, appSecretProof: '' });

const browser = {
  page_location: 'https://shop.example.com/p/42?utm_source=fb&fbclid=IwAR2F4-dbP0l7Mn1Iaw',
  page_referrer: 'https://www.facebook.com/',
  user_agent:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36',
  ip_override: '203.0.113.9',
  client_id: '1234567890.1763700000',
};

const pageView: RunOptions = {
  data: { pixels: [pixel('1234567890')] },
  eventData: { event_name: 'page_view', event_id: 'pv-1', ...browser },
  request: { cookies: { _fbp: ['fb.1.1763700000000.1234567890'] } },
  responses: OK,
  now: NOW_MS,
};

const richPurchase: RunOptions = {
  data: { pixels: [pixel('1234567890'), pixel('9876543210')], phoneDefaultCountryCode: '1' },
  eventData: {
    event_name: 'purchase',
    event_id: 'order-1001',
    ...browser,
    transaction_id: 'T-1001',
    value: 1234.5,
    currency: 'usd',
    items: Array.from({ length: 10 }, (_, i) => ({
      item_id: 'SKU-' + i,
      item_name: 'Product ' + i,
      item_category: 'Shoes',
      price: 12.34 + i,
      quantity: 1 + (i % 3),
    })),
    user_data: {
      email_address: ' Jane.Doe@Example.com ',
      phone_number: '(650) 555-1212',
      address: {
        first_name: 'Jane',
        last_name: "O'Brien",
        city: 'San Francisco',
        region: 'California',
        postal_code: '94103-1234',
        country: 'United States',
      },
      gender: 'female',
      date_of_birth: '1990-02-16',
    },
    user_id: 'user-42',
  },
  request: {
    cookies: {
      _fbp: ['fb.1.1763700000000.1234567890'],
      _fbc: ['fb.1.1763700000000.IwAR2F4-dbP0l7Mn1Iaw'],
    },
  },
  responses: OK,
  now: NOW_MS,
};

interface Timing {
  medianUs: number;
  p95Us: number;
  runsPerSecond: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

function timeRuns(runtime: Runtime, options: RunOptions): Timing {
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
  const start = performance.now();
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    once();
    samples.push((performance.now() - t0) * 1000);
  }
  const totalS = (performance.now() - start) / 1000;
  samples.sort((a, b) => a - b);
  return {
    medianUs: percentile(samples, 0.5),
    p95Us: percentile(samples, 0.95),
    runsPerSecond: RUNS / totalS,
  };
}

async function timeBuilds(): Promise<{ tpl: string; medianMs: number; minMs: number }> {
  const times: number[] = [];
  let tpl = '';
  for (let i = 0; i < BUILDS; i++) {
    const t0 = performance.now();
    tpl = (await buildTemplate()).tpl;
    times.push(performance.now() - t0);
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { tpl, medianMs: percentile(sorted, 0.5), minMs: sorted[0] };
}

const us = (n: number) => n.toFixed(0).padStart(8);

async function main(): Promise<void> {
  const build = await timeBuilds();
  const { createRuntime, parseTpl } = await shippedHarness();
  const runtime = createRuntime(parseTpl(build.tpl));
  const rows: [string, Timing][] = [
    ['page_view', timeRuns(runtime, pageView)],
    ['rich purchase (10 items, 2 pixels)', timeRuns(runtime, richPurchase)],
    [
      'harness baseline (minimal tag)',
      timeRuns(createRuntime(parseTpl(readFileSync(MINIMAL_TAG, 'utf8'))), minimal),
    ],
  ];
  const width = Math.max(...rows.map(([name]) => name.length));
  console.log(
    `Built template in the harness, ${RUNS} runs per event after ${WARMUP_RUNS} warm-up runs\n`,
  );
  console.log(`${'event'.padEnd(width)}  median µs    p95 µs   runs/s`);
  for (const [name, t] of rows) {
    console.log(`${name.padEnd(width)}  ${us(t.medianUs)}  ${us(t.p95Us)}  ${us(t.runsPerSecond)}`);
  }
  console.log(
    `\nbuild (${BUILDS} runs): median ${build.medianMs.toFixed(0)} ms, fastest ${build.minMs.toFixed(0)} ms`,
  );
  const rich = rows[1][1];
  const misses = [
    rich.medianUs > TARGET_RICH_MEDIAN_US
      ? `rich purchase median ${rich.medianUs.toFixed(0)} µs > ${TARGET_RICH_MEDIAN_US} µs`
      : '',
    ...rows
      .slice(0, 2)
      .filter(([, t]) => t.runsPerSecond < TARGET_RUNS_PER_SECOND)
      .map(
        ([name, t]) => `${name}: ${t.runsPerSecond.toFixed(0)} runs/s < ${TARGET_RUNS_PER_SECOND}`,
      ),
  ].filter((m) => m !== '');
  console.log(
    misses.length === 0 ? '\ntargets met' : '\ntargets missed:\n  ' + misses.join('\n  '),
  );
  console.log('\n' + formatBuildTime(measureBuildTime()));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
