// The checklist of a plan as it is now (lib/plans/checklist.ts), with the plan
// it was cloned from when there is one: read by the plan page and re-run by the
// submission, in its transaction.
import type { Db, Tx } from "@/lib/db-client";
import { AppError } from "@/lib/errors";
import { blockingOf, checkPlan, sourceTexts, warningsOf, type CheckItem } from "@/lib/plans/checklist";
import { readSnapshot } from "@/lib/plans/service/snapshot-io";
import { readVersionOf } from "@/lib/plans/service/versions";

/** The plan this one was cloned from (its creation's audit entry names it), if it still exists. */
export async function cloneSourceId(tx: Tx | Db, planId: string): Promise<string | null> {
  const created = await tx.auditLog.findFirst({ where: { entityType: "Plan", entityId: planId, action: "create" }, select: { after: true } });
  const after = (created?.after ?? {}) as Record<string, unknown>;
  return after.source === "clone" && typeof after.sourcePlanId === "string" ? after.sourcePlanId : null;
}

export async function planChecklist(tx: Tx | Db, plan: { id: string; organizationId: string }): Promise<CheckItem[]> {
  const data = await readVersionOf(tx, plan.id);
  if (!data) return [];
  const sourceId = await cloneSourceId(tx, plan.id);
  const source = sourceId ? await readSnapshot(tx, { id: sourceId, organizationId: plan.organizationId }) : null;
  return checkPlan(data, source ? { year: source.eventDate ? Number(source.eventDate.slice(0, 4)) : source.year, texts: sourceTexts(source) } : undefined);
}

/**
 * The submission's gate: blocking problems refuse it; warnings must each have
 * been confirmed (their keys sent back), so a warning that appeared after the
 * list was shown is not confirmed by accident. Returns the confirmed warnings, for the audit.
 */
export async function assertChecklistPasses(tx: Tx, plan: { id: string; organizationId: string }, accepted: readonly string[]): Promise<CheckItem[]> {
  const items = await planChecklist(tx, plan);
  const blocking = blockingOf(items);
  if (blocking.length) {
    throw new AppError("INVALID", `Chưa trình được: còn ${blocking.length} lỗi phải sửa (${blocking.map((i) => `${i.where}: ${i.message}`).join(" ")})`, {
      reason: "CHECKLIST_BLOCKING",
      details: { checklist: items },
    });
  }
  const warnings = warningsOf(items);
  const unconfirmed = warnings.filter((w) => !accepted.includes(w.key));
  if (unconfirmed.length) {
    throw new AppError("INVALID", `Kế hoạch có ${unconfirmed.length} cảnh báo chưa được xác nhận: xem lại danh sách kiểm tra rồi đánh dấu “Tôi đã xem các cảnh báo”.`, {
      reason: "CHECKLIST_WARNINGS",
      details: { checklist: items },
    });
  }
  return warnings;
}
