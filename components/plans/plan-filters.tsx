import { PLAN_STATUSES, PLAN_STATUS_LABELS } from "@/lib/plans/labels";
import { controlClass } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";

export function PlanFilters({ years, year, status }: { years: number[]; year?: number; status?: string }) {
  return (
    <form method="get" className="mb-4 flex flex-wrap items-end gap-3" aria-label="Lọc kế hoạch">
      <div>
        <label htmlFor="filter-year" className="block text-sm font-medium text-slate-700">
          Năm
        </label>
        <select id="filter-year" name="year" defaultValue={year ?? ""} className={controlClass()}>
          <option value="">Tất cả các năm</option>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-status" className="block text-sm font-medium text-slate-700">
          Trạng thái
        </label>
        <select id="filter-status" name="status" defaultValue={status ?? ""} className={controlClass()}>
          <option value="">Tất cả trạng thái</option>
          {PLAN_STATUSES.map((s) => (
            <option key={s} value={s}>
              {PLAN_STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={buttonClass("secondary")}>
        Lọc
      </button>
    </form>
  );
}
