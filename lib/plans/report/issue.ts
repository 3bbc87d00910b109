// Ban hành báo cáo kết quả: the văn thư (or whoever issues plans) gives the results report of a published plan its
// number from the organisation's one register series of the year, shared with plans (NĐ 30/2020, Điều 15), and
// its issue date. Kehoach as the register: the next number, today. An external register (e-office): the number
// and date the văn thư copied from it, a number already held by a plan or another report being NUMBER_TAKEN.
// From then on the report's sections are frozen as issued.
import type { Tx } from "@/lib/db-client";
import type { SessionUser } from "@/lib/auth/user";
import { writeAudit } from "@/lib/audit/service";
import { AppError, conflict, forbidden, invalid } from "@/lib/errors";
import { formatDate, fromDbDateOrNull, todayInVietnam, toDbDate, yearOf, type CalendarDate } from "@/lib/dates";
import { reportRights } from "@/lib/plans/access";
import { lockPlan } from "@/lib/plans/service/lock";
import { formatPlanNumber } from "@/lib/plans/numbering";
import { claimRegisterNumber, nextPlanNumber } from "@/lib/plans/service/register";
import { readReportContent } from "@/lib/plans/report/service";
import type { IssuePlanReportInput } from "@/lib/plans/report/schemas";

/** The symbol of a results report of the organisation with this code: "BC-SKHCN". */
export function reportSymbol(organizationCode: string): string {
  return `BC-${organizationCode}`;
}

/** A report's issue date from the register: not after today (Vietnam), not before the plan was issued. */
export function checkReportIssueDate(issueDate: CalendarDate, today: CalendarDate, planIssuedOn: CalendarDate | null): string | null {
  if (issueDate > today) return `Ngày ban hành không được sau hôm nay (${formatDate(today)}).`;
  if (planIssuedOn && issueDate < planIssuedOn) return `Ngày ban hành báo cáo không được trước ngày ban hành kế hoạch (${formatDate(planIssuedOn)}).`;
  return null;
}

export const reportIssuedError = () =>
  new AppError("CONFLICT", "Báo cáo đã ban hành (đã cấp số): nội dung được giữ nguyên như đã ban hành, không sửa được nữa.", { reason: "REPORT_ISSUED" });

export async function issuePlanReport(tx: Tx, user: SessionUser, input: IssuePlanReportInput) {
  const plan = await lockPlan(tx, user, input.planId);
  const facts = await tx.plan.findUniqueOrThrow({
    where: { id: plan.id },
    select: {
      issueDate: true,
      draftingUnit: { select: { shortName: true } },
      organization: { select: { code: true, numberingSource: true } },
      report: { select: { number: true } },
    },
  });
  const issued = facts.report?.number != null;
  const rights = reportRights(user, plan);
  if (!rights.read) throw new AppError("CONFLICT", "Chỉ kế hoạch đã ban hành mới có báo cáo kết quả để ban hành.");
  if (!rights.issue) throw forbidden("Bạn không có quyền ban hành báo cáo kết quả.");
  if (issued) throw reportIssuedError();
  const content = await readReportContent(tx, { id: plan.id, draftingUnit: facts.draftingUnit });
  if (content.version !== input.version) {
    throw conflict("Báo cáo vừa được người khác lưu. Hãy tải lại trang, xem lại nội dung rồi ban hành.", { current: { version: content.version } });
  }
  const symbol = reportSymbol(facts.organization.code);
  const today = todayInVietnam();
  let number: number;
  let issueDate: CalendarDate;
  if (facts.organization.numberingSource === "INTERNAL") {
    if (input.number !== undefined || input.issueDate !== undefined) {
      const message = "Cơ quan dùng Kehoach làm sổ đăng ký: số và ngày ban hành do Kehoach cấp, không nhập.";
      throw invalid({ ...(input.number !== undefined ? { number: [message] } : {}), ...(input.issueDate !== undefined ? { issueDate: [message] } : {}) }, message);
    }
    issueDate = today;
    number = await nextPlanNumber(tx, plan.organizationId, yearOf(today));
  } else {
    const fieldErrors: Record<string, string[]> = {};
    if (input.number === undefined) fieldErrors.number = ["Nhập số văn bản lấy từ sổ đăng ký."];
    if (input.issueDate === undefined) fieldErrors.issueDate = ["Nhập ngày ban hành ghi trong sổ đăng ký."];
    else {
      const wrong = checkReportIssueDate(input.issueDate, today, fromDbDateOrNull(facts.issueDate));
      if (wrong) fieldErrors.issueDate = [wrong];
    }
    if (Object.keys(fieldErrors).length) throw invalid(fieldErrors, "Chưa ban hành được: kiểm tra số và ngày ban hành lấy từ sổ đăng ký.");
    number = input.number!;
    issueDate = input.issueDate!;
    await claimRegisterNumber(tx, plan.organizationId, yearOf(issueDate), number, symbol);
  }
  const numberYear = yearOf(issueDate);
  const version = content.version + 1;
  const issuedFields = { number, numberYear, symbol, issueDate: toDbDate(issueDate), issuedAt: new Date(), issuedById: user.id, version };
  const sections = { assessment: content.assessment, shortcomings: content.shortcomings, proposals: content.proposals, recipients: content.recipients };
  await tx.planReport.upsert({
    where: { planId: plan.id },
    create: { planId: plan.id, organizationId: plan.organizationId, ...sections, ...issuedFields },
    update: issuedFields,
  });
  const numberLabel = formatPlanNumber(number, symbol);
  await writeAudit(tx, user, plan.organizationId, {
    action: "issueReport",
    entityType: "Plan",
    entityId: plan.id,
    entityLabel: "báo cáo kết quả",
    planId: plan.id,
    before: null,
    after: { number: numberLabel, issueDate },
  });
  return { planId: plan.id, version, numberLabel, issueDate };
}
