import { describe, expect, it } from 'vitest';
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
              type: 'CHECKBOX',
              name: 'sendWithoutSignal',
              checkboxText: 'Send',
              displayName: 'No signal | send',
              enablingConditions: [
                { paramName: 'consentMode', paramValue: 'ignore', type: 'NOT_EQUALS' },
              ],
            },
          ],
        },
      ],
    },
  ]);

  it('renders one table per group with defaults, options and conditions', () => {
    expect(reference).toContain('#### Consent\n\nWhen to send.');
    expect(reference).toContain(
      '| Consent mode (`consentMode`) | SELECT | `ad_user_data` (Require ad_user_data) | Options: `ignore` Ignore; `ad_user_data` Require ad_user_data. |',
    );
    expect(reference).toContain(
      '| No signal \\| send (`sendWithoutSignal`) | CHECKBOX | `false` | Shown when `consentMode` is not `ignore`. |',
    );
  });

  it('replaces only the block between the markers', () => {
    const readme = 'intro\n' + START_MARKER + '\nold\n' + END_MARKER + '\noutro\n';
    const out = withFieldReference(readme, 'NEW');
    expect(out).toBe('intro\n' + START_MARKER + '\n\nNEW\n\n' + END_MARKER + '\noutro\n');
    expect(() => withFieldReference('no markers', 'x')).toThrow(/field reference markers/);
  });
});
