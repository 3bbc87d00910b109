import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { NON_PAGE_POLICY, newNonce, pagePolicy } from "@/lib/security/headers";
import { isSameOrigin } from "@/lib/security/origin";
import { databaseIsDown } from "@/lib/db-health";
import { databaseUnavailableResponse } from "@/lib/db-unavailable-page";
import { problemResponse } from "@/lib/api/problem";
import { authSecret, isDevelopment } from "@/lib/env";
import { decodeSessionToken } from "@/lib/auth/session-token";

const PUBLIC_PAGES = ["/login"];
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** A page the browser navigates to (not the client router's RSC request, not a server action's POST). */
const isDocumentRequest = (request: NextRequest) => (request.method === "GET" || request.method === "HEAD") && request.headers.get("rsc") !== "1";

/**
 * Runs before every page:
 * - refuses a write to a page (a server action) sent from another site with
 *   403. Next.js refuses it too, but answers 500; the rule is the same
 *   (lib/security/origin.ts), so Next's own check stays behind this one;
 * - answers a page with 503 and Retry-After while the database is down
 *   (lib/db-health.ts: no database round trip while it answers), with the
 *   same words as the app's error page; the client router's requests and
 *   server actions pass, so a page already open shows the message in its
 *   frame and a form keeps what was typed;
 * - gives the page a Content-Security-Policy with a fresh nonce (Next.js
 *   reads it from the request header and puts it on its own scripts), and
 *   sends signed-out visitors to the sign-in page with a way back.
 * The redirect is comfort only: every page, action and route checks the
 * session and the rights itself.
 */
export async function proxy(request: NextRequest) {
  if (!SAFE_METHODS.has(request.method) && !isSameOrigin(request.headers)) {
    return problemResponse(403, "Yêu cầu từ trang web khác bị từ chối.", {}, { "Content-Security-Policy": NON_PAGE_POLICY });
  }
  const nonce = newNonce();
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const policy = pagePolicy(nonce, { dev: isDevelopment(), https });
  if (isDocumentRequest(request) && (await databaseIsDown())) {
    return databaseUnavailableResponse(`${request.nextUrl.pathname}${request.nextUrl.search}`, { "Content-Security-Policy": policy });
  }
  const isPublic = PUBLIC_PAGES.some((path) => request.nextUrl.pathname === path || request.nextUrl.pathname.startsWith(`${path}/`));
  if (!isPublic) {
    const token = await getToken({ req: request, secret: authSecret(), decode: decodeSessionToken });
    if (!token) {
      const url = request.nextUrl.clone();
      const callbackUrl = `${request.nextUrl.pathname}${request.nextUrl.search}`;
      url.pathname = "/login";
      url.search = callbackUrl === "/" ? "" : `?callbackUrl=${encodeURIComponent(callbackUrl)}`;
      const redirect = NextResponse.redirect(url);
      redirect.headers.set("Content-Security-Policy", policy);
      return redirect;
    }
  }
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Pages only (the API docs at /api/docs are a page): the JSON API, calendar
  // feeds, attachments and static files carry the non-page policy from
  // next.config.ts. Prefetches skip the nonce work.
  matcher: [
    {
      source: "/((?!api/v1/|api/auth/|ical/|files/|_next/static|_next/image|favicon.ico|robots.txt).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
