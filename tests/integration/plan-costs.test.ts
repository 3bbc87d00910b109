// Kinh phí on real PostgreSQL: typed in the activity form's words ("15 triệu"),
// stored in đồng, summed in the report and in the Excel export (the file is
// opened and its SUM row read); a cost that is no amount is a field error.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { updateActivitySchema } from "@/lib/plans/schemas";
import { updateActivity } from "@/lib/plans/service/activities";
import { planActivitiesFile, planReportFile } from "@/lib/documents/exports";
import { getPlanDocument } from "@/lib/plans/queries";
import { openDocx, paragraphs } from "@/tests/support/docx-xml";
import { createPlan, createWorld, inTransaction, sessionUserByUsername } from "./support/factories";

async function costedWorld() {
  const w = await createWorld();
  const staff = await sessionUserByUsername(w.staffA.username);
  const plan = await createPlan(w.organization.id, {
    createdById: w.staffA.id,
    draftingUnitId: w.unitA.id,
    phases: [
      { title: "Một", start: "2026-05-01", end: "2026-05-10", activities: [{ content: "Việc một", lead: w.unitA.id }, { content: "Việc hai", lead: w.unitB.id }] },
      { title: "Hai", start: "2026-05-11", end: "2026-05-20", activities: [{ content: "Việc ba", lead: w.unitA.id }] },
    ],
  });
  const activities = await db.activity.findMany({ where: { planId: plan.id }, orderBy: [{ phaseId: "asc" }, { order: "asc" }] });
  return { w, staff, plan, activities };
}

/** The form's FormData as the action parses it: every field a string. */
function formInput(activity: { id: string; version: number; content: string; leadUnitId: string; startDate: Date; endDate: Date }, cost: string) {
  return parseInput(updateActivitySchema, {
    id: activity.id,
    version: String(activity.version),
    content: activity.content,
    leadUnitId: activity.leadUnitId,
    start: activity.startDate.toISOString().slice(0, 10),
    end: activity.endDate.toISOString().slice(0, 10),
    note: "",
    output: "",
    cost,
  });
}

describe("Kinh phí of activities", () => {
  it("stores what the form typed in đồng; the report and the Excel SUM count the same total", async () => {
    const { staff, plan, activities } = await costedWorld();
    const typed = ["15 triệu", "2.500.000", "1,5 tỷ"];
    for (const [i, activity] of activities.entries()) {
      const input = formInput(activity, typed[i]!);
      if (!input.success) throw new Error(JSON.stringify(input.fieldErrors));
      await inTransaction((tx) => updateActivity(tx, staff, input.data));
    }
    const stored = await db.activity.findMany({ where: { planId: plan.id }, select: { cost: true } });
    expect(stored.map((a) => a.cost).sort()).toEqual([2_500_000n, 15_000_000n, 1_500_000_000n].sort());
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: activities[0]!.id, action: "update" } });
    expect(audit.after).toMatchObject({ cost: 15_000_000 });
    const total = 15_000_000 + 2_500_000 + 1_500_000_000;

    const doc = await getPlanDocument(staff, plan.id);
    expect(doc.phases.flatMap((p) => p.activities.map((a) => a.cost))).toEqual([15_000_000, 2_500_000, 1_500_000_000]);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await planActivitiesFile(staff, plan.id, "2026-05-05")).bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Hoạt động")!;
    const header = (sheet.getRow(2).values as unknown[]).slice(1);
    const column = header.indexOf("Kinh phí (đồng)") + 1;
    const letter = sheet.getColumn(column).letter;
    const last = sheet.getRow(sheet.rowCount);
    expect(sheet.rowCount).toBe(2 + 3 + 1);
    expect(last.getCell(column).value).toEqual({ formula: `SUM(${letter}3:${letter}5)`, result: total });
    expect([3, 4, 5].map((r) => sheet.getRow(r).getCell(column).value)).toEqual([15_000_000, 2_500_000, 1_500_000_000]);

    const report = paragraphs((await openDocx((await planReportFile(staff, plan.id, "2026-05-05")).bytes)).document);
    expect(report).toContain("- Tổng kinh phí dự kiến của các hoạt động: 1.517.500.000 đồng;");
  });

  it("refuses a cost that is no amount with a field error, and clears it when emptied", async () => {
    const { staff, activities } = await costedWorld();
    const bad = formInput(activities[0]!, "khoảng mười lăm triệu");
    expect(bad.success).toBe(false);
    expect(!bad.success && bad.fieldErrors.cost?.[0]).toContain("Kinh phí không hợp lệ");

    const set = formInput(activities[0]!, "15tr");
    if (!set.success) throw new Error("15tr should parse");
    await inTransaction((tx) => updateActivity(tx, staff, set.data));
    const current = await db.activity.findUniqueOrThrow({ where: { id: activities[0]!.id } });
    expect(current.cost).toBe(15_000_000n);
    const cleared = formInput(current, "");
    if (!cleared.success) throw new Error("empty should parse");
    await inTransaction((tx) => updateActivity(tx, staff, cleared.data));
    expect((await db.activity.findUniqueOrThrow({ where: { id: activities[0]!.id } })).cost).toBeNull();
    // A stale version is still a conflict with a cost in the input.
    const stale = formInput(current, "20 triệu");
    if (!stale.success) throw new Error("20 triệu should parse");
    const error = await inTransaction((tx) => updateActivity(tx, staff, stale.data)).catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe("CONFLICT");
  });
});
