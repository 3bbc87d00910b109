import { describe, expect, it } from "vitest";
import { nestActivities, planDisplayTitle } from "@/lib/plans/document";
import { formatPlanNumber, planNumberLabel, planNumberLine, planSymbol } from "@/lib/plans/numbering";
import { documentDateLine } from "@/lib/plans/document-date";
import { readNumberLine } from "@/lib/documents/import/header";

const unit = { id: "u", name: "Văn phòng Sở", shortName: "VP", kind: "INTERNAL" as const };
const row = (id: string, order: number, parentId: string | null = null) => ({
  id,
  phaseId: "p",
  parentId,
  order,
  content: id,
  description: "",
  leadUnit: unit,
  supporters: [],
  startDate: new Date("2022-05-14T00:00:00Z"),
  endDate: new Date("2022-05-19T00:00:00Z"),
  note: "",
  status: "NOT_STARTED" as const,
  progress: 0,
  result: "",
  actualStart: null,
  actualEnd: null,
  lastUpdateAt: null,
  version: 1,
  output: "",
  deadline: false,
  cost: null,
});

describe("plan document", () => {
  it("numbers activities by order and sub-tasks under their parent", () => {
    const nested = nestActivities([row("d", 4), row("a", 1), row("d2", 2, "d"), row("d1", 1, "d"), row("b", 2), row("c", 3)]);
    expect(nested.map((a) => [a.stt, a.content])).toEqual([
      ["1", "a"],
      ["2", "b"],
      ["3", "c"],
      ["4", "d"],
    ]);
    expect(nested[3]!.subTasks.map((s) => [s.stt, s.content])).toEqual([
      ["4.1", "d1"],
      ["4.2", "d2"],
    ]);
    expect(nested[0]!.start).toBe("2022-05-14");
  });

  it("names a plan the way people say it", () => {
    expect(planDisplayTitle("Triển khai các hoạt động kỷ niệm Ngày Khoa học và Công nghệ Việt Nam năm 2022")).toBe(
      "Kế hoạch triển khai các hoạt động kỷ niệm Ngày Khoa học và Công nghệ Việt Nam năm 2022",
    );
  });

  it("formats document numbers with at least two digits", () => {
    expect(planSymbol("SKHCN")).toBe("KH-SKHCN");
    expect(formatPlanNumber(5, "KH-SKHCN")).toBe("05/KH-SKHCN");
    expect(formatPlanNumber(12, "KH-SKHCN")).toBe("12/KH-SKHCN");
    expect(formatPlanNumber(123, "KH-SKHCN")).toBe("123/KH-SKHCN");
    expect(planNumberLine(null, "KH-SKHCN")).toMatch(/^Số: \.{8}\/KH-SKHCN$/);
  });

  it("labels a plan with the symbol it was issued with, or none before it has a number", () => {
    expect(planNumberLabel({ number: 5, symbol: "KH-SKHCN", organization: { code: "SKHCNLS" } })).toBe("05/KH-SKHCN");
    expect(planNumberLabel({ number: 5, symbol: null, organization: { code: "SKHCN" } })).toBe("05/KH-SKHCN");
    expect(planNumberLabel({ number: null, symbol: null, organization: { code: "SKHCN" } })).toBeNull();
  });

  it("leaves a draft's number as dots to fill in, which an import reads back as no number", () => {
    expect(readNumberLine(planNumberLine(null, "KH-SKHCN"))).toEqual({ number: null, symbol: "KH-SKHCN" });
    expect(readNumberLine(planNumberLine(7, "KH-SKHCN"))).toEqual({ number: 7, symbol: "KH-SKHCN" });
  });

  it("writes the place and date line per Nghị định 30/2020", () => {
    expect(documentDateLine("Lạng Sơn", "2022-05-05", 2022)).toBe("Lạng Sơn, ngày 05 tháng 5 năm 2022");
    expect(documentDateLine("Lạng Sơn", "2023-02-14", 2023)).toBe("Lạng Sơn, ngày 14 tháng 02 năm 2023");
    expect(documentDateLine("Lạng Sơn", "2023-01-09", 2023)).toBe("Lạng Sơn, ngày 09 tháng 01 năm 2023");
    expect(documentDateLine("Lạng Sơn", "2023-11-20", 2023)).toBe("Lạng Sơn, ngày 20 tháng 11 năm 2023");
    expect(documentDateLine("Cao Bằng", null, 2027)).toMatch(/^Cao Bằng, ngày +tháng +năm 2027$/);
  });
});
