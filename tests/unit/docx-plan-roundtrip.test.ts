// The contract between the DOCX export and the DOCX import: a plan exported by
// Kehoach reads back as the same plan.
import { describe, expect, it } from "vitest";
import { planToDocx } from "@/lib/documents/docx/plan";
import { blocksFromDocx, parsePlan, type ParsedActivity } from "@/lib/documents/import";
import type { ActivityItem, PlanDocument } from "@/lib/plans/document";
import { UNITS_2022, plan2022, plan2022Draft } from "@/tests/support/plan-2022-document";

const written = (a: ActivityItem): unknown => ({
  content: a.content,
  lead: a.leadUnit.id,
  supporters: a.supporters.map((unit) => unit.id),
  start: a.start,
  end: a.end,
  note: a.note,
  subTasks: a.subTasks.map(written),
});
const read = (a: ParsedActivity): unknown => ({
  content: a.content,
  lead: a.lead?.unitId,
  supporters: a.supporters.map((unit) => unit.unitId),
  start: a.start,
  end: a.end,
  note: a.note,
  subTasks: a.subTasks.map(read),
});

async function roundTrip(plan: PlanDocument) {
  return parsePlan(await blocksFromDocx(await planToDocx(plan)), { units: UNITS_2022 });
}

describe("export then import", () => {
  it.each([
    ["issued", plan2022().plan],
    ["draft", plan2022Draft()],
  ])("reads the %s 2022 plan back as the same plan", async (_, plan) => {
    const { plan: parsed, usable, unmatched } = await roundTrip(plan);
    expect(usable).toBe(true);
    expect(unmatched).toEqual([]);
    const fields = ["number", "symbol", "place", "issueDate", "year", "title", "legalBasis", "intro", "purposes", "requirements", "theme", "slogans", "contentItems", "closingText", "recipients", "signerAuthority", "signerTitle", "signerName"] as const;
    for (const field of fields) expect([field, parsed[field]]).toEqual([field, plan[field]]);
    expect(parsed.phases.map((p) => ({ code: p.code, title: p.title, start: p.start, end: p.end, activities: p.activities.map(read) }))).toEqual(
      plan.phases.map((p) => ({ code: p.code, title: p.title, start: p.start, end: p.end, activities: p.activities.map(written) })),
    );
  });

  it("reads back a sub-task's own window, note and a window across months", async () => {
    const base = plan2022().plan;
    const phase = { ...base.phases[1]!, start: "2022-04-28", end: "2022-05-19" };
    const parent = { ...phase.activities[3]!, start: "2022-04-28", end: "2022-05-18" };
    const subTasks = parent.subTasks.map((sub, i) => (i === 0 ? { ...sub, start: "2022-04-28", end: "2022-05-05", note: "Trình Lãnh đạo Sở" } : { ...sub, start: parent.start, end: parent.end }));
    const plan = { ...base, phases: [{ ...phase, activities: [{ ...parent, subTasks }] }] };
    const { plan: parsed } = await roundTrip(plan);
    expect(parsed.phases[0]).toMatchObject({ start: "2022-04-28", end: "2022-05-19" });
    const activity = parsed.phases[0]!.activities[0]!;
    expect([activity.start, activity.end]).toEqual(["2022-04-28", "2022-05-18"]);
    expect(activity.subTasks[0]).toMatchObject({ start: "2022-04-28", end: "2022-05-05", note: "Trình Lãnh đạo Sở" });
    expect(activity.subTasks[1]).toMatchObject({ start: "2022-04-28", end: "2022-05-18", note: "" });
  });

  it("reads back a deputy's signature, several slogans and a one-day phase", async () => {
    const base = plan2022().plan;
    const day = { ...base.phases[1]!, start: "2022-05-18", end: "2022-05-18" };
    const plan: PlanDocument = {
      ...base,
      slogans: ["Khẩu hiệu một", "Khẩu hiệu hai"],
      signerAuthority: "KT. GIÁM ĐỐC",
      signerTitle: "PHÓ GIÁM ĐỐC",
      signerName: "Hoàng Văn Bình",
      phases: [{ ...day, activities: [{ ...day.activities[0]!, start: "2022-05-18", end: "2022-05-18" }] }],
    };
    const { plan: parsed } = await roundTrip(plan);
    expect(parsed.slogans).toEqual(["Khẩu hiệu một", "Khẩu hiệu hai"]);
    expect([parsed.signerAuthority, parsed.signerTitle, parsed.signerName]).toEqual(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Hoàng Văn Bình"]);
    expect(parsed.phases[0]).toMatchObject({ start: "2022-05-18", end: "2022-05-18" });
    expect(parsed.phases[0]!.activities[0]).toMatchObject({ start: "2022-05-18", end: "2022-05-18" });
  });
});
