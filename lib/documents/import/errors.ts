// The import's own failures. They are AppErrors ("INVALID" → 422 at the edge)
// with a reason the caller can branch on.
import { AppError, type ErrorReason } from "@/lib/errors";

/** DOCX_LIMIT: the file goes over one of DOCX_LIMITS (details: { limit, max }). */
export type ImportErrorReason = Extract<ErrorReason, "UNREADABLE_DOCX" | "DOCX_LIMIT" | "NOT_USABLE" | "UNMAPPED_UNITS">;

export class ImportError extends AppError {
  declare readonly reason: ImportErrorReason;

  constructor(reason: ImportErrorReason, message: string, details?: unknown) {
    super("INVALID", message, { details, reason });
    this.name = "ImportError";
  }
}

export const isImportError = (error: unknown): error is ImportError => error instanceof ImportError;
