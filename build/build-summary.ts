/**
 * The line `npm run build` ends with: real byte sizes (UTF-8, as the file
 * is written) and the template's fields and groups counted apart, as the
 * field reference lists them (a group holds fields but is not one).
 */
import { templateFields } from './harness/template-fields';
import { parseTpl } from './tpl';

export function buildSummary(tpl: string, code: string, elapsedMs: number): string {
  const { fields, groups } = templateFields(parseTpl(tpl).parameters);
  return (
    `Built template.tpl: ${Buffer.byteLength(tpl)} bytes (${Buffer.byteLength(code)} bytes of ` +
    `sandboxed code), ${fields.size} fields and ${groups.size} groups, and dist/cli.js, ` +
    `in ${Math.round(elapsedMs)} ms.`
  );
}
