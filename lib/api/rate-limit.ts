// A fixed-window limit per caller (token user or address), per server process.
import { apiRateLimit } from "@/lib/env";

const windows = new Map<string, { start: number; count: number }>();

export function rateLimitPerMinute(): number {
  return apiRateLimit();
}

/** Seconds to wait, or 0 when the request may go ahead. */
export function takeRequest(key: string, now = Date.now(), limit = rateLimitPerMinute()): number {
  const windowMs = 60_000;
  const current = windows.get(key);
  if (!current || now - current.start >= windowMs) {
    windows.set(key, { start: now, count: 1 });
    if (windows.size > 10_000) {
      for (const [k, w] of windows) if (now - w.start >= windowMs) windows.delete(k);
    }
    return 0;
  }
  current.count += 1;
  return current.count > limit ? Math.ceil((current.start + windowMs - now) / 1000) : 0;
}
