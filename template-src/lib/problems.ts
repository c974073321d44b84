/**
 * A problem found in the event or in the tag's configuration: which key
 * and why. It never carries the offending value, so problems can be
 * logged without leaking personal data or secrets. Every stage reports
 * into the one list the tag run keeps.
 */
export interface Problem {
  key: string;
  reason: string;
}

export function report(problems: Problem[], key: string, reason: string): void {
  problems.push({ key: key, reason: reason });
}
