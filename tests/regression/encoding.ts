/**
 * A lossless JSON form for the corpus: event data carries what plain JSON
 * cannot hold (NaN, Infinity, -0, undefined, an own `__proto__` key), and
 * each of these changes what the tag does, so each survives the round trip.
 *
 * - numbers JSON cannot spell: `{"$num": "NaN" | "Infinity" | "-Infinity" | "-0"}`
 * - undefined: `{"$undefined": true}`
 * - objects: `{"$obj": [[key, value], ...]}` (own keys in order, any name)
 * - arrays, strings, finite numbers, booleans and null: as JSON has them
 */

export type Encoded = null | boolean | number | string | Encoded[] | { [key: string]: Encoded };

export function encode(value: unknown): Encoded {
  if (value === undefined) return { $undefined: true };
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') {
    if (Object.is(value, -0)) return { $num: '-0' };
    return Number.isFinite(value) ? value : { $num: String(value) };
  }
  if (Array.isArray(value)) return value.map(encode);
  if (typeof value === 'object') {
    return { $obj: Object.keys(value).map((key) => [key, encode((value as never)[key])]) };
  }
  throw new Error('cannot encode a ' + typeof value + ' in the corpus');
}

export function decode(value: Encoded): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(decode);
  if ('$undefined' in value) return undefined;
  if ('$num' in value) return Number(value.$num);
  const object: Record<string, unknown> = {};
  for (const [key, inner] of value.$obj as [string, Encoded][]) {
    // defineProperty keeps `__proto__` an own key, as JSON.parse would make it.
    Object.defineProperty(object, key, {
      value: decode(inner),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return object;
}
