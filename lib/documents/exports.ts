import "server-only";
// The department's documents, generated for a user who may read the plan:
// the plan (DOCX), the results report (DOCX), the activities (Excel), and the
// dashboard's unit table (Excel). Access is the plans' own (getPlanDocument).
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/user";
import { todayInVietnam } from "@/lib/dates";
import { getPlanDocument, getPrintedPlanDocument } from "@/lib/plans/queries";
import { reportContentFor } from "@/lib/plans/report/queries";
import type { PlanDocument } from "@/lib/plans/document";
import { unitTable } from "@/lib/dashboard/queries";
import { planToDocx } from "@/lib/documents/docx/plan";
import { reportToDocx } from "@/lib/documents/docx/report";
import { buildPlanReport, type ActivityFacts, type Evidence, type Figure } from "@/lib/documents/report-model";
import { planActivitiesToXlsx } from "@/lib/documents/xlsx/plan-activities";
import { unitTableToXlsx } from "@/lib/documents/xlsx/unit-table";
import { attentionToXlsx } from "@/lib/documents/xlsx/attention";
import { attentionForExport } from "@/lib/activities/attention-queries";
import type { AttentionFiltersInput } from "@/lib/activities/schemas";
import { getRegister } from "@/lib/plans/register-queries";
import { registerToXlsx } from "@/lib/documents/xlsx/register";

export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export type GeneratedFile = { bytes: Buffer; fileName: string; contentType: string };

/** "Kế hoạch 12-KH-SKHCN 2022": what the department would name the file (accents kept: RFC 5987 filename*). */
function baseName(plan: PlanDocument, kind: string): string {
  const number = plan.numberLabel ? ` ${plan.numberLabel.replaceAll("/", "-")}` : " du thao";
  return `${kind}${number} ${plan.year}`;
}

export async function planDocxFile(user: SessionUser, planId: string): Promise<GeneratedFile> {
  // An issued plan prints as it was issued (its frozen copy); a draft with today's names.
  const plan = await getPrintedPlanDocument(user, planId);
  return { bytes: await planToDocx(plan), fileName: `${baseName(plan, "Kế hoạch")}.docx`, contentType: DOCX_TYPE };
}

/** Figures and evidence from the plan's updates, oldest first (the report keeps the latest of each label). */
async function activityFacts(user: SessionUser, plan: PlanDocument): Promise<ActivityFacts[]> {
  const updates = await db.activityUpdate.findMany({
    where: { organizationId: user.organizationId, activity: { planId: plan.id } },
    orderBy: { createdAt: "asc" },
    select: { activityId: true, figures: true, evidence: true },
  });
  const byActivity = new Map<string, ActivityFacts>();
  for (const update of updates) {
    const facts = byActivity.get(update.activityId) ?? { activityId: update.activityId, figures: [], evidence: [] };
    facts.figures.push(...((update.figures ?? []) as Figure[]));
    facts.evidence.push(...((update.evidence ?? []) as Evidence[]));
    byActivity.set(update.activityId, facts);
  }
  return [...byActivity.values()];
}

/** The results report as the DOCX and the print view lay it out. */
export async function planReportModel(user: SessionUser, planId: string, today = todayInVietnam()) {
  const plan = await getPlanDocument(user, planId);
  // The results are today's; the header names the plan as it was issued.
  const issued = await getPrintedPlanDocument(user, planId);
  // Its sections and Nơi nhận as written on the report page (defaults when nobody has).
  const content = await reportContentFor(issued);
  return { issued, report: buildPlanReport(plan, await activityFacts(user, plan), today, { issued, content, reportIssue: content.issued }) };
}

export async function planReportFile(user: SessionUser, planId: string, today = todayInVietnam()): Promise<GeneratedFile> {
  const { issued, report } = await planReportModel(user, planId, today);
  return { bytes: await reportToDocx(report), fileName: `${baseName(issued, "Báo cáo kết quả")}.docx`, contentType: DOCX_TYPE };
}

export async function planActivitiesFile(user: SessionUser, planId: string, today = todayInVietnam()): Promise<GeneratedFile> {
  const plan = await getPlanDocument(user, planId);
  return { bytes: await planActivitiesToXlsx(plan, today), fileName: `${baseName(plan, "Hoạt động")}.xlsx`, contentType: XLSX_TYPE };
}

/** The unit table of the home dashboard (a year or all) or of one plan's dashboard. */
export async function unitTableFile(user: SessionUser, scope: { year?: number | null; planId?: string | null }): Promise<GeneratedFile> {
  let title = `Tiến độ theo đơn vị – ${user.organizationName}${scope.year ? ` – năm ${scope.year}` : ""}`;
  let fileName = `Tiến độ theo đơn vị${scope.year ? ` năm ${scope.year}` : ""}.xlsx`;
  if (scope.planId) {
    const plan = await getPlanDocument(user, scope.planId);
    title = `Tiến độ theo đơn vị – ${plan.displayTitle}`;
    fileName = `${baseName(plan, "Tiến độ theo đơn vị")}.xlsx`;
  }
  const rows = await unitTable(user, scope);
  const bytes = await unitTableToXlsx(
    rows.map((row) => ({ unitName: row.name, lead: row.lead, support: row.support, onTimeLead: row.lead.onTimeRate, onTimeSupport: row.support.onTimeRate })),
    title,
  );
  return { bytes, fileName, contentType: XLSX_TYPE };
}

/** Việc cần chú ý with the page's filters: "Viec can chu y 2026-05-14.xlsx" in ASCII, the Vietnamese name for browsers that read it. */
export async function attentionFile(user: SessionUser, filters: AttentionFiltersInput, today = todayInVietnam()): Promise<GeneratedFile> {
  const data = await attentionForExport(user, filters, today);
  const bytes = await attentionToXlsx({ organizationName: user.organizationName, today, filtersText: data.filtersText, rows: data.rows, total: data.total });
  const unit = data.unitShortName ? ` ${data.unitShortName}` : "";
  return { bytes, fileName: `Việc cần chú ý${unit} ${today.split("-").reverse().join("-")}.xlsx`, contentType: XLSX_TYPE };
}

/** Sổ đăng ký kế hoạch of a year as Excel: the register page's rows (register.read, else 403). */
export async function registerFile(user: SessionUser, year: number): Promise<GeneratedFile> {
  const register = await getRegister(user, year);
  const bytes = await registerToXlsx(register, user.organizationName);
  return { bytes, fileName: `Sổ đăng ký kế hoạch năm ${year}.xlsx`, contentType: XLSX_TYPE };
}
