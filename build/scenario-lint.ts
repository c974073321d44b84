/**
 * The sandbox lint on the Tests tab's code: the setup, and each scenario as
 * GTM runs it (after the setup, so it sees the setup's declarations), with
 * the Tests tab's globals. Errors name the scenario file and line.
 */
import type { ScenarioSource } from './definition';
import { lintSandboxCode } from './lint';
import { TEST_GLOBALS, TEST_METHODS } from './sandbox-catalogue';

export function lintScenarios(setup: ScenarioSource, scenarios: ScenarioSource[]): string[] {
  const errors: string[] = [];
  const prefix = setup.code + '\n';
  const prefixLines = prefix.split('\n').length - 1;
  for (const s of [setup, ...scenarios]) {
    const skipped = s === setup ? 0 : prefixLines;
    const code = s === setup ? s.code : prefix + s.code;
    for (const e of lintSandboxCode(code, { globals: TEST_GLOBALS, methods: TEST_METHODS })) {
      // The setup's own errors are reported once, for the setup.
      if (e.line <= skipped) continue;
      const line = e.line - skipped + s.firstLine - 1;
      errors.push(s.file + ':' + line + ':' + (e.column + 1) + ': ' + e.message);
    }
  }
  return errors;
}
