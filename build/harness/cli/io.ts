/** What a CLI command writes to and reads from, so tests can call commands directly. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseTpl, TplFormatError, type Template } from '../../tpl';

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  cwd: string;
}

export const processIo: CliIo = {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
  cwd: process.cwd(),
};

/** Wrong arguments or input files: the CLI prints the message and exits 2. */
export class UsageError extends Error {}

export function readText(io: CliIo, file: string): string {
  try {
    return readFileSync(path.resolve(io.cwd, file), 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read ${file}: ${(e as Error).message}`);
  }
}

export function readTemplate(io: CliIo, file: string): Template {
  const text = readText(io, file);
  try {
    return parseTpl(text, (warning) => io.err('warning: ' + warning));
  } catch (e) {
    if (e instanceof TplFormatError) {
      throw new UsageError(`${file} is not a template file (.tpl): ${e.message}`);
    }
    throw e;
  }
}

export function readJson(io: CliIo, file: string | undefined, what: string): unknown {
  if (file === undefined) return undefined;
  const text = readText(io, file);
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${what} file ${file} is not valid JSON: ${(e as Error).message}`);
  }
}
