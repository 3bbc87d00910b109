// How many unread notifications a user has, remembered by this process for at
// most a second, as the session's user is (lib/auth/session-cache.ts). The bell
// in the header of every page showed it with one statement per page view, the
// floor page's only statement (issue 17 §3); a reader clicking through pages,
// or a browser's parallel requests, now read it once a second.
//
// A write of this process that changes someone's count (a notification
// stored, read, or resolved) forgets that user's count at once
// (forgetUnread, called by lib/notifications/*); another instance's write is
// seen when the second has passed, with no message between instances. Only
// the bell reads it: the notifications page lists from the database.
import { SESSION_USER_TTL_MS } from "@/lib/auth/session-cache";

const MAX_ENTRIES = 10_000;

type Entry = { expiresAt: number; count: Promise<number> };

export type UnreadCounts = {
  /** The user's count: remembered if read less than ttl ago, else read by `load` (once for concurrent callers). */
  get(userId: string, load: () => Promise<number>): Promise<number>;
  /** Forgets these users' counts (their notifications changed). */
  forget(userIds: Iterable<string>): void;
  /** Entries held, expired ones included (tests). */
  size(): number;
};

export function createUnreadCounts(options: { ttlMs?: number; now?: () => number; maxEntries?: number } = {}): UnreadCounts {
  const ttl = options.ttlMs ?? SESSION_USER_TTL_MS;
  const now = options.now ?? Date.now;
  const max = options.maxEntries ?? MAX_ENTRIES;
  const entries = new Map<string, Entry>();
  return {
    get(userId, load) {
      const at = now();
      const known = entries.get(userId);
      if (known && known.expiresAt > at) return known.count;
      if (entries.size >= max) {
        for (const [key, entry] of entries) if (entry.expiresAt <= at) entries.delete(key);
        // Still full: the oldest go first (a Map keeps insertion order).
        for (const key of entries.keys()) {
          if (entries.size < max) break;
          entries.delete(key);
        }
      }
      const entry: Entry = { expiresAt: at + ttl, count: load() };
      // Re-inserted at the end, so the order stays the order of reads.
      entries.delete(userId);
      entries.set(userId, entry);
      // A failed read is not remembered.
      entry.count.catch(() => {
        if (entries.get(userId) === entry) entries.delete(userId);
      });
      return entry.count;
    },
    forget(userIds) {
      for (const id of userIds) entries.delete(id);
    },
    size: () => entries.size,
  };
}

// One per process, shared by the separately bundled modules through globalThis.
const store = globalThis as unknown as { kehoachUnreadCounts?: UnreadCounts };

/** This process's counts. */
export function unreadCounts(): UnreadCounts {
  return (store.kehoachUnreadCounts ??= createUnreadCounts());
}

/** After a write to these users' notifications in this process. */
export function forgetUnread(userIds: Iterable<string>): void {
  unreadCounts().forget(userIds);
}
