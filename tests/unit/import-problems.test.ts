// What cannot be read is reported, never thrown: the caller shows the problems.
import { describe, expect, it } from "vitest";
import { blocksFromText, isImportError, parsePlan, toSnapshot, type ParseResult } from "@/lib/documents/import";

const units = [{ id: "vp", name: "Văn phòng Sở", shortName: "VP Sở", kind: "INTERNAL" as const }];
const read = (text: string) => parsePlan(blocksFromText(text), { units });
const fatal = (result: ParseResult) => result.problems.filter((p) => p.severity === "fatal").map((p) => p.message);

describe("import problems", () => {
  it("reads a shopping list as unusable, with fatal problems", () => {
    const result = read("Trứng gà\n2 kg thịt\tRau cải\nSữa tươi\n\n- Bánh mì;");
    expect(result.usable).toBe(false);
    expect(fatal(result)).toEqual([
      "Không tìm thấy dòng “KẾ HOẠCH” và tên kế hoạch.",
      "Không xác định được năm của kế hoạch (dòng “…, ngày … tháng … năm …”).",
    ]);
    // No activities is said, but is no longer a dead end by itself (issue 14 §3): a plan with none is still a draft.
    expect(result.problems).toContainEqual({ severity: "warning", message: expect.stringContaining("Không tìm thấy hoạt động nào") });
    expect(result.plan.phases).toEqual([]);
  });

  it("reads an empty text as unusable", () => {
    const result = read("");
    expect(result.usable).toBe(false);
    expect(fatal(result)).toHaveLength(2);
  });

  it("takes the year from the caller when the document has none", () => {
    const result = parsePlan(blocksFromText("KẾ HOẠCH\nTuyên truyền\nI. NỘI DUNG\n2.1. Đợt 1 (03-14/5)\nStt\tNội dung\tĐơn vị chủ trì\n1\tViết tin\tVăn phòng Sở"), { units, defaultYear: 2026 });
    expect([result.usable, result.plan.year, result.plan.phases[0]?.start]).toEqual([true, 2026, "2026-05-03"]);
  });

  it("names the phase whose table is missing and the activity without a lead, and still gives a draft", () => {
    const result = read(
      [
        "Lạng Sơn, ngày 02 tháng 5 năm 2022",
        "KẾ HOẠCH",
        "Tuyên truyền năm 2022",
        "III. NỘI DUNG VÀ HÌNH THỨC TỔ CHỨC",
        "2.1. Đợt 1 (từ ngày 03-14/5/2022)",
        "2.2. Đợt 2 (thời gian chưa định)",
        "Stt\tNội dung\tĐơn vị chủ trì\tGhi chú",
        "1\tViết tin\t\t",
      ].join("\n"),
    );
    // Before issue 14 both were fatal and the import dead-ended; now the user is told and chooses.
    expect(result.problems).toEqual([
      { severity: "warning", message: "Không tìm thấy bảng hoạt động của giai đoạn 2.1." },
      { severity: "warning", message: "Văn bản không ghi đơn vị chủ trì ở hoạt động 1 giai đoạn 2.2: hãy chọn đơn vị." },
      { severity: "warning", message: "Không đọc được thời gian của giai đoạn 2.2 “Đợt 2 (thời gian chưa định)”; tạm lấy thời gian của kế hoạch, hãy sửa lại trong dự thảo." },
    ]);
    expect(result.usable).toBe(true);
    const phase = result.plan.phases[1]!;
    expect([phase.start, phase.end, phase.activities[0]!.lead]).toEqual(["2022-05-02", "2022-12-31", expect.objectContaining({ unitId: null, placeholder: true })]);
    expect(result.unmatched).toEqual([phase.activities[0]!.lead!.text]);
  });

  it("toSnapshot refuses an unusable result with the first fatal problem", () => {
    let error: unknown;
    try {
      toSnapshot(read("Trứng gà"), {});
    } catch (caught) {
      error = caught;
    }
    expect(isImportError(error) && [error.reason, error.code, error.message]).toEqual(["NOT_USABLE", "INVALID", "Không tìm thấy dòng “KẾ HOẠCH” và tên kế hoạch."]);
  });
});
