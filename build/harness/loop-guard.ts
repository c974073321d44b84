/**
 * Guards against endless loops in sandboxed code without a per-run vm
 * watchdog (which costs a thread per call): every loop body starts with a
 * call to a tick function that throws once the run's real-time budget is
 * spent. Only text is inserted, never newlines, so error positions hold.
 * Code that does not parse is returned unchanged for vm to report.
 */
import * as acorn from 'acorn';
import * as walk from 'acorn-walk';

export const TICK = '__gtmHarnessTick';

interface Insertion {
  at: number;
  text: string;
}

type LoopNode = acorn.Node & { body: acorn.Node };

export function guardLoops(code: string): string {
  let ast: acorn.Program;
  try {
    ast = acorn.parse(code, {
      ecmaVersion: 'latest',
      sourceType: 'script',
      allowReturnOutsideFunction: true,
    });
  } catch {
    return code;
  }
  const inserts: Insertion[] = [];
  const guard = (node: acorn.Node) => {
    const body = (node as LoopNode).body;
    if (body.type === 'BlockStatement') {
      inserts.push({ at: body.start + 1, text: `${TICK}();` });
    } else {
      inserts.push({ at: body.start, text: `{${TICK}();` }, { at: body.end, text: '}' });
    }
  };
  walk.simple(ast, {
    WhileStatement: guard,
    DoWhileStatement: guard,
    ForStatement: guard,
    ForInStatement: guard,
    ForOfStatement: guard,
  });
  inserts.sort((a, b) => b.at - a.at);
  let out = code;
  for (const { at, text } of inserts) out = out.slice(0, at) + text + out.slice(at);
  return out;
}

export class TimedOutError extends Error {}

/** The tick function and the deadline it enforces. */
export class LoopBudget {
  private deadline = Infinity;
  private budgetMs = 0;
  private count = 0;

  readonly tick = (): void => {
    if (++this.count % 1024 !== 0) return;
    if (performance.now() > this.deadline) {
      this.deadline = Infinity;
      throw new TimedOutError(
        `still running after ${this.budgetMs} ms of real time (an endless loop?)`,
      );
    }
  };

  /** Runs `task` with `ms` of real time for the loops inside it. */
  within<T>(ms: number, task: () => T): T {
    const outer = this.deadline;
    this.budgetMs = ms;
    this.deadline = ms > 0 ? performance.now() + ms : Infinity;
    try {
      return task();
    } finally {
      this.deadline = outer;
    }
  }
}
