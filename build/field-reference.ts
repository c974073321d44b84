/**
 * docs/field-reference.md, generated from the field sources so it can never
 * drift from the template: the build writes the whole page, and check mode
 * fails when the committed page differs. Tables come out as prettier formats
 * markdown (columns padded to their display width), so the build needs no
 * formatter.
 */
import { textWidth } from './text-width';
import type { FieldSource, TemplateParameter } from '../template-src/definition/gtm-types';

/** Where the page lives, relative to the repository root. */
export const FIELD_REFERENCE_FILE = 'docs/field-reference.md';

const PAGE_INTRO = `# Field reference

Every field of the tag, as GTM shows it. This page is generated from
\`template-src/definition/fields/\` by \`npm run build\`; do not edit it by hand
(\`npm run check\` fails when it differs from a fresh build).

Each section is one group of the tag's page in GTM, in the order GTM shows them. The **Field**
column gives the label you see in GTM (for a checkbox, the text beside the box; for a field in a
group inside the section, the group's name first), then the field's name in code type: the name
a fields file for \`preview\` uses ([docs/cli.md](cli.md)).`;

function plain(html: string | undefined): string {
  return (html ?? '')
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
}

function code(value: unknown): string {
  return '`' + String(value) + '`';
}

function defaultOf(p: TemplateParameter): string {
  if (p.defaultValue !== undefined && p.defaultValue !== '') {
    const item = (p.selectItems ?? p.radioItems ?? []).find((i) => i.value === p.defaultValue);
    return code(p.defaultValue) + (item ? ' (' + plain(item.displayValue) + ')' : '');
  }
  if (p.type === 'CHECKBOX') return code(false);
  return '';
}

/** What the UI shows as the field's label: a checkbox's text, else its display name. */
function labelOf(p: TemplateParameter): string {
  return (p.type === 'CHECKBOX' ? p.checkboxText : p.displayName) || p.name;
}

function describe(p: TemplateParameter, underOption: string[]): string {
  const parts = [plain(p.help)];
  const items = p.selectItems ?? p.radioItems;
  if (items && items.length > 0) {
    parts.push(
      'Options: ' + items.map((i) => code(i.value) + ' ' + plain(i.displayValue)).join('; ') + '.',
    );
  }
  if (p.simpleTableColumns) {
    parts.push(
      'Columns: ' +
        p.simpleTableColumns.map((c) => code(c.name) + ' ' + plain(c.displayName)).join('; ') +
        '.',
    );
  }
  const conditions = [
    ...underOption,
    ...(p.enablingConditions ?? []).map(
      (c) => code(c.paramName) + (c.type === 'EQUALS' ? ' is ' : ' is not ') + code(c.paramValue),
    ),
  ];
  if (conditions.length > 0) parts.push('Shown when ' + conditions.join(' and ') + '.');
  return parts.filter((x) => x !== '').join(' ');
}

/** A field as the reference lists it: where it sits in the UI, and when it shows. */
interface ListedField {
  field: TemplateParameter;
  /** Names of the groups inside the section that hold it, outermost first. */
  groups: string[];
  /** The radio options it sits under, as "Shown when ..." conditions. */
  underOption: string[];
}

/** Fields inside a group, flattened in UI order (groups and labels are not fields). */
function fieldsOf(
  params: TemplateParameter[],
  groups: string[] = [],
  underOption: string[] = [],
): ListedField[] {
  const out: ListedField[] = [];
  for (const p of params) {
    if (p.type === 'GROUP') {
      out.push(
        ...fieldsOf(p.subParams ?? [], [...groups, plain(p.displayName || p.name)], underOption),
      );
      continue;
    }
    if (p.type !== 'LABEL') out.push({ field: p, groups, underOption });
    for (const item of p.radioItems ?? []) {
      const shown = code(p.name) + ' is ' + code(item.value);
      out.push(...fieldsOf(item.subParams ?? [], groups, [...underOption, shown]));
    }
    out.push(...fieldsOf(p.subParams ?? [], groups, underOption));
  }
  return out;
}

/** The tables of the reference, one per top-level group (fields outside any group go under General). */
export function renderFieldReference(sources: FieldSource[]): string {
  const sections: { title: string; help: string; fields: ListedField[] }[] = [];
  for (const p of sources.flatMap((s) => s.fields)) {
    if (p.type === 'GROUP') {
      sections.push({
        title: plain(p.displayName || p.name),
        help: plain(p.help),
        fields: fieldsOf(p.subParams ?? []),
      });
    } else {
      const last = sections[sections.length - 1];
      if (last && last.title === 'General') last.fields.push(...fieldsOf([p]));
      else sections.push({ title: 'General', help: '', fields: fieldsOf([p]) });
    }
  }
  const lines: string[] = [];
  for (const s of sections) {
    lines.push('## ' + s.title, '');
    if (s.help) lines.push(s.help, '');
    const rows = s.fields.map(({ field, groups, underOption }) => [
      [...groups, plain(labelOf(field))].join(' › ') + ' (' + code(field.name) + ')',
      field.type,
      defaultOf(field),
      describe(field, underOption),
    ]);
    lines.push(...alignedTable(['Field', 'Type', 'Default', 'What it does'], rows), '');
  }
  return lines.join('\n').trim();
}

/** A markdown table with every column padded to its widest cell (at least 3, for `---`). */
function alignedTable(header: string[], rows: string[][]): string[] {
  const widths = header.map((_, i) =>
    Math.max(3, ...[header, ...rows].map((r) => textWidth(r[i]))),
  );
  const line = (cells: string[]) =>
    '| ' + cells.map((c, i) => c + ' '.repeat(widths[i] - textWidth(c))).join(' | ') + ' |';
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

/** The whole of docs/field-reference.md. */
export function renderFieldReferencePage(sources: FieldSource[]): string {
  return PAGE_INTRO + '\n\n' + renderFieldReference(sources) + '\n';
}
