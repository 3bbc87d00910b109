import { formatCost } from "@/lib/money";
import { phaseCost } from "@/lib/documents/costs";
import type { ActivityItem, PhaseItem, UnitRef } from "@/lib/plans/document";
import { formatWindow } from "@/lib/dates";
import { phaseNumberText } from "@/lib/documents/format";
import { ActivityStatusBadge } from "@/components/plans/status-badges";
import { ProgressBar } from "@/components/ui/progress-bar";

function Units({ units }: { units: UnitRef[] }) {
  if (!units.length) return null;
  if (units.length === 1) return <>{units[0]!.name}</>;
  return (
    <ul>
      {units.map((unit) => (
        <li key={unit.id}>{unit.name}</li>
      ))}
    </ul>
  );
}

function Content({ text }: { text: string }) {
  const lines = text.split("\n");
  if (lines.length === 1) return <>{text}</>;
  return (
    <>
      {lines.map((line, index) => (
        <p key={index}>{line}</p>
      ))}
    </>
  );
}

// Rows stay lean (a plan may have hundreds): cell styles come from .sheet,
// and "Chi tiết" is a plain link, not a prefetching client component.
function ActivityRow({ activity, sub, withCost }: { activity: ActivityItem; sub?: boolean; withCost: boolean }) {
  return (
    <tr className={sub ? "sub" : undefined}>
      <td className="text-center" data-label="Stt">
        {activity.stt}
      </td>
      <td>
        <Content text={activity.content} />
      </td>
      <td data-label="Đơn vị chủ trì">{activity.leadUnit.name}</td>
      <td data-label="Phối hợp">{activity.supporters.length ? <Units units={activity.supporters} /> : null}</td>
      {/* A long window ("01/8–15/9/2024") wraps after its dash rather than running into the next cell. */}
      <td data-label="Thời gian">
        <time dateTime={activity.start}>{formatWindow(activity.start, activity.end)}</time>
      </td>
      {withCost ? <td className="whitespace-nowrap text-right" data-label="Kinh phí">{formatCost(activity.cost)}</td> : null}
      <td data-label="Ghi chú">{activity.note || null}</td>
      <td className="no-print font-sans text-sm" data-label="Trạng thái">
        <ActivityStatusBadge status={activity.status} />
        <ProgressBar value={activity.progress} label={`Tiến độ hoạt động ${activity.stt}`} className="my-1" />
        <a href={`/activities/${activity.id}`} className="link text-xs">
          Chi tiết<span className="sr-only"> hoạt động {activity.stt}</span>
        </a>
      </td>
    </tr>
  );
}

/** Rows shown per phase before "Hiện tất cả": only very large plans reach it. */
export type RowLimit = { rows: number; showAllHref: string };

/** withCost: the plan's activities carry costs (a Kinh phí column, and the phase's sum under it). */
export function PhaseTable({ phase, limit, withCost = false }: { phase: PhaseItem; limit?: RowLimit; withCost?: boolean }) {
  const shown = limit ? phase.activities.slice(0, limit.rows) : phase.activities;
  const hidden = phase.activities.length - shown.length;
  const headingId = `phase-${phase.id}`;
  return (
    <section aria-labelledby={headingId} className="mt-4">
      <h4 id={headingId} className="font-bold">
        {phaseNumberText(phase.code)} {phase.title} (từ ngày {formatWindow(phase.start, phase.end)})
      </h4>
      {phase.activities.length === 0 ? (
        <p className="mt-2 font-sans text-sm italic text-slate-600">Giai đoạn này chưa có hoạt động.</p>
      ) : (
        <div className="mt-2 overflow-x-auto">
          <table className="sheet phase-table stack-sm min-w-[60rem] table-fixed text-[0.95rem]" aria-labelledby={headingId}>
            <thead>
              <tr className="bg-slate-100">
                <th scope="col" className="w-11">Stt</th>
                <th scope="col">Nội dung</th>
                <th scope="col" className="w-40">Đơn vị chủ trì</th>
                <th scope="col" className="w-40">Đơn vị phối hợp</th>
                <th scope="col" className="w-28">Thời gian</th>
                {withCost ? (
                  <th scope="col" className="w-32">
                    Kinh phí (đồng)
                  </th>
                ) : null}
                <th scope="col" className="w-32">Ghi chú</th>
                <th scope="col" className="no-print w-32 font-sans text-sm">Trạng thái</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((activity) => [
                <ActivityRow key={activity.id} activity={activity} withCost={withCost} />,
                ...activity.subTasks.map((sub) => <ActivityRow key={sub.id} activity={sub} sub withCost={withCost} />),
              ])}
              {hidden > 0 ? (
                <tr className="no-print">
                  <td colSpan={withCost ? 8 : 7} className="text-center font-sans text-sm">
                    … và {hidden} hoạt động khác.{" "}
                    <a className="link" href={limit!.showAllHref}>
                      Hiện tất cả {phase.activities.length} hoạt động
                    </a>
                  </td>
                </tr>
              ) : null}
              {withCost ? (
                <tr className="font-bold">
                  <td />
                  <td colSpan={4}>Cộng</td>
                  <td className="whitespace-nowrap text-right">{formatCost(phaseCost(phase))}</td>
                  <td colSpan={2} />
                </tr>
              ) : null}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
