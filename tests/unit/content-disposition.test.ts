// Every download's Content-Disposition (lib/file-response.ts, the one helper): the Vietnamese name as an RFC 5987
// ext-value (only attr-chars left unencoded) and a plain ASCII fallback in a quoted-string (RFC 6266).
import { describe, expect, it } from "vitest";
import { attachment } from "@/lib/file-response";

const ATTR_CHAR = /^[A-Za-z0-9!#$&+\-.^_`|~%]*$/;

describe("attachment()", () => {
  it("keeps the accents in filename* and gives an ASCII fallback", () => {
    expect(attachment("Sổ đăng ký kế hoạch năm 2026.xlsx")).toBe(
      `attachment; filename="So dang ky ke hoach nam 2026.xlsx"; filename*=UTF-8''S%E1%BB%95%20%C4%91%C4%83ng%20k%C3%BD%20k%E1%BA%BF%20ho%E1%BA%A1ch%20n%C4%83m%202026.xlsx`,
    );
  });

  it("percent-encodes what RFC 5987 does not allow bare: ' ( ) * (encodeURIComponent leaves them)", () => {
    const header = attachment("Kế hoạch (dự thảo) 'A'*.xlsx");
    const ext = header.split("filename*=UTF-8''")[1]!;
    expect(ext).toMatch(ATTR_CHAR);
    expect(ext).toBe("K%E1%BA%BF%20ho%E1%BA%A1ch%20%28d%E1%BB%B1%20th%E1%BA%A3o%29%20%27A%27%2A.xlsx");
    expect(decodeURIComponent(ext)).toBe("Kế hoạch (dự thảo) 'A'*.xlsx");
  });

  it("keeps the fallback a valid quoted-string: no quote, no backslash, ASCII only", () => {
    const fallback = /filename="([^"]*)"/.exec(attachment('Báo cáo "quý" 1\\2.docx'))![1]!;
    expect(fallback).toMatch(/^[\x20-\x7e]*$/);
    expect(fallback).not.toMatch(/["\\]/);
    expect(fallback).toBe("Bao cao quy 1_2.docx");
  });
});
