import type { PlanSnapshot } from "@/lib/plans/snapshot";
import { formatWindow } from "@/lib/dates";

/** Old and new windows side by side, before anything is created. */
export function ShiftPreview({ before, after }: { before: PlanSnapshot; after: PlanSnapshot }) {
  const rows: { key: string; label: string; old: string; next: string; level: number }[] = [];
  before.phases.forEach((phase, p) => {
    const shifted = after.phases[p]!;
    rows.push({ key: `p${p}`, label: `2.${p + 1}. ${shifted.title}`, old: formatWindow(phase.start, phase.end), next: formatWindow(shifted.start, shifted.end), level: 0 });
    phase.activities.forEach((activity, a) => {
      const next = shifted.activities[a]!;
      rows.push({ key: `p${p}a${a}`, label: `${a + 1}. ${next.content}`, old: formatWindow(activity.start, activity.end), next: formatWindow(next.start, next.end), level: 1 });
      activity.subTasks.forEach((sub, s) => {
        const nextSub = next.subTasks[s]!;
        rows.push({ key: `p${p}a${a}s${s}`, label: `${a + 1}.${s + 1}. ${nextSub.content}`, old: formatWindow(sub.start, sub.end), next: formatWindow(nextSub.start, nextSub.end), level: 2 });
      });
    });
  });
  if (!rows.length) return <p className="text-sm text-slate-600">Kế hoạch nguồn chưa có giai đoạn nào.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[36rem] text-sm">
        <caption className="sr-only">Thời gian trước và sau khi dời</caption>
        <thead className="bg-slate-50 text-left">
          <tr>
            <th scope="col" className="px-3 py-2">Giai đoạn / hoạt động</th>
            <th scope="col" className="px-3 py-2 whitespace-nowrap">Thời gian cũ</th>
            <th scope="col" className="px-3 py-2 whitespace-nowrap">Thời gian mới</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.key} className={row.level === 0 ? "bg-brand-50/50 font-medium" : undefined}>
              <td className="px-3 py-1.5" style={{ paddingLeft: `${0.75 + row.level * 1.25}rem` }}>
                <span className="line-clamp-2">{row.label}</span>
              </td>
              <td className="px-3 py-1.5 whitespace-nowrap text-slate-500 line-through decoration-slate-400">{row.old}</td>
              <td className="px-3 py-1.5 whitespace-nowrap font-medium text-slate-900">{row.next}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
