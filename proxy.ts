import { NextResponse, type NextRequest } from "next/server";
import { CROSS_SITE_DETAIL, HTML_ANSWER_HEADER, NON_PAGE_POLICY, checkPageRequest } from "@/lib/security/front-door";
import { databaseUnavailableResponse } from "@/lib/db-unavailable-page";
import { problemResponse } from "@/lib/api/problem";

/**
 * The page checks of lib/security/front-door.ts (cross-site writes, the
 * database being down, the nonce policy, the way to the sign-in page), for a
 * page request that did not come through the Kehoach server: that server runs
 * the same checks on the socket and marks the request, and the matcher below
 * then leaves it out, which spares every page Next.js's proxy machinery.
 */
export async function proxy(request: NextRequest) {
  const decision = await checkPageRequest({
    method: request.method,
    pathname: request.nextUrl.pathname,
    search: request.nextUrl.search,
    headers: request.headers,
    https: request.nextUrl.protocol === "https:",
    cookies: Object.fromEntries(request.cookies.getAll().map((cookie) => [cookie.name, cookie.value])),
  });
  switch (decision.kind) {
    case "cross-site":
      return problemResponse(403, CROSS_SITE_DETAIL, {}, { "Content-Security-Policy": NON_PAGE_POLICY });
    case "database-down":
      return databaseUnavailableResponse(decision.retryHref, { "Content-Security-Policy": decision.policy });
    case "sign-in": {
      const redirect = NextResponse.redirect(new URL(decision.location, request.nextUrl));
      redirect.headers.set("Content-Security-Policy", decision.policy);
      return redirect;
    }
    case "pass": {
      const requestHeaders = new Headers(request.headers);
      requestHeaders.set("x-nonce", decision.nonce);
      requestHeaders.set("Content-Security-Policy", decision.policy);
      requestHeaders.delete(HTML_ANSWER_HEADER);
      if (decision.htmlAnswer) requestHeaders.set(HTML_ANSWER_HEADER, "1");
      const response = NextResponse.next({ request: { headers: requestHeaders } });
      response.headers.set("Content-Security-Policy", decision.policy);
      return response;
    }
  }
}

export const config = {
  // Pages only (the API docs at /api/docs are a page): the JSON API, calendar
  // feeds, attachments and static files carry the non-page policy from
  // next.config.ts (lib/security/front-door.ts leaves out the same paths).
  // Prefetches skip the nonce work; requests the Kehoach server has checked
  // (x-kehoach-front-door, FRONT_DOOR_HEADER) skip the proxy.
  matcher: [
    {
      source: "/((?!api/v1/|api/auth/|ical/|files/|_next/static|_next/image|favicon.ico|robots.txt).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
        { type: "header", key: "x-kehoach-front-door" },
      ],
    },
  ],
};
