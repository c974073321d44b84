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
    expect(
      check([
        { type: 'SELECT', name: 's', displayName: 'S', simpleValueType: true, defaultValue: 'a' },
      ]),
    ).toEqual([FILE + ': field "s": SELECT without selectItems']);
    expect(check([{ type: 'RADIO', name: 'r', displayName: 'R', radioItems: [] }])).toEqual([
      FILE + ': field "r": RADIO without radioItems',
    ]);
    const dup = check([
      {
        type: 'SELECT',
        name: 's',
        displayName: 'S',
        simpleValueType: true,
        defaultValue: 'a',
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

  describe("fields as GTM's editor writes them", () => {
    const items = [
      { value: 'a', displayValue: 'A' },
      { value: 'b', displayValue: 'B' },
    ];
    const column = { name: 'c', displayName: 'C', type: 'TEXT', defaultValue: '' };

    it('accepts a checkbox with checkboxText only, a SELECT with simpleValueType and a default, plain columns', () => {
      expect(
        check([
          { type: 'CHECKBOX', name: 'x', checkboxText: 'Do it', simpleValueType: true },
          {
            type: 'SELECT',
            name: 's',
            displayName: 'S',
            simpleValueType: true,
            defaultValue: 'b',
            selectItems: items,
          },
          {
            type: 'SIMPLE_TABLE',
            name: 't',
            displayName: 'T',
            simpleTableColumns: [
              { ...column, valueValidators: [{ type: 'NON_EMPTY' }] },
              { name: 'k', displayName: 'K', type: 'SELECT', defaultValue: '', selectItems: items },
            ],
          },
        ]),
      ).toEqual([]);
    });

    it('rejects a checkbox with a displayName or without checkboxText', () => {
      expect(
        check([
          { type: 'CHECKBOX', name: 'x', displayName: 'X', checkboxText: 'Do it' },
          { type: 'CHECKBOX', name: 'y' },
        ]),
      ).toEqual([
        FILE +
          ': field "x": a CHECKBOX has checkboxText only (GTM\'s editor writes no displayName for it)',
        FILE + ': field "y": a CHECKBOX needs checkboxText',
      ]);
    });

    it('rejects a SELECT without simpleValueType, without a default, or with a default it does not offer', () => {
      expect(
        check([
          { type: 'SELECT', name: 's', displayName: 'S', defaultValue: 'a', selectItems: items },
          {
            type: 'SELECT',
            name: 'u',
            displayName: 'U',
            simpleValueType: true,
            selectItems: items,
          },
          {
            type: 'SELECT',
            name: 'v',
            displayName: 'V',
            simpleValueType: true,
            defaultValue: 'z',
            selectItems: items,
          },
        ]),
      ).toEqual([
        FILE + ': field "s": a SELECT needs simpleValueType: true',
        FILE + ': field "u": a SELECT needs a defaultValue (one of its items)',
        FILE + ': field "v": defaultValue "z" is not one of the items',
      ]);
    });

    it('rejects a table column without a defaultValue or with a REGEX validator', () => {
      expect(
        check([
          {
            type: 'SIMPLE_TABLE',
            name: 't',
            displayName: 'T',
            simpleTableColumns: [
              { name: 'a', displayName: 'A', type: 'TEXT' },
              { ...column, valueValidators: [{ type: 'REGEX', args: ['^[0-9]+$'] }] },
            ],
          },
        ]),
      ).toEqual([
        FILE +
          ': field "t" column "a": needs a defaultValue ("" for none, as GTM\'s editor writes)',
        FILE +
          ': field "t" column "c": no REGEX validator in a table column (no real export has one); check the cell at run time',
      ]);
    });

    it('rejects alwaysInSummary on a field or table that holds a secret, and allows it elsewhere', () => {
      expect(
        check([
          { type: 'TEXT', name: 'apiToken', displayName: 'Token', alwaysInSummary: true },
          {
            type: 'SIMPLE_TABLE',
            name: 'accounts',
            displayName: 'Accounts',
            alwaysInSummary: true,
            simpleTableColumns: [column, { ...column, name: 'appSecretProof' }],
          },
          { type: 'TEXT', name: 'pixelId', displayName: 'Pixel', alwaysInSummary: true },
        ]),
      ).toEqual([
        FILE +
          ': field "apiToken": alwaysInSummary would show a secret in the tag summary; leave it out here',
        FILE +
          ': field "accounts": alwaysInSummary would show a secret in the tag summary; leave it out here',
      ]);
    });
  });
});
