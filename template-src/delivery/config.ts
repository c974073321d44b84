/**
 * The config stage: reads and validates the delivery fields, and checks
 * the other fields whose value is the same for every event. Any problem
 * stops the tag before anything is read or sent; each problem names the
 * field (never its value).
 */
import { createRegex, makeInteger } from '../sandbox/apis';
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
  maxTimeoutMs,
} from './defaults';
import { CHOICE_FIELDS } from '../meta/compact';
import { currencyCode } from '../meta/formats';
import { readPixels } from './pixels';

/**
 * Accepts 'v26.0', '26.0', ' V26.0 '; answers 'v26.0', or undefined for
 * anything else. Graph API versions have been whole numbers since v10.0
 * (Meta's changelog), so '1.5' and 'v26.5' name none.
 */
function normalizeApiVersion(text: string): string | undefined {
  const bare = text.toLowerCase().indexOf('v') === 0 ? text.substring(1) : text;
  return bare.search(createRegex('^[1-9][0-9]\\.0$')!) === 0 ? 'v' + bare : undefined;
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

/**
 * The choice fields (meta/compact CHOICE_FIELDS): unset means the default;
 * anything but one of the options (a variable's value, a hand-edited
 * export) is named rather than silently replaced.
 */
function checkChoices(fields: TagFields, problems: Problem[]): void {
  const table = CHOICE_FIELDS.substring(1, CHOICE_FIELDS.length - 1).split('|');
  for (const entry of table) {
    const equals = entry.indexOf('=');
    const name = entry.substring(0, equals);
    const value = (fields as { [name: string]: unknown })[name];
    if (value === undefined) continue;
    const options = entry.substring(equals + 1);
    if (typeof value !== 'string' || (',' + options + ',').indexOf(',' + value + ',') < 0) {
      report(problems, name, 'must be one of ' + options.split(',').join(', '));
    }
  }
}

/** The cookie domain field: empty or 'auto', else a domain name ("example.com", ".example.com"). */
function checkCookieDomain(value: unknown, problems: Problem[]): void {
  if (value === undefined || value === null) return;
  const text = typeof value === 'string' ? value.trim() : undefined;
  const domain =
    '^\\.?[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$';
  if (text === '' || (text !== undefined && text.toLowerCase() === 'auto')) return;
  if (text === undefined || text.search(createRegex(domain)!) !== 0) {
    report(problems, 'cookieDomain', 'must be auto or a domain such as example.com');
  }
}

/** The default currency field: empty, or an ISO 4217 code. */
function checkDefaultCurrency(value: unknown, problems: Problem[]): void {
  const text = textOf(value);
  if (text === '') return;
  if (text === undefined || currencyCode(text) === undefined) {
    report(problems, 'defaultCurrency', 'must be a 3-letter ISO 4217 code such as EUR');
  }
}

/**
 * Every attempt must end inside the sandbox's promise limit (see
 * DELIVERY_BUDGET_MS): a longer timeout, which a variable or an older
 * export may still give, is shortened and the change reported; the event
 * still goes out.
 */
function fitTimeoutToBudget(config: DeliveryConfig, problems: Problem[]): void {
  const longest = maxTimeoutMs(config.retries);
  if (config.timeoutMs <= longest) return;
  report(
    problems,
    'requestTimeoutMs',
    'with ' +
      config.retries +
      ' retries at most ' +
      longest +
      ' ms fits the 5 s GTM gives a tag; ' +
      longest +
      ' ms used',
  );
  config.timeoutMs = longest;
}

export function configStage(ctx: TagContext): StageResult {
  const problems = ctx.problems;
  ctx.config = readDeliveryConfig(ctx.fields, problems);
  checkChoices(ctx.fields, problems);
  checkCookieDomain(ctx.fields.cookieDomain, problems);
  checkDefaultCurrency(ctx.fields.defaultCurrency, problems);
  if (problems.length > 0) return { ok: false, stage: 'config' };
  fitTimeoutToBudget(ctx.config, problems);
  return undefined;
}
