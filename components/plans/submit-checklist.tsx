"use client";
// "Kiểm tra trước khi trình" inside the Trình duyệt form: blocking problems
// (the button stays off; the server refuses them too) and warnings, which need
// the checkbox; the confirmed warnings' keys go with the submission and into
// the history.
import type { CheckItem } from "@/lib/plans/checklist";
import type { FormState } from "@/lib/form-state";

/** The list to show: the one the server just answered with (fresher), else the page's. */
export function checklistToShow(state: FormState, initial: CheckItem[]): CheckItem[] {
  if (state.status === "error" && (state.reason === "CHECKLIST_BLOCKING" || state.reason === "CHECKLIST_WARNINGS")) {
    const fresh = (state.details as { checklist?: CheckItem[] } | undefined)?.checklist;
    if (Array.isArray(fresh)) return fresh;
  }
  return initial;
}

function Items({ items, tone }: { items: CheckItem[]; tone: "blocking" | "warning" }) {
  return (
    <ul className={tone === "blocking" ? "space-y-1 text-red-900" : "space-y-1 text-amber-900"}>
      {items.map((item) => (
        <li key={item.key}>
          <span className="font-medium">{item.where}:</span> {item.message}
        </li>
      ))}
    </ul>
  );
}

export function SubmitChecklist({ items, confirmed, onConfirm }: { items: CheckItem[]; confirmed: boolean; onConfirm: (value: boolean) => void }) {
  const blocking = items.filter((i) => i.severity === "blocking");
  const warnings = items.filter((i) => i.severity === "warning");
  return (
    <section aria-labelledby="checklist-heading" className="space-y-2 rounded-md border border-slate-200 bg-white p-3 text-sm">
      <h3 id="checklist-heading" className="font-semibold text-slate-900">
        Kiểm tra trước khi trình
      </h3>
      {!items.length ? <p className="text-green-800">Không phát hiện vấn đề nào.</p> : null}
      {blocking.length ? (
        <div className="space-y-1 rounded border border-red-200 bg-red-50 p-2">
          <p className="font-medium text-red-900">Phải sửa trước khi trình ({blocking.length})</p>
          <Items items={blocking} tone="blocking" />
        </div>
      ) : null}
      {warnings.length ? (
        <div className="space-y-1 rounded border border-amber-200 bg-amber-50 p-2">
          <p className="font-medium text-amber-900">Cần xem lại ({warnings.length})</p>
          <Items items={warnings} tone="warning" />
          {!blocking.length ? (
            <label className="mt-2 flex items-start gap-2 text-slate-900">
              <input type="checkbox" className="mt-1" checked={confirmed} onChange={(event) => onConfirm(event.target.checked)} />
              <span>Tôi đã xem các cảnh báo trên và vẫn trình kế hoạch (xác nhận được ghi vào lịch sử).</span>
            </label>
          ) : null}
          {confirmed && !blocking.length ? warnings.map((w) => <input key={w.key} type="hidden" name="acceptedWarnings[]" value={w.key} />) : null}
        </div>
      ) : null}
    </section>
  );
}

/** The submission may go: nothing blocking, and every warning confirmed. */
export function checklistAllowsSubmit(items: CheckItem[], confirmed: boolean): boolean {
  return !items.some((i) => i.severity === "blocking") && (confirmed || !items.some((i) => i.severity === "warning"));
}
