/** typeOf answers exactly what the sandbox's getType answers, for every kind of value. */
import { expect, it } from 'vitest';
import { getType } from '../../template-src/sandbox/apis';
import { typeOf } from '../../template-src/sandbox/type-of';

it.each([
  ['text', 'string'],
  ['', 'string'],
  [0, 'number'],
  [Number.NaN, 'number'],
  [true, 'boolean'],
  [undefined, 'undefined'],
  [null, 'null'],
  [[], 'array'],
  [[1, 'a'], 'array'],
  [{}, 'object'],
  [{ length: 0 }, 'object'],
  [() => 1, 'function'],
])('typeOf(%j) is %s, as getType says', (value, expected) => {
  expect(typeOf(value)).toBe(expected);
  expect(typeOf(value)).toBe(getType(value));
});
