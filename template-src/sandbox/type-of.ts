import { getType } from './apis';

export type SandboxType = ReturnType<typeof getType>;

/**
 * What getType answers, asking the sandbox only when `typeof` cannot tell
 * (null, list or object). Most values the tag inspects are strings, numbers
 * or absent, and every API call crosses the sandbox boundary: this halves
 * the calls a rich event makes.
 */
export function typeOf(value: unknown): SandboxType {
  const type = typeof value;
  return type === 'object' ? getType(value) : (type as SandboxType);
}
