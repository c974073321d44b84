/**
 * Checks user_data key by key. A value Meta would reject (a raw value where a
 * hash belongs, a hash where a raw value belongs, a malformed fbc/fbp or IP)
 * is dropped and reported, so the rest of the event still counts.
 */
import { isClickId } from '../identity/click-id-format';
import { isIp } from '../identity/ip';
import { makeString, Object } from '../sandbox/apis';
import { isHashedValue } from './formats';
import { reportProblem, type Problem } from '../problem';
import { EITHER_USER_KEYS, HASHED_USER_KEYS, PLAIN_USER_KEYS, WEAK_KEY_SETS } from './spec';
import { isArray, isFiniteNumber, isLowerHex, isObject, isString } from './values';

type Check = (value: unknown) => boolean;

function nonEmptyText(value: unknown): boolean {
  return (isString(value) && value.trim() !== '') || isFiniteNumber(value);
}

/** A raw identifier: text or a number, but not something that looks like a SHA-256. */
function rawIdentifier(value: unknown): boolean {
  if (!nonEmptyText(value)) return false;
  const text = makeString(value).toLowerCase();
  return !(text.length === 64 && isLowerHex(text));
}

function checkFor(key: string): Check | undefined {
  if (HASHED_USER_KEYS.indexOf(key) >= 0) return isHashedValue;
  if (EITHER_USER_KEYS.indexOf(key) >= 0) return nonEmptyText;
  if (key === 'client_ip_address') return isIp;
  if (key === 'fbc' || key === 'fbp') return isClickId;
  if (key === 'client_user_agent') return nonEmptyText;
  if (PLAIN_USER_KEYS.indexOf(key) >= 0) return rawIdentifier;
  return undefined;
}

function acceptsList(key: string): boolean {
  return HASHED_USER_KEYS.indexOf(key) >= 0 || EITHER_USER_KEYS.indexOf(key) >= 0;
}

/** The value with its unacceptable entries removed; undefined when nothing is left. */
function cleanValue(key: string, value: unknown, check: Check, problems: Problem[]): unknown {
  const at = 'user_data.' + key;
  if (!isArray(value)) {
    if (check(value)) return value;
    reportProblem(
      problems,
      at,
      acceptsList(key) ? 'not a valid hashed value; dropped' : 'invalid value; dropped',
    );
    return undefined;
  }
  if (!acceptsList(key)) {
    reportProblem(problems, at, 'a list where one value belongs; dropped');
    return undefined;
  }
  const kept = value.filter((v) => check(v));
  if (kept.length < value.length)
    reportProblem(problems, at, value.length - kept.length + ' invalid entries dropped');
  return kept.length > 0 ? kept : undefined;
}

function isWeakOnly(keys: string[]): boolean {
  for (const weakKeys of WEAK_KEY_SETS) {
    if (keys.every((k) => weakKeys.indexOf(k) >= 0)) return true;
  }
  return false;
}

/** The cleaned user_data; problems name keys only, never values. */
export function validateUserData(userData: unknown, problems: Problem[]): { [key: string]: any } {
  const clean: { [key: string]: any } = {};
  if (isObject(userData)) {
    for (const key of Object.keys(userData)) {
      const value = userData[key];
      if (value === undefined) continue;
      const check = checkFor(key);
      if (check === undefined) {
        reportProblem(
          problems,
          'user_data.' + key,
          'not a customer information parameter; dropped',
        );
        continue;
      }
      const kept = cleanValue(key, value, check, problems);
      if (kept !== undefined) clean[key] = kept;
    }
  } else if (userData !== undefined) {
    reportProblem(problems, 'user_data', 'not an object; dropped');
  }
  const keys = Object.keys(clean);
  if (keys.length > 0 && isWeakOnly(keys)) {
    reportProblem(
      problems,
      'user_data',
      'only keys Meta deems insufficient on their own (v13.0 baseline)',
    );
  }
  return clean;
}
