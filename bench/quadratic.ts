/**
 * `npx tsx bench/quadratic.ts [template.tpl]`: the work of one page view
 * whose custom_properties JSON text has 1,000 and 10,000 keys, the case
 * issue 14 found quadratic in 0.1.0. Counted, not timed (cost.ts): function
 * calls, loop iterations, sandbox API calls and the keys that
 * Object.keys/values/entries walk. Without an argument it measures the
 * template built from the current sources; with one, that .tpl file (for
 * instance an older release's template.tpl).
 */
import { readFileSync } from 'node:fs';
import { buildTemplate } from '../build/build';
import { parseTpl } from '../build/tpl';
import { costMeter, operations } from './cost';
import { PAGE_VIEW } from './events';

const SIZES = [1000, 10_000];

function customProperties(count: number): string {
  const properties: Record<string, string> = {};
  for (let i = 0; i < count; i++) properties[`prop_${i}`] = `value ${i}`;
  return JSON.stringify(properties);
}

async function main(): Promise<void> {
  const file = process.argv[2];
  const tpl = file === undefined ? (await buildTemplate()).tpl : readFileSync(file, 'utf8');
  const measure = costMeter(parseTpl(tpl));
  const costs = SIZES.map((n) =>
    measure({
      ...PAGE_VIEW,
      eventData: { ...PAGE_VIEW.eventData, custom_properties: customProperties(n) },
      // Counted work, so no real-time limit.
      timeoutMs: 0,
    }),
  );
  const cell = (value: number | string) => String(value).padStart(14);
  const row = (label: string, values: number[]) =>
    console.log(
      label.padEnd(30) + values.map(cell).join('') + cell((values[1] / values[0]).toFixed(1) + '×'),
    );
  console.log(`Work of one event by custom_properties keys (${file ?? 'current sources'})\n`);
  console.log(
    ''.padEnd(30) + SIZES.map((n) => cell(n.toLocaleString('en'))).join('') + cell('ratio'),
  );
  row(
    'function calls',
    costs.map((c) => c.calls),
  );
  row(
    'loop iterations',
    costs.map((c) => c.iterations),
  );
  row(
    'sandbox API calls',
    costs.map((c) => c.apiCalls),
  );
  row(
    '  of which Object.keys',
    costs.map((c) => c.apiCallsByName['Object.keys'] ?? 0),
  );
  row(
    'keys walked by Object.keys...',
    costs.map((c) => c.keysWalked),
  );
  row('operations (all four)', costs.map(operations));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
