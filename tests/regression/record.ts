/**
 * `npm run corpus:record`: runs every corpus case on the built
 * dist/template.tpl and writes what it did as the new expected outputs,
 * after listing how they differ from the old ones. Record only after a
 * deliberate change of behaviour, and name it in the commit and CHANGELOG.
 */
import { existsSync } from 'node:fs';
import {
  BUILT_TEMPLATE,
  EXPECTED_FILE,
  observe,
  readCases,
  readExpected,
  runtimeOf,
  writeExpected,
  type Observed,
} from './corpus';
import { describeDifference } from './difference';

const runtime = runtimeOf(BUILT_TEMPLATE);
const before = existsSync(EXPECTED_FILE) ? readExpected() : new Map<string, Observed>();
const results = readCases().map((c) => ({ id: c.id, observed: observe(runtime, c.options) }));
const changed = results.filter((r) => describeDifference(before.get(r.id), r.observed) !== '');
for (const r of changed.slice(0, 20)) {
  console.log(r.id + ': ' + describeDifference(before.get(r.id), r.observed));
}
writeExpected(results);
console.log(
  `Recorded ${results.length} cases; ${changed.length} differ from the previous recording.`,
);
