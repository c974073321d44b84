import * as prettier from 'prettier';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../build/build';
import {
  END_MARKER,
  renderFieldReference,
  START_MARKER,
  withFieldReference,
} from '../../build/field-reference';

describe('field reference', () => {
  const reference = renderFieldReference([
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
          ],
        },
      ],
    },
  ]);

  /** A row's cells, without the padding. */
  const rowsOf = (text: string) =>
    text
      .split('\n')
      .filter((l) => l.startsWith('| '))
      .map((l) => l.replace(/ +\|/g, ' |').replace(/\| +/g, '| '));

  it('renders one table per group with defaults, options and conditions', () => {
    expect(reference).toContain('#### Consent\n\nWhen to send.');
    const rows = rowsOf(reference);
    expect(rows).toContain(
      '| Consent mode (`consentMode`) | SELECT | `ad_user_data` (Require ad_user_data) | Options: `ignore` Ignore; `ad_user_data` Require ad_user_data. |',
    );
    // A checkbox is labelled by its text, as the UI shows it.
    expect(rows).toContain(
      '| No signal \\| send (`sendWithoutSignal`) | CHECKBOX | `false` | Shown when `consentMode` is not `ignore`. |',
    );
  });

  it('comes out as prettier formats markdown, wide characters included', async () => {
    const options = (await prettier.resolveConfig(path.join(ROOT, 'README.md'))) ?? {};
    const formatted = await prettier.format(reference + '\n', { ...options, parser: 'markdown' });
    expect(formatted).toBe(reference + '\n');
  });

  it('replaces only the block between the markers', () => {
    const readme = 'intro\n' + START_MARKER + '\nold\n' + END_MARKER + '\noutro\n';
    const out = withFieldReference(readme, 'NEW');
    expect(out).toBe('intro\n' + START_MARKER + '\n\nNEW\n\n' + END_MARKER + '\noutro\n');
    expect(() => withFieldReference('no markers', 'x')).toThrow(/field reference markers/);
  });
});
