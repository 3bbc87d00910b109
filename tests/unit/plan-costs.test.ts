// Kinh phí across the documents: the DOCX and the Excel export show a Kinh phí
// column only when the plan's activities carry costs, with totals that agree
// with the report model; a DOCX with costs reads back with the same costs.
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { planToDocx } from "@/lib/documents/docx/plan";
import { planActivitiesToXlsx } from "@/lib/documents/xlsx/plan-activities";
import { buildPlanReport } from "@/lib/documents/report-model";
import { budgetSummary, planCost, usesCost } from "@/lib/documents/costs";
import { blocksFromDocx, parsePlan, type ParsedActivity } from "@/lib/documents/import";
import type { PlanDocument } from "@/lib/plans/document";
import { REPORT_DAY_2022, UNITS_2022, plan2022 } from "@/tests/support/plan-2022-document";

/** The 2022 plan with costs on the first activity of each phase and on one sub-task. */
function costedPlan(): { plan: PlanDocument; costs: number[] } {
  const { plan } = plan2022();
  const costs: number[] = [];
  const phases = plan.phases.map((phase, i) => ({
    ...phase,
    activities: phase.activities.map((activity, j) => {
      if (j !== 0) return activity;
      const cost = (i + 1) * 15_000_000;
      costs.push(cost);
      return { ...activity, cost };
    }),
  }));
  const withSub = phases.findIndex((phase) => phase.activities.some((a) => a.subTasks.length));
  const parent = phases[withSub]!.activities.findIndex((a) => a.subTasks.length);
  const activity = phases[withSub]!.activities[parent]!;
  phases[withSub]!.activities[parent] = { ...activity, subTasks: [{ ...activity.subTasks[0]!, cost: 2_500_000 }, ...activity.subTasks.slice(1)] };
  costs.push(2_500_000);
  return { plan: { ...plan, phases, budgetAmount: 50_000_000, budgetSource: "ngân sách sự nghiệp KH&CN" }, costs };
}

async function documentXml(buffer: Buffer): Promise<string> {
  return (await JSZip.loadAsync(buffer)).file("word/document.xml")!.async("string");
}

describe("Kinh phí in the documents", () => {
  it("counts the plan's costs, sub-tasks included, and compares them with its budget", () => {
    const { plan, costs } = costedPlan();
    const total = costs.reduce((a, b) => a + b, 0);
    expect(usesCost(plan)).toBe(true);
    expect(planCost(plan)).toBe(total);
    expect(budgetSummary(plan)).toEqual({ activities: total, budget: 50_000_000, source: "ngân sách sự nghiệp KH&CN", over: total > 50_000_000 });
    expect(buildPlanReport(plan, [], REPORT_DAY_2022).cost.activities).toBe(total);
    expect(usesCost(plan2022().plan)).toBe(false);
    expect(buildPlanReport(plan2022().plan, [], REPORT_DAY_2022).cost.activities).toBeNull();
  });

  it("writes a Kinh phí column and a SUM row in the Excel export, only for a plan with costs", async () => {
    const { plan, costs } = costedPlan();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await planActivitiesToXlsx(plan, REPORT_DAY_2022)) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Hoạt động")!;
    const header = (sheet.getRow(2).values as unknown[]).slice(1);
    const column = header.indexOf("Kinh phí (đồng)") + 1;
    expect(column).toBeGreaterThan(0);
    const last = sheet.getRow(sheet.rowCount);
    const letter = sheet.getColumn(column).letter;
    expect(last.getCell(header.indexOf("Nội dung") + 1).value).toBe("Tổng cộng");
    const total = last.getCell(column).value as ExcelJS.CellFormulaValue;
    expect(total.formula).toBe(`SUM(${letter}3:${letter}${sheet.rowCount - 1})`);
    expect(total.result).toBe(costs.reduce((a, b) => a + b, 0));
    // The cells the SUM covers hold exactly the costs.
    const cells = Array.from({ length: sheet.rowCount - 3 }, (_, i) => sheet.getRow(3 + i).getCell(column).value).filter((v) => v !== null && v !== "");
    expect(cells.sort()).toEqual([...costs].sort());

    const plain = new ExcelJS.Workbook();
    await plain.xlsx.load((await planActivitiesToXlsx(plan2022().plan, REPORT_DAY_2022)) as unknown as ArrayBuffer);
    expect((plain.getWorksheet("Hoạt động")!.getRow(2).values as unknown[]).includes("Kinh phí (đồng)")).toBe(false);
  });

  it("adds a Kinh phí column with each phase's sum to the DOCX, and reads the costs back", async () => {
    const { plan, costs } = costedPlan();
    const docx = await planToDocx(plan);
    const xml = await documentXml(docx);
    expect(xml).toContain("Kinh phí (đồng)");
    expect(xml).toContain("15.000.000");
    expect(xml).toContain("Cộng");
    expect(await documentXml(await planToDocx(plan2022().plan))).not.toContain("Kinh phí (đồng)");

    const parsed = parsePlan(await blocksFromDocx(docx), { units: UNITS_2022 });
    expect(parsed.usable).toBe(true);
    const read = (a: ParsedActivity): (number | null)[] => [a.cost, ...a.subTasks.flatMap(read)];
    const readCosts = parsed.plan.phases.flatMap((phase) => phase.activities.flatMap(read)).filter((c): c is number => c !== null);
    // Sub-tasks are written inside their parent's cell, so their cost is not in a column of its own.
    expect(readCosts.sort()).toEqual(costs.filter((c) => c !== 2_500_000).sort());
    // The "Cộng" rows are totals, not activities.
    expect(parsed.plan.phases.map((p) => p.activities.length)).toEqual(plan.phases.map((p) => p.activities.length));
  });
});
