import type { PlanStatus } from "@/lib/generated/prisma/enums";
import { PLAN_STATUS_LABELS } from "@/lib/plans/labels";
import { FilterForm, FilterSelect } from "@/components/ui/filter-form";

/** `statuses`: those of the plans the user may read (lib/plans/access.ts), so a viewer is never offered "Dự thảo". */
export function PlanFilters({ years, year, status, statuses }: { years: number[]; year?: number; status?: string; statuses: readonly PlanStatus[] }) {
  return (
    <FilterForm label="Lọc kế hoạch">
      <FilterSelect id="filter-year" name="year" label="Năm" value={year} allLabel="Tất cả các năm" options={years.map((y) => ({ value: y, label: String(y) }))} />
      <FilterSelect
        id="filter-status"
        name="status"
        label="Trạng thái"
        value={status}
        allLabel="Tất cả trạng thái"
        options={statuses.map((s) => ({ value: s, label: PLAN_STATUS_LABELS[s] }))}
      />
    </FilterForm>
  );
}
