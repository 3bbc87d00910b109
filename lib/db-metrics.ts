// Counts the SQL statements a piece of work sends, to prove that pages and
// dashboards use a fixed number of queries whatever the amount of data.
import { AsyncLocalStorage } from "node:async_hooks";

const storage = new AsyncLocalStorage<{ count: number }>();

export function noteQuery() {
  const store = storage.getStore();
  if (store) store.count += 1;
}

export async function withQueryCount<T>(work: () => Promise<T>): Promise<{ result: T; queries: number }> {
  const store = { count: 0 };
  const result = await storage.run(store, work);
  return { result, queries: store.count };
}

/** The counter of the current request, if one is being counted. */
export const currentQueryCount = () => storage.getStore()?.count;
export const queryCountStorage = storage;
