// The users behind signed-in sessions, remembered by this process for at most
// a second. Every page asks who its session belongs to (lib/auth/session.ts);
// a reader clicking through the app, or ten requests of one browser at once,
// would otherwise read the same user row again and again.
//
// Why a second is safe: deactivating a user, changing or resetting a password,
// a role change and signing out all write the database; an instance that did
// not make the write learns of it when its entry expires, so within a second,
// with no message between instances. The instance that made the write forgets
// the user or the session at once (forgetUser / forgetSession, called by the
// services that write them). Only users that were found are remembered: a
// refused cookie is asked again next time.
import type { SessionUser } from "@/lib/auth/user";

export const SESSION_USER_TTL_MS = 1_000;
const MAX_ENTRIES = 10_000;

export type SessionKey = { userId: string; sessionVersion: number; sessionId: string };

type Entry = { userId: string; sessionId: string; expiresAt: number; user: Promise<SessionUser | null> };

export type SessionUserCache = {
  /** The user of this session: remembered if read less than ttl ago, else read by `load` (once for concurrent callers). */
  get(key: SessionKey, load: () => Promise<SessionUser | null>): Promise<SessionUser | null>;
  /** Forgets every session of the user (deactivated, password changed, role changed, signed out everywhere). */
  forgetUser(userId: string): void;
  /** Forgets one session (signed out). */
  forgetSession(sessionId: string): void;
  /** Entries held, expired ones included (tests). */
  size(): number;
};

export function createSessionUserCache(options: { ttlMs?: number; now?: () => number; maxEntries?: number } = {}): SessionUserCache {
  const ttl = options.ttlMs ?? SESSION_USER_TTL_MS;
  const now = options.now ?? Date.now;
  const max = options.maxEntries ?? MAX_ENTRIES;
  // The session version is in the key: a cookie made before a password change never meets the entry of one made after.
  const entries = new Map<string, Entry>();
  const keyOf = (k: SessionKey) => `${k.sessionId}:${k.userId}:${k.sessionVersion}`;
  const drop = (match: (entry: Entry) => boolean) => {
    for (const [key, entry] of entries) if (match(entry)) entries.delete(key);
  };
  const makeRoom = (at: number) => {
    if (entries.size < max) return;
    drop((entry) => entry.expiresAt <= at);
    // Still full: the oldest go first (a Map keeps insertion order).
    for (const key of entries.keys()) {
      if (entries.size < max) break;
      entries.delete(key);
    }
  };
  return {
    get(key, load) {
      const at = now();
      const id = keyOf(key);
      const known = entries.get(id);
      if (known && known.expiresAt > at) return known.user;
      makeRoom(at);
      const entry: Entry = { userId: key.userId, sessionId: key.sessionId, expiresAt: at + ttl, user: load() };
      entries.set(id, entry);
      const forget = () => {
        if (entries.get(id) === entry) entries.delete(id);
      };
      entry.user.then((user) => (user ? undefined : forget()), forget);
      return entry.user;
    },
    forgetUser(userId) {
      drop((entry) => entry.userId === userId);
    },
    forgetSession(sessionId) {
      drop((entry) => entry.sessionId === sessionId);
    },
    size: () => entries.size,
  };
}

// One per process: the page modules, route handlers and services that Next.js
// bundles separately share it through globalThis (as lib/db-health.ts does).
const store = globalThis as unknown as { kehoachSessionUsers?: SessionUserCache };

/** This process's cache. */
export function sessionUsers(): SessionUserCache {
  return (store.kehoachSessionUsers ??= createSessionUserCache());
}
