import Link from "next/link";
import type { PlanListRow } from "@/lib/plans/queries";
import { formatDate } from "@/lib/dates";
import { PlanStatusBadge } from "@/components/plans/status-badges";

export function PlanList({ plans }: { plans: PlanListRow[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="w-full min-w-[44rem] text-sm">
        <caption className="sr-only">Danh sách kế hoạch</caption>
        <thead className="bg-slate-50 text-left text-slate-700">
          <tr>
            <th scope="col" className="px-4 py-2 font-semibold">Số</th>
            <th scope="col" className="px-4 py-2 font-semibold">Kế hoạch</th>
            <th scope="col" className="px-4 py-2 font-semibold">Năm</th>
            <th scope="col" className="px-4 py-2 font-semibold">Trạng thái</th>
            <th scope="col" className="px-4 py-2 font-semibold">Quy mô</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {plans.map((plan) => (
            <tr key={plan.id} className="hover:bg-slate-50">
              <td className="whitespace-nowrap px-4 py-3 align-top">
                {plan.numberLabel ?? <span className="text-slate-500">Chưa có số</span>}
                {plan.issueDate ? <div className="text-xs text-slate-500">{formatDate(plan.issueDate)}</div> : null}
              </td>
              <td className="px-4 py-3 align-top">
                <Link href={`/plans/${plan.id}`} className="font-medium text-brand-700 hover:underline">
                  {plan.displayTitle}
                </Link>
                {plan.draftingUnit ? <div className="text-xs text-slate-500">Soạn thảo: {plan.draftingUnit}</div> : null}
              </td>
              <td className="px-4 py-3 align-top tabular-nums">{plan.year}</td>
              <td className="px-4 py-3 align-top">
                <PlanStatusBadge status={plan.status} />
              </td>
              <td className="whitespace-nowrap px-4 py-3 align-top text-slate-600">
                {plan.phaseCount} giai đoạn · {plan.activityCount} hoạt động
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
