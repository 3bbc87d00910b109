// Domain errors. Services throw these; the edges (action wrapper, API route
// wrapper, pages) translate them into form errors, problem+json or pages.

export type ErrorCode =
  | "INVALID"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "RATE_LIMITED"
  | "UNAVAILABLE";

export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fieldErrors?: FieldErrors;
  /** Extra data for the client, e.g. the newer values on a version conflict. */
  readonly details?: unknown;

  constructor(code: ErrorCode, message: string, options: { fieldErrors?: FieldErrors; details?: unknown } = {}) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = options.fieldErrors;
    this.details = options.details;
  }
}

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;

export const notFound = (what = "dữ liệu") => new AppError("NOT_FOUND", `Không tìm thấy ${what}.`);
export const forbidden = (message = "Bạn không có quyền thực hiện thao tác này.") => new AppError("FORBIDDEN", message);
export const invalid = (fieldErrors: FieldErrors, message = "Dữ liệu chưa hợp lệ. Vui lòng kiểm tra các ô được đánh dấu.") =>
  new AppError("INVALID", message, { fieldErrors });
export const conflict = (message: string, details?: unknown) => new AppError("CONFLICT", message, { details });

export const HTTP_STATUS: Record<ErrorCode, number> = {
  INVALID: 422,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
};
