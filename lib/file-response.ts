// Every file Kehoach sends (evidence, generated documents, exports) goes out
// the same way: as a download, with the type we decided, never rendered inline.

export type DownloadFile = { bytes: Uint8Array; fileName: string; contentType: string };

/** Content-Disposition with an ASCII fallback and the Vietnamese name (RFC 6266 / 5987). */
export function attachment(fileName: string): string {
  const ascii = fileName
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .replace(/[^\x20-\x7e]/g, "_")
    .replaceAll('"', "");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
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
