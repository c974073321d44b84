/**
 * The config stage: reads and validates the delivery fields. Any problem
 * stops the tag before anything is read or sent; each problem names the
 * field (never its value).
 */
import { makeInteger } from '../sandbox/apis';
import type { Problem } from '../lib/problems';
import { report } from '../lib/problems';
import { isDigits, textOf } from '../lib/text';
import type { DeliveryConfig, StageResult, TagContext, TagFields } from '../context';
import {
  DEFAULT_API_VERSION,
  DEFAULT_RETRIES,
  DEFAULT_TIMEOUT_MS,
  MAX_RETRIES,
  MAX_TIMEOUT_MS,
  MIN_TIMEOUT_MS,
} from './defaults';
import { readPixels } from './pixels';

/** Accepts 'v26.0', '26.0', ' V26.0 '; answers 'v26.0', or undefined for anything else. */
function normalizeApiVersion(text: string): string | undefined {
  const bare = text.toLowerCase().indexOf('v') === 0 ? text.substring(1) : text;
  const parts = bare.split('.');
  if (parts.length !== 2 || !isDigits(parts[0]) || !isDigits(parts[1])) return undefined;
  if (parts[0].length > 3 || parts[1].length > 2) return undefined;
  return 'v' + bare;
}

function readApiVersion(value: unknown, problems: Problem[]): string {
  const text = textOf(value);
  if (text === '') return DEFAULT_API_VERSION;
  const version = text === undefined ? undefined : normalizeApiVersion(text);
  if (version === undefined) {
    report(problems, 'apiVersion', 'must look like v26.0');
    return DEFAULT_API_VERSION;
  }
  return version;
}

/** A whole number within [min, max], or the fallback when the field is empty. */
function readWholeNumber(
  key: string,
  value: unknown,
  min: number,
  max: number,
  fallback: number,
  unit: string,
  problems: Problem[],
): number {
  const text = textOf(value);
  if (text === '') return fallback;
  const number = text !== undefined && isDigits(text) ? makeInteger(text) : undefined;
  if (number === undefined || number < min || number > max) {
    report(problems, key, 'must be a whole number from ' + min + ' to ' + max + unit);
    return fallback;
  }
  return number;
}

export function readDeliveryConfig(fields: TagFields, problems: Problem[]): DeliveryConfig {
  const pixels = readPixels(fields.pixels, problems);
  const apiVersion = readApiVersion(fields.apiVersion, problems);
  const timeoutMs = readWholeNumber(
    'requestTimeoutMs',
    fields.requestTimeoutMs,
    MIN_TIMEOUT_MS,
    MAX_TIMEOUT_MS,
    DEFAULT_TIMEOUT_MS,
    ' ms',
    problems,
  );
  const retries = readWholeNumber(
    'retries',
    fields.retries,
    0,
    MAX_RETRIES,
    DEFAULT_RETRIES,
    '',
    problems,
  );
  const testEventCode = textOf(fields.testEventCode);
  if (testEventCode === undefined) report(problems, 'testEventCode', 'must be text');
  return {
    pixels: pixels,
    apiVersion: apiVersion,
    timeoutMs: timeoutMs,
    retries: retries,
    testEventCode: testEventCode === undefined ? '' : testEventCode,
    optimistic: fields.optimisticSuccess === true,
  };
}

export function configStage(ctx: TagContext): StageResult {
  ctx.config = readDeliveryConfig(ctx.fields, ctx.problems);
  return ctx.problems.length > 0 ? { ok: false, stage: 'config' } : undefined;
}
