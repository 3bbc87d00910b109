import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { newNonce, pagePolicy } from "@/lib/security/headers";
import { authSecret, isDevelopment } from "@/lib/env";

const PUBLIC_PAGES = ["/login"];

/**
 * Runs before every page: gives it a Content-Security-Policy with a fresh
 * nonce (Next.js reads it from the request header and puts it on its own
 * scripts), and sends signed-out visitors to the sign-in page with a way back.
 * The redirect is comfort only: every page, action and route checks the
 * session and the rights itself.
 */
export async function proxy(request: NextRequest) {
  const nonce = newNonce();
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const policy = pagePolicy(nonce, { dev: isDevelopment(), https });
  const isPublic = PUBLIC_PAGES.some((path) => request.nextUrl.pathname === path || request.nextUrl.pathname.startsWith(`${path}/`));
  if (!isPublic) {
    const token = await getToken({ req: request, secret: authSecret() });
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
