/**
 * One structured JSON line per log entry, written only when the user's log
 * mode allows it, with every registered secret cut out of the finished line.
 *
 * Modes (field `logMode`): 'off'; 'debug' (default): only in GTM Preview and
 * debug sessions, so production containers stay quiet; 'always': also in
 * production (Cloud Logging), which needs the `logging` permission for all
 * environments.
 */
import type { Problem } from '../problem';
import { getType, JSON, makeString, Object } from '../sandbox/apis';
import { sandboxLogIo, type LogIo } from './io';
import { readLogMode } from './modes';
import { redact } from './redact';
import { secretsOfPixelRows } from './sensitive';

export interface LogEntry {
  [field: string]: unknown;
}

export interface Logger {
  enabled: boolean;
  /** Registers values that must never appear in a log line. */
  protect: (values: string[]) => void;
  write: (type: string, entry: LogEntry) => void;
  /** One line listing `{key, reason}` problems of a stage, e.g. 'config' or 'user_data'. */
  problems: (stage: string, problems: Problem[]) => void;
}

export const LOG_TAG = 'meta-capi';
function isDebugSession(io: LogIo): boolean {
  const version = io.getContainerVersion();
  if (getType(version) !== 'object') return false;
  const v = version as ContainerVersion;
  return v.debugMode === true || v.previewMode === true;
}

function formatLine(type: string, entry: LogEntry): string {
  const line: LogEntry = { tag: LOG_TAG, type: type };
  for (const key of Object.keys(entry)) {
    if (entry[key] !== undefined) line[key] = entry[key];
  }
  const text = JSON.stringify(line);
  return getType(text) === 'string'
    ? (text as string)
    : '{"tag":"' + LOG_TAG + '","type":"' + type + '","error":"entry not serializable"}';
}

/**
 * `fields` is the tag's `data`: the log mode, plus the raw pixels table so its
 * tokens and proofs are protected before any stage can log anything.
 */
export function createLogger(fields: { [name: string]: unknown }, io?: LogIo): Logger {
  const sys = io || sandboxLogIo;
  const mode = readLogMode(fields.logMode);
  const enabled = mode === 'always' || (mode === 'debug' && isDebugSession(sys));
  const secrets: string[] = secretsOfPixelRows(fields.pixels);

  const write = (type: string, entry: LogEntry): void => {
    if (!enabled) return;
    sys.logToConsole(redact(formatLine(type, entry), secrets));
  };

  return {
    enabled: enabled,
    protect: (values: string[]) => {
      for (const value of values) {
        const blank = getType(value) !== 'string' || value.trim() === '';
        if (!blank && secrets.indexOf(value) < 0) secrets.push(value);
      }
    },
    write: write,
    problems: (stage: string, problems: Problem[]) => {
      if (problems.length === 0) return;
      write('problems', {
        stage: stage,
        problems: problems.map((p) => ({ key: makeString(p.key), reason: makeString(p.reason) })),
      });
    },
  };
}
