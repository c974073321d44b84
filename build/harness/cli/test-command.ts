/**
 * `test <file.tpl> [--strict-permissions] [--strict-http] [--filter text] [--verbose]`:
 * runs the file's ___TESTS___ like GTM's Tests tab. One line per scenario,
 * then exactly `N passed, M failed`; exit status 1 when any failed.
 */
import { createRuntime } from '../runtime';
import { runTemplateTests } from '../test-api';
import { defineCommand, usageError, type CommandSpec } from './args';
import { readTemplate } from './io';

const OPTIONS = {
  'strict-permissions': { type: 'boolean' },
  'strict-http': { type: 'boolean' },
  filter: { type: 'string' },
  verbose: { type: 'boolean', short: 'v' },
} as const;

const USAGE =
  'test <file.tpl> [--strict-permissions] [--strict-http] [--filter <text>] [--verbose]';

const SPEC: CommandSpec<typeof OPTIONS> = {
  name: 'test',
  usage: USAGE,
  help: `usage: ${USAGE}

Runs the scenarios in the .tpl's ___TESTS___ section as GTM's Tests tab does, and prints
one PASS or FAIL line per scenario, then "N passed, M failed".

Options:
  --strict-permissions  also check mocked APIs against the template's permissions
                        (GTM does not)
  --strict-http         fail a scenario that sends an HTTP request it did not mock
                        (by default such a request is never answered, with a warning)
  --filter <text>       run only the scenarios whose name contains the text (case
                        matters); matching none is an error
  -v, --verbose         print each scenario's logs
  -h, --help            print this help

Files: the .tpl file as GTM exports it (Export in the template editor's menu); its
scenarios, setup code and mocks are its own.

Exit status: 0 when every scenario passed; 1 when any failed; 2 for wrong arguments,
an unreadable file or a --filter that matches no scenario.`,
  options: OPTIONS,
  positional: '<file.tpl>',
};

export const testCommand = defineCommand(
  SPEC,
  "run a .tpl file's ___TESTS___ scenarios as GTM's Tests tab does",
  (values, [tplFile], io) => {
    const template = readTemplate(io, tplFile);
    const report = runTemplateTests(createRuntime(template), template.tests, {
      strictPermissions: values['strict-permissions'],
      strictHttp: values['strict-http'],
      filter: values.filter,
    });
    if (values.filter !== undefined && report.scenarios.length === 0) {
      const names = (template.tests?.scenarios ?? []).map((s) => `"${s.name}"`);
      throw usageError(
        SPEC,
        `--filter "${values.filter}" matches no scenario of ${tplFile}` +
          (names.length > 0 ? ` (it has ${names.join(', ')})` : ' (it has none)'),
      );
    }
    for (const s of report.scenarios) {
      const notes = s.warnings.length > 0 ? ` [warning: ${s.warnings.join('; ')}]` : '';
      const reason = s.passed ? '' : ` — ${s.message!.replace(/\s*\n\s*/g, ' ')}`;
      io.out(`${s.passed ? 'PASS' : 'FAIL'} ${s.name}${reason}${notes}`);
      if (values.verbose) for (const log of s.logs) io.out('    log: ' + log);
    }
    io.out(`${report.passed} passed, ${report.failed} failed`);
    return report.failed > 0 ? 1 : 0;
  },
);
