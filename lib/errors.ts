// Domain errors. Services throw these; the edges (action wrapper, API route
// wrapper, pages) translate them into form errors, problem+json or pages.

export type ErrorCode =
  | "INVALID"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "RATE_LIMITED"
  | "UNAVAILABLE"
  // An uploaded file larger than its limit (413) / not of the type asked for (415).
  | "TOO_LARGE"
  | "UNSUPPORTED_TYPE";

export type FieldErrors = Record<string, string[]>;

/**
 * Specific reasons, under a general code, for the cases a client reacts to
 * (the form shows a control, a script sends what is missing). Forms and API
 * clients branch on these, never on the message text, which may be reworded.
 * RESULT_REQUIRED: an activity marked DONE has no result. ALREADY_REMINDED:
 * the lead unit was reminded of the activity today (lib/notifications/remind.ts).
 * NUMBER_TAKEN: a plan imported as issued carries a number the register already holds (lib/plans/service/register.ts).
 * CHECKLIST_BLOCKING / CHECKLIST_WARNINGS: the submission's checklist found
 * problems to fix / warnings not confirmed (lib/plans/service/checklist.ts).
 * The others are the import's (lib/documents/import/errors.ts).
 */
export type ErrorReason =
  | "RESULT_REQUIRED"
  | "ALREADY_REMINDED"
  | "UNREADABLE_DOCX"
  | "DOCX_LIMIT"
  | "NOT_USABLE"
  | "UNMAPPED_UNITS"
  | "NUMBER_TAKEN"
  | "CHECKLIST_BLOCKING"
  | "CHECKLIST_WARNINGS"
  | "SIGNED_COPY_ATTACHED"
  | "REPORT_ISSUED";

/** The reasons the JSON API may answer with, and what they mean (the API documentation lists them). */
export const API_ERROR_REASONS = {
  RESULT_REQUIRED: "Hoạt động chuyển sang Hoàn thành mà chưa có kết quả (422): gửi result, hoặc confirmNoResult: true để xác nhận hoàn thành mà chưa ghi kết quả.",
  NUMBER_TAKEN:
    "Số văn bản của năm đó đã có kế hoạch khác dùng (409): khi ban hành theo sổ đăng ký ngoài (issue với number, issueDate), khi sửa số (correct-number), hoặc khi nhập kế hoạch đã ban hành (asIssued). Kiểm tra lại sổ đăng ký rồi gửi số khác.",
  UNMAPPED_UNITS: "Còn tên đơn vị trong văn bản chưa chọn đơn vị tương ứng, hoặc chọn đơn vị không thuộc Sở (422): gửi unitMap cho các tên trong unmatched.",
  NOT_USABLE: "Văn bản chưa đọc được đủ để tạo kế hoạch (422): xem problems trong bản xem trước.",
  UNREADABLE_DOCX: "Tệp không phải DOCX đọc được (422).",
  DOCX_LIMIT: "Tệp DOCX vượt một giới hạn đọc (422): kích thước, số phần, số ô, thời gian đọc.",
  CHECKLIST_BLOCKING: "Trình duyệt: danh sách kiểm tra còn lỗi phải sửa (422); checklist liệt kê từng mục (key, code, severity, where, message).",
  CHECKLIST_WARNINGS: "Trình duyệt: còn cảnh báo chưa xác nhận (422): gửi acceptedWarnings gồm key của mọi cảnh báo (severity \"warning\") trong checklist.",
  SIGNED_COPY_ATTACHED: "Sửa số kế hoạch khi đã đính kèm bản đã ký (409): bản đã ký là văn bản chính thức, số của nó không sửa được nữa.",
  REPORT_ISSUED: "Sửa nội dung báo cáo kết quả đã ban hành, hoặc ban hành lại nó (409): báo cáo đã ban hành được giữ nguyên như đã cấp số.",
} as const satisfies Partial<Record<ErrorReason, string>>;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fieldErrors?: FieldErrors;
  /** Extra data for the client, e.g. the newer values on a version conflict. */
  readonly details?: unknown;
  /** The specific case, when a client must react to it. */
  readonly reason?: ErrorReason;

  constructor(code: ErrorCode, message: string, options: { fieldErrors?: FieldErrors; details?: unknown; reason?: ErrorReason } = {}) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = options.fieldErrors;
    this.details = options.details;
    this.reason = options.reason;
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
  TOO_LARGE: 413,
  UNSUPPORTED_TYPE: 415,
};
