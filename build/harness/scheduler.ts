/**
 * A deterministic event loop on a virtual clock. Promise reactions are
 * microtasks; callLater and HTTP responses are timers (macrotasks) that run
 * in due-time order, FIFO among equals, after the microtasks drain, as in
 * JavaScript. Nothing waits on real time: draining jumps the clock forward.
 */

interface Timer {
  due: number;
  seq: number;
  fn: () => void;
}

export class RunawayError extends Error {}

export interface DrainLimits {
  /** Most tasks (microtasks + timers) one drain may run before it reports a runaway. */
  maxTasks: number;
  /** Latest virtual time (ms after the start) a timer may be due. */
  maxElapsedMs: number;
}

export const DEFAULT_LIMITS: DrainLimits = { maxTasks: 100_000, maxElapsedMs: 3_600_000 };

export class Scheduler {
  private readonly microtasks: (() => void)[] = [];
  private timers: Timer[] = [];
  private seq = 0;
  private clock: number;
  readonly startedAt: number;

  constructor(now: number) {
    this.clock = now;
    this.startedAt = now;
  }

  now(): number {
    return this.clock;
  }

  queueMicrotask(fn: () => void): void {
    this.microtasks.push(fn);
  }

  setTimer(delayMs: number, fn: () => void): void {
    const delay = Number.isFinite(delayMs) && delayMs > 0 ? delayMs : 0;
    this.timers.push({ due: this.clock + delay, seq: this.seq++, fn });
  }

  /** Nothing left that could run. */
  isQuiet(): boolean {
    return this.microtasks.length === 0 && this.timers.length === 0;
  }

  /**
   * Runs everything until quiet. Errors thrown by a task propagate to the
   * caller and leave the rest queued (the run is over anyway). A task count
   * or clock beyond the limits throws RunawayError instead of hanging.
   */
  drain(limits: DrainLimits = DEFAULT_LIMITS): void {
    let tasks = 0;
    const count = () => {
      if (++tasks > limits.maxTasks) {
        throw new RunawayError(
          `still busy after ${limits.maxTasks} tasks (an endless callLater or promise loop?)`,
        );
      }
    };
    for (;;) {
      while (this.microtasks.length > 0) {
        count();
        this.microtasks.shift()!();
      }
      const next = this.nextTimer();
      if (next === undefined) return;
      if (next.due - this.startedAt > limits.maxElapsedMs) {
        throw new RunawayError(
          `still waiting after ${limits.maxElapsedMs} ms of virtual time (an endless timer loop?)`,
        );
      }
      this.timers = this.timers.filter((t) => t !== next);
      this.clock = Math.max(this.clock, next.due);
      count();
      next.fn();
    }
  }

  private nextTimer(): Timer | undefined {
    let best: Timer | undefined;
    for (const t of this.timers) {
      if (!best || t.due < best.due || (t.due === best.due && t.seq < best.seq)) best = t;
    }
    return best;
  }
}
