/** Regular-expression source for the whole numbers from `min` to `max` (for REGEX field validators). */
import toRegexRange from 'to-regex-range';

export function integerRangePattern(min: number, max: number): string {
  // A capturing group, like the patterns real exports show; `(?:` is not attested there.
  return toRegexRange(min, max, { capture: true });
}
