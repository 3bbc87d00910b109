import type { ActivityDetail } from "@/lib/activities/queries";
import { ACTIVITY_STATUS_LABELS } from "@/lib/activities/labels";
import { formatDate, formatDateTime } from "@/lib/dates";

const kb = (size: number) => (size > 1024 * 1024 ? `${(size / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(size / 1024))} KB`);

export function UpdateTimeline({ updates }: { updates: ActivityDetail["updates"] }) {
  if (!updates.length) return <p className="text-sm text-slate-600">Chưa có cập nhật nào.</p>;
  return (
    <ol className="space-y-4">
      {updates.map((u) => (
        <li key={u.id} className="border-l-2 border-brand-100 pl-3 text-sm">
          <p className="text-slate-600">
            <time dateTime={u.at.toISOString()}>{formatDateTime(u.at)}</time> · <span className="font-medium text-slate-900">{u.author}</span>
          </p>
          {u.status ? (
            <p>
              Trạng thái: {u.previousStatus ? `${ACTIVITY_STATUS_LABELS[u.previousStatus]} → ` : ""}
              <span className="font-semibold">{ACTIVITY_STATUS_LABELS[u.status]}</span>
              {u.statusReason ? ` (${u.statusReason})` : ""}
            </p>
          ) : u.statusReason ? (
            <p>Cập nhật lý do: {u.statusReason}</p>
          ) : null}
          {u.progress !== null ? <p>Tiến độ: {u.progress}%</p> : null}
          {u.actualStart ? (
            <p>
              Thực tế: {formatDate(u.actualStart)}
              {u.actualEnd && u.actualEnd !== u.actualStart ? ` – ${formatDate(u.actualEnd)}` : ""}
            </p>
          ) : null}
          {u.note ? <p className="whitespace-pre-line">{u.note}</p> : null}
          {u.result ? (
            <p className="whitespace-pre-line">
              <span className="font-medium">Kết quả:</span> {u.result}
            </p>
          ) : null}
          {u.figures.length ? (
            <ul className="mt-1 flex flex-wrap gap-2">
              {u.figures.map((f, i) => (
                <li key={i} className="rounded bg-slate-100 px-2 py-0.5">
                  {f.label}: <span className="font-semibold">{f.value}</span>
                </li>
              ))}
            </ul>
          ) : null}
          {u.targetValues.length ? (
            <p className="mt-1">Chỉ tiêu: {u.targetValues.map((t) => `${t.label} đạt ${t.achieved}`).join("; ")}</p>
          ) : null}
          {u.evidence.length ? (
            <ul className="mt-1 space-y-0.5">
              {u.evidence.map((e, i) => (
                <li key={i}>
                  <a href={e.url} target="_blank" rel="noopener noreferrer nofollow" className="text-brand-700 underline underline-offset-2">
                    {e.title || e.url}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
          {u.attachments.length ? (
            <ul className="mt-1 space-y-0.5">
              {u.attachments.map((a) => (
                <li key={a.id}>
                  <a href={`/files/${a.id}`} className="text-brand-700 underline underline-offset-2">
                    {a.fileName}
                  </a>{" "}
                  <span className="text-xs text-slate-500">({kb(a.size)})</span>
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
