// The one wrapper every /api/v1 route handler goes through: request id and
// log line, authentication, rate limit, content type and size checks, JSON
// and zod parsing, a transaction for writes, and errors as problem+json.
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { db } from "@/lib/db";
import { cacheSync } from "@/lib/cache/instance";
import type { Tx } from "@/lib/db-client";
import type { SessionUser } from "@/lib/auth/user";
import { HTTP_STATUS, isAppError } from "@/lib/errors";
import { isDatabaseUnavailable } from "@/lib/db-errors";
import { noteDatabaseUnavailable } from "@/lib/db-health";
import { DB_RETRY_AFTER_SECONDS } from "@/lib/db-unavailable";
import { isSameOrigin } from "@/lib/security/origin";
import { parseInput } from "@/lib/validation";
import { logError, logInfo, logWarn } from "@/lib/log";
import { authenticateRequest } from "@/lib/api/auth";
import { problemResponse } from "@/lib/api/problem";
import { takeRequest } from "@/lib/api/rate-limit";
import { addressKey, requestClientAddress } from "@/lib/security/client-address";
import type { ApiSpec } from "@/lib/api/spec";

export const MAX_BODY_BYTES = 1024 * 1024;

type Context<S extends ApiSpec> = {
  request: Request;
  requestId: string;
  user: S["auth"] extends false ? SessionUser | null : SessionUser;
  params: S["params"] extends z.ZodType ? z.output<S["params"]> : Record<string, never>;
  query: S["query"] extends z.ZodType ? z.output<S["query"]> : Record<string, never>;
  body: S["body"] extends z.ZodType ? z.output<S["body"]> : undefined;
  /** Runs writes in one transaction. */
  transaction: <T>(fn: (tx: Tx) => Promise<T>) => Promise<T>;
};

export type ApiResult = { status?: number; body: unknown; headers?: Record<string, string> } | Response;

class BodyError extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    message: string,
  ) {
    super(message);
  }
}

const tooLarge = (max: number) => new BodyError(413, `Dữ liệu gửi lên vượt quá ${max >= 1024 * 1024 ? `${Math.round((max / 1024 / 1024) * 10) / 10} MB` : `${max / 1024} KB`}.`);

const isJson = (type: string) => /^application\/(.+\+)?json\b/i.test(type);
const isMultipart = (type: string) => /^multipart\/form-data\b/i.test(type);

/** The body's bytes, never more than `max` of them read. */
async function readBody(request: Request, max: number): Promise<Buffer> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > max) throw tooLarge(max);
  const reader = request.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (reader) {
    // A client that goes away mid-body (ECONNRESET, abort) is the client's fault.
    const { done, value } = await reader.read().catch(() => {
      throw new BodyError(400, "Không đọc được thân yêu cầu (kết nối bị ngắt).");
    });
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      throw tooLarge(max);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

async function readJson(request: Request, max = MAX_BODY_BYTES, alsoMultipart = false): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (!isJson(type)) {
    throw new BodyError(415, alsoMultipart ? "Hãy gửi JSON (Content-Type: application/json) hoặc tệp qua multipart/form-data." : "Hãy gửi dữ liệu JSON với Content-Type: application/json.");
  }
  const text = new TextDecoder("utf-8", { fatal: false }).decode(await readBody(request, max));
  if (!text.trim()) throw new BodyError(400, "Thân yêu cầu trống; cần một đối tượng JSON.");
  try {
    return JSON.parse(text);
  } catch {
    throw new BodyError(400, "Thân yêu cầu không phải JSON hợp lệ.");
  }
}

/** A multipart/form-data body as an object: each field once, a file as a File (read within `max` bytes). */
async function readMultipart(request: Request, max: number): Promise<Record<string, FormDataEntryValue>> {
  const type = request.headers.get("content-type") ?? "";
  const bytes = await readBody(request, max);
  try {
    const form = await new Response(new Uint8Array(bytes), { headers: { "content-type": type } }).formData();
    return Object.fromEntries(form.entries());
  } catch {
    throw new BodyError(400, "Thân yêu cầu multipart/form-data không hợp lệ.");
  }
}

export function errorToResponse(error: unknown, requestId: string, route: string): Response {
  if (error instanceof BodyError) return problemResponse(error.status, error.message, { requestId });
  if (isAppError(error)) {
    const { current, checklist } = (error.details ?? {}) as { current?: unknown; checklist?: unknown };
    return problemResponse(HTTP_STATUS[error.code], error.message, {
      requestId,
      ...(error.reason ? { reason: error.reason } : {}),
      ...(error.fieldErrors ? { errors: error.fieldErrors } : {}),
      ...(current !== undefined ? { current } : {}),
      ...(checklist !== undefined ? { checklist } : {}),
    });
  }
  if (isDatabaseUnavailable(error)) {
    noteDatabaseUnavailable();
    // Expected while the database is down: one short line per request, no stack.
    logWarn("database unavailable", { requestId, route, error: error instanceof Error ? error.message.split("\n").filter(Boolean).at(-1) : String(error) });
    return problemResponse(503, "Hệ thống tạm thời không kết nối được cơ sở dữ liệu. Vui lòng thử lại sau ít phút.", { requestId }, { "Retry-After": String(DB_RETRY_AFTER_SECONDS) });
  }
  logError("api request failed", error, { requestId, route });
  return problemResponse(500, `Đã có lỗi ngoài dự kiến. Mã yêu cầu: ${requestId}.`, { requestId });
}

