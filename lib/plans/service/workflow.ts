// Moving a plan through its life: submit, withdraw, return, approve, issue
// (with its number), amend, complete, archive. One transaction each, with the
// review record, the audit entry and the notifications.
import type { Tx } from "@/lib/db-client";
import type { SessionUser } from "@/lib/auth/user";
import type { PlanStatus } from "@/lib/generated/prisma/enums";
import { writeAudit } from "@/lib/audit/service";
import { AppError, conflict, forbidden } from "@/lib/errors";
import { actorFor } from "@/lib/plans/access";
import { PLAN_STATUS_LABELS } from "@/lib/plans/labels";
import { formatPlanNumber, planSymbol } from "@/lib/plans/numbering";
import { nextPlanNumber, numberForIssue } from "@/lib/plans/service/register";
import { planDisplayTitle } from "@/lib/plans/document";
import { checkTransition, WORKFLOW, type PlanAction } from "@/lib/plans/workflow";
import { lockPlan, type LockedPlan } from "@/lib/plans/service/lock";
import { awaitingIssueIds, drafterIds, namedUnitUsers, reviewerIds } from "@/lib/plans/service/recipients";
import { notifyUsers } from "@/lib/notifications/service";
import { resolvePlanWaiting } from "@/lib/notifications/plan-leaders";
import type { TransitionInput } from "@/lib/plans/schemas";
import { markReviewed, recordPlanVersion } from "@/lib/plans/service/versions";
import { issuedCopyOf } from "@/lib/plans/service/issued-copy";
import { assertChecklistPasses } from "@/lib/plans/service/checklist";
import type { CheckItem } from "@/lib/plans/checklist";

export { nextPlanNumber };

async function assertReadyToSubmit(tx: Tx, plan: LockedPlan) {
  // One after another: a transaction is one connection, which runs one statement at a time.
  const phases = await tx.phase.count({ where: { planId: plan.id } });
  const activities = await tx.activity.count({ where: { planId: plan.id } });
  const signer = await tx.plan.findUniqueOrThrow({ where: { id: plan.id }, select: { signerTitle: true } });
  const missing: string[] = [];
  if (!phases) missing.push("ít nhất một giai đoạn");
  if (!activities) missing.push("ít nhất một hoạt động");
  if (!signer.signerTitle.trim()) missing.push("chức vụ người ký");
  if (missing.length) throw new AppError("INVALID", `Chưa trình được: kế hoạch cần có ${missing.join(", ")}.`);
}

async function notify(tx: Tx, user: SessionUser, action: PlanAction, plan: LockedPlan, numberLabel: string | null, comment: string) {
  const name = planDisplayTitle(plan.title);
  const link = `/plans/${plan.id}`;
  const base = { planId: plan.id, link };
  switch (action) {
    case "submit":
      await notifyUsers(tx, plan.organizationId, await reviewerIds(tx, plan.organizationId), {
        ...base,
        kind: "plan.submitted",
        title: `Kế hoạch chờ duyệt: ${name}`,
        body: `${user.displayName}${user.unitName ? ` (${user.unitName})` : ""} đã trình kế hoạch.`,
      }, user.id);
      return;
    case "return":
      await notifyUsers(tx, plan.organizationId, await drafterIds(tx, plan), {
        ...base,
        kind: "plan.returned",
        title: `Kế hoạch bị trả lại: ${name}`,
        body: `Ý kiến của ${user.displayName}: ${comment}`,
      }, user.id);
      return;
    case "approve": {
      const drafters = await drafterIds(tx, plan);
      await notifyUsers(tx, plan.organizationId, drafters, {
        ...base,
        kind: "plan.approved",
        title: `Kế hoạch đã được phê duyệt: ${name}`,
        body: comment ? `Ý kiến của ${user.displayName}: ${comment}` : `${user.displayName} đã phê duyệt kế hoạch.`,
      }, user.id);
      await notifyUsers(tx, plan.organizationId, (await awaitingIssueIds(tx, plan.organizationId)).filter((id) => !drafters.includes(id)), {
        ...base,
        kind: "plan.awaitingIssue",
        title: `Kế hoạch chờ ban hành: ${name}`,
        body: `${user.displayName} đã phê duyệt kế hoạch; cần cấp số và ban hành.`,
      }, user.id);
      return;
    }
    case "issue": {
      const named = await namedUnitUsers(tx, plan.organizationId, plan.id);
      for (const { userId, lead, support } of named) {
        const parts = [lead ? `chủ trì ${lead} hoạt động` : "", support ? `phối hợp ${support} hoạt động` : ""].filter(Boolean);
        await notifyUsers(tx, plan.organizationId, [userId], {
          ...base,
          kind: "plan.issued",
          title: `Đã ban hành Kế hoạch số ${numberLabel}: ${name}`,
          body: `Đơn vị của bạn ${parts.join(" và ")}.`,
        }, user.id);
      }
      const drafters = (await drafterIds(tx, plan)).filter((id) => !named.some((n) => n.userId === id));
      await notifyUsers(tx, plan.organizationId, drafters, {
        ...base,
        kind: "plan.issued",
        title: `Đã ban hành Kế hoạch số ${numberLabel}: ${name}`,
      }, user.id);
      return;
    }
    case "amend":
      await notifyUsers(tx, plan.organizationId, await drafterIds(tx, plan), {
        ...base,
        kind: "plan.amended",
        title: `Kế hoạch mở lại để điều chỉnh: ${name}`,
        body: `Lý do: ${comment}`,
      }, user.id);
      return;
    default:
      return;
  }
}

