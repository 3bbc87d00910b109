import type { PlanWorkflow } from "@/lib/plans/queries";
import { formatDateTime } from "@/lib/dates";
import { Alert } from "@/components/ui/alert";

/** The leader's reasons for returning the plan, first thing the drafter sees. */
export function ReturnBanner({ workflow }: { workflow: PlanWorkflow }) {
  const review = workflow.lastReturn;
  if (!review) return null;
  return (
    <Alert tone="warning" title="Lãnh đạo Sở đã trả lại kế hoạch để sửa">
      <p className="whitespace-pre-line">“{review.comment}”</p>
      <p className="mt-1 text-xs">
        {review.actor?.displayName ?? "Lãnh đạo Sở"} · {formatDateTime(review.createdAt)}
      </p>
    </Alert>
  );
}
