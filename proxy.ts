import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";

// Comfort only: sends signed-out visitors to the sign-in page with a way back.
// Every page, action and route checks the session and rights itself.
export async function proxy(request: NextRequest) {
  const token = await getToken({ req: request, secret: process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET });
  if (token) return NextResponse.next();
  const url = request.nextUrl.clone();
  const callbackUrl = `${request.nextUrl.pathname}${request.nextUrl.search}`;
  url.pathname = "/login";
  url.search = callbackUrl === "/" ? "" : `?callbackUrl=${encodeURIComponent(callbackUrl)}`;
  return NextResponse.redirect(url);
}

export const config = {
  // Everything but the sign-in page, auth endpoints, the JSON API (it answers 401 itself) and static files.
  matcher: ["/((?!login|api/|ical/|_next/|favicon.ico|robots.txt).*)"],
};
