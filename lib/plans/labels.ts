import type { PlanStatus } from "@/lib/generated/prisma/enums";

export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = {
  DRAFT: "Dự thảo",
  SUBMITTED: "Chờ duyệt",
  RETURNED: "Trả lại",
  APPROVED: "Đã duyệt",
  ISSUED: "Đã ban hành",
  COMPLETED: "Đã hoàn thành",
  ARCHIVED: "Lưu trữ",
};

export const PLAN_STATUSES = ["DRAFT", "SUBMITTED", "RETURNED", "APPROVED", "ISSUED", "COMPLETED", "ARCHIVED"] as const;

/** Statuses a plan has once it is a published document. */
export const PUBLISHED_PLAN_STATUSES: PlanStatus[] = ["ISSUED", "COMPLETED", "ARCHIVED"];

/** The plan's step in a breadcrumb: its number once it has one, else its real status ("Chờ duyệt", "Trả lại" …). */
export function planCrumbLabel(plan: { numberLabel: string | null; status: PlanStatus }): string {
  return plan.numberLabel ?? PLAN_STATUS_LABELS[plan.status];
}
