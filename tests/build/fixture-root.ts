/** Writes throwaway template sources to a temp root and builds them through the real pipeline. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildCode, type CheckedCode } from '../../build/build';

export const FIXTURE_FILE = 'template-src/fixture.ts';

export function writeFixture(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'tpl-fixture-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

/** Builds `source` as the entry module; returns the code or the build's error message. */
export async function buildSource(
  source: string,
  extraFiles: Record<string, string> = {},
): Promise<{ ok: true; result: CheckedCode } | { ok: false; message: string }> {
  const root = writeFixture({ [FIXTURE_FILE]: source, ...extraFiles });
  try {
    return { ok: true, result: await buildCode(root, FIXTURE_FILE) };
  } catch (e) {
    return { ok: false, message: (e as Error).message };
  }
}
