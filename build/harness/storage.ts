/**
 * In-memory stand-ins for the storage APIs: templateDataStorage (copies in
 * and out; getItemCopy gives null for a missing key, setItemCopy(k, null)
 * removes), BigQuery.insert (rows recorded; scriptable failure) and a small
 * Firestore (documents by path, query with the usual operators, limit 5 by
 * default, transactions). Results come back as sandbox promises.
 */
import { SandboxPromise, type PromiseTracker } from './promise';
import type { Scheduler } from './scheduler';
import { copyValue } from './values';

export function createTemplateDataStorage(store: Map<string, unknown>) {
  return {
    getItemCopy: (key: unknown) => {
      const k = String(key);
      return store.has(k) ? copyValue(store.get(k)) : null;
    },
    setItemCopy: (key: unknown, value: unknown) => {
      if (value === null || value === undefined) store.delete(String(key));
      else store.set(String(key), copyValue(value));
    },
    removeItem: (key: unknown) => {
      store.delete(String(key));
    },
    clear: () => store.clear(),
  };
}

export interface BigQueryInsert {
  connection: Record<string, unknown>;
  rows: unknown[];
  options: Record<string, unknown>;
}

/** Returns undefined to succeed, or the rejection value GTM would give (e.g. {errors: [...]}). */
export type BigQueryBehaviour = (insert: BigQueryInsert) => unknown;

export interface FirestoreDocument {
  id: string;
  data: Record<string, unknown>;
}

interface AsyncContext {
  scheduler: Scheduler;
  tracker: PromiseTracker;
}

function later(ctx: AsyncContext, outcome: () => { ok: boolean; value: unknown }): SandboxPromise {
  return SandboxPromise.settle(ctx.scheduler, ctx.tracker, (resolve, reject) => {
    ctx.scheduler.setTimer(0, () => {
      const r = outcome();
      if (r.ok) resolve(r.value);
      else reject(r.value);
    });
  });
}

function obj(v: unknown): Record<string, unknown> {
  return v && typeof v === 'object' ? (v as Record<string, unknown>) : {};
}

export function createBigQuery(
  ctx: AsyncContext,
  inserts: BigQueryInsert[],
  behaviour: BigQueryBehaviour | undefined,
) {
  return {
    insert: (connection: unknown, rows: unknown, options?: unknown) => {
      const insert: BigQueryInsert = {
        connection: copyValue(obj(connection)),
        rows: Array.isArray(rows) ? copyValue(rows) : [],
        options: copyValue(obj(options)),
      };
      inserts.push(insert);
      return later(ctx, () => {
        const failure = behaviour?.(insert);
        return failure === undefined
          ? { ok: true, value: undefined }
          : { ok: false, value: failure };
      });
    },
  };
}

type Condition = [string, string, unknown];

function fieldOf(data: Record<string, unknown>, path: string): unknown {
  let cur: unknown = data;
  for (const part of path.split('.')) cur = obj(cur)[part];
  return cur;
}

function matches(doc: Record<string, unknown>, [path, op, value]: Condition): boolean {
  const v = fieldOf(doc, path) as never;
  switch (op) {
    case '==':
      return JSON.stringify(v) === JSON.stringify(value);
    case '!=':
      return JSON.stringify(v) !== JSON.stringify(value);
    case '<':
      return v < (value as never);
    case '<=':
      return v <= (value as never);
    case '>':
      return v > (value as never);
    case '>=':
      return v >= (value as never);
    case 'array-contains':
      return (
        Array.isArray(v) &&
        (v as unknown[]).some((x) => JSON.stringify(x) === JSON.stringify(value))
      );
    case 'in':
      return Array.isArray(value) && value.some((x) => JSON.stringify(x) === JSON.stringify(v));
    case 'not-in':
      return Array.isArray(value) && !value.some((x) => JSON.stringify(x) === JSON.stringify(v));
    default:
      return false;
  }
}

export function createFirestore(ctx: AsyncContext, docs: Map<string, Record<string, unknown>>) {
  let autoId = 0;
  let txn = 0;
  const api = {
    read: (path: unknown) =>
      later(ctx, () => {
        const p = String(path);
        const doc = docs.get(p);
        return doc
          ? { ok: true, value: { id: p.split('/').pop()!, data: copyValue(doc) } }
          : { ok: false, value: { reason: 'not_found', message: `document ${p} not found` } };
      }),
    write: (path: unknown, input: unknown, options?: unknown) =>
      later(ctx, () => {
        let p = String(path);
        if (p.split('/').length % 2 === 1) p += '/doc' + ++autoId;
        const data = copyValue(obj(input));
        docs.set(p, obj(options).merge ? { ...(docs.get(p) ?? {}), ...data } : data);
        return { ok: true, value: p.split('/').pop() };
      }),
    query: (collection: unknown, conditions: unknown, options?: unknown) =>
      later(ctx, () => {
        const prefix = String(collection) + '/';
        const limit = Number(obj(options).limit ?? 5);
        const conds = (Array.isArray(conditions) ? conditions : []) as Condition[];
        const found: FirestoreDocument[] = [];
        for (const [p, data] of docs) {
          const rest = p.slice(prefix.length);
          if (!p.startsWith(prefix) || rest.includes('/')) continue;
          if (conds.every((c) => matches(data, c))) found.push({ id: rest, data: copyValue(data) });
        }
        return { ok: true, value: found.slice(0, limit) };
      }),
    runTransaction: (callback: unknown) => {
      const id = 'transaction-' + ++txn;
      return SandboxPromise.settle(ctx.scheduler, ctx.tracker, (resolve) => {
        resolve(typeof callback === 'function' ? callback(id) : undefined);
      });
    },
  };
  return api;
}
