import { describe, expect, it } from "vitest";
import type { ActivitySnapshot, PlanSnapshot } from "@/lib/plans/snapshot";
import { closedSourceUnits, swapUnits } from "@/lib/units/successors";
import { matchUnit } from "@/lib/documents/import/units";
import { formerNameLines, successorOf, unitLabelAt, unitNameAt, unitStateOn, type UnitLife } from "@/lib/units/lifecycle";

const renamed: UnitLife = {
  id: "u1",
  name: "Phòng Quản lý khoa học và Chuyển đổi số",
  shortName: "QLKH&CĐS",
  closedAt: null,
  mergedIntoId: null,
  history: [
    { name: "Phòng Quản lý khoa học", shortName: "QLKH", validFrom: "2020-01-01", validTo: "2023-06-30" },
    { name: "Phòng Quản lý khoa học và Công nghệ", shortName: "QLKH&CN", validFrom: "2023-07-01", validTo: "2025-02-28" },
  ],
};

describe("unitNameAt", () => {
  it("gives the name borne on the day, each former name through its last day", () => {
    expect(unitNameAt(renamed, "2022-05-10").name).toBe("Phòng Quản lý khoa học");
    expect(unitNameAt(renamed, "2023-06-30").name).toBe("Phòng Quản lý khoa học");
    expect(unitNameAt(renamed, "2023-07-01").name).toBe("Phòng Quản lý khoa học và Công nghệ");
    expect(unitNameAt(renamed, "2025-02-28").shortName).toBe("QLKH&CN");
    expect(unitNameAt(renamed, "2025-03-01").name).toBe("Phòng Quản lý khoa học và Chuyển đổi số");
  });

  it("gives today's name without a date or without history, and the earliest name before any recorded validity", () => {
    expect(unitNameAt(renamed, null).name).toBe(renamed.name);
    expect(unitNameAt({ ...renamed, history: [] }, "2001-01-01").name).toBe(renamed.name);
    expect(unitNameAt(renamed, "2019-12-31").name).toBe("Phòng Quản lý khoa học");
  });

  it("reads a former name without a start as valid from the beginning", () => {
    const unit = { ...renamed, history: [{ name: "Cũ", shortName: "C", validFrom: null, validTo: "2024-12-31" }] };
    expect(unitNameAt(unit, "1999-01-01").name).toBe("Cũ");
    expect(unitNameAt(unit, "2025-01-01").name).toBe(renamed.name);
  });
});

describe("unitLabelAt", () => {
  it("names the unit as it was, then as it is now", () => {
    expect(unitLabelAt(renamed, "2022-05-10", "2026-01-01")).toBe("Phòng Quản lý khoa học (nay là Phòng Quản lý khoa học và Chuyển đổi số)");
    expect(unitLabelAt(renamed, "2025-06-01", "2026-01-01")).toBe("Phòng Quản lý khoa học và Chuyển đổi số");
  });

  it("marks a merged unit with its successor and a closed one as dissolved, from the closing date on", () => {
    const merged = { ...renamed, history: [], closedAt: "2025-03-01", mergedIntoId: "u2" };
    expect(unitLabelAt(merged, "2022-01-01", "2025-03-01", "Phòng B")).toBe(`${renamed.name} (đã sáp nhập vào Phòng B)`);
    expect(unitLabelAt(merged, "2022-01-01", "2025-02-28", "Phòng B")).toBe(renamed.name);
    const closed = { ...merged, mergedIntoId: null };
    expect(unitLabelAt(closed, "2022-01-01", "2026-01-01")).toBe(`${renamed.name} (đã giải thể)`);
    expect(unitStateOn(closed, "2026-01-01")).toBe("closed");
  });
});

describe("formerNameLines", () => {
  it("lists former names, the latest first, with dd/MM/yyyy validity", () => {
    expect(formerNameLines(renamed.history)).toEqual([
      "Phòng Quản lý khoa học và Công nghệ (từ 01/07/2023 đến 28/02/2025)",
      "Phòng Quản lý khoa học (từ 01/01/2020 đến 30/06/2023)",
    ]);
  });
});

