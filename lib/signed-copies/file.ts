// The signed copy must be a PDF, whatever its name or declared type says: the
// evidence upload's content check (lib/activities/files.ts), narrowed to PDF,
// plus the bones of a PDF file (a cross-reference and an end-of-file marker).
import { AppError } from "@/lib/errors";
import { extensionOf, safeFileName, sniffType } from "@/lib/activities/files";

/** A scanned plan of a few dozen pages at 300 dpi stays under this. */
export const MAX_SIGNED_COPY_BYTES = 20 * 1024 * 1024;

const fileError = (code: "INVALID" | "TOO_LARGE" | "UNSUPPORTED_TYPE", message: string) => new AppError(code, message, { fieldErrors: { file: [message] } });

/** Refuses anything but a whole PDF within the limit; returns the name to store. */
export function checkSignedPdf(name: string, bytes: Uint8Array): string {
  const fileName = safeFileName(name || "ban-da-ky.pdf");
  if (bytes.byteLength === 0) throw fileError("INVALID", `Tệp “${fileName}” rỗng.`);
  if (bytes.byteLength > MAX_SIGNED_COPY_BYTES) {
    throw fileError("TOO_LARGE", `Tệp “${fileName}” lớn hơn ${MAX_SIGNED_COPY_BYTES / 1024 / 1024} MB; bản đã ký tối đa ${MAX_SIGNED_COPY_BYTES / 1024 / 1024} MB.`);
  }
  if (sniffType(bytes) !== "pdf") throw fileError("UNSUPPORTED_TYPE", `Tệp “${fileName}” không phải PDF. Bản đã ký phải là tệp PDF (bản quét hoặc tệp ký số).`);
  if (extensionOf(fileName) !== "pdf") throw fileError("UNSUPPORTED_TYPE", `Tệp “${fileName}” có nội dung là PDF nhưng đuôi tệp không phải .pdf.`);
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(Math.max(0, bytes.byteLength - 2048)).toString("latin1");
  if (!tail.includes("%%EOF") || !tail.includes("startxref")) {
    throw fileError("INVALID", `Tệp “${fileName}” không phải PDF hoàn chỉnh (thiếu phần kết thúc tệp): có thể tệp bị cắt khi tải lên hoặc bị hỏng.`);
  }
  return fileName;
}
