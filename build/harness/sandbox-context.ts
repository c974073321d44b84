/**
 * The node:vm realm that template and scenario code run in. Like GTM's
 * sandbox it has no global environment: every standard global is removed
 * (code must `require` JSON, Math, Object...), and eval/Function are off.
 * Functions are compiled once per context and reused for every run; their
 * loops are guarded so an endless one ends the run, not the process.
 */
import vm from 'node:vm';
import { guardLoops, LoopBudget, TICK } from './loop-guard';

export { TimedOutError } from './loop-guard';

const KEPT_GLOBALS = ['undefined', 'NaN', 'Infinity'];

export class SyntaxErrorInCode extends Error {}

export class SandboxContext {
  private readonly context: vm.Context;
  private readonly budget = new LoopBudget();

  constructor() {
    this.context = vm.createContext(
      {},
      { name: 'gtm-sandbox', codeGeneration: { strings: false, wasm: false } },
    );
    new vm.Script(
      `const g = globalThis;
       const keep = ${JSON.stringify(KEPT_GLOBALS)};
       for (const k of Object.getOwnPropertyNames(g)) if (!keep.includes(k)) delete g[k];`,
    ).runInContext(this.context);
  }

  /** Compiles `body` as the body of a function with these parameter names. */
  compileFunction(
    params: string[],
    body: string,
    filename: string,
  ): (...args: unknown[]) => unknown {
    const source = `(function (${[...params, TICK].join(', ')}) {\n${guardLoops(body)}\n})`;
    let script: vm.Script;
    try {
      script = new vm.Script(source, { filename, lineOffset: -1 });
    } catch (e) {
      throw new SyntaxErrorInCode(`${filename}: ${(e as Error).message}`);
    }
    const fn = script.runInContext(this.context) as (...args: unknown[]) => unknown;
    const tick = this.budget.tick;
    return (...args: unknown[]) => fn(...params.map((_, i) => args[i]), tick);
  }

  /**
   * Runs `task` (host code calling into the sandbox) with a real-time
   * budget for the sandbox's loops; 0 means no limit.
   */
  runTimed<T>(task: () => T, timeoutMs: number): T {
    return this.budget.within(timeoutMs, task);
  }
}
