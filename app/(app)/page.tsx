import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { runningPlans } from "@/lib/dashboard/queries";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { ProgressBar } from "@/components/ui/progress-bar";
import { Badge } from "@/components/ui/badge";

export const metadata: Metadata = { title: "Tổng quan" };

export default async function HomePage() {
  const user = await requireUser();
  const plans = await runningPlans(user);
  return (
    <>
      <PageHeader title="Tổng quan" description={`Xin chào ${user.displayName}. Các kế hoạch đang triển khai của ${user.organizationName}.`} />
      {plans.length === 0 ? (
        <EmptyState title="Chưa có kế hoạch nào đang triển khai">Kế hoạch đã ban hành sẽ hiện ở đây cùng tiến độ thực hiện.</EmptyState>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {plans.map((plan) => (
            <li key={plan.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
              <p className="text-xs text-slate-500">
                {plan.numberLabel ? `Số ${plan.numberLabel} · ` : ""}Năm {plan.year}
              </p>
              <Link href={`/plans/${plan.id}`} className="mt-1 block font-semibold text-brand-700 hover:underline">
                {plan.displayTitle}
              </Link>
              <ProgressBar className="mt-3" value={plan.total ? (plan.done / plan.total) * 100 : 0} label={`Tỷ lệ hoạt động hoàn thành của ${plan.displayTitle}`} />
              <p className="mt-2 flex flex-wrap items-center gap-2 text-sm text-slate-700">
                <span>
                  {plan.done}/{plan.total} hoạt động hoàn thành · tiến độ trung bình {plan.averageProgress}%
                </span>
                {plan.overdue ? <Badge tone="red">{plan.overdue} quá hạn</Badge> : null}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
