"use client";
import { useState } from "react";
import type { UnitOption } from "@/components/plans/editor/types";
import { Field } from "@/components/ui/field";
import { UNIT_KIND_LABELS } from "@/lib/units/labels";

/** One lead unit (a real unit, not a group) and any number of supporters, never the lead. */
export function UnitPickers({
  idPrefix,
  units,
  leadUnitId,
  supporterIds,
  errors,
}: {
  idPrefix: string;
  units: UnitOption[];
  leadUnitId?: string;
  supporterIds?: string[];
  errors: { lead?: string[]; supporters?: string[] };
}) {
  const [lead, setLead] = useState(leadUnitId ?? "");
  const [supporters, setSupporters] = useState<string[]>(supporterIds ?? []);
  const usable = (unit: UnitOption, chosen: boolean) => unit.active || chosen;
  const kinds = ["INTERNAL", "EXTERNAL", "GROUP"] as const;
  const supportErrorId = errors.supporters?.length ? `${idPrefix}-supporters-error` : undefined;
  return (
    <>
      <Field id={`${idPrefix}-lead`} label="Đơn vị chủ trì" required errors={errors.lead}>
        {(control) => (
          <select {...control} name="leadUnitId" value={lead} onChange={(e) => {
            setLead(e.target.value);
            setSupporters((list) => list.filter((id) => id !== e.target.value));
          }}>
            <option value="">— Chọn đơn vị chủ trì —</option>
            {units
              .filter((u) => u.kind !== "GROUP" && usable(u, u.id === leadUnitId))
              .map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
          </select>
        )}
      </Field>
      <fieldset aria-describedby={supportErrorId} className="space-y-1">
        <legend className="text-sm font-medium text-slate-800">Đơn vị phối hợp</legend>
        <div className="grid max-h-56 gap-x-4 gap-y-1 overflow-y-auto rounded-md border border-slate-300 bg-white p-2 sm:grid-cols-2">
          {kinds.map((kind) =>
            units
              .filter((u) => u.kind === kind && usable(u, supporters.includes(u.id)))
              .map((u, index) => (
                <label key={u.id} className={`flex items-start gap-2 text-sm ${u.id === lead ? "text-slate-400" : ""}`}>
                  {index === 0 ? <span className="sr-only">{UNIT_KIND_LABELS[kind]}: </span> : null}
                  <input
                    type="checkbox"
                    name="supporterIds[]"
                    value={u.id}
                    className="mt-0.5"
                    disabled={u.id === lead}
                    checked={supporters.includes(u.id)}
                    onChange={(e) => setSupporters((list) => (e.target.checked ? [...list, u.id] : list.filter((id) => id !== u.id)))}
                  />
                  <span>
                    {u.name}
                    {u.id === lead ? " (đang là chủ trì)" : ""}
                  </span>
                </label>
              )),
          )}
        </div>
        {supportErrorId ? (
          <p id={supportErrorId} className="text-sm text-red-700">
            {errors.supporters!.join(" ")}
          </p>
        ) : null}
      </fieldset>
    </>
  );
}
