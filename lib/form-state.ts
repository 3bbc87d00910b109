// The state a form's server action returns (shared by client and server).
import type { ErrorCode, ErrorReason, FieldErrors } from "@/lib/errors";

export type FormState =
  | { status: "idle" }
  | { status: "success"; message: string; data?: unknown }
  | { status: "error"; message: string; code?: ErrorCode; reason?: ErrorReason; fieldErrors?: FieldErrors; details?: unknown };

export const idle: FormState = { status: "idle" };
