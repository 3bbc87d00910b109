import { describe, expect, it } from "vitest";
import { checkFile, safeFileName, sniffType } from "@/lib/activities/files";
import { attachment } from "@/lib/file-response";

const bytes = (...values: number[]) => new Uint8Array(values);
const text = (value: string) => new TextEncoder().encode(value);
const MB = 1024 * 1024;

describe("evidence files are checked by content", () => {
  it("recognises PDF, PNG, JPG, DOCX and XLSX", () => {
    expect(sniffType(text("%PDF-1.7 …"))).toBe("pdf");
    expect(sniffType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe("png");
    expect(sniffType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe("jpeg");
    expect(sniffType(new Uint8Array([...text("PK\u0003\u0004"), ...text("....word/document.xml....")]))).toBe("docx");
    expect(sniffType(new Uint8Array([...text("PK\u0003\u0004"), ...text("....xl/workbook.xml....")]))).toBe("xlsx");
    expect(sniffType(text("PK\u0003\u0004 a plain zip"))).toBeNull();
    expect(sniffType(text("<html>"))).toBeNull();
  });

  it("refuses a name that lies about the content, empty files and large ones", () => {
    expect(checkFile("bao-cao.pdf", text("<script>alert(1)</script>"), 10 * MB)).toMatchObject({ ok: false });
    expect(checkFile("anh.jpg", text("%PDF-1.4"), 10 * MB)).toMatchObject({ ok: false, message: expect.stringContaining("không khớp") });
    expect(checkFile("rong.pdf", new Uint8Array(), 10 * MB)).toMatchObject({ ok: false, message: expect.stringContaining("rỗng") });
    expect(checkFile("lon.pdf", new Uint8Array(11 * MB).fill(0x25), 10 * MB)).toMatchObject({ ok: false, message: expect.stringContaining("10 MB") });
    expect(checkFile("Biên bản.PDF", text("%PDF-1.4"), 10 * MB)).toMatchObject({ ok: true, type: { mime: "application/pdf" } });
  });

  it("makes file names safe for headers and disks", () => {
    expect(safeFileName('../../etc/"passwd"\u0000.pdf')).toBe(".._.._etc__passwd__.pdf");
    expect(safeFileName("Biên bản hội thảo.pdf")).toBe("Biên bản hội thảo.pdf");
  });

  it("drops bidi controls, which make a name read differently from what it is", () => {
    // Shown as "hoadonexe.pdf", but it is a .exe: U+202E reverses what follows.
    expect(safeFileName("hoadon\u202Efdp.exe")).toBe("hoadonfdp.exe");
    for (const control of ["\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\u200E", "\u200F", "\u061C"]) {
      expect(safeFileName(`bien${control}-ban.pdf`), control.codePointAt(0)!.toString(16)).toBe("bien-ban.pdf");
    }
    expect(attachment("bien\u202Eban.pdf")).toBe(`attachment; filename="bienban.pdf"; filename*=UTF-8''bienban.pdf`);
  });

  it("keeps the end of a long name without cutting an emoji in half", () => {
    const name = `${"🎉".repeat(100)}.pdf`;
    const safe = safeFileName(name);
    expect(safe.length).toBeLessThanOrEqual(150);
    expect(safe.endsWith("🎉.pdf")).toBe(true);
    expect(/\p{Surrogate}/u.test(safe)).toBe(false);
  });
});
