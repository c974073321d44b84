/**
 * Microseconds per event under a JavaScript interpreter written in
 * JavaScript (sval), closer to GTM's cost model than V8: the code is parsed
 * once, and every event interprets the whole body again. The harness
 * supplies the sandbox APIs, the clock and the Graph answers, as in a
 * normal run.
 */
import Sval from 'sval';
import { createRuntime, type RunOptions } from '../build/harness';
import { DEFAULT_LIMITS } from '../build/harness/scheduler';
import type { Template } from '../build/tpl';

export interface InterpretedTiming {
  medianUs: number;
  runs: number;
}

type TagFunction = (data: Record<string, unknown>, require: unknown) => void;

function compile(code: string): TagFunction {
  const interpreter = new Sval({ ecmaVer: 'latest', sandBox: true });
  interpreter.run('exports.tag = function (data, require) {\n' + code + '\n};');
  return (interpreter.exports as { tag: TagFunction }).tag;
}

export function timeInterpreted(
  template: Template,
  options: RunOptions,
  runs: number,
): InterpretedTiming {
  const runtime = createRuntime(template);
  const tag = compile(template.serverCode ?? '');
  const once = (): number => {
    const session = runtime.newSession(options);
    let calledBack = 0;
    const data = {
      ...options.data,
      gtmOnSuccess: () => calledBack++,
      gtmOnFailure: () => {
        throw new Error('the benchmark event failed under the interpreter');
      },
    };
    const started = performance.now();
    tag(data, session.templateRequire);
    session.scheduler.drain(DEFAULT_LIMITS);
    const elapsed = performance.now() - started;
    if (calledBack !== 1) throw new Error('the tag did not call back under the interpreter');
    return elapsed;
  };
  for (let i = 0; i < Math.min(20, runs); i++) once();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push(once() * 1000);
  samples.sort((a, b) => a - b);
  return { medianUs: samples[Math.floor(samples.length / 2)], runs };
}
