import { PLAN_STATUSES, PLAN_STATUS_LABELS } from "@/lib/plans/labels";
import { FilterForm, FilterSelect } from "@/components/ui/filter-form";

export function PlanFilters({ years, year, status }: { years: number[]; year?: number; status?: string }) {
  return (
    <FilterForm label="Lọc kế hoạch">
      <FilterSelect id="filter-year" name="year" label="Năm" value={year} allLabel="Tất cả các năm" options={years.map((y) => ({ value: y, label: String(y) }))} />
      <FilterSelect
        id="filter-status"
        name="status"
        label="Trạng thái"
        value={status}
        allLabel="Tất cả trạng thái"
        options={PLAN_STATUSES.map((s) => ({ value: s, label: PLAN_STATUS_LABELS[s] }))}
      />
    </FilterForm>
  );
}
