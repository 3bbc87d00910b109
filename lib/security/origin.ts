// Requests that carry the user's cookie and change something must come from
// our own pages: the rule of Next.js for server actions (the Origin's host
// must be the host the request was sent to, the first X-Forwarded-Host when a
// proxy sets one), and ours for the API's cookie-authenticated writes.

/** Headers as a web Request has them, or a getter over a Node request's. */
export type HeaderReader = Pick<Headers, "get">;

function requestHost(headers: HeaderReader): string | null {
  const forwarded = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  return forwarded || headers.get("host");
}

/**
 * Same origin: the Origin header names this host. Without Origin (older
 * browsers, hand-made requests, which carry no one else's cookie), only a
 * browser's own "Sec-Fetch-Site: cross-site" refuses. "Origin: null"
 * (sandboxed frames, some redirects) is never ours.
 */
export function isSameOrigin(headers: HeaderReader): boolean {
  const origin = headers.get("origin");
  if (!origin) return headers.get("sec-fetch-site") !== "cross-site";
  const host = requestHost(headers);
  try {
    return Boolean(host) && new URL(origin).host === host;
  } catch {
    return false;
  }
}
