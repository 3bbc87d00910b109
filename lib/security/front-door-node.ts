// The front door (lib/security/front-door.ts) on the Kehoach server's own
// socket: scripts/server.ts and the bench's server call it for every request
// before Next.js. A page request is checked and either answered here (403,
// 503, the way to the sign-in page) or passed on with its nonce policy in
// the request's headers, where Next.js reads it, and marked checked, so that
// proxy.ts does not run again.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { TLSSocket } from "node:tls";
import { COMMON_HEADERS } from "@/lib/security/headers";
import { CROSS_SITE_DETAIL, FRONT_DOOR_HEADER, HTML_ANSWER_HEADER, NON_PAGE_POLICY, checkPageRequest, isPageRequest } from "@/lib/security/front-door";
import { databaseUnavailablePage } from "@/lib/db-unavailable-page";
import { DB_RETRY_AFTER_SECONDS } from "@/lib/db-unavailable";
import { problemBody } from "@/lib/api/problem";

/** A Cookie header's pairs by name (the first of a repeated name, as browsers send the most specific first). */
export function parseCookieHeader(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  if (!header) return cookies;
  for (const pair of header.split(";")) {
    const at = pair.indexOf("=");
    if (at < 0) continue;
    const name = pair.slice(0, at).trim();
    if (!name || name in cookies) continue;
    let value = pair.slice(at + 1).trim();
    if (value.startsWith('"') && value.endsWith('"') && value.length > 1) value = value.slice(1, -1);
    if (value.includes("%")) {
      try {
        value = decodeURIComponent(value);
      } catch {
        // kept as sent
      }
    }
    cookies[name] = value;
  }
  return cookies;
}

function headerReader(req: IncomingMessage) {
  return {
    get(name: string): string | null {
      const value = req.headers[name];
      return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
    },
  };
}

function answer(res: ServerResponse, status: number, headers: Record<string, string>, body?: string) {
  for (const { key, value } of COMMON_HEADERS) res.setHeader(key, value);
  res.writeHead(status, headers);
  res.end(body);
}

/**
 * Checks a page request. True: it was answered here and Next.js must not see
 * it. False: hand it to Next.js (a page now carrying its nonce policy, or
 * anything else untouched but for the mark removed).
 */
export async function frontDoor(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  // Only this server says a request was checked, and how it is answered.
  delete req.headers[FRONT_DOOR_HEADER];
  delete req.headers[HTML_ANSWER_HEADER];
  const target = req.url ?? "/";
  // An absolute-form target (GET http://host/path) is rare; the origin form is the rule.
  const url = target.startsWith("/") ? null : new URL(target, "http://localhost");
  const query = url ? -1 : target.indexOf("?");
  const pathname = url ? url.pathname : query < 0 ? target : target.slice(0, query);
  const search = url ? url.search : query < 0 ? "" : target.slice(query);
  const headers = headerReader(req);
  if (!isPageRequest(pathname, headers)) return false;
  const decision = await checkPageRequest({
    method: req.method ?? "GET",
    pathname,
    search: search === "?" ? "" : search,
    headers,
    https: Boolean((req.socket as TLSSocket | undefined)?.encrypted),
    cookies: parseCookieHeader(req.headers.cookie),
  });
  switch (decision.kind) {
    case "cross-site":
      answer(res, 403, { "Content-Type": "application/problem+json; charset=utf-8", "Cache-Control": "no-store", "Content-Security-Policy": NON_PAGE_POLICY }, JSON.stringify(problemBody(403, CROSS_SITE_DETAIL)));
      return true;
    case "database-down":
      answer(
        res,
        503,
        { "Content-Type": "text/html; charset=utf-8", "Retry-After": String(DB_RETRY_AFTER_SECONDS), "Cache-Control": "no-store", "Content-Security-Policy": decision.policy },
        req.method === "HEAD" ? undefined : databaseUnavailablePage(decision.retryHref),
      );
      return true;
    case "sign-in":
      answer(res, 307, { Location: decision.location, "Content-Security-Policy": decision.policy });
      return true;
    case "pass":
      req.headers["x-nonce"] = decision.nonce;
      req.headers["content-security-policy"] = decision.policy;
      req.headers[FRONT_DOOR_HEADER] = "1";
      if (decision.htmlAnswer) req.headers[HTML_ANSWER_HEADER] = "1";
      res.setHeader("Content-Security-Policy", decision.policy);
      return false;
  }
}
