/**
 * A problem found while building or checking an event, or in the tag's
 * configuration: which key and why. Never carries the offending value, so
 * problems can be logged without leaking raw PII or secrets.
 */
export interface Problem {
  key: string;
  reason: string;
}

export function reportProblem(problems: Problem[], key: string, reason: string): void {
  problems.push({ key: key, reason: reason });
}
