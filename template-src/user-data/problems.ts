/**
 * Problems found in the input: the offending key and why its value was left
 * out. Never the value itself, so raw PII cannot reach a log through here.
 */
export interface Problem {
  key: string;
  reason: string;
}

export function reportProblem(problems: Problem[], key: string, reason: string): void {
  problems.push({ key: key, reason: reason });
}
