import { describe, expect, it } from "vitest";
import { foldVietnamese, lowerFirst, matchesQuery, splitLines } from "@/lib/text";

describe("Vietnamese text", () => {
  it("folds accents, đ and case", () => {
    expect(foldVietnamese("Đài Phát thanh và Truyền hình tỉnh")).toBe("dai phat thanh va truyen hinh tinh");
    expect(foldVietnamese("  HỘI   THẢO  ")).toBe("hoi thao");
  });

  it("matches NFC and NFD input alike", () => {
    const nfd = "Hội thảo".normalize("NFD");
    expect(matchesQuery("Tổ chức Hội thảo khoa học", nfd)).toBe(true);
    expect(matchesQuery("Tổ chức Hội thảo khoa học", "hoi thao khoa")).toBe(true);
    expect(matchesQuery("Tổ chức Hội thảo khoa học", "hoi nghi")).toBe(false);
  });

  it("lower-cases only the first letter, for 'Kế hoạch triển khai …'", () => {
    expect(lowerFirst("Triển khai các hoạt động")).toBe("triển khai các hoạt động");
    expect(lowerFirst("")).toBe("");
  });

  it("splits a textarea into trimmed non-empty lines", () => {
    expect(splitLines(" Lãnh đạo Sở;\r\n\n  Lưu: VT, VP. ")).toEqual(["Lãnh đạo Sở;", "Lưu: VT, VP."]);
  });
});
