/**
 * A command's arguments: its options and positionals, checked against its
 * spec, with `--help`/`-h` for every command. Node's parseArgs only splits
 * the words here (non-strict, as tokens); the checks are ours, so a wrong
 * argument gets a message naming it and the command's usage, never
 * parseArgs' advice to quote it after `--`.
 */
import { parseArgs } from 'node:util';
import { UsageError, type CliIo } from './io';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
}

export interface CommandSpec<O extends Record<string, OptionSpec> = Record<string, OptionSpec>> {
  name: string;
  /** One line: `name <positional> [--option]...`. */
  usage: string;
  /** The whole `--help` text. */
  help: string;
  options: O;
  /** The one positional argument, as the usage names it (e.g. `<file.tpl>`); absent: none. */
  positional?: string;
}

export type OptionValues<O extends Record<string, OptionSpec>> = {
  [K in keyof O]?: O[K]['type'] extends 'string' ? string : boolean;
};

export type ParsedArgs<O extends Record<string, OptionSpec>> =
  { help: true } | { help: false; values: OptionValues<O>; positionals: string[] };

/** A usage error that names what is wrong and shows the command's usage. */
export function usageError(spec: Pick<CommandSpec, 'name' | 'usage'>, problem: string): UsageError {
  return new UsageError(
    `${spec.name}: ${problem}\nusage: ${spec.usage}\n(\`${spec.name} --help\` explains every option)`,
  );
}

export function parseCommandArgs<O extends Record<string, OptionSpec>>(
  spec: CommandSpec<O>,
  args: string[],
): ParsedArgs<O> {
  const options = { ...spec.options, help: { type: 'boolean', short: 'h' } } as const;
  const { tokens } = parseArgs({
    args,
    options,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  // Help wins over any mistake in the rest of the line.
  if (tokens.some((t) => t.kind === 'option' && t.name === 'help')) return { help: true };
  const fail = (problem: string) => usageError(spec, problem);
  const values: Record<string, string | boolean> = {};
  const positionals: string[] = [];
  for (const t of tokens) {
    if (t.kind === 'positional') positionals.push(t.value);
    if (t.kind !== 'option') continue;
    const option = spec.options[t.name];
    if (!option) throw fail(`unknown option ${t.rawName}`);
    if (option.type === 'boolean') {
      if (t.value !== undefined) throw fail(`${t.rawName} takes no value (got "${t.value}")`);
      values[t.name] = true;
      continue;
    }
    // Non-strict parseArgs takes the next word even when it is another option.
    if (t.value === undefined || (!t.inlineValue && t.value.startsWith('-'))) {
      throw fail(
        `${t.rawName} needs a value` +
          (t.value === undefined
            ? ''
            : ` (got the option ${t.value}; for a value starting with "-" write ${t.rawName}=${t.value})`),
      );
    }
    if (values[t.name] !== undefined) throw fail(`${t.rawName} is given twice`);
    values[t.name] = t.value;
  }
  if (spec.positional === undefined && positionals.length > 0) {
    throw fail(`takes no arguments (got ${positionals.join(' ')})`);
  }
  if (spec.positional !== undefined && positionals.length !== 1) {
    throw fail(
      positionals.length === 0
        ? `${spec.positional} is missing`
        : `takes one ${spec.positional} (got ${positionals.join(' ')})`,
    );
  }
  return { help: false, values: values as OptionValues<O>, positionals };
}

/** A command as the CLI dispatches it. */
export interface Command {
  spec: CommandSpec;
  /** One line for the top-level help. */
  summary: string;
  run(args: string[], io: CliIo): number | Promise<number>;
}

/** A command whose arguments are parsed and checked, and whose `--help` prints its help. */
export function defineCommand<O extends Record<string, OptionSpec>>(
  spec: CommandSpec<O>,
  summary: string,
  run: (values: OptionValues<O>, positionals: string[], io: CliIo) => number | Promise<number>,
): Command {
  return {
    spec,
    summary,
    run: (args, io) => {
      const parsed = parseCommandArgs(spec, args);
      if (parsed.help) {
        io.out(spec.help);
        return 0;
      }
      return run(parsed.values, parsed.positionals, io);
    },
  };
}
