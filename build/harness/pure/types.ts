/**
 * Type tests shared by the pure API fakes. Values arrive from a node:vm
 * context, whose arrays and objects have that context's prototypes, so every
 * test here works across realms (no `instanceof`).
 */
export type SandboxType =
  'string' | 'number' | 'boolean' | 'null' | 'undefined' | 'array' | 'object' | 'function';

export function sandboxTypeOf(value: unknown): SandboxType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const type = typeof value;
  if (type === 'string' || type === 'number' || type === 'boolean' || type === 'undefined') {
    return type;
  }
  if (type === 'function') return 'function';
  return 'object';
}

export function isObjectLike(value: unknown): value is Record<string, unknown> {
  return sandboxTypeOf(value) === 'object';
}

/** String(value), but never throws (a sandbox object may carry a throwing toString). */
export function toStringSafely(value: unknown): string {
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** Number(value), but never throws. */
export function toNumberSafely(value: unknown): number {
  try {
    return Number(value);
  } catch {
    return NaN;
  }
}

export function hasOwn(obj: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(obj, key);
}

/** Assignment that also works for the key '__proto__'. */
export function defineValue(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    writable: true,
    enumerable: true,
    configurable: true,
  });
}
