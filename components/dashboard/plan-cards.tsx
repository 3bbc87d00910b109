import type { HomeDashboard } from "@/lib/dashboard/queries";
import { ProgressBar } from "@/components/ui/progress-bar";
import { Badge } from "@/components/ui/badge";
import { PROGRESS_RULE_ID, ProgressRule } from "@/components/dashboard/progress-rule";

// Kept lean (plain links, one bar): a busy year has dozens of running plans.
export function PlanCards({ plans }: { plans: HomeDashboard["plans"] }) {
  return (
    <>
      <ProgressRule />
      <ul className="grid gap-4 lg:grid-cols-2">
        {plans.map((plan) => (
          <li key={plan.id} className="plan-card">
            <p className="text-xs text-slate-500">
              {plan.numberLabel ? `Số ${plan.numberLabel} · ` : ""}Năm {plan.year}
            </p>
            <a href={`/plans/${plan.id}/dashboard`} className="title">
              {plan.displayTitle}
            </a>
            <ProgressBar className="mt-3" value={plan.averageProgress} label={`Tiến độ: ${plan.averageProgress}%`} describedBy={PROGRESS_RULE_ID} />
            <p className="mt-2 flex flex-wrap items-center gap-2 text-sm text-slate-700">
              <span>
                Tiến độ {plan.averageProgress}% · {plan.done}/{plan.total} hoạt động xong
              </span>
              {plan.overdue ? <Badge tone="red">{plan.overdue} quá hạn</Badge> : <Badge tone="green">Không có việc quá hạn</Badge>}
              {plan.dueThisWeek ? <Badge tone="amber">{plan.dueThisWeek} đến hạn tuần này</Badge> : null}
              {plan.blocked ? <Badge tone="red">{plan.blocked} vướng mắc</Badge> : null}
            </p>
            <p className="mt-2 flex flex-wrap gap-3 text-sm">
              <span className="text-slate-600">Xem:</span>
              <a href={`/plans/${plan.id}/dashboard`} className="link">
                Tiến độ theo đơn vị
              </a>
              <a href={`/plans/${plan.id}/timeline`} className="link">
                Biểu đồ thời gian
              </a>
              <a href={`/plans/${plan.id}`} className="link">
                Văn bản
              </a>
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