export async function transitionPlan(tx: Tx, user: SessionUser, action: PlanAction, input: TransitionInput) {
  const plan = await lockPlan(tx, user, input.planId);
  if (plan.version !== input.version) {
    throw conflict(`Kế hoạch vừa được thay đổi (trạng thái hiện tại: ${PLAN_STATUS_LABELS[plan.status]}). Hãy tải lại trang rồi thực hiện lại.`, {
      current: { status: plan.status, version: plan.version },
    });
  }
  const rule = WORKFLOW[action];
  const check = checkTransition(action, plan.status, actorFor(user, plan));
  if (!check.ok) {
    if (!rule.from.includes(plan.status)) throw new AppError("CONFLICT", check.reason, { details: { current: { status: plan.status, version: plan.version } } });
    throw forbidden(check.reason);
  }
  const comment = input.comment.trim();
  if (rule.needsComment && !comment) throw new AppError("INVALID", rule.needsComment, { fieldErrors: { comment: [rule.needsComment] } });
  let acceptedWarnings: CheckItem[] = [];
  if (action === "submit") {
    await assertReadyToSubmit(tx, plan);
    acceptedWarnings = await assertChecklistPasses(tx, plan, input.acceptedWarnings ?? []);
  }

  const data: { status: PlanStatus; number?: number; numberYear?: number; symbol?: string; issueDate?: Date } = { status: check.to };
  let numberLabel: string | null = null;
  if (action === "issue") {
    const current = await tx.plan.findUniqueOrThrow({
      where: { id: plan.id },
      select: { number: true, symbol: true, organization: { select: { code: true, numberingSource: true } } },
    });
    const symbol = current.symbol ?? planSymbol(current.organization.code);
    if (current.number === null) {
      // An amended plan keeps its number and date; a new one gets its number from the register (lib/plans/service/register.ts).
      Object.assign(data, await numberForIssue(tx, plan, { numberingSource: current.organization.numberingSource, symbol, number: input.number, issueDate: input.issueDate }));
    }
    numberLabel = formatPlanNumber(data.number ?? current.number!, symbol);
  }
  await tx.plan.update({ where: { id: plan.id }, data: { ...data, version: { increment: 1 } } });
  await tx.planReview.create({
    data: { organizationId: plan.organizationId, planId: plan.id, actorId: user.id, fromStatus: plan.status, toStatus: check.to, comment },
  });
  await writeAudit(tx, user, plan.organizationId, {
    action,
    entityType: "Plan",
    entityId: plan.id,
    entityLabel: "kế hoạch",
    planId: plan.id,
    before: { status: plan.status },
    after: {
      status: check.to,
      ...(comment ? { comment } : {}),
      ...(data.number ? { number: numberLabel } : {}),
      // Which warnings the drafter confirmed having seen, as they read then.
      ...(acceptedWarnings.length ? { acceptedWarnings: acceptedWarnings.map((w) => `${w.where}: ${w.message}`) } : {}),
    },
  });
  // What was submitted or issued is kept; a return or an approval marks the submitted version as reviewed.
  if (action === "submit" || action === "issue") {
    await recordPlanVersion(tx, {
      planId: plan.id,
      organizationId: plan.organizationId,
      kind: action === "submit" ? "SUBMITTED" : "ISSUED",
      createdById: user.id,
      // What the issued document shows is frozen with it (names, number, signer, texts).
      ...(action === "issue" ? { document: await issuedCopyOf(tx, plan.id) } : {}),
    });
  }
  if (action === "return" || action === "approve") await markReviewed(tx, plan.id, action === "return" ? "RETURNED" : "APPROVED");
  await notify(tx, user, action, plan, numberLabel, comment);
  if (plan.status === "SUBMITTED" && check.to !== "SUBMITTED") await resolvePlanWaiting(tx, plan.id);
  if (plan.status === "APPROVED" && check.to !== "APPROVED") await resolvePlanWaiting(tx, plan.id, "plan.awaitingIssue");
  return { status: check.to, numberLabel };
}
