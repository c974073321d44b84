/**
 * `test <file.tpl> [--strict-permissions] [--strict-http] [--filter text] [--verbose]`:
 * runs the file's ___TESTS___ like GTM's Tests tab. One line per scenario,
 * then exactly `N passed, M failed`; exit status 1 when any failed.
 */
import { parseArgs } from 'node:util';
import { parseTpl } from '../../tpl';
import { createRuntime } from '../runtime';
import { runTemplateTests } from '../test-api';
import { readText, UsageError, type CliIo } from './io';

export const TEST_USAGE =
  'test <file.tpl> [--strict-permissions] [--strict-http] [--filter <text>] [--verbose]';

export function testCommand(args: string[], io: CliIo): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      'strict-permissions': { type: 'boolean' },
      'strict-http': { type: 'boolean' },
      filter: { type: 'string' },
      verbose: { type: 'boolean' },
    },
  });
  if (positionals.length !== 1) throw new UsageError('usage: ' + TEST_USAGE);
  const template = parseTpl(readText(io, positionals[0]), (w) => io.err('warning: ' + w));
  const report = runTemplateTests(createRuntime(template), template.tests, {
    strictPermissions: values['strict-permissions'],
    strictHttp: values['strict-http'],
    filter: values.filter,
  });
  for (const s of report.scenarios) {
    const notes = s.warnings.length > 0 ? ` [warning: ${s.warnings.join('; ')}]` : '';
    const reason = s.passed ? '' : ` — ${s.message!.replace(/\s*\n\s*/g, ' ')}`;
    io.out(`${s.passed ? 'PASS' : 'FAIL'} ${s.name}${reason}${notes}`);
    if (values.verbose) for (const log of s.logs) io.out('    log: ' + log);
  }
  io.out(`${report.passed} passed, ${report.failed} failed`);
  return report.failed > 0 ? 1 : 0;
}
