import { describe, expect, it } from "vitest";
import { blockingOf, checkPlan, placedTexts, sourceTexts, staleTexts, warningsOf } from "@/lib/plans/checklist";
import { EMPTY_PLAN_TEXTS } from "@/lib/plans/snapshot";
import type { VersionActivity, VersionData } from "@/lib/plans/version-data";

const unit = { id: "u-a", name: "Phòng Quản lý khoa học" };

function activity(id: string, stt: string, overrides: Partial<VersionActivity> = {}): VersionActivity {
  return { id, stt, content: `Nội dung ${id}`, description: "", leadUnit: unit, supporters: [], start: "2027-05-01", end: "2027-05-10", output: "", deadline: false, note: "", subTasks: [], ...overrides };
}

function plan(overrides: Partial<VersionData> = {}): VersionData {
  return {
    schema: 1, ...EMPTY_PLAN_TEXTS, title: "Kế hoạch năm 2027", year: 2027, eventDate: "2027-05-18", place: "Lạng Sơn", extraSections: [],
    phases: [{ id: "p1", code: "2.1", title: "Chuẩn bị", start: "2027-04-01", end: "2027-05-31", activities: [activity("a1", "1")] }],
    ...overrides,
  };
}

describe("checkPlan", () => {
  it("finds nothing in a sound plan", () => {
    expect(checkPlan(plan())).toEqual([]);
  });

  it("blocks on an activity without a lead unit and a sub-task outside its activity; warns on an empty phase", () => {
    const sound = plan();
    sound.phases[0]!.activities = [activity("a1", "1", { leadUnit: null, subTasks: [activity("s1", "1.1", { end: "2027-05-12" })] })];
    sound.phases.push({ id: "p2", code: "2.2", title: "Tổng kết", start: "2027-06-01", end: "2027-06-30", activities: [] });
    const items = checkPlan(sound);
    expect(blockingOf(items)).toEqual([
      { key: "NO_LEAD:a1", code: "NO_LEAD", severity: "blocking", where: "Hoạt động 1 (mục 2.1)", message: "Chưa có đơn vị chủ trì." },
      {
        key: "SUBTASK_OUTSIDE_PARENT:s1", code: "SUBTASK_OUTSIDE_PARENT", severity: "blocking", where: "Việc 1.1 (mục 2.1)",
        message: "Thời gian 01/05/2027–12/05/2027 nằm ngoài thời gian của hoạt động 1 (01/05/2027–10/05/2027).",
      },
    ]);
    expect(warningsOf(items)).toEqual([
      { key: "EMPTY_PHASE:p2", code: "EMPTY_PHASE", severity: "warning", where: "Giai đoạn 2.2", message: "Giai đoạn “Tổng kết” chưa có hoạt động nào: thêm hoạt động hoặc xóa giai đoạn." },
    ]);
  });

  it("warns (does not block) on an activity outside its phase and on dates before the plan's year", () => {
    const p = plan();
    p.phases[0]!.activities = [activity("a1", "1", { start: "2026-12-20", end: "2027-01-05" })];
    const items = checkPlan(p);
    expect(blockingOf(items)).toEqual([]);
    expect(warningsOf(items).map((i) => [i.code, i.message])).toEqual([
      ["OUTSIDE_PHASE", "Thời gian 20/12/2026–05/01/2027 nằm ngoài thời gian của giai đoạn (01/04/2027–31/05/2027)."],
      ["PAST_YEAR", "Ngày 20/12/2026 thuộc năm 2026, trước năm kế hoạch 2027."],
    ]);
  });

  it("flags, in a cloned plan, texts that still carry the source's year or its ordinal", () => {
    const p = plan({ intro: "Dự kiến tổ chức ngày 18/5/2022 tại Lạng Sơn.", theme: "Hội thi lần thứ 14", purposes: ["Tổ chức lần thứ 15 của hội thi"] });
    p.phases[0]!.activities = [activity("a1", "1", { note: "Báo cáo năm 2022" })];
    const source = { year: 2022, texts: ["Hội thi lần thứ 14 năm 2022"] };
    const items = checkPlan(p, source);
    expect(blockingOf(items)).toEqual([]);
    expect(items.map((i) => [i.code, i.where, i.message])).toEqual([
      ["OLD_YEAR_TEXT", "Lời dẫn", "Còn ghi “18/5/2022” của kế hoạch năm 2022: xem lại cho năm 2027."],
      ["OLD_ORDINAL_TEXT", "Chủ đề", "Còn ghi “lần thứ 14” như kế hoạch gốc: xem lại số lần."],
      ["OLD_YEAR_TEXT", "Hoạt động 1 (mục 2.1), ghi chú", "Còn ghi “2022” của kế hoạch năm 2022: xem lại cho năm 2027."],
    ]);
  });

  it("does not flag the source's year in a plan not made from another, nor a year inside a longer number", () => {
    expect(checkPlan(plan({ intro: "Dự kiến tổ chức ngày 18/5/2022." }))).toEqual([]);
    expect(staleTexts([{ key: "intro", where: "Lời dẫn", text: "Mã số 120225 và 20223" }], { year: 2022, texts: [] }, 2027)).toEqual([]);
  });

  it("keys are stable for the same problem, so a confirmation can name them", () => {
    const p = plan();
    p.phases[0]!.activities = [activity("a1", "1", { start: "2027-03-01" })];
    expect(checkPlan(p).map((i) => i.key)).toEqual(checkPlan(structuredClone(p)).map((i) => i.key));
    expect(checkPlan(p).map((i) => i.key)).toEqual(["OUTSIDE_PHASE:a1"]);
  });
});

describe("placedTexts", () => {
  it("names each text by where it is and leaves out the legal basis and empty texts", () => {
    const p = plan({ legalBasis: ["Căn cứ năm 2022"], purposes: ["Một", "Hai"] });
    const texts = placedTexts(p);
    expect(texts.map((t) => t.where)).toEqual(["Trích yếu", "Mục đích (ý 1)", "Mục đích (ý 2)", "Giai đoạn 2.1", "Hoạt động 1 (mục 2.1), nội dung"]);
    expect(sourceTexts(p)).not.toContain("Căn cứ năm 2022");
  });
});
