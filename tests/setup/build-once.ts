/**
 * Vitest global setup: builds dist/template.tpl (and its readable code) once from the current
 * sources, so every test of the built template sees a fresh artifact.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildTemplate, ROOT } from '../../build/build';

export default async function setup(): Promise<void> {
  const out = await buildTemplate();
  mkdirSync(path.join(ROOT, 'dist'), { recursive: true });
  writeFileSync(path.join(ROOT, 'dist', 'template.tpl'), out.tpl);
  writeFileSync(path.join(ROOT, 'dist', 'template.readable.js'), out.readableCode);
}
