import type { WorkFiltersInput } from "@/lib/activities/schemas";
import { WORK_GROUP_LABELS } from "@/lib/activities/rules";
import { ACTIVITY_STATUSES, ACTIVITY_STATUS_LABELS } from "@/lib/activities/labels";
import { FilterForm, FilterSearch, FilterSelect, FilterSelectMarkup, HiddenFilters } from "@/components/ui/filter-form";

type Props = {
  filters: WorkFiltersInput;
  unitId: string;
  /** The organisation's units and the unit's plans, as options made with the cached list (components/activities/cached-work.ts). */
  unitOptions: string;
  planOptions: string;
};

/** The filter bar of "Việc của đơn vị": any unit's list may be read; what one may change stays one's own. */
export function WorkFilters({ filters, unitId, unitOptions, planOptions }: Props) {
  return (
    <FilterForm
      label="Lọc việc của đơn vị"
      className="mb-5 grid gap-3 rounded-lg border border-slate-200 bg-white p-3 shadow-sm sm:grid-cols-2 lg:grid-cols-[repeat(5,minmax(0,1fr))_auto] lg:items-end"
      footer={
        filters.due ? (
          <p className="text-sm text-slate-700 sm:col-span-2 lg:col-span-6">
            Đang xem: <strong>{WORK_GROUP_LABELS[filters.due]}</strong>
            {filters.year ? ` · năm ${filters.year}` : ""}.{" "}
            <a className="text-brand-700 underline underline-offset-2" href={`/my-work?unit=${unitId}`}>
              Xem tất cả
            </a>
          </p>
        ) : null
      }
    >
      <FilterSelectMarkup id="filter-unit" name="unit" label="Đơn vị" value={unitId} options={unitOptions} />
      <FilterSelectMarkup id="filter-plan" name="plan" label="Kế hoạch" value={filters.plan} options={planOptions} />
      <FilterSelect
        id="filter-role"
        name="role"
        label="Vai trò"
        value={filters.role}
        allLabel="Chủ trì và phối hợp"
        options={[
          { value: "lead", label: "Chủ trì" },
          { value: "support", label: "Phối hợp" },
        ]}
      />
      <FilterSelect id="filter-status" name="status" label="Trạng thái" value={filters.status} allLabel="Tất cả" options={ACTIVITY_STATUSES.map((s) => ({ value: s, label: ACTIVITY_STATUS_LABELS[s] }))} />
      <FilterSearch id="filter-q" name="q" label="Tìm" value={filters.q} placeholder="vd. dai phat thanh" />
      <HiddenFilters values={{ year: filters.year, due: filters.due }} />
    </FilterForm>
  );
}
