/**
 * The built template behaves on every corpus case exactly as recorded:
 * same callbacks, requests, cookies and log lines, byte for byte. A
 * deliberate change is recorded with `npm run corpus:record`.
 */
import { describe, expect, test } from 'vitest';
import { BUILT_TEMPLATE, observe, readCases, readExpected, runtimeOf } from './corpus';
import { describeDifference } from './difference';

describe('behaviour corpus', () => {
  test('every case behaves as recorded', () => {
    const runtime = runtimeOf(BUILT_TEMPLATE);
    const expected = readExpected();
    const cases = readCases();
    expect(cases.length).toBeGreaterThan(5000);
    const differences: string[] = [];
    for (const c of cases) {
      const difference = describeDifference(expected.get(c.id), observe(runtime, c.options));
      if (difference !== '') differences.push(c.id + ': ' + difference);
    }
    expect(differences.slice(0, 5).join('\n\n')).toBe('');
    expect(differences.length).toBe(0);
  }, 300_000);
});
