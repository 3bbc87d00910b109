import type { AttentionFiltersInput } from "@/lib/activities/schemas";
import type { AttentionList } from "@/lib/activities/attention-queries";
import { ATTENTION_KINDS, ATTENTION_KIND_LABELS } from "@/lib/activities/attention";
import { ACTIVITY_STATUSES, ACTIVITY_STATUS_LABELS } from "@/lib/activities/labels";
import { FilterForm, FilterSelect } from "@/components/ui/filter-form";
import { controlClass } from "@/components/ui/field";

/** The filter bar of Việc cần chú ý: a GET form, so every view has an address to share. Staff cannot change the unit. */
export function AttentionFilters({ filters, list }: { filters: AttentionFiltersInput; list: AttentionList }) {
  return (
    <FilterForm label="Lọc việc cần chú ý" className="no-print mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-3 shadow-sm sm:grid-cols-2 lg:grid-cols-[repeat(7,minmax(0,1fr))_auto] lg:items-end">
      {list.unitBound ? (
        <div className="text-sm">
          <span className="mb-1 block font-medium text-slate-700">Đơn vị</span>
          <span className="block py-2">{list.unit?.name}</span>
        </div>
      ) : (
        <FilterSelect id="attention-unit" name="unit" label="Đơn vị" value={filters.unit} allLabel="Tất cả đơn vị" options={list.units.map((u) => ({ value: u.id, label: u.name }))} />
      )}
      <FilterSelect
        id="attention-role"
        name="role"
        label="Đơn vị là"
        value={filters.role}
        allLabel="Chủ trì hoặc phối hợp"
        options={[
          { value: "lead", label: "Chủ trì" },
          { value: "support", label: "Phối hợp" },
        ]}
      />
      <FilterSelect id="attention-year" name="year" label="Năm kế hoạch" value={filters.year} allLabel="Mọi năm" options={list.years.map((y) => ({ value: String(y), label: String(y) }))} />
      <FilterSelect
        id="attention-plan"
        name="plan"
        label="Kế hoạch"
        value={filters.plan}
        allLabel="Tất cả kế hoạch đang triển khai"
        options={list.plans.map((p) => ({ value: p.id, label: `${p.numberLabel ? `${p.numberLabel} · ` : ""}${p.displayTitle}` }))}
      />
      <FilterSelect id="attention-kind" name="kind" label="Loại" value={filters.kind} allLabel="Tất cả" options={ATTENTION_KINDS.map((k) => ({ value: k, label: ATTENTION_KIND_LABELS[k] }))} />
      <FilterSelect id="attention-status" name="status" label="Trạng thái" value={filters.status} allLabel="Tất cả" options={ACTIVITY_STATUSES.map((s) => ({ value: s, label: ACTIVITY_STATUS_LABELS[s] }))} />
      <div className="text-sm">
        <label htmlFor="attention-days" className="mb-1 block font-medium text-slate-700">
          Sắp đến hạn trong (ngày)
        </label>
        <input id="attention-days" name="days" type="number" inputMode="numeric" min={1} max={90} defaultValue={filters.days} className={controlClass()} />
      </div>
    </FilterForm>
  );
}
