/**
 * The sandbox's Promise: `Promise.create(resolver)` and `Promise.all(list)`,
 * whose instances have then/catch/finally. Reactions run as microtasks of
 * the run's Scheduler, so draining is synchronous and deterministic.
 *
 * A runtime error in sandbox code inside a reaction rejects the derived
 * promise, as in ES (Google's reCAPTCHA tag suite expects its `.catch` to
 * see one). The harness's own errors (a failed assertion inside
 * `runCode(...).then(...)`, a permission violation, a time limit) are made
 * in the host realm and still end the run.
 */
import type { Scheduler } from './scheduler';

type State = 'pending' | 'fulfilled' | 'rejected';
type Reaction = () => void;

export interface PromiseTracker {
  /** A rejection that no reaction was attached to by the time the run settled. */
  unhandled: Set<SandboxPromise>;
}

function thenOf(value: unknown): ((...args: unknown[]) => unknown) | undefined {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null)
    return undefined;
  const then = (value as { then?: unknown }).then;
  return typeof then === 'function' ? (then as (...args: unknown[]) => unknown) : undefined;
}

export class SandboxPromise {
  private state: State = 'pending';
  private value: unknown;
  private reactions: Reaction[] = [];
  private handled = false;

  constructor(
    private readonly scheduler: Scheduler,
    private readonly tracker: PromiseTracker,
  ) {}

  static settle(
    scheduler: Scheduler,
    tracker: PromiseTracker,
    executor: (resolve: (v: unknown) => void, reject: (r: unknown) => void) => void,
  ): SandboxPromise {
    const p = new SandboxPromise(scheduler, tracker);
    const { resolve, reject } = p.resolvers();
    executor(resolve, reject);
    return p;
  }

  /** resolve/reject functions that act once, adopting thenables as ES does. */
  resolvers(): { resolve: (v: unknown) => void; reject: (r: unknown) => void } {
    let done = false;
    return {
      resolve: (v) => {
        if (done) return;
        done = true;
        this.resolveWith(v);
      },
      reject: (r) => {
        if (done) return;
        done = true;
        this.finish('rejected', r);
      },
    };
  }

  private resolveWith(value: unknown): void {
    if (value === this) {
      this.finish('rejected', { reason: 'a promise cannot resolve to itself' });
      return;
    }
    const then = thenOf(value);
    if (!then) {
      this.finish('fulfilled', value);
      return;
    }
    this.scheduler.queueMicrotask(() => {
      const { resolve, reject } = this.resolvers();
      then.call(value, resolve, reject);
    });
  }

  private finish(state: State, value: unknown): void {
    this.state = state;
    this.value = value;
    if (state === 'rejected' && !this.handled) this.tracker.unhandled.add(this);
    const reactions = this.reactions;
    this.reactions = [];
    for (const r of reactions) this.scheduler.queueMicrotask(r);
  }

  then(onFulfilled?: unknown, onRejected?: unknown): SandboxPromise {
    this.handled = true;
    this.tracker.unhandled.delete(this);
    const next = new SandboxPromise(this.scheduler, this.tracker);
    const { resolve, reject } = next.resolvers();
    const react = () => {
      const handler = this.state === 'fulfilled' ? onFulfilled : onRejected;
      if (typeof handler !== 'function') {
        if (this.state === 'fulfilled') resolve(this.value);
        else reject(this.value);
        return;
      }
      let result: unknown;
      try {
        result = handler(this.value);
      } catch (e) {
        // Host-realm errors are the harness's; sandbox errors come from the vm realm.
        if (e instanceof Error) throw e;
        reject(e);
        return;
      }
      resolve(result);
    };
    if (this.state === 'pending') this.reactions.push(react);
    else this.scheduler.queueMicrotask(react);
    return next;
  }

  catch(onRejected?: unknown): SandboxPromise {
    return this.then(undefined, onRejected);
  }

  finally(onFinally?: unknown): SandboxPromise {
    if (typeof onFinally !== 'function') return this.then(onFinally, onFinally);
    const after = (settle: () => unknown) => () => this.adopt(onFinally()).then(settle, undefined);
    return this.then(
      after(() => this.value),
      after(() => this.rejected(this.value)),
    );
  }

  private adopt(value: unknown): SandboxPromise {
    return SandboxPromise.settle(this.scheduler, this.tracker, (resolve) => resolve(value));
  }

  private rejected(reason: unknown): SandboxPromise {
    return SandboxPromise.settle(this.scheduler, this.tracker, (_resolve, reject) =>
      reject(reason),
    );
  }
}

export interface SandboxPromiseApi {
  create(resolver: unknown): SandboxPromise;
  all(list: unknown): SandboxPromise;
}

export function createPromiseApi(scheduler: Scheduler, tracker: PromiseTracker): SandboxPromiseApi {
  const settle = (executor: Parameters<typeof SandboxPromise.settle>[2]) =>
    SandboxPromise.settle(scheduler, tracker, executor);
  return {
    create(resolver) {
      return settle((resolve, reject) => {
        if (typeof resolver !== 'function') {
          throw new TypeError('Promise.create needs a resolver function');
        }
        resolver(resolve, reject);
      });
    },
    all(list) {
      return settle((resolve, reject) => {
        if (!Array.isArray(list)) {
          reject({ reason: 'Promise.all needs an array' });
          return;
        }
        const results: unknown[] = new Array(list.length);
        let remaining = list.length;
        if (remaining === 0) resolve(results);
        list.forEach((item, i) => {
          const promise = item instanceof SandboxPromise ? item : settle((res) => res(item));
          promise.then((value: unknown) => {
            results[i] = value;
            if (--remaining === 0) resolve(results);
          }, reject);
        });
      });
    },
  };
}
