import type { PlanWorkflow } from "@/lib/plans/queries";
import { formatDateTime } from "@/lib/dates";
import { PLAN_STATUS_LABELS } from "@/lib/plans/labels";

const VERBS: Record<string, string> = {
  "DRAFT>SUBMITTED": "Trình duyệt",
  "RETURNED>SUBMITTED": "Trình lại",
  "SUBMITTED>DRAFT": "Rút lại",
  "SUBMITTED>RETURNED": "Trả lại",
  "SUBMITTED>APPROVED": "Phê duyệt",
  "APPROVED>ISSUED": "Ban hành",
  "ISSUED>DRAFT": "Mở điều chỉnh",
  "ISSUED>COMPLETED": "Kết thúc",
  "COMPLETED>ARCHIVED": "Lưu trữ",
};

export function ReviewHistory({ reviews }: { reviews: PlanWorkflow["reviews"] }) {
  if (!reviews.length) return <p className="text-sm text-slate-600">Kế hoạch chưa được trình duyệt lần nào.</p>;
  return (
    <ol className="space-y-3">
      {reviews.map((review) => (
        <li key={review.id} className="border-l-2 border-slate-300 pl-3 text-sm">
          <p>
            <span className="font-semibold">{VERBS[`${review.fromStatus}>${review.toStatus}`] ?? PLAN_STATUS_LABELS[review.toStatus]}</span>
            {" · "}
            {review.actor ? `${review.actor.displayName}${review.actor.unit ? ` (${review.actor.unit.shortName})` : ""}` : "—"}
            {" · "}
            <time dateTime={review.createdAt.toISOString()}>{formatDateTime(review.createdAt)}</time>
          </p>
          {review.comment ? <p className="mt-0.5 whitespace-pre-line text-slate-700">“{review.comment}”</p> : null}
        </li>
      ))}
    </ol>
  );
}
