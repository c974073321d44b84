/** Log modes, shared by the field definition (run at build time) and the logger; imports nothing. */
export type LogMode = 'off' | 'debug' | 'always';

export const DEFAULT_LOG_MODE: LogMode = 'debug';

export function readLogMode(value: unknown): LogMode {
  if (value === 'off' || value === 'always' || value === 'debug') return value;
  return DEFAULT_LOG_MODE;
}
