import { PLAN_STATUSES, PLAN_STATUS_LABELS } from "@/lib/plans/labels";
import { controlClass } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";
import { YearSelect } from "@/components/ui/year-form";

export function PlanFilters({ years, year, status }: { years: number[]; year?: number; status?: string }) {
  return (
    <form method="get" className="mb-4 flex flex-wrap items-end gap-3" aria-label="Lọc kế hoạch">
      <YearSelect id="filter-year" years={years} value={year} allLabel="Tất cả các năm" />
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
