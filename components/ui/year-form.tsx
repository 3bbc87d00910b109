import { buttonClass } from "@/components/ui/button";
import { controlClass } from "@/components/ui/field";

/** A labelled "Năm" select for a get form (name "year"); with allLabel, an empty choice for all years. */
export function YearSelect({ id, years, value, allLabel }: { id: string; years: number[]; value: number | null | undefined; allLabel?: string }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        Năm
      </label>
      <select id={id} name="year" defaultValue={value ?? ""} className={controlClass()}>
        {allLabel ? <option value="">{allLabel}</option> : null}
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The "Năm … Xem" form of pages that show one year (or all, with allLabel). */
export function YearForm({ id, years, value, allLabel }: { id: string; years: number[]; value: number | null; allLabel?: string }) {
  return (
    <form method="get" className="flex items-end gap-2" aria-label="Chọn năm">
      <YearSelect id={id} years={years} value={value} allLabel={allLabel} />
      <button type="submit" className={buttonClass("secondary")}>
        Xem
      </button>
    </form>
  );
}
