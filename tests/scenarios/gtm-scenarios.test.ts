/**
 * The template's own GTM-native scenarios (template-src/scenarios, the Tests
 * tab) run in `npm test`, one test each, through the harness users run
 * (`cli test dist/template.tpl`): runTemplateTests on the freshly built
 * dist/template.tpl (tests/setup/build-once.ts builds it).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../build/build';
import { createRuntime, runTemplateTests } from '../../build/harness';
import { parseTpl } from '../../build/tpl';
import { scenarioDir, scenarioSetupFile } from '../../template-src/definition/scenarios';

const template = parseTpl(readFileSync(path.join(ROOT, 'dist', 'template.tpl'), 'utf8'));
const tests = template.tests!;
const runtime = createRuntime(template);

describe('GTM scenarios of the built template', () => {
  it('are every scenario file in ' + scenarioDir, () => {
    const files = readdirSync(path.join(ROOT, scenarioDir)).filter(
      (f) => f.endsWith('.js') && scenarioDir + '/' + f !== scenarioSetupFile,
    );
    expect(tests.scenarios).toHaveLength(files.length);
  });

  it.each(tests.scenarios.map((s) => [s.name, s] as const))('%s', (_name, scenario) => {
    const report = runTemplateTests(runtime, { scenarios: [scenario], setup: tests.setup });
    const result = report.scenarios[0];
    expect(result.name).toBe(scenario.name);
    const detail = [result.message, ...result.warnings, ...result.logs.map((l) => 'log: ' + l)];
    expect(result.passed, detail.join('\n')).toBe(true);
  });
});
