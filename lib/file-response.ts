// Every file Kehoach sends (evidence, generated documents, exports) goes out
// the same way: as a download, with the type we decided, never rendered inline.
import { stripBidiControls } from "@/lib/text";

export type DownloadFile = { bytes: Uint8Array; fileName: string; contentType: string };

/** Content-Disposition with an ASCII fallback and the Vietnamese name (RFC 6266 / 5987). */
export function attachment(name: string): string {
  // Bidi controls (in a plan's title, or a file stored before uploads dropped
  // them) must not reorder the saved name; a lone surrogate would make encodeURIComponent throw.
  const fileName = stripBidiControls(name).replace(/\p{Surrogate}/gu, "\ufffd");
  const ascii = fileName
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .replace(/[^\x20-\x7e]/g, "_")
    .replace(/\\/g, "_")
    .replaceAll('"', "");
  // RFC 5987's attr-char has no ' ( ) *, which encodeURIComponent leaves as they are.
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

export function fileResponse(file: DownloadFile): Response {
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.bytes.byteLength),
      "Content-Disposition": attachment(file.fileName),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
