/**
 * Copies of values crossing into the sandbox (GTM hands templates copies of
 * event data, storage items and logged values), and a readable rendering of
 * any sandbox value for messages.
 */

/** Deep copy of plain data; functions are kept by reference, cycles cut. */
export function copyValue<T>(value: T, seen = new Map<object, unknown>()): T {
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return seen.get(value) as T;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    seen.set(value, out);
    for (const item of value) out.push(copyValue(item, seen));
    return out as T;
  }
  const out: Record<string, unknown> = {};
  seen.set(value, out);
  for (const k of Object.keys(value)) {
    const v = copyValue((value as Record<string, unknown>)[k], seen);
    if (k === '__proto__') {
      Object.defineProperty(out, k, {
        value: v,
        writable: true,
        enumerable: true,
        configurable: true,
      });
    } else {
      out[k] = v;
    }
  }
  return out as T;
}

/**
 * The arguments of an API call as assertApi sees them later: copied, so a
 * template that mutates an object after the call cannot rewrite history.
 * Most calls pass only strings and numbers, which need no deep copy.
 */
export function recordedArgs(args: unknown[]): unknown[] {
  for (const arg of args) {
    if (arg !== null && typeof arg === 'object') return copyValue(args);
  }
  return args.slice();
}

/** JSON-like text of a value, showing undefined, NaN, Infinity and functions. */
export function describeValue(value: unknown, seen = new Set<object>()): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'function') return 'function' + (value.name ? ' ' + value.name : '');
  if (value === null || typeof value !== 'object') return String(value);
  if (seen.has(value)) return '[circular]';
  seen.add(value);
  try {
    if (Array.isArray(value))
      return '[' + value.map((v) => describeValue(v, seen)).join(', ') + ']';
    const entries = Object.entries(value).map(
      ([k, v]) => JSON.stringify(k) + ': ' + describeValue(v, seen),
    );
    return '{' + entries.join(', ') + '}';
  } finally {
    seen.delete(value);
  }
}
