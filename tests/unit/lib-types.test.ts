/** kindOf answers exactly what the sandbox's getType answers, for every kind of value. */
import { describe, expect, it } from 'vitest';
import { isArray, isBlank, isFiniteNumber, isObject, kindOf } from '../../template-src/lib/types';
import { getType } from '../../template-src/sandbox/apis';

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
])('kindOf(%j) is %s, as getType says', (value, expected) => {
  expect(kindOf(value)).toBe(expected);
  expect(kindOf(value)).toBe(getType(value));
});

describe('the type tests agree with kindOf', () => {
  const values = [
    'text',
    '',
    0,
    -1.5,
    Number.NaN,
    Infinity,
    -Infinity,
    true,
    undefined,
    null,
    [],
    [1],
    {},
    { length: 0 },
    () => 1,
  ];
  it.each(values.map((v) => [v]))('%j', (value) => {
    expect(isArray(value)).toBe(kindOf(value) === 'array');
    expect(isObject(value)).toBe(kindOf(value) === 'object');
    expect(isFiniteNumber(value)).toBe(kindOf(value) === 'number' && Number.isFinite(value));
    expect(isBlank(value)).toBe(value === undefined || value === null || value === '');
  });
});
