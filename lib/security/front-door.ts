// What every page request passes before Next.js renders it, decided once for
// both places that run it:
// - the Kehoach server (scripts/server.ts, through lib/security/front-door-node.ts),
//   on the socket, before Next.js sees the request. This is where it runs in
//   production, development, the e2e tests and the bench;
// - proxy.ts, which Next.js runs only for a page request that did not come
//   through that server (a bare `next start` or `next dev`).
// Next.js's proxy machinery (a web Request and Response per page, the
// request-header override, the matcher) cost about a quarter of the floor
// page's CPU (issue 17 §3, README "The floor"); the same checks on the socket
// cost a few microseconds.
//
// The checks, in order:
// - a write to a page (a server action) sent from another site is refused
//   with 403 (lib/security/origin.ts). Next.js refuses it too, but answers 500;
// - while the database is down (lib/db-health.ts: no database round trip while
//   it answers) a page is answered 503 with Retry-After and the app's words;
//   the client router's requests and server actions pass, so a page already
//   open shows the message in its frame and a form keeps what was typed;
// - the page gets a Content-Security-Policy with a fresh nonce (Next.js reads
//   it from the request's header and puts it on its own scripts);
// - a signed-out visitor is sent to the sign-in page with a way back. This is
//   comfort only: every page, action and route checks the session and the
//   rights itself.
import { getToken } from "next-auth/jwt";
import { NON_PAGE_POLICY, newNonce, pagePolicy } from "@/lib/security/headers";
import { isSameOrigin, type HeaderReader } from "@/lib/security/origin";
import { databaseIsDown } from "@/lib/db-health";
import { authSecret, isDevelopment } from "@/lib/env";
import { decodeSessionToken } from "@/lib/auth/token-decode";

/**
 * Set by the Kehoach server on a page request it has checked (and removed
 * from any request a client sent it with). proxy.ts's matcher skips requests
 * that carry it. Under a bare `next start` a client could send it to skip
 * the proxy for its own request only: a browser never adds it to a
 * navigation or a form post, and another site's fetch with it needs a CORS
 * preflight that nothing here grants.
 */
export const FRONT_DOOR_HEADER = "x-kehoach-front-door";

/**
 * Set, by the same hands and stripped the same way, on a checked page request
 * that is answered with HTML: a document GET (a HEAD has no body to take the
 * markup), not the client router's RSC request nor a server action called from
 * a page. Large static markup is then written into the HTML only, not again
 * into the RSC payload (components/ui/markup.tsx).
 */
export const HTML_ANSWER_HEADER = "x-kehoach-html-answer";

const PUBLIC_PAGES = ["/login"];
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
// What proxy.ts's matcher leaves out (keep the two alike): the JSON API, next-auth,
// calendar feeds, attachments and static files carry the non-page policy from
// next.config.ts.
const NOT_PAGES = /^\/(api\/v1\/|api\/auth\/|ical\/|files\/|_next\/static|_next\/image|favicon\.ico|robots\.txt)/;

export type PageRequest = {
  method: string;
  pathname: string;
  /** "" or "?…". */
  search: string;
  headers: HeaderReader;
  https: boolean;
  /** The request's cookies by name. */
  cookies: Record<string, string>;
};

export type PageDecision =
  | { kind: "cross-site" }
  | { kind: "database-down"; retryHref: string; policy: string }
  | { kind: "sign-in"; location: string; policy: string }
  | { kind: "pass"; nonce: string; policy: string; htmlAnswer: boolean };

/** Whether the front door checks this request: a page (not the API, files or assets), not a router prefetch. */
export function isPageRequest(pathname: string, headers: HeaderReader): boolean {
  if (NOT_PAGES.test(pathname)) return false;
  return headers.get("next-router-prefetch") === null && headers.get("purpose") !== "prefetch";
}

/** A page the browser navigates to (not the client router's RSC request, not a server action's POST). */
const isDocumentRequest = (request: PageRequest) => (request.method === "GET" || request.method === "HEAD") && request.headers.get("rsc") !== "1";

export async function checkPageRequest(request: PageRequest): Promise<PageDecision> {
  if (!SAFE_METHODS.has(request.method) && !isSameOrigin(request.headers)) return { kind: "cross-site" };
  const nonce = newNonce();
  const https = request.https || request.headers.get("x-forwarded-proto") === "https";
  const policy = pagePolicy(nonce, { dev: isDevelopment(), https });
  if (isDocumentRequest(request) && (await databaseIsDown())) {
    return { kind: "database-down", retryHref: `${request.pathname}${request.search}`, policy };
  }
  const isPublic = PUBLIC_PAGES.some((path) => request.pathname === path || request.pathname.startsWith(`${path}/`));
  if (!isPublic) {
    const token = await getToken({ req: { cookies: request.cookies, headers: {} } as never, secret: authSecret(), decode: decodeSessionToken });
    if (!token) {
      const callbackUrl = `${request.pathname}${request.search}`;
      return { kind: "sign-in", location: callbackUrl === "/" ? "/login" : `/login?callbackUrl=${encodeURIComponent(callbackUrl)}`, policy };
    }
  }
  return { kind: "pass", nonce, policy, htmlAnswer: request.method === "GET" && isDocumentRequest(request) && request.headers.get("next-action") === null };
}

export const CROSS_SITE_DETAIL = "Yêu cầu từ trang web khác bị từ chối.";
export { NON_PAGE_POLICY };
