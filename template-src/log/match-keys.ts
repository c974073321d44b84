/**
 * Which match keys an event carries (names only, never values): the summary
 * users need to reach Meta's Event Match Quality targets.
 */
import { Object } from '../sandbox/apis';
import { kindOf } from '../lib/types';

function isPresent(value: unknown): boolean {
  const type = kindOf(value);
  if (type === 'string') return (value as string).length > 0;
  if (type === 'array') return (value as unknown[]).some(isPresent);
  return type === 'number' || type === 'boolean';
}

export function matchKeySummary(userData: unknown): string[] {
  if (kindOf(userData) !== 'object') return [];
  const record = userData as { [key: string]: unknown };
  return Object.keys(record)
    .filter((key) => isPresent(record[key]))
    .sort();
}
