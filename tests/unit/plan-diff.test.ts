import { describe, expect, it } from "vitest";
import { diffVersions, formatRange } from "@/lib/plans/diff";
import { EMPTY_PLAN_TEXTS } from "@/lib/plans/snapshot";
import type { VersionActivity, VersionData } from "@/lib/plans/version-data";

const unitA = { id: "u-a", name: "Phòng Quản lý khoa học" };
const unitB = { id: "u-b", name: "Văn phòng Sở" };
const unitC = { id: "u-c", name: "Trung tâm Ứng dụng" };

function activity(id: string, stt: string, overrides: Partial<VersionActivity> = {}): VersionActivity {
  return {
    id, stt, content: `Nội dung ${id}`, description: "", leadUnit: unitA, supporters: [unitB],
    start: "2026-05-01", end: "2026-05-10", output: "", deadline: false, note: "", subTasks: [], ...overrides,
  };
}

function version(overrides: Partial<VersionData> = {}): VersionData {
  return {
    schema: 1, ...EMPTY_PLAN_TEXTS, title: "Kế hoạch tổ chức Ngày KH&CN năm 2026", year: 2026, eventDate: "2026-05-18", place: "Lạng Sơn",
    purposes: ["Mục đích một"], extraSections: [],
    phases: [
      { id: "p1", code: "2.1", title: "Chuẩn bị", start: "2026-04-01", end: "2026-05-15", activities: [activity("a1", "1"), activity("a2", "2", { subTasks: [activity("s1", "2.1")] })] },
      { id: "p2", code: "2.2", title: "Tổ chức", start: "2026-05-16", end: "2026-05-31", activities: [activity("a3", "1")] },
    ],
    ...overrides,
  };
}

