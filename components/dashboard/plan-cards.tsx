import Link from "next/link";
import type { HomeDashboard } from "@/lib/dashboard/queries";
import { ProgressBar } from "@/components/ui/progress-bar";
import { Badge } from "@/components/ui/badge";

export function PlanCards({ plans }: { plans: HomeDashboard["plans"] }) {
  return (
    <ul className="grid gap-4 lg:grid-cols-2">
      {plans.map((plan) => (
        <li key={plan.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <p className="text-xs text-slate-500">
            {plan.numberLabel ? `Số ${plan.numberLabel} · ` : ""}Năm {plan.year}
          </p>
          <Link href={`/plans/${plan.id}/dashboard`} className="mt-1 block font-semibold text-brand-700 underline-offset-2 hover:underline">
            {plan.displayTitle}
          </Link>
          <div className="mt-3 space-y-1">
            <p className="text-xs text-slate-600">Hoạt động hoàn thành</p>
            <ProgressBar value={plan.total ? (plan.done / plan.total) * 100 : 0} label={`Tỷ lệ hoạt động hoàn thành: ${plan.done}/${plan.total}`} />
            <p className="text-xs text-slate-600">Tiến độ trung bình</p>
            <ProgressBar value={plan.averageProgress} label="Tiến độ trung bình của các hoạt động" />
          </div>
          <p className="mt-3 flex flex-wrap items-center gap-2 text-sm text-slate-700">
            <span>
              {plan.done}/{plan.total} hoạt động xong
            </span>
            {plan.overdue ? <Badge tone="red">{plan.overdue} quá hạn</Badge> : <Badge tone="green">Không có việc quá hạn</Badge>}
            {plan.dueThisWeek ? <Badge tone="amber">{plan.dueThisWeek} đến hạn tuần này</Badge> : null}
            {plan.blocked ? <Badge tone="red">{plan.blocked} vướng mắc</Badge> : null}
          </p>
          <p className="mt-2 flex flex-wrap gap-3 text-sm">
            <Link href={`/plans/${plan.id}/dashboard`} className="text-brand-700 underline underline-offset-2">
              Tiến độ theo đơn vị
            </Link>
            <Link href={`/plans/${plan.id}/timeline`} className="text-brand-700 underline underline-offset-2">
              Biểu đồ thời gian
            </Link>
            <Link href={`/plans/${plan.id}`} className="text-brand-700 underline underline-offset-2">
              Văn bản
            </Link>
          </p>
        </li>
      ))}
    </ul>
  );
}
