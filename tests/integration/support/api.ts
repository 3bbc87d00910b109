// Calls the real /api/v1 route handlers with real Request objects, the way
// Next.js does, so API tests exercise the whole handler on real PostgreSQL.
import { NextRequest } from "next/server";
import { db } from "@/lib/db";
import { createApiToken } from "@/lib/api-tokens/service";
import type { SessionUser } from "@/lib/auth/user";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
type RouteModule = Partial<Record<"GET" | "POST" | "PATCH" | "DELETE", Handler>>;

const ROUTES: [RegExp, string[], () => Promise<RouteModule>][] = [
  [/^\/health$/, [], () => import("@/app/api/v1/health/route")],
  [/^\/openapi\.json$/, [], () => import("@/app/api/v1/openapi.json/route")],
  [/^\/plans$/, [], () => import("@/app/api/v1/plans/route")],
  [/^\/plan-imports$/, [], () => import("@/app/api/v1/plan-imports/route")],
  [/^\/plans\/([^/]+)$/, ["id"], () => import("@/app/api/v1/plans/[id]/route")],
  [/^\/plans\/([^/]+)\/phases$/, ["id"], () => import("@/app/api/v1/plans/[id]/phases/route")],
  [/^\/plans\/([^/]+)\/signed-copies$/, ["id"], () => import("@/app/api/v1/plans/[id]/signed-copies/route")],
  [/^\/signed-copies\/([^/]+)$/, ["id"], () => import("@/app/api/v1/signed-copies/[id]/route")],
  [/^\/plans\/([^/]+)\/correct-number$/, ["id"], () => import("@/app/api/v1/plans/[id]/correct-number/route")],
  [/^\/plans\/([^/]+)\/report\/issue$/, ["id"], () => import("@/app/api/v1/plans/[id]/report/issue/route")],
  [/^\/plans\/([^/]+)\/report\/signed-copies$/, ["id"], () => import("@/app/api/v1/plans/[id]/report/signed-copies/route")],
  [/^\/plans\/([^/]+)\/report\/correct-number$/, ["id"], () => import("@/app/api/v1/plans/[id]/report/correct-number/route")],
  [/^\/plans\/([^/]+)\/([^/]+)$/, ["id", "action"], () => import("@/app/api/v1/plans/[id]/[action]/route")],
  [/^\/phases\/([^/]+)$/, ["id"], () => import("@/app/api/v1/phases/[id]/route")],
  [/^\/phases\/([^/]+)\/activities$/, ["id"], () => import("@/app/api/v1/phases/[id]/activities/route")],
  [/^\/activities$/, [], () => import("@/app/api/v1/activities/route")],
  [/^\/activities\/([^/]+)$/, ["id"], () => import("@/app/api/v1/activities/[id]/route")],
  [/^\/activities\/([^/]+)\/updates$/, ["id"], () => import("@/app/api/v1/activities/[id]/updates/route")],
  [/^\/units$/, [], () => import("@/app/api/v1/units/route")],
  [/^\/dashboard$/, [], () => import("@/app/api/v1/dashboard/route")],
  [/^\/attachments\/([^/]+)$/, ["id"], () => import("@/app/api/v1/attachments/[id]/route")],
];

export type ApiResponse = { status: number; json: unknown; text: string; headers: Headers };

export async function api(
  method: "GET" | "POST" | "PATCH" | "DELETE",
  path: string,
  options: { token?: string; body?: unknown; rawBody?: string; contentType?: string; headers?: Record<string, string>; formData?: FormData } = {},
): Promise<ApiResponse> {
  const [pathname, search = ""] = path.split("?");
  const route = ROUTES.find(([pattern]) => pattern.test(pathname!));
  if (!route) throw new Error(`No route for ${path}`);
  const match = route[0].exec(pathname!)!;
  const params = Object.fromEntries(route[1].map((name, i) => [name, decodeURIComponent(match[i + 1]!)]));
  const handler = (await route[2]())[method];
  if (!handler) return { status: 405, json: null, text: "", headers: new Headers() };
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: string | FormData | undefined;
  // A multipart body: the Request sets its own Content-Type, with the boundary.
  if (options.formData) body = options.formData;
  else if (options.rawBody !== undefined) body = options.rawBody;
  else if (options.body !== undefined) body = JSON.stringify(options.body);
  if (body !== undefined && !options.formData) headers["content-type"] = options.contentType ?? "application/json";
  // A NextRequest, as Next.js hands route handlers: next-auth reads the session cookie from its `cookies`.
  const request = new NextRequest(`http://localhost/api/v1${pathname}${search ? `?${search}` : ""}`, { method, headers, body });
  const response = await handler(request, { params: Promise.resolve(params) });
  const text = await response.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  return { status: response.status, json, text, headers: response.headers };
}

export async function tokenFor(user: SessionUser): Promise<string> {
  const { token } = await db.$transaction((tx) => createApiToken(tx, user, { name: `test ${Date.now()}`, expiresOn: null }));
  return token;
}
