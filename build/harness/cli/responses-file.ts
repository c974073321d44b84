/**
 * Reads a preview responses file: a list of response rules (or one rule)
 * in the shape of the harness's ResponseRule. Every key is checked, so a
 * typo (`stauts`) is an error with a suggestion rather than a rule that
 * silently answers 200.
 */
import type { ResponseRule, ScriptedResponse } from '../http';
import { unknownName } from './did-you-mean';

/** What a value must be, or undefined when it is fine. */
type Check = (value: unknown) => string | undefined;

const isObject = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v);
const string: Check = (v) => (typeof v === 'string' ? undefined : 'a string');
const boolean: Check = (v) => (typeof v === 'boolean' ? undefined : 'true or false');
const count =
  (min: number, what: string): Check =>
  (v) =>
    typeof v === 'number' && Number.isInteger(v) && v >= min ? undefined : what;

// Keyed by the interfaces' own keys, so a key added there must be added here.
const ANSWER_CHECKS: { [K in keyof ScriptedResponse]-?: Check } = {
  status: (v) =>
    typeof v === 'number' && Number.isInteger(v) && v >= 100 && v <= 599
      ? undefined
      : 'an HTTP status code (100 to 599)',
  headers: (v) =>
    isObject(v) && Object.values(v).every((h) => typeof h === 'string')
      ? undefined
      : 'an object of header name to string value',
  body: () => undefined,
  timeout: boolean,
  networkError: boolean,
  delayMs: count(0, 'a whole number of milliseconds, 0 or more'),
};

const RULE_CHECKS: { [K in keyof ResponseRule]-?: Check } = {
  ...ANSWER_CHECKS,
  url: string,
  method: string,
  times: count(1, 'a whole number, 1 or more'),
  sequence: (v) => (Array.isArray(v) && v.length > 0 ? undefined : 'a non-empty list of answers'),
};

/** Every key a response rule may have. */
export const RULE_KEYS = Object.keys(RULE_CHECKS);

function checkKeys(
  at: string,
  value: unknown,
  checks: Record<string, Check>,
  problems: string[],
): void {
  if (!isObject(value)) {
    problems.push(`${at} must be an object`);
    return;
  }
  for (const [key, v] of Object.entries(value)) {
    const check = checks[key];
    if (!check) {
      problems.push(`${at}: ${unknownName('key', key, Object.keys(checks))}`);
      continue;
    }
    const must = check(v);
    if (must !== undefined)
      problems.push(`${at}: "${key}" must be ${must} (got ${JSON.stringify(v)})`);
  }
}

/** The rules in a responses file's JSON, and what is wrong with them. */
export function readResponseRules(json: unknown): { rules: ResponseRule[]; problems: string[] } {
  const list = Array.isArray(json) ? json : [json];
  const problems: string[] = [];
  list.forEach((rule, i) => {
    const at = Array.isArray(json) ? `rule ${i + 1}` : 'the rule';
    checkKeys(at, rule, RULE_CHECKS, problems);
    const sequence = isObject(rule) ? rule.sequence : undefined;
    if (Array.isArray(sequence)) {
      sequence.forEach((answer, j) =>
        checkKeys(`${at}, sequence answer ${j + 1}`, answer, ANSWER_CHECKS, problems),
      );
    }
  });
  return { rules: list as ResponseRule[], problems };
}
