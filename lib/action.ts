import "server-only";
import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { redirect, unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { db } from "@/lib/db";
import { cacheSync } from "@/lib/cache/instance";
import type { Tx } from "@/lib/db-client";
import { requireUser } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/auth/user";
import { isAppError, type FieldErrors } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { logError, logInfo, logWarn } from "@/lib/log";
import { isDatabaseUnavailable } from "@/lib/db-errors";
import { DB_UNAVAILABLE_MESSAGE } from "@/lib/db-unavailable";
import { noteDatabaseUnavailable } from "@/lib/db-health";
import type { FormState } from "@/lib/form-state";
import { formDataToObject } from "@/lib/form-data";

type Outcome = { message?: string; revalidate?: string[]; redirectTo?: string; data?: unknown };

const UNAVAILABLE: FormState = {
  status: "error",
  code: "UNAVAILABLE",
  message: `${DB_UNAVAILABLE_MESSAGE} Dữ liệu chưa được lưu; nội dung bạn nhập vẫn còn, vui lòng thử lại sau ít phút.`,
};

/**
 * The one wrapper every server action goes through. Server actions are public
 * endpoints: the input is parsed with the domain's zod schema, the user comes
 * from the session (never from the form), and the service runs in one
 * transaction. Domain errors become form errors; redirect()/notFound() pass
 * through; anything else is logged with an id and reported without details,
 * with nothing saved.
 */
export function formAction<S extends z.ZodType, R, P = undefined>(config: {
  name: string;
  schema: S;
  /**
   * Slow work that must not hold a transaction and its connection (reading an
   * uploaded document), done after parsing and authentication; its result is
   * run's last argument and its AppErrors are reported like run's.
   */
  prepare?: (user: SessionUser, input: z.output<S>) => Promise<P>;
  run: (tx: Tx, user: SessionUser, input: z.output<S>, prepared: P) => Promise<R>;
  after?: (result: R, input: z.output<S>) => Outcome;
}) {
  return async function action(_previous: FormState, formData: FormData | Record<string, unknown>): Promise<FormState> {
    const started = performance.now();
    const requestId = randomUUID();
    let user: SessionUser;
    try {
      user = await requireUser();
    } catch (error) {
      // The session's user is read from the database first: when it is down,
      // the form says so and keeps what was typed, as for a failed write.
      unstable_rethrow(error);
      if (!isDatabaseUnavailable(error)) throw error;
      noteDatabaseUnavailable();
      logWarn("action: database unavailable", { requestId, route: `action ${config.name}` });
      return UNAVAILABLE;
    }
    let state: FormState | undefined;
    try {
      state = await run(user, formData, requestId);
      return state;
    } finally {
      // One line per call, as the API logs: who, what, how it ended, how long
      // (no state: a success that redirected).
      logInfo("action", {
        requestId,
        userId: user.id,
        route: `action ${config.name}`,
        outcome: !state ? "OK" : state.status === "error" ? (state.code ?? "ERROR") : "OK",
        durationMs: Math.round(performance.now() - started),
      });
    }
  };

  async function run(user: SessionUser, formData: FormData | Record<string, unknown>, requestId: string): Promise<FormState> {
    const raw = formData instanceof FormData ? formDataToObject(formData) : formData;
    const parsed = parseInput(config.schema, raw);
    if (!parsed.success) {
      return {
        status: "error",
        code: "INVALID",
        message: "Dữ liệu chưa hợp lệ. Vui lòng kiểm tra các ô được đánh dấu.",
        fieldErrors: parsed.fieldErrors,
      };
    }
    let outcome: Outcome;
    try {
      const prepared = config.prepare ? await config.prepare(user, parsed.data) : (undefined as P);
      // maxWait: under a burst, wait for a free connection rather than fail after Prisma's default 2 s.
      const result = await db.$transaction((tx) => config.run(tx, user, parsed.data, prepared), { timeout: 15_000, maxWait: 10_000 });
      // The database notified the write's cache tags at commit; the page rendered next shows it.
      await cacheSync();
      outcome = config.after?.(result, parsed.data) ?? {};
    } catch (error) {
      unstable_rethrow(error);
      if (isAppError(error)) {
        return {
          status: "error",
          code: error.code,
          ...(error.reason ? { reason: error.reason } : {}),
          message: error.message,
          fieldErrors: error.fieldErrors as FieldErrors | undefined,
          details: error.details,
        };
      }
      if (isDatabaseUnavailable(error)) {
        noteDatabaseUnavailable();
        logError("action: database unavailable", error, { requestId, action: config.name, userId: user.id });
        return UNAVAILABLE;
      }
      const errorId = randomUUID().slice(0, 8);
      logError("action failed", error, { requestId, action: config.name, userId: user.id, errorId });
      return {
        status: "error",
        message: `Đã có lỗi ngoài dự kiến (mã ${errorId}). Dữ liệu chưa được lưu; vui lòng thử lại.`,
      };
    }
    for (const path of outcome.revalidate ?? []) revalidatePath(path);
    if (outcome.redirectTo) redirect(outcome.redirectTo);
    return { status: "success", message: outcome.message ?? "Đã lưu.", ...(outcome.data !== undefined ? { data: outcome.data } : {}) };
  }
}
