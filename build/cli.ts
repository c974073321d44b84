#!/usr/bin/env node
/**
 * The toolchain's command line: `<command> [arguments]`, one entry in
 * COMMANDS per command: build, check, test, preview.
 */
import { realpathSync } from 'node:fs';
import { runBuild } from './build';
import { fileURLToPath } from 'node:url';
import { processIo, UsageError, type CliIo } from './harness/cli/io';
import { PREVIEW_USAGE, previewCommand } from './harness/cli/preview-command';
import { TEST_USAGE, testCommand } from './harness/cli/test-command';

export interface Command {
  usage: string;
  summary: string;
  run(args: string[], io: CliIo): number | Promise<number>;
}

export const COMMANDS: Record<string, Command> = {
  build: {
    usage: 'build [--check]',
    summary: 'compile template-src/ into dist/template.tpl and template.tpl (as npm run build)',
    run: (args, io) => runBuild(args.includes('--check'), io),
  },
  check: {
    usage: 'check',
    summary: 'fail when the committed template.tpl differs from a fresh build',
    run: (args, io) => runBuild(true, io),
  },
  test: {
    usage: TEST_USAGE,
    summary: "run a .tpl file's ___TESTS___ scenarios as GTM's Tests tab does",
    run: testCommand,
  },
  preview: {
    usage: PREVIEW_USAGE,
    summary: 'run a .tpl once on an event and print the requests, cookies and logs',
    run: previewCommand,
  },
};

function usage(write: (line: string) => void): void {
  write('usage: <command> [arguments]\n\ncommands:');
  for (const c of Object.values(COMMANDS)) write(`  ${c.usage}\n      ${c.summary}`);
}

/** Runs one command line; resolves to the exit status (2 for usage errors). */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...args] = argv;
  const command = name === undefined ? undefined : COMMANDS[name];
  if (name === 'help' || name === '--help') {
    usage(io.out);
    return 0;
  }
  if (!command) {
    if (name !== undefined) io.err(`unknown command: ${name}`);
    usage(io.err);
    return 2;
  }
  try {
    return await command.run(args, io);
  } catch (e) {
    const isUsage =
      e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    io.err((isUsage ? '' : 'error: ') + (e as Error).message);
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
