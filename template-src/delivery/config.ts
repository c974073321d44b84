/**
 * Reads and validates the delivery fields. Any problem stops the tag before
 * anything is sent; each problem names the field (never its value).
 */
import { makeInteger } from '../sandbox/apis';
import type { Problem } from '../problem';
import { readPixels, PIXELS_FIELD, type PixelConfig } from './pixels';
import {
  DEFAULT_API_VERSION,
  DEFAULT_RETRIES,
  DEFAULT_TIMEOUT_MS,
  MAX_RETRIES,
  MAX_TIMEOUT_MS,
  MIN_TIMEOUT_MS,
} from './defaults';
import { fieldText, isDigits } from './text';

export interface DeliveryConfig {
  pixels: PixelConfig[];
  /** Like 'v26.0'. */
  apiVersion: string;
  timeoutMs: number;
  /** Extra attempts after the first one, 0..MAX_RETRIES. */
  retries: number;
  /** '' when not set. */
  testEventCode: string;
  optimistic: boolean;
}

export interface DeliveryConfigResult {
  /** Undefined exactly when problems is not empty. */
  config: DeliveryConfig | undefined;
  problems: Problem[];
}

/** Accepts 'v26.0', '26.0', ' V26.0 '; answers 'v26.0', or undefined for anything else. */
function normalizeApiVersion(text: string): string | undefined {
  const bare = text.toLowerCase().indexOf('v') === 0 ? text.substring(1) : text;
  const parts = bare.split('.');
  if (parts.length !== 2 || !isDigits(parts[0]) || !isDigits(parts[1])) return undefined;
  if (parts[0].length > 3 || parts[1].length > 2) return undefined;
  return 'v' + bare;
}

function readApiVersion(value: unknown, problems: Problem[]): string {
  const text = fieldText(value);
  if (text === '') return DEFAULT_API_VERSION;
  const version = text === undefined ? undefined : normalizeApiVersion(text);
  if (version === undefined) {
    problems.push({ key: 'apiVersion', reason: 'must look like v26.0' });
    return DEFAULT_API_VERSION;
  }
  return version;
}

/** A whole number within [min, max], or the default when the field is empty. */
function readWholeNumber(
  key: string,
  value: unknown,
  range: { min: number; max: number; fallback: number; unit: string },
  problems: Problem[],
): number {
  const text = fieldText(value);
  if (text === '') return range.fallback;
  const number = text !== undefined && isDigits(text) ? makeInteger(text) : undefined;
  if (number === undefined || number < range.min || number > range.max) {
    problems.push({
      key: key,
      reason: 'must be a whole number from ' + range.min + ' to ' + range.max + range.unit,
    });
    return range.fallback;
  }
  return number;
}

function readTestEventCode(value: unknown, problems: Problem[]): string {
  const text = fieldText(value);
  if (text === undefined) {
    problems.push({ key: 'testEventCode', reason: 'must be text' });
    return '';
  }
  return text;
}

export function readDeliveryConfig(fields: { [name: string]: unknown }): DeliveryConfigResult {
  const problems: Problem[] = [];
  const config: DeliveryConfig = {
    pixels: readPixels(fields[PIXELS_FIELD], problems),
    apiVersion: readApiVersion(fields.apiVersion, problems),
    timeoutMs: readWholeNumber(
      'requestTimeoutMs',
      fields.requestTimeoutMs,
      { min: MIN_TIMEOUT_MS, max: MAX_TIMEOUT_MS, fallback: DEFAULT_TIMEOUT_MS, unit: ' ms' },
      problems,
    ),
    retries: readWholeNumber(
      'retries',
      fields.retries,
      { min: 0, max: MAX_RETRIES, fallback: DEFAULT_RETRIES, unit: '' },
      problems,
    ),
    testEventCode: readTestEventCode(fields.testEventCode, problems),
    optimistic: fields.optimisticSuccess === true,
  };
  return { config: problems.length === 0 ? config : undefined, problems: problems };
}
