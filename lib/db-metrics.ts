// Counts the SQL statements a piece of work sends, to prove that pages and
// dashboards use a fixed number of queries whatever the amount of data.
// The storage lives on globalThis: Next.js bundles its own copy of this module,
// and the bench server (bench/server.ts) must share one store with it.
import { AsyncLocalStorage } from "node:async_hooks";

type Store = { count: number };
const globalStore = globalThis as unknown as { kehoachQueryStorage?: AsyncLocalStorage<Store> };
const storage = (globalStore.kehoachQueryStorage ??= new AsyncLocalStorage<Store>());

export function noteQuery() {
  const store = storage.getStore();
  if (store) store.count += 1;
}

export async function withQueryCount<T>(work: () => Promise<T>): Promise<{ result: T; queries: number }> {
  const store = { count: 0 };
  const result = await storage.run(store, work);
  return { result, queries: store.count };
}

export const queryCountStorage = storage;
