// Evidence files: type decided by content, not by name.
import { clipEnd, stripBidiControls } from "@/lib/text";

export type AllowedType = { mime: string; extensions: string[]; label: string };

export const ALLOWED_TYPES: Record<string, AllowedType> = {
  pdf: { mime: "application/pdf", extensions: ["pdf"], label: "PDF" },
  docx: { mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extensions: ["docx"], label: "Word (DOCX)" },
  xlsx: { mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", extensions: ["xlsx"], label: "Excel (XLSX)" },
  jpeg: { mime: "image/jpeg", extensions: ["jpg", "jpeg"], label: "ảnh JPG" },
  png: { mime: "image/png", extensions: ["png"], label: "ảnh PNG" },
};

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((byte, i) => bytes[i] === byte);

/** What the bytes are, whatever the file is called. */
export function sniffType(bytes: Uint8Array): keyof typeof ALLOWED_TYPES | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "pdf"; // %PDF-
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "jpeg";
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // Office files are ZIP archives; their part names are stored in clear in the headers.
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
    if (text.includes("word/document.xml")) return "docx";
    if (text.includes("xl/workbook.xml")) return "xlsx";
  }
  return null;
}

export function extensionOf(fileName: string): string {
  const match = /\.([a-z0-9]+)$/i.exec(fileName);
  return match ? match[1]!.toLowerCase() : "";
}

export type FileCheck = { ok: true; type: AllowedType } | { ok: false; message: string };

export function checkFile(fileName: string, bytes: Uint8Array, maxBytes: number): FileCheck {
  if (bytes.byteLength === 0) return { ok: false, message: `Tệp “${fileName}” rỗng.` };
  if (bytes.byteLength > maxBytes) {
    return { ok: false, message: `Tệp “${fileName}” lớn hơn ${Math.round(maxBytes / 1024 / 1024)} MB.` };
  }
  const kind = sniffType(bytes);
  if (!kind) return { ok: false, message: `Tệp “${fileName}” không phải PDF, DOCX, XLSX, JPG hoặc PNG.` };
  const type = ALLOWED_TYPES[kind]!;
  if (!type.extensions.includes(extensionOf(fileName))) {
    return { ok: false, message: `Tệp “${fileName}” có nội dung là ${type.label}, không khớp với đuôi tệp.` };
  }
  return { ok: true, type };
}

/** A file name safe for a Content-Disposition header, for disks and for eyes (no bidi controls). */
export function safeFileName(fileName: string): string {
  const cleaned = stripBidiControls(fileName.replace(/\p{Surrogate}/gu, "\ufffd").normalize("NFC"))
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, "_")
    .trim();
  return clipEnd(cleaned, 150) || "tep-dinh-kem";
}
