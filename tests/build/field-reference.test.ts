import * as prettier from 'prettier';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../build/build';
import { renderFieldReference, renderFieldReferencePage } from '../../build/field-reference';
import type { FieldSource } from '../../template-src/definition/gtm-types';

describe('field reference', () => {
  const sources: FieldSource[] = [
    {
      file: 'x.ts',
      fields: [
        {
          type: 'GROUP',
          name: 'consentGroup',
          displayName: 'Consent',
          help: 'When to <b>send</b>.',
          subParams: [
            {
              type: 'SELECT',
              name: 'consentMode',
              displayName: 'Consent mode',
              defaultValue: 'ad_user_data',
              selectItems: [
                { value: 'ignore', displayValue: 'Ignore' },
                { value: 'ad_user_data', displayValue: 'Require ad_user_data' },
              ],
            },
            {
              type: 'TEXT',
              name: 'wide',
              displayName: '東京 store ✓',
              help: 'Wide characters take two columns: 東京.',
            },
            {
              type: 'CHECKBOX',
              name: 'sendWithoutSignal',
              checkboxText: 'No signal | send',
              enablingConditions: [
                { paramName: 'consentMode', paramValue: 'ignore', type: 'NOT_EQUALS' },
              ],
            },
            {
              type: 'GROUP',
              name: 'listsGroup',
              displayName: 'Which events',
              subParams: [
                {
                  type: 'RADIO',
                  name: 'nameMode',
                  displayName: 'Event name',
                  radioItems: [
                    { value: 'inherit', displayValue: 'From the event' },
                    {
                      value: 'custom',
                      displayValue: 'A custom name',
                      subParams: [{ type: 'TEXT', name: 'customName', displayName: 'Name' }],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ];
  const reference = renderFieldReference(sources);

  /** A row's cells, without the padding. */
  const rowsOf = (text: string) =>
    text
      .split('\n')
      .filter((l) => l.startsWith('| '))
      .map((l) => l.replace(/ +\|/g, ' |').replace(/\| +/g, '| '));

  it('renders one table per group with defaults, options and conditions', () => {
    expect(reference).toContain('## Consent\n\nWhen to send.');
    const rows = rowsOf(reference);
    expect(rows).toContain(
      '| Consent mode (`consentMode`) | SELECT | `ad_user_data` (Require ad_user_data) | Options: `ignore` Ignore; `ad_user_data` Require ad_user_data. |',
    );
    // A checkbox is labelled by its text, as the UI shows it.
    expect(rows).toContain(
      '| No signal \\| send (`sendWithoutSignal`) | CHECKBOX | `false` | Shown when `consentMode` is not `ignore`. |',
    );
  });

  it('names a field in a group inside the section by its group, and one under a radio option by the option', () => {
    const rows = rowsOf(reference);
    expect(rows).toContain(
      '| Which events › Event name (`nameMode`) | RADIO | | Options: `inherit` From the event; `custom` A custom name. |',
    );
    expect(rows).toContain(
      '| Which events › Name (`customName`) | TEXT | | Shown when `nameMode` is `custom`. |',
    );
  });

  it('comes out as prettier formats markdown, wide characters included', async () => {
    const page = renderFieldReferencePage(sources);
    expect(page.startsWith('# Field reference\n')).toBe(true);
    expect(page).toContain(reference);
    const options =
      (await prettier.resolveConfig(path.join(ROOT, 'docs/field-reference.md'))) ?? {};
    expect(await prettier.format(page, { ...options, parser: 'markdown' })).toBe(page);
  });
});
