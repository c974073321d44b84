#!/usr/bin/env node
/**
 * The toolchain's command line: `<command> [arguments]`, one entry in
 * COMMANDS per command: build, check, test, preview.
 */
import { realpathSync } from 'node:fs';
import { runBuild } from './build';
import { fileURLToPath } from 'node:url';
import { defineCommand, type Command } from './harness/cli/args';
import { processIo, UsageError, type CliIo } from './harness/cli/io';
import { previewCommand } from './harness/cli/preview-command';
import { testCommand } from './harness/cli/test-command';

const buildCommand = defineCommand(
  {
    name: 'build',
    usage: 'build [--check]',
    help: `usage: build [--check]

Compiles template-src/ into dist/template.tpl and template.tpl, brings the generated field
reference (docs/field-reference.md) up to date and bundles this CLI into dist/cli.js
(as npm run build).

Options:
  --check     only compare: fail when the committed template.tpl or field reference
              differs from a fresh build (as the check command)
  -h, --help  print this help

Exit status: 0 on success; 1 when the build fails or, with --check, the files differ;
2 for wrong arguments.`,
    options: { check: { type: 'boolean' } },
  },
  'compile template-src/ into dist/template.tpl and template.tpl (as npm run build)',
  (values, _, io) => runBuild(values.check === true, io),
);

const checkCommand = defineCommand(
  {
    name: 'check',
    usage: 'check',
    help: `usage: check

Fails when the committed template.tpl or the generated field reference differs from a
fresh build of template-src/ (as npm run check, or build --check). Writes nothing.

Options:
  -h, --help  print this help

Exit status: 0 when they match; 1 when they differ or the build fails; 2 for wrong
arguments.`,
    options: {},
  },
  'fail when the committed template.tpl differs from a fresh build',
  (_, __, io) => runBuild(true, io),
);

export const COMMANDS: Record<string, Command> = {
  build: buildCommand,
  check: checkCommand,
  test: testCommand,
  preview: previewCommand,
};

function usage(write: (line: string) => void): void {
  write('usage: <command> [arguments]\n\ncommands:');
  for (const c of Object.values(COMMANDS)) write(`  ${c.spec.usage}\n      ${c.summary}`);
  write('\n`<command> --help` explains a command, its options and its input files.');
}

const HELP_WORDS = ['help', '--help', '-h'];

/** Runs one command line; resolves to the exit status (2 for usage errors). */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...args] = argv;
  if (name !== undefined && HELP_WORDS.includes(name)) {
    // `help <command>` is `<command> --help`.
    const command = args.length > 0 ? COMMANDS[args[0]] : undefined;
    if (command) return command.run(['--help'], io);
    if (args.length > 0) io.err(`unknown command: ${args[0]}`);
    usage(args.length > 0 ? io.err : io.out);
    return args.length > 0 ? 2 : 0;
  }
  const command = name === undefined ? undefined : COMMANDS[name];
  if (!command) {
    if (name !== undefined) io.err(`unknown command: ${name}`);
    usage(io.err);
    return 2;
  }
  try {
    return await command.run(args, io);
  } catch (e) {
    const isUsage = e instanceof UsageError;
    const message = (isUsage ? '' : 'error: ') + (e as Error).message;
    for (const line of message.split('\n')) io.err(line);
    return isUsage ? 2 : 1;
  }
}

/** True when this file is the program (also through an npm `bin` symlink), not an import. */
function invokedDirectly(): boolean {
  if (process.argv[1] === undefined) return false;
  try {
    return realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (invokedDirectly()) {
  // Piped into `head`, stdout closes early; that is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    else throw e;
  });
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