function toResponse(result: ApiResult, requestId: string): Response {
  if (result instanceof Response) return result;
  const status = result.status ?? 200;
  if (status === 204) return new Response(null, { status, headers: { "X-Request-Id": requestId, ...result.headers } });
  return new Response(JSON.stringify(result.body), {
    status,
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store", "X-Request-Id": requestId, ...result.headers },
  });
}

/** Marks the handlers apiRoute makes (with their spec), so a test can prove every /api/v1 route goes through it. */
const API_ROUTE_SPEC = Symbol.for("kehoach.api-route-spec");

/** The spec of a handler made by apiRoute; undefined for anything else. */
export function apiRouteSpec(handler: unknown): ApiSpec | undefined {
  return typeof handler === "function" ? (handler as { [API_ROUTE_SPEC]?: ApiSpec })[API_ROUTE_SPEC] : undefined;
}

export function apiRoute<S extends ApiSpec>(spec: S, handler: (ctx: Context<S>) => Promise<ApiResult>) {
  async function route(request: Request, context: { params: Promise<Record<string, string | string[]>> }): Promise<Response> {
    const requestId = request.headers.get("x-request-id")?.slice(0, 64) || randomUUID();
    const started = performance.now();
    let userId: string | undefined;
    let response: Response | undefined;
    try {
      let user: SessionUser | null = null;
      if (spec.auth !== false) {
        const caller = await authenticateRequest(request);
        if (!caller || "reason" in caller) {
          response = problemResponse(401, caller ? caller.reason : "Cần đăng nhập hoặc gửi mã truy cập API (Authorization: Bearer …).", { requestId }, { "WWW-Authenticate": 'Bearer realm="kehoach"' });
          return response;
        }
        // Cookie-authenticated writes must come from our own pages (no cross-site requests).
        if (caller.via === "session" && spec.method !== "GET" && !isSameOrigin(request.headers)) {
          response = problemResponse(403, "Yêu cầu từ trang web khác bị từ chối.", { requestId });
          return response;
        }
        user = caller.user;
        userId = user.id;
      }
      // With the database down the limit cannot be counted; the request goes on and answers 503 itself (health says so).
      const wait = await takeRequest(db, user ? `user:${user.id}` : `ip:${addressKey(requestClientAddress(request.headers))}`).catch((error: unknown) => {
        if (isDatabaseUnavailable(error)) return 0;
        throw error;
      });
      if (wait) {
        response = problemResponse(429, `Quá nhiều yêu cầu. Vui lòng thử lại sau ${wait} giây.`, { requestId }, { "Retry-After": String(wait) });
        return response;
      }
      const rawParams = await context.params;
      const params = spec.params ? spec.params.safeParse(rawParams) : { success: true as const, data: {} };
      // A malformed id finds nothing, as in the pages: 404, not 422.
      if (!params.success) {
        response = problemResponse(404, "Không tìm thấy.", { requestId });
        return response;
      }
      const url = new URL(request.url);
      const query = spec.query ? parseInput(spec.query, Object.fromEntries(url.searchParams)) : { success: true as const, data: {} };
      if (!query.success) {
        response = problemResponse(422, "Tham số truy vấn không hợp lệ.", { requestId, errors: query.fieldErrors });
        return response;
      }
      let body: unknown;
      if (spec.body) {
        const multipart = spec.multipart && isMultipart(request.headers.get("content-type") ?? "");
        if (spec.multipartOnly && !multipart) throw new BodyError(415, "Hãy gửi tệp qua multipart/form-data (trường file).");
        const max = spec.maxBodyBytes ?? MAX_BODY_BYTES;
        const parsed = multipart
          ? parseInput(spec.multipart!, await readMultipart(request, max))
          : parseInput(spec.body, await readJson(request, max, Boolean(spec.multipart)));
        if (!parsed.success) {
          response = problemResponse(422, "Dữ liệu không hợp lệ. Xem chi tiết từng trường trong “errors”.", { requestId, errors: parsed.fieldErrors });
          return response;
        }
        body = parsed.data;
      }
      const result = await handler({
        request,
        requestId,
        user: user as Context<S>["user"],
        params: params.data as Context<S>["params"],
        query: query.data as Context<S>["query"],
        body: body as Context<S>["body"],
        // After the commit, this instance applies the write's cache invalidations before answering.
        transaction: async (fn) => {
          const result = await db.$transaction(fn, { timeout: 15_000, maxWait: 10_000 });
          await cacheSync();
          return result;
        },
      });
      response = toResponse(result, requestId);
      return response;
    } catch (error) {
      response = errorToResponse(error, requestId, `${spec.method} ${spec.path}`);
      return response;
    } finally {
      logInfo("api", {
        requestId,
        userId,
        route: `${spec.method} ${spec.path}`,
        status: response?.status,
        durationMs: Math.round(performance.now() - started),
      });
    }
  }
  return Object.assign(route, { [API_ROUTE_SPEC]: spec });
}
