import { budgetSummaryOf } from "@/lib/documents/costs";
import { formatCost } from "@/lib/money";
import { Alert } from "@/components/ui/alert";

/**
 * Kinh phí of the plan next to the sum of its activities' costs; nothing when neither is stated.
 * `activities`: that sum (null: no activity has a cost), read apart from the plan's phases (lib/plans/page-reads.ts).
 */
export function PlanBudget({ plan, activities }: { plan: { budgetAmount: number | null; budgetSource: string }; activities: number | null }) {
  const summary = budgetSummaryOf(activities, plan);
  if (summary.activities === null && summary.budget === null && !summary.source) return null;
  return (
    <section aria-label="Kinh phí" className="no-print space-y-2 rounded border border-slate-200 bg-white p-3 text-sm">
      <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
        {summary.budget !== null || summary.source ? (
          <>
            <dt className="font-medium text-slate-700">Kinh phí kế hoạch</dt>
            <dd>
              {summary.budget !== null ? formatCost(summary.budget) : "Không ghi số tiền"}
              {summary.source ? <span className="text-slate-600"> · Nguồn: {summary.source}</span> : null}
            </dd>
          </>
        ) : null}
        {summary.activities !== null ? (
          <>
            <dt className="font-medium text-slate-700">Tổng kinh phí các hoạt động</dt>
            <dd data-testid="activities-cost">{formatCost(summary.activities)}</dd>
          </>
        ) : null}
      </dl>
      {summary.over ? (
        <Alert tone="warning">
          Tổng kinh phí các hoạt động ({formatCost(summary.activities)}) vượt kinh phí của kế hoạch ({formatCost(summary.budget)}).
        </Alert>
      ) : null}
    </section>
  );
}
