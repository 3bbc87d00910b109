import type { ClosedSourceUnit } from "@/lib/units/successors";
import { SelectField } from "@/components/ui/field";

/** One choice per unit of the source merged or closed since: the successor proposed, or a unit to choose. */
export function SuccessorFields({ closedUnits, options, errors }: { closedUnits: ClosedSourceUnit[]; options: { id: string; name: string }[]; errors?: string[] }) {
  return (
    <fieldset className="space-y-3 rounded-md border border-amber-200 bg-amber-50 p-3">
      <legend className="px-1 text-sm font-semibold text-amber-900">Đơn vị đã thay đổi từ khi có kế hoạch nguồn</legend>
      {errors?.length ? (
        <p className="text-sm text-red-700" role="alert">
          {errors.join(" ")}
        </p>
      ) : null}
      {closedUnits.map((unit, index) => (
        <div key={unit.id}>
          <input type="hidden" name={`unitSwaps.${index}.from`} value={unit.id} />
          <SelectField
            id={`successor-${unit.id}`}
            name={`unitSwaps.${index}.to`}
            label={`${unit.name} (${unit.state === "merged" ? "đã sáp nhập" : "đã giải thể"}) → thay bằng`}
            defaultValue={unit.proposedId ?? ""}
            required
            hint={unit.proposedName ? `Đề xuất: ${unit.proposedName}, đơn vị tiếp nhận.` : "Đơn vị đã giải thể, không có đơn vị tiếp nhận: hãy chọn."}
          >
            <option value="">— Chọn đơn vị —</option>
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </SelectField>
        </div>
      ))}
    </fieldset>
  );
}
