// "Thay đổi so với bản đã xem xét lần trước": the diff (lib/plans/diff.ts) as the
// plan page shows it. Each part folds (<details>, keyboard-usable as is); a long
// list starts folded.
import type { PlanChanges } from "@/lib/plans/changes-queries";
import type { FieldChange, RowChange, RowRef } from "@/lib/plans/diff";
import { formatDateTime } from "@/lib/dates";

const OPEN_UP_TO = 12;

function Change({ change }: { change: FieldChange }) {
  return (
    <div className="grid gap-1 sm:grid-cols-[10rem_1fr]">
      <dt className="font-medium text-slate-700">{change.label}</dt>
      <dd className="min-w-0">
        <span className="whitespace-pre-line break-words text-slate-500 line-through decoration-slate-400">{change.before}</span>
        <span aria-hidden="true" className="mx-1 text-slate-400">→</span>
        <span className="sr-only"> thành </span>
        <span className="whitespace-pre-line break-words font-medium text-slate-900">{change.after}</span>
        {change.detail ? <span className="block text-xs text-slate-600">({change.detail})</span> : null}
      </dd>
    </div>
  );
}

function Rows({ title, added, removed, changed }: { title: string; added: RowRef[]; removed: RowRef[]; changed: RowChange[] }) {
  if (!added.length && !removed.length && !changed.length) return null;
  return (
    <div className="space-y-2">
      <h3 className="text-sm font-semibold text-slate-800">{title}</h3>
      <ul className="space-y-2 text-sm">
        {added.map((row) => (
          <li key={`+${row.label}${row.summary}`} className="rounded border border-green-200 bg-green-50 px-3 py-2">
            <span className="font-medium text-green-900">Thêm {row.label}:</span> {row.summary}
          </li>
        ))}
        {removed.map((row) => (
          <li key={`-${row.label}${row.summary}`} className="rounded border border-red-200 bg-red-50 px-3 py-2">
            <span className="font-medium text-red-900">Bỏ {row.label}:</span> <span className="line-through">{row.summary}</span>
          </li>
        ))}
        {changed.map((row) => (
          <li key={`~${row.label}`} className="rounded border border-slate-200 px-3 py-2">
            <p>
              <span className="font-medium text-slate-900">{row.label}</span>
              <span className="text-slate-600">: {row.subject}</span>
            </p>
            <dl className="mt-1 space-y-1">
              {row.changes.map((change) => (
                <Change key={change.label} change={change} />
              ))}
            </dl>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function PlanChangesPanel({ changes }: { changes: PlanChanges }) {
  return (
    <section aria-labelledby="changes-heading" className="no-print rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id="changes-heading" className="text-base font-semibold">
        Thay đổi so với bản đã xem xét lần trước
      </h2>
      {changes.kind === "none-reviewed" ? (
        <p className="mt-1 text-sm text-slate-600">Đây là lần trình đầu tiên: chưa có bản nào được xem xét trước đây để so sánh.</p>
      ) : changes.diff.same ? (
        <p className="mt-1 text-sm text-slate-600">
          Không có thay đổi nào so với bản trình ngày {formatDateTime(changes.reviewedAt)} ({changes.outcome === "RETURNED" ? "đã bị trả lại" : "đã được phê duyệt"}).
        </p>
      ) : (
        <details open={changes.diff.count <= OPEN_UP_TO} className="mt-1">
          <summary className="cursor-pointer text-sm text-slate-700">
            {changes.diff.count} thay đổi so với bản trình ngày {formatDateTime(changes.reviewedAt)} ({changes.outcome === "RETURNED" ? "đã bị trả lại" : "đã được phê duyệt"})
          </summary>
          <div className="mt-3 space-y-4">
            {changes.diff.texts.length ? (
              <div className="space-y-2">
                <h3 className="text-sm font-semibold text-slate-800">Nội dung văn bản</h3>
                <dl className="space-y-1 text-sm">
                  {changes.diff.texts.map((change) => (
                    <Change key={change.label} change={change} />
                  ))}
                </dl>
              </div>
            ) : null}
            <Rows title="Giai đoạn" {...changes.diff.phases} />
            <Rows title="Hoạt động" {...changes.diff.activities} />
          </div>
        </details>
      )}
    </section>
  );
}
