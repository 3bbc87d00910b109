import type { AttentionList, AttentionRow } from "@/lib/activities/attention-queries";
import { ATTENTION_KIND_LABELS, type AttentionKind } from "@/lib/activities/attention";
import { formatDateTime } from "@/lib/dates";
import { ActivityStatusBadge } from "@/components/plans/status-badges";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { AttentionRemind } from "@/components/activities/attention-remind";

const KIND_TONES: Record<AttentionKind, BadgeTone> = { overdue: "red", blocked: "purple", dueSoon: "amber", unreported: "gray" };

function Row({ row, mayRemind }: { row: AttentionRow; mayRemind: boolean }) {
  const label = `hoạt động ${row.stt} (mục ${row.phase.code}) của ${row.plan.numberLabel ?? row.plan.displayTitle}`;
  return (
    <tr className={row.kinds.includes("overdue") ? "late" : undefined}>
      <td data-label="Kế hoạch" className="attention-plan">
        <span className="font-medium">{row.plan.numberLabel ?? "—"}</span>
        <span className="block text-xs text-slate-600">{row.plan.displayTitle}</span>
      </td>
      <th scope="row" data-label="Hoạt động" className="attention-activity text-left font-normal">
        <a href={`/activities/${row.id}`} className="font-medium text-brand-800 underline-offset-2 hover:underline">
          <span className="text-slate-500">{row.stt}.</span>{" "}
          <span className="whitespace-pre-line">{row.content}</span>
        </a>
        <span className="block text-xs text-slate-500">
          Mục {row.phase.code} · Stt {row.stt}
          {row.parentContent ? ` · việc con của: ${row.parentContent}` : ""}
        </span>
        <span className="mt-1 flex flex-wrap gap-1">
          {row.kinds.map((kind) => (
            <Badge key={kind} tone={KIND_TONES[kind]}>
              {ATTENTION_KIND_LABELS[kind]}
            </Badge>
          ))}
          <ActivityStatusBadge status={row.status} />
        </span>
        {row.status === "BLOCKED" && row.statusReason ? <span className="block text-xs text-purple-900">Vướng mắc: {row.statusReason}</span> : null}
      </th>
      <td data-label="Chủ trì">{row.leadUnit.name}</td>
      <td data-label="Thời gian" className="whitespace-nowrap">
        <time dateTime={row.end}>{row.window}</time>
      </td>
      <td data-label="Trễ (ngày)" className="text-right tabular-nums">
        {row.daysLate ? <strong className="text-red-800">{row.daysLate}</strong> : <span className="text-slate-400">—</span>}
      </td>
      <td data-label="Cập nhật gần nhất" className="text-xs">
        {row.lastUpdate ? (
          <>
            <span className="block">{formatDateTime(row.lastUpdate.at)}</span>
            <span className="block text-slate-600">{row.lastUpdate.author}</span>
          </>
        ) : (
          <span className="text-slate-500">Chưa có báo cáo</span>
        )}
      </td>
      {mayRemind ? (
        <td className="no-print">
          {row.canRemind ? <AttentionRemind activityId={row.id} unitName={row.leadUnit.name} activityLabel={`${label}: ${row.content.slice(0, 120)}`} remindedToday={row.remindedToday} /> : null}
        </td>
      ) : null}
    </tr>
  );
}

/**
 * The list as one table: on a wide screen and on paper a table (rows never
 * split across pages); below 768 px each row becomes a card (attention.css),
 * so a leader on a phone reads the activity, its unit and its dates and can
 * remind without scrolling sideways.
 */
export function AttentionTable({ list }: { list: AttentionList }) {
  return (
    <div className="attention-table rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="w-full text-sm">
        <caption className="sr-only">Việc cần chú ý, việc nghiêm trọng nhất trước</caption>
        <thead className="bg-slate-50 text-left text-slate-700">
          <tr>
            <th scope="col">Kế hoạch</th>
            <th scope="col">Hoạt động (Stt)</th>
            <th scope="col">Đơn vị chủ trì</th>
            <th scope="col">Thời gian</th>
            <th scope="col" className="text-right">
              Trễ (ngày)
            </th>
            <th scope="col">Cập nhật gần nhất</th>
            {list.mayRemind ? (
              <th scope="col" className="no-print">
                Nhắc đơn vị
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {list.rows.map((row) => (
            <Row key={row.id} row={row} mayRemind={list.mayRemind} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
