// The results report's own content (PlanReport): read for the page and the
// DOCX, saved in one transaction with its version and the audit entry.
import type { Db, Tx } from "@/lib/db-client";
import type { SessionUser } from "@/lib/auth/user";
import { writeAudit } from "@/lib/audit/service";
import { AppError, conflict, forbidden } from "@/lib/errors";
import { reportRights } from "@/lib/plans/access";
import { lockPlan } from "@/lib/plans/service/lock";
import { REPORT_SECTION_KEYS } from "@/lib/documents/report-numbering";
import { defaultReportRecipients, type ReportContent } from "@/lib/documents/report-model";
import type { SavePlanReportInput } from "@/lib/plans/report/schemas";
import { formatPlanNumber } from "@/lib/plans/numbering";
import { fromDbDate, type CalendarDate } from "@/lib/dates";

/** A report nobody has written yet reads as version 1: empty sections, the default recipients. */
export const UNSAVED_REPORT_VERSION = 1;

/** The report's number once issued: "05/BC-SKHCN", its date. */
export type ReportIssue = { number: number; symbol: string; numberLabel: string; issueDate: CalendarDate };
export type ReportContentRow = ReportContent & { version: number; saved: boolean; issued: ReportIssue | null };

export async function readReportContent(tx: Tx | Db, plan: { id: string; draftingUnit: { shortName: string } | null }): Promise<ReportContentRow> {
  const row = await tx.planReport.findUnique({ where: { planId: plan.id } });
  if (!row) return { assessment: "", shortcomings: "", proposals: "", recipients: defaultReportRecipients(plan), version: UNSAVED_REPORT_VERSION, saved: false, issued: null };
  return { assessment: row.assessment, shortcomings: row.shortcomings, proposals: row.proposals, recipients: row.recipients, version: row.version, saved: true, issued: reportIssue(row) };
}

function reportIssue(row: { number: number | null; symbol: string | null; issueDate: Date | null }): ReportIssue | null {
  if (row.number === null || !row.symbol || !row.issueDate) return null;
  return { number: row.number, symbol: row.symbol, numberLabel: formatPlanNumber(row.number, row.symbol), issueDate: fromDbDate(row.issueDate) };
}

const FIELD_LABELS = { assessment: "Đánh giá chung", shortcomings: "Tồn tại, hạn chế", proposals: "Đề xuất, kiến nghị", recipients: "Nơi nhận" } as const;

export async function savePlanReport(tx: Tx, user: SessionUser, input: SavePlanReportInput) {
  const plan = await lockPlan(tx, user, input.planId);
  const rights = reportRights(user, plan);
  if (!rights.read) throw new AppError("CONFLICT", "Chỉ kế hoạch đã ban hành mới có báo cáo kết quả.");
  if (!rights.edit) throw forbidden("Bạn không có quyền sửa báo cáo kết quả của kế hoạch này.");
  const draftingUnit = plan.draftingUnitId ? await tx.unit.findUnique({ where: { id: plan.draftingUnitId }, select: { shortName: true } }) : null;
  const before = await readReportContent(tx, { id: plan.id, draftingUnit });
  // An issued report is what was numbered and sent: it stays as issued.
  if (before.issued) throw new AppError("CONFLICT", "Báo cáo đã ban hành (đã cấp số): nội dung được giữ nguyên như đã ban hành, không sửa được nữa.", { reason: "REPORT_ISSUED" });
  if (before.version !== input.version) {
    throw conflict("Báo cáo vừa được người khác lưu. Nội dung mới nhất hiện bên dưới; nội dung bạn nhập vẫn còn trong ô, hãy xem lại rồi lưu.", {
      current: { assessment: before.assessment, shortcomings: before.shortcomings, proposals: before.proposals, recipients: before.recipients, version: before.version },
    });
  }
  const after: ReportContent = { assessment: input.assessment, shortcomings: input.shortcomings, proposals: input.proposals, recipients: input.recipients };
  const changed = [...REPORT_SECTION_KEYS, "recipients" as const].filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
  if (!changed.length) return { planId: plan.id, version: before.version, changed: false };
  const version = before.version + 1;
  await tx.planReport.upsert({
    where: { planId: plan.id },
    create: { planId: plan.id, organizationId: plan.organizationId, ...after, version },
    update: { ...after, version },
  });
  await writeAudit(tx, user, plan.organizationId, {
    action: "report",
    entityType: "Plan",
    entityId: plan.id,
    entityLabel: "báo cáo kết quả",
    planId: plan.id,
    before: Object.fromEntries(changed.map((key) => [key, before[key]])),
    after: { ...Object.fromEntries(changed.map((key) => [key, after[key]])), changed: changed.map((key) => FIELD_LABELS[key]) },
  });
  return { planId: plan.id, version, changed: true };
}
