/**
 * The names a template's `data` holds, read from its ___TEMPLATE_PARAMETERS___.
 * Every parameter is a field of `data` by its name, however deeply it is
 * nested (in a GROUP's or any parameter's subParams, or a RADIO item's
 * subParams), except GROUPs and LABELs, which only arrange the editor and
 * hold no value. A SIMPLE_TABLE or PARAM_TABLE holds a list of rows keyed
 * by its column names.
 */

export interface TemplateField {
  name: string;
  type: string;
  /** Column names, for SIMPLE_TABLE and PARAM_TABLE. */
  columns?: string[];
}

export interface TemplateFields {
  /** The value-holding fields, by name, in editor order. */
  fields: Map<string, TemplateField>;
  /** GROUP name → the names of the fields inside it. */
  groups: Map<string, string[]>;
}

type Raw = Record<string, unknown>;

const asList = (value: unknown): Raw[] =>
  Array.isArray(value) ? value.filter((v): v is Raw => !!v && typeof v === 'object') : [];

function columnsOf(p: Raw): string[] | undefined {
  if (p.type === 'SIMPLE_TABLE') return asList(p.simpleTableColumns).map((c) => String(c.name));
  if (p.type === 'PARAM_TABLE') {
    return asList(p.paramTableColumns).map((c) => String((c.param as Raw | undefined)?.name));
  }
  return undefined;
}

export function templateFields(parameters: unknown): TemplateFields {
  const fields = new Map<string, TemplateField>();
  const groups = new Map<string, string[]>();
  const visit = (params: unknown, enclosing: string[][]) => {
    for (const p of asList(params)) {
      const name = String(p.name);
      const type = String(p.type);
      const inside = type === 'GROUP' ? [] : undefined;
      if (inside) groups.set(name, inside);
      else if (type !== 'LABEL') {
        const columns = columnsOf(p);
        fields.set(name, { name, type, ...(columns ? { columns } : {}) });
        for (const members of enclosing) members.push(name);
      }
      const nested = inside ? [...enclosing, inside] : enclosing;
      visit(p.subParams, nested);
      for (const item of asList(p.radioItems)) visit(item.subParams, nested);
    }
  };
  visit(parameters, []);
  return { fields, groups };
}
