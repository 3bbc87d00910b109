import type { Metadata } from "next";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { listPlanYears, listPlans } from "@/lib/plans/queries";
import { readablePlanStatuses } from "@/lib/plans/access";
import { PLAN_STATUSES } from "@/lib/plans/labels";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { PlanFilters } from "@/components/plans/plan-filters";
import { PlanList } from "@/components/plans/plan-list";
import Link from "next/link";
import { can } from "@/lib/auth/roles";
import { buttonClass } from "@/components/ui/button";

export const metadata: Metadata = { title: "Kế hoạch" };

// Bad query strings are ignored rather than refused: a filter is a convenience.
const filtersSchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  status: z.enum(PLAN_STATUSES).optional().catch(undefined),
});

export default async function PlansPage({ searchParams }: PageProps<"/plans">) {
  const user = await requireUser();
  const filters = filtersSchema.parse(await searchParams);
  const [plans, years] = await Promise.all([listPlans(user, filters), listPlanYears(user)]);
  const filtered = Boolean(filters.year || filters.status);
  return (
    <>
      <PageHeader
        title="Kế hoạch"
        description="Các kế hoạch của Sở: dự thảo, đang trình duyệt, đã ban hành."
        actions={
          can(user, "plan.create") ? (
            <Link href="/plans/new" className={buttonClass("primary")}>
              Tạo kế hoạch
            </Link>
          ) : null
        }
      />
      <PlanFilters years={years} year={filters.year} status={filters.status} statuses={readablePlanStatuses(user)} />
      {plans.length ? (
        <PlanList plans={plans} />
      ) : (
        <EmptyState title={filtered ? "Không có kế hoạch phù hợp bộ lọc" : "Chưa có kế hoạch nào"}>
          {filtered ? "Thử chọn năm hoặc trạng thái khác." : "Các kế hoạch của Sở sẽ hiện ở đây."}
        </EmptyState>
      )}
    </>
  );
}
