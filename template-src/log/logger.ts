/**
 * One structured JSON line per log entry, written only when the user's log
 * mode allows it, with every registered secret cut out of each value and
 * long values cut short. When no line will be written, the logger does no
 * work at all: no secrets are collected, nothing is formatted.
 *
 * Modes (field `logMode`): 'off'; 'debug' (default): only in GTM Preview and
 * debug sessions, so production containers stay quiet; 'always': also in
 * production (Cloud Logging), which needs the `logging` permission for all
 * environments.
 */
import type { Problem } from '../lib/problems';
import { kindOf } from '../lib/types';
import { createRegex, JSON, makeString, Object } from '../sandbox/apis';
import { sandboxLogIo, type LogIo } from './io';
import { readLogMode } from './modes';
import { redact, redactionForms, TOKEN_SHAPE } from './redact';
import { secretsOfPixelRows } from './sensitive';

export interface LogEntry {
  [field: string]: unknown;
}

export interface Logger {
  enabled: boolean;
  /** Registers values that must never appear in a log line (call only when enabled). */
  protect: (values: string[]) => void;
  write: (type: string, entry: LogEntry) => void;
  /** One line listing `{key, reason}` problems of a stage, e.g. 'config' or 'event'. */
  problems: (stage: string, problems: Problem[]) => void;
}

export const LOG_TAG = 'meta-capi';

/**
 * Secrets are cut out of each string (and key) before the line is serialized,
 * never out of the finished line: a short raw identifier such as "1500" would
 * otherwise replace a number and break the JSON. Longer values are cut after
 * redaction, so a cut can never leave part of a secret behind.
 */
export const MAX_VALUE_LENGTH = 500;
/** Entries are shallow; deeper values are not worth the risk of walking a huge structure. */
const MAX_DEPTH = 5;

interface Redaction {
  forms: string[];
  tokenShape: SandboxRegex;
}

function isDebugSession(io: LogIo): boolean {
  const version = io.getContainerVersion();
  if (kindOf(version) !== 'object') return false;
  const v = version as ContainerVersion;
  return v.debugMode === true || v.previewMode === true;
}

function cleanValue(value: unknown, redaction: Redaction, depth: number): unknown {
  const type = kindOf(value);
  if (type === 'string') {
    const clean = redact(value as string, redaction.forms, redaction.tokenShape);
    return clean.length > MAX_VALUE_LENGTH ? clean.substring(0, MAX_VALUE_LENGTH) + '...' : clean;
  }
  if (type !== 'array' && type !== 'object') return value;
  if (depth >= MAX_DEPTH) return '[nested]';
  if (type === 'array') {
    return (value as unknown[]).map((v) => cleanValue(v, redaction, depth + 1));
  }
  const record = value as LogEntry;
  const out: LogEntry = {};
  for (const key of Object.keys(record)) {
    out[redact(key, redaction.forms, redaction.tokenShape)] = cleanValue(
      record[key],
      redaction,
      depth + 1,
    );
  }
  return out;
}

function formatLine(type: string, entry: LogEntry, redaction: Redaction): string {
  const line: LogEntry = { tag: LOG_TAG, type: type };
  for (const key of Object.keys(entry)) {
    if (entry[key] !== undefined) line[key] = cleanValue(entry[key], redaction, 1);
  }
  const text = JSON.stringify(line);
  return typeof text === 'string'
    ? text
    : '{"tag":"' + LOG_TAG + '","type":"' + type + '","error":"entry not serializable"}';
}

function silentLogger(): Logger {
  const nothing = (): void => undefined;
  return { enabled: false, protect: nothing, write: nothing, problems: nothing };
}

/**
 * `fields` is the tag's `data`: the log mode, plus the raw pixels table so its
 * tokens and proofs are protected before any stage can log anything.
 */
export function createLogger(fields: { logMode?: unknown; pixels?: unknown }, io?: LogIo): Logger {
  const sys = io || sandboxLogIo;
  const mode = readLogMode(fields.logMode);
  if (mode === 'off' || (mode === 'debug' && !isDebugSession(sys))) return silentLogger();
  const secrets = secretsOfPixelRows(fields.pixels);
  const tokenShape = createRegex(TOKEN_SHAPE, 'g')!;

  const write = (type: string, entry: LogEntry): void => {
    const redaction = { forms: redactionForms(secrets), tokenShape: tokenShape };
    sys.logToConsole(formatLine(type, entry, redaction));
  };

  return {
    enabled: true,
    protect: (values: string[]) => {
      for (const value of values) {
        const blank = typeof value !== 'string' || value.trim() === '';
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