describe("diffVersions", () => {
  it("finds nothing between a version and itself", () => {
    const diff = diffVersions(version(), version());
    expect(diff.same).toBe(true);
    expect(diff.count).toBe(0);
  });

  it("shows one changed end of an activity with both ends, old → new, and names it by its Stt", () => {
    const after = version();
    after.phases[0]!.activities[0] = activity("a1", "1", { end: "2026-05-12", leadUnit: unitC });
    const diff = diffVersions(version(), after);
    expect(diff.activities.added).toEqual([]);
    expect(diff.activities.removed).toEqual([]);
    expect(diff.activities.changed).toEqual([
      {
        label: "Hoạt động 1 (mục 2.1)",
        subject: "Nội dung a1",
        changes: [
          { label: "Đơn vị chủ trì", before: "Phòng Quản lý khoa học", after: "Trung tâm Ứng dụng" },
          { label: "Thời gian", before: "01/05/2026–10/05/2026", after: "01/05/2026–12/05/2026" },
        ],
      },
    ]);
    expect(diff.count).toBe(2);
  });

  it("tells an edited activity from a removed and an added one by id", () => {
    const after = version();
    after.phases[1]!.activities = [activity("a9", "1", { content: "Hoạt động mới" })];
    const diff = diffVersions(version(), after);
    expect(diff.activities.changed).toEqual([]);
    expect(diff.activities.removed.map((r) => r.label)).toEqual(["Hoạt động 1 (mục 2.2)"]);
    expect(diff.activities.added).toEqual([{ label: "Hoạt động 1 (mục 2.2)", summary: "Hoạt động mới · Phòng Quản lý khoa học · 01/05/2026–10/05/2026" }]);
  });

  it("lists supporting units added and removed, and sub-task changes as 'Việc'", () => {
    const after = version();
    after.phases[0]!.activities[1] = activity("a2", "2", { supporters: [unitC], subTasks: [activity("s1", "2.1", { note: "Ghi chú mới", start: "2026-05-02" })] });
    const diff = diffVersions(version(), after);
    expect(diff.activities.changed).toEqual([
      { label: "Hoạt động 2 (mục 2.1)", subject: "Nội dung a2", changes: [{ label: "Đơn vị phối hợp", before: "Văn phòng Sở", after: "Trung tâm Ứng dụng", detail: "thêm Trung tâm Ứng dụng; bỏ Văn phòng Sở" }] },
      {
        label: "Việc 2.1 (mục 2.1)",
        subject: "Nội dung s1",
        changes: [
          { label: "Thời gian", before: "01/05/2026–10/05/2026", after: "02/05/2026–10/05/2026" },
          { label: "Ghi chú", before: "(trống)", after: "Ghi chú mới" },
        ],
      },
    ]);
  });

  it("shows an activity moved to another phase as a change of position, and output and deadline changes", () => {
    const before = version();
    const after = version();
    const moved = activity("a1", "2", { output: "Báo cáo", deadline: true });
    after.phases[0]!.activities = [after.phases[0]!.activities[1]!];
    after.phases[1]!.activities.push(moved);
    const diff = diffVersions(before, after);
    const row = diff.activities.changed.find((r) => r.label === "Hoạt động 2 (mục 2.2)");
    expect(row?.changes).toEqual([
      { label: "Vị trí", before: "Hoạt động 1 (mục 2.1)", after: "Hoạt động 2 (mục 2.2)" },
      { label: "Thời gian", before: "01/05/2026–10/05/2026", after: "Trước ngày 10/05/2026" },
      { label: "Sản phẩm", before: "(trống)", after: "Báo cáo" },
    ]);
  });

  it("reports phases added, removed and changed (title, both ends of the window)", () => {
    const after = version();
    after.phases[0] = { ...after.phases[0]!, title: "Chuẩn bị chung", end: "2026-05-14" };
    after.phases[1] = { id: "p3", code: "2.2", title: "Tổng kết", start: "2026-06-01", end: "2026-06-30", activities: [] };
    const diff = diffVersions(version(), after);
    expect(diff.phases.changed).toEqual([
      {
        label: "Giai đoạn 2.1",
        subject: "Chuẩn bị chung",
        changes: [
          { label: "Tên giai đoạn", before: "Chuẩn bị", after: "Chuẩn bị chung" },
          { label: "Thời gian", before: "01/04/2026–15/05/2026", after: "01/04/2026–14/05/2026" },
        ],
      },
    ]);
    expect(diff.phases.added).toEqual([{ label: "Giai đoạn 2.2", summary: "Tổng kết (01/06/2026–30/06/2026)" }]);
    expect(diff.phases.removed).toEqual([{ label: "Giai đoạn 2.2", summary: "Tổ chức (16/05/2026–31/05/2026)" }]);
    expect(diff.activities.removed.map((r) => r.label)).toEqual(["Hoạt động 1 (mục 2.2)"]);
  });

  it("names the texts that changed, lists line by line, and extra sections by heading", () => {
    const after = version({
      title: "Kế hoạch tổ chức Ngày KH&CN Việt Nam năm 2026",
      purposes: ["Mục đích một", "Mục đích hai"],
      eventDate: "2026-05-19",
      extraSections: [{ label: "IV", heading: "KINH PHÍ", kind: "BUDGET", paragraphs: ["Từ ngân sách."] }],
    });
    const diff = diffVersions(version(), after);
    expect(diff.texts).toEqual([
      { label: "Trích yếu", before: "Kế hoạch tổ chức Ngày KH&CN năm 2026", after: "Kế hoạch tổ chức Ngày KH&CN Việt Nam năm 2026" },
      { label: "Ngày sự kiện", before: "18/05/2026", after: "19/05/2026" },
      { label: "Mục đích", before: "Mục đích một", after: "Mục đích một\nMục đích hai" },
      { label: "Mục “KINH PHÍ”", before: "(trống)", after: "IV. KINH PHÍ\nTừ ngân sách." },
    ]);
  });
});

describe("formatRange", () => {
  it("writes both ends in dd/MM/yyyy, one date for a single day, a deadline as such", () => {
    expect(formatRange("2026-05-01", "2026-05-12")).toBe("01/05/2026–12/05/2026");
    expect(formatRange("2026-05-01", "2026-05-01")).toBe("01/05/2026");
    expect(formatRange("2026-05-01", "2026-05-12", true)).toBe("Trước ngày 12/05/2026");
  });
});
