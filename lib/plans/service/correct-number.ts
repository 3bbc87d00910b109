// Sửa số: the văn thư corrects the number, symbol and issue date of an issued plan to match the register, with a
// reason, while no signed copy is attached. Versioned and audited (old → new, reason): the plan's history shows it.
import type { Tx } from "@/lib/db-client";
import type { SessionUser } from "@/lib/auth/user";
import { writeAudit } from "@/lib/audit/service";
import { AppError, conflict, forbidden, invalid } from "@/lib/errors";
import { planHasSignedCopy } from "@/lib/signed-copies/queries";
import { fromDbDateOrNull, todayInVietnam, toDbDate, yearOf } from "@/lib/dates";
import { canCorrectNumber } from "@/lib/plans/access";
import { planNumberLabel, formatPlanNumber } from "@/lib/plans/numbering";
import { lockPlan } from "@/lib/plans/service/lock";
import { approvalDate, checkIssueDate, claimRegisterNumber } from "@/lib/plans/service/register";
import type { CorrectPlanNumberInput } from "@/lib/plans/schemas";

export async function correctPlanNumber(tx: Tx, user: SessionUser, input: CorrectPlanNumberInput) {
  const plan = await lockPlan(tx, user, input.planId);
  const current = await tx.plan.findUniqueOrThrow({
    where: { id: plan.id },
    select: { number: true, numberText: true, numberYear: true, symbol: true, issueDate: true, organization: { select: { code: true } } },
  });
  if (!canCorrectNumber(user, { status: plan.status, number: current.number })) {
    throw forbidden(current.number === null ? "Kế hoạch chưa có số: chỉ sửa số được sau khi ban hành." : "Bạn không có quyền sửa số kế hoạch.");
  }
  if (plan.version !== input.version) {
    throw conflict("Kế hoạch vừa được thay đổi. Hãy tải lại trang rồi sửa số lại.", { current: { status: plan.status, version: plan.version } });
  }
  // The signed copy is the official document: its number is no longer Kehoach's to change.
  if (await planHasSignedCopy(tx, plan.id)) {
    throw new AppError("CONFLICT", "Kế hoạch đã đính kèm bản đã ký: số và ngày trên bản đã ký là chính thức, không sửa được nữa.", { reason: "SIGNED_COPY_ATTACHED" });
  }
  const wrongDate = checkIssueDate(input.issueDate, todayInVietnam(), await approvalDate(tx, plan.id));
  if (wrongDate) throw invalid({ issueDate: [wrongDate] }, wrongDate);
  const numberYear = yearOf(input.issueDate);
  await claimRegisterNumber(tx, plan.organizationId, numberYear, input.number, input.symbol, { kind: "PLAN", id: plan.id });
  await tx.plan.update({
    where: { id: plan.id },
    data: { number: input.number, numberText: null, numberYear, symbol: input.symbol, issueDate: toDbDate(input.issueDate), version: { increment: 1 } },
  });
  const before = { number: planNumberLabel(current), issueDate: fromDbDateOrNull(current.issueDate) };
  const after = { number: formatPlanNumber(input.number, input.symbol), issueDate: input.issueDate, reason: input.reason };
  await writeAudit(tx, user, plan.organizationId, { action: "correctNumber", entityType: "Plan", entityId: plan.id, entityLabel: "kế hoạch", planId: plan.id, before, after });
  return { version: plan.version + 1, numberLabel: after.number };
}
