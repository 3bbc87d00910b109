import type { Metadata } from "next";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { yearTimeline } from "@/lib/dashboard/timeline";
import { listPlanYears } from "@/lib/plans/queries";
import { todayInVietnam } from "@/lib/dates";
import { Gantt } from "@/components/timeline/gantt";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { controlClass } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";

export const metadata: Metadata = { title: "Thời gian biểu" };

const paramsSchema = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined) });

export default async function YearTimelinePage({ searchParams }: PageProps<"/timeline">) {
  const user = await requireUser();
  const years = await listPlanYears(user);
  const year = paramsSchema.parse(await searchParams).year ?? (years.includes(Number(todayInVietnam().slice(0, 4))) ? Number(todayInVietnam().slice(0, 4)) : (years[0] ?? Number(todayInVietnam().slice(0, 4))));
  const timeline = await yearTimeline(user, year);
  return (
    <div className="space-y-4">
      <PageHeader
        title={`Thời gian biểu năm ${year}`}
        description="Các kế hoạch đã ban hành trong năm: giai đoạn và hoạt động theo thời gian."
        actions={
          <form method="get" className="flex items-end gap-2" aria-label="Chọn năm">
            <div>
              <label htmlFor="timeline-year" className="block text-sm font-medium text-slate-700">
                Năm
              </label>
              <select id="timeline-year" name="year" defaultValue={year} className={controlClass()}>
                {[...new Set([...years, year])].sort((a, b) => b - a).map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className={buttonClass("secondary")}>
              Xem
            </button>
          </form>
        }
      />
      {timeline.rows.length ? <Gantt timeline={timeline} caption={`Thời gian biểu năm ${year}`} /> : <EmptyState title={`Năm ${year} chưa có kế hoạch đã ban hành`} />}
    </div>
  );
}
