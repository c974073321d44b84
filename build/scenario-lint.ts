/**
 * The sandbox lint on the Tests tab's code: the setup, and each scenario as
 * GTM runs it (after the setup, so it sees the setup's declarations), with
 * the Tests tab's globals. Errors name the scenario file and line.
 *
 * All of it is linted as one program, parsed once: the setup, then each
 * scenario in a function of its own (its own scope, as when GTM runs it
 * alone). Only when that program does not parse is each scenario linted
 * apart, so every syntax error is named.
 */
import type { ScenarioSource } from './definition';
import { lintSandboxCode, type LintError } from './lint';
import { TEST_GLOBALS, TEST_METHODS } from './sandbox-catalogue';

const OPTIONS = { globals: TEST_GLOBALS, methods: TEST_METHODS };
const OPEN = '(function () {';
const CLOSE = '})();';

/** Where a source's code sits in the linted program: its lines from `first` (1-based). */
interface Placement {
  source: ScenarioSource;
  first: number;
  lines: number;
}

export function lintScenarios(setup: ScenarioSource, scenarios: ScenarioSource[]): string[] {
  const parts: string[] = [setup.code];
  const placements: Placement[] = [{ source: setup, first: 1, lines: lineCount(setup.code) }];
  let line = 1 + lineCount(setup.code);
  for (const s of scenarios) {
    parts.push(OPEN, s.code, CLOSE);
    placements.push({ source: s, first: line + 1, lines: lineCount(s.code) });
    line += 2 + lineCount(s.code);
  }
  const errors = lintSandboxCode(parts.join('\n'), OPTIONS);
  if (errors.length === 1 && errors[0].syntax) return lintApart(setup, scenarios);
  return errors.map((e) => {
    const at = placements.find((p) => e.line >= p.first && e.line < p.first + p.lines);
    // Only the wrapper's own lines lie outside every placement, and they lint clean.
    return at ? located(at.source, e.line - at.first + 1, e) : 'scenario wrapper: ' + e.message;
  });
}

/** Each scenario after the setup, as its own program; the setup's errors once. */
function lintApart(setup: ScenarioSource, scenarios: ScenarioSource[]): string[] {
  const prefix = setup.code + '\n';
  const prefixLines = lineCount(setup.code);
  const errors = lintSandboxCode(setup.code, OPTIONS).map((e) => located(setup, e.line, e));
  for (const s of scenarios) {
    for (const e of lintSandboxCode(prefix + s.code, OPTIONS)) {
      if (e.line > prefixLines) errors.push(located(s, e.line - prefixLines, e));
    }
  }
  return errors;
}

/** `file:line:column: message`, for line `line` of the source's code. */
function located(source: ScenarioSource, line: number, e: LintError): string {
  return (
    source.file + ':' + (line + source.firstLine - 1) + ':' + (e.column + 1) + ': ' + e.message
  );
}

function lineCount(code: string): number {
  return code.split('\n').length;
}
