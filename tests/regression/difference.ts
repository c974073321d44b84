/** The first observable difference between two recordings of one case, in words ('' when equal). */
import type { Observed } from './corpus';

function firstDifferentIndex(a: string[], b: string[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) return i;
  return -1;
}

function clip(text: string | undefined): string {
  if (text === undefined) return '(none)';
  return text.length > 400 ? text.slice(0, 400) + '…' : text;
}

/** Both texts around their first difference. */
function around(a: string | undefined, b: string | undefined): [string, string] {
  if (a === undefined || b === undefined) return [clip(a), clip(b)];
  let at = 0;
  while (at < a.length && at < b.length && a[at] === b[at]) at++;
  const from = Math.max(0, at - 120);
  const cut = (t: string) =>
    (from > 0 ? '…' : '') + t.slice(from, at + 280) + (t.length > at + 280 ? '…' : '');
  return [cut(a), cut(b)];
}

export function describeDifference(expected: Observed | undefined, actual: Observed): string {
  if (expected === undefined) return 'new case';
  const parts: string[] = [];
  for (const key of ['outcome', 'gtmOnSuccessCalls', 'gtmOnFailureCalls', 'error'] as const) {
    if (expected[key] !== actual[key]) {
      parts.push(`${key}: ${clip(String(expected[key]))} → ${clip(String(actual[key]))}`);
    }
  }
  const lists: [string, string[], string[]][] = [
    [
      'request',
      expected.requests.map((r) => JSON.stringify(r)),
      actual.requests.map((r) => JSON.stringify(r)),
    ],
    [
      'cookie',
      expected.cookies.map((c) => JSON.stringify(c)),
      actual.cookies.map((c) => JSON.stringify(c)),
    ],
    ['log line', expected.logs, actual.logs],
  ];
  for (const [what, a, b] of lists) {
    const i = firstDifferentIndex(a, b);
    if (i >= 0) {
      const [was, now] = around(a[i], b[i]);
      parts.push(`${what} ${i + 1}:\n  was ${was}\n  now ${now}`);
    }
  }
  return parts.join('\n');
}
