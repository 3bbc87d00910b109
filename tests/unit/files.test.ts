import { describe, expect, it } from "vitest";
import { checkFile, safeFileName, sniffType } from "@/lib/activities/files";

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
});
