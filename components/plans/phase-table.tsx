import Link from "next/link";
import type { ActivityItem, PhaseItem, UnitRef } from "@/lib/plans/document";
import { describeWindow, formatWindow } from "@/lib/dates";
import { ActivityStatusBadge } from "@/components/plans/status-badges";
import { ProgressBar } from "@/components/ui/progress-bar";

function Units({ units }: { units: UnitRef[] }) {
  if (!units.length) return null;
  return (
    <ul className="space-y-0.5">
      {units.map((unit) => (
        <li key={unit.id}>{unit.name}</li>
      ))}
    </ul>
  );
}

function Content({ text }: { text: string }) {
  return (
    <>
      {text.split("\n").map((line, index) => (
        <p key={index} className="[text-align:left]">
          {line}
        </p>
      ))}
    </>
  );
}

function ActivityRow({ activity, sub }: { activity: ActivityItem; sub?: boolean }) {
  return (
    <tr className={sub ? "bg-slate-50/70" : undefined}>
      <td className="border border-slate-400 px-2 py-1.5 text-center align-top">{activity.stt}</td>
      <td className={`border border-slate-400 px-2 py-1.5 align-top ${sub ? "pl-6" : ""}`}>
        <Content text={activity.content} />
      </td>
      <td className="border border-slate-400 px-2 py-1.5 align-top">{activity.leadUnit.name}</td>
      <td className="border border-slate-400 px-2 py-1.5 align-top">
        <Units units={activity.supporters} />
      </td>
      <td className="border border-slate-400 px-2 py-1.5 align-top whitespace-nowrap">
        <time dateTime={activity.start} title={describeWindow(activity.start, activity.end)}>
          {formatWindow(activity.start, activity.end)}
        </time>
      </td>
      <td className="border border-slate-400 px-2 py-1.5 align-top">{activity.note}</td>
      <td className="no-print border border-slate-400 px-2 py-1.5 align-top font-sans text-sm">
        <div className="flex flex-col gap-1">
          <div>
            <ActivityStatusBadge status={activity.status} />
          </div>
          <ProgressBar value={activity.progress} label={`Tiến độ hoạt động ${activity.stt}`} />
          <Link href={`/activities/${activity.id}`} className="text-xs text-brand-700 underline underline-offset-2">
            Chi tiết<span className="sr-only"> hoạt động {activity.stt}</span>
          </Link>
        </div>
      </td>
    </tr>
  );
}

export function PhaseTable({ phase }: { phase: PhaseItem }) {
  const headingId = `phase-${phase.id}`;
  return (
    <section aria-labelledby={headingId} className="mt-4">
      <h4 id={headingId} className="font-bold">
        {phase.code}. {phase.title} (từ ngày {formatWindow(phase.start, phase.end)})
      </h4>
      {phase.activities.length === 0 ? (
        <p className="mt-2 font-sans text-sm italic text-slate-600">Giai đoạn này chưa có hoạt động.</p>
      ) : (
        <div className="mt-2 overflow-x-auto">
          <table className="w-full min-w-[60rem] table-fixed border-collapse text-[0.95rem] [&_p]:text-left" aria-labelledby={headingId}>
            <thead>
              <tr className="bg-slate-100">
                <th scope="col" className="w-11 border border-slate-400 px-2 py-1.5">Stt</th>
                <th scope="col" className="border border-slate-400 px-2 py-1.5">Nội dung</th>
                <th scope="col" className="w-40 border border-slate-400 px-2 py-1.5">Đơn vị chủ trì</th>
                <th scope="col" className="w-40 border border-slate-400 px-2 py-1.5">Đơn vị phối hợp</th>
                <th scope="col" className="w-24 border border-slate-400 px-2 py-1.5">Thời gian</th>
                <th scope="col" className="w-32 border border-slate-400 px-2 py-1.5">Ghi chú</th>
                <th scope="col" className="no-print w-32 border border-slate-400 px-2 py-1.5 font-sans text-sm">Trạng thái</th>
              </tr>
            </thead>
            <tbody>
              {phase.activities.map((activity) => [
                <ActivityRow key={activity.id} activity={activity} />,
                ...activity.subTasks.map((sub) => <ActivityRow key={sub.id} activity={sub} sub />),
              ])}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
