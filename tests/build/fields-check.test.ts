import { describe, expect, it } from 'vitest';
import { checkFields } from '../../build/fields-check';
import { fieldSources } from '../../template-src/definition/fields/index';
import type { TemplateParameter } from '../../template-src/definition/gtm-types';

const FILE = 'template-src/definition/fields/example.ts';
const check = (fields: unknown[]) =>
  checkFields([{ file: FILE, fields: fields as TemplateParameter[] }]);

describe('field definitions check', () => {
  it("accepts the template's own fields", () => {
    expect(checkFields(fieldSources)).toEqual([]);
  });

  it('rejects an unknown parameter type, naming file and field', () => {
    expect(check([{ type: 'DROPDOWN', name: 'mode', displayName: 'Mode' }])).toEqual([
      FILE + ': field "mode": unknown parameter type "DROPDOWN"',
    ]);
  });

  it('rejects duplicate names, also inside groups', () => {
    const errors = check([
      { type: 'TEXT', name: 'pixelId', displayName: 'A' },
      {
        type: 'GROUP',
        name: 'g',
        subParams: [{ type: 'TEXT', name: 'pixelId', displayName: 'B' }],
      },
    ]);
    expect(errors).toEqual([FILE + ': field "g > pixelId": duplicate name (also in ' + FILE + ')']);
  });

  it('rejects SELECT and RADIO without items, and duplicate item values', () => {
    expect(check([{ type: 'SELECT', name: 's', displayName: 'S' }])).toEqual([
      FILE + ': field "s": SELECT without selectItems',
    ]);
    expect(check([{ type: 'RADIO', name: 'r', displayName: 'R', radioItems: [] }])).toEqual([
      FILE + ': field "r": RADIO without radioItems',
    ]);
    const dup = check([
      {
        type: 'SELECT',
        name: 's',
        displayName: 'S',
        selectItems: [
          { value: 'a', displayValue: 'A' },
          { value: 'a', displayValue: 'A again' },
        ],
      },
    ]);
    expect(dup).toEqual([FILE + ': field "s": selectItems value "a" is duplicated']);
  });

  it('rejects tables without columns, unknown validators and dangling enabling conditions', () => {
    const errors = check([
      { type: 'SIMPLE_TABLE', name: 't', displayName: 'T' },
      { type: 'TEXT', name: 'x', displayName: 'X', valueValidators: [{ type: 'EMAIL' }] },
      {
        type: 'TEXT',
        name: 'y',
        displayName: 'Y',
        enablingConditions: [{ paramName: 'nope', paramValue: true, type: 'EQUALS' }],
      },
    ]);
    expect(errors).toEqual([
      FILE + ': field "t": SIMPLE_TABLE without simpleTableColumns',
      FILE + ': field "x": unknown validator type "EMAIL"',
      FILE + ': field "y": enabling condition refers to unknown field "nope"',
    ]);
  });
});