describe("successorOf", () => {
  const today = "2026-01-01";
  const units = new Map([
    ["a", { closedAt: "2025-03-01", mergedIntoId: "b" }],
    ["b", { closedAt: "2025-07-01", mergedIntoId: "c" }],
    ["c", { closedAt: null, mergedIntoId: null }],
    ["d", { closedAt: "2025-07-01", mergedIntoId: null }],
    ["e", { closedAt: "2027-01-01", mergedIntoId: "c" }],
    ["x", { closedAt: "2025-01-01", mergedIntoId: "y" }],
    ["y", { closedAt: "2025-01-01", mergedIntoId: "x" }],
  ]);

  it("keeps an open unit, follows a chain of merges, and has none for a dissolved unit", () => {
    expect(successorOf("c", units, today)).toBe("c");
    expect(successorOf("a", units, today)).toBe("c");
    expect(successorOf("d", units, today)).toBeNull();
    expect(successorOf("e", units, today)).toBe("e");
  });

  it("ends on a loop or an unknown unit", () => {
    expect(successorOf("x", units, today)).toBeNull();
    expect(successorOf("zz", units, today)).toBeNull();
  });
});

describe("clone successors", () => {
  const life = (id: string, name: string, closedAt: string | null, mergedIntoId: string | null): [string, UnitLife] => [id, { id, name, shortName: name, closedAt, mergedIntoId, history: [] }];
  const units = new Map([life("a", "Phòng A", "2025-03-01", "b"), life("b", "Phòng B", null, null), life("d", "Phòng huyện", "2025-07-01", null)]);
  const activity = (leadUnitId: string, supporterIds: string[], subTasks: ActivitySnapshot[] = []): ActivitySnapshot => ({ content: "Việc", description: "", leadUnitId, supporterIds, start: "2022-03-01", end: "2022-03-02", note: "", subTasks });
  const snapshot = {
    title: "KH 2022",
    year: 2022,
    eventDate: null,
    place: "Lạng Sơn",
    phases: [{ title: "Triển khai", start: "2022-03-01", end: "2022-03-31", activities: [activity("a", ["b", "d"]), activity("b", ["a"], [activity("d", [])])] }],
  } as unknown as PlanSnapshot;

  it("lists the closed units with the successor proposed (merged → its successor, dissolved → none)", () => {
    expect(closedSourceUnits(snapshot, units, "2026-01-01")).toEqual([
      { id: "a", name: "Phòng A", state: "merged", proposedId: "b", proposedName: "Phòng B" },
      { id: "d", name: "Phòng huyện", state: "closed", proposedId: null, proposedName: null },
    ]);
    expect(closedSourceUnits(snapshot, units, "2025-01-01")).toEqual([]);
  });

  it("swaps lead and supporters, a supporter once and never the lead", () => {
    const swapped = swapUnits(snapshot, [{ from: "a", to: "b" }, { from: "d", to: "c" }]);
    const [first, second] = swapped.phases[0]!.activities;
    expect(first).toMatchObject({ leadUnitId: "b", supporterIds: ["c"] });
    expect(second).toMatchObject({ leadUnitId: "b", supporterIds: [] });
    expect(second!.subTasks[0]).toMatchObject({ leadUnitId: "c" });
  });
});

describe("the import's unit matcher after a reorganisation", () => {
  const open = { id: "b", name: "Phòng Bưu chính, Viễn thông và Chuyển đổi số", shortName: "Phòng BCVT&CĐS", kind: "INTERNAL" as const };
  const other = { id: "q", name: "Phòng Quản lý khoa học", shortName: "Phòng QLKH", kind: "INTERNAL" as const };
  // The name of a unit merged into b, listed after the open units under b's id (lib/units/aliases.ts).
  const alias = { ...open, name: "Phòng Công nghệ thông tin", shortName: "Phòng CNTT" };

  it("maps a merged unit's name to its successor, named as it is now", () => {
    const match = matchUnit("Phòng Công nghệ thông tin", [open, other, alias]);
    expect(match).toMatchObject({ unitId: "b", why: "trùng tên, tên cũ — nay là Phòng Bưu chính, Viễn thông và Chuyển đổi số" });
    expect(match.candidates).toEqual([expect.objectContaining({ unitId: "b", name: open.name })]);
    expect(matchUnit("Phòng BCVT&CĐS", [open, other, alias])).toMatchObject({ unitId: "b", why: "viết tắt BCVT, CĐS" });
  });

  it("proposes nothing for a unit not among the candidates (a dissolved one)", () => {
    expect(matchUnit("Phòng Công nghệ thông tin", [open, other]).unitId).toBeNull();
  });
});
