// Sửa số of the issued results report: as for a plan (lib/plans/service/correct-number.ts), the văn thư corrects
// the report's number, symbol and issue date to match the register, with a reason, until the report's signed copy
// is attached. Same register series, same checks, versioned and audited (old → new, reason).
import type { Tx } from "@/lib/db-client";
import type { SessionUser } from "@/lib/auth/user";
import { writeAudit } from "@/lib/audit/service";
import { AppError, conflict, forbidden, invalid } from "@/lib/errors";
import { fromDbDateOrNull, todayInVietnam, toDbDate, yearOf } from "@/lib/dates";
import { canCorrectNumber } from "@/lib/plans/access";
import { formatPlanNumber } from "@/lib/plans/numbering";
import { lockPlan } from "@/lib/plans/service/lock";
import { claimRegisterNumber } from "@/lib/plans/service/register";
import { checkReportIssueDate } from "@/lib/plans/report/issue";
import type { CorrectReportNumberInput } from "@/lib/plans/report/schemas";

export async function correctReportNumber(tx: Tx, user: SessionUser, input: CorrectReportNumberInput) {
  const plan = await lockPlan(tx, user, input.planId);
  const facts = await tx.plan.findUniqueOrThrow({ where: { id: plan.id }, select: { issueDate: true, report: { select: { number: true, symbol: true, issueDate: true, version: true } } } });
  const report = facts.report;
  if (!canCorrectNumber(user, { status: plan.status, number: report?.number ?? null }) || !report?.symbol) {
    throw forbidden(report?.number == null ? "Báo cáo chưa ban hành: chỉ sửa số được sau khi ban hành." : "Bạn không có quyền sửa số báo cáo.");
  }
  if (report.version !== input.version) {
    throw conflict("Báo cáo vừa được thay đổi. Hãy tải lại trang rồi sửa số lại.", { current: { version: report.version } });
  }
  if (await tx.signedCopy.count({ where: { planId: plan.id, kind: "REPORT" } })) {
    throw new AppError("CONFLICT", "Báo cáo đã đính kèm bản đã ký: số và ngày trên bản đã ký là chính thức, không sửa được nữa.", { reason: "SIGNED_COPY_ATTACHED" });
  }
  const wrongDate = checkReportIssueDate(input.issueDate, todayInVietnam(), fromDbDateOrNull(facts.issueDate));
  if (wrongDate) throw invalid({ issueDate: [wrongDate] }, wrongDate);
  const numberYear = yearOf(input.issueDate);
  await claimRegisterNumber(tx, plan.organizationId, numberYear, input.number, input.symbol, { kind: "REPORT", id: plan.id });
  await tx.planReport.update({
    where: { planId: plan.id },
    data: { number: input.number, numberYear, symbol: input.symbol, issueDate: toDbDate(input.issueDate), version: { increment: 1 } },
  });
  const before = { number: formatPlanNumber(report.number!, report.symbol), issueDate: fromDbDateOrNull(report.issueDate) };
  const after = { number: formatPlanNumber(input.number, input.symbol), issueDate: input.issueDate, reason: input.reason };
  await writeAudit(tx, user, plan.organizationId, { action: "correctReportNumber", entityType: "Plan", entityId: plan.id, entityLabel: "báo cáo kết quả", planId: plan.id, before, after });
  return { planId: plan.id, version: report.version + 1, numberLabel: after.number };
}
