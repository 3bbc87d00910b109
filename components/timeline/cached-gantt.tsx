import { cacheTag } from "next/cache";
import type { CalendarDate } from "@/lib/dates";
import { orgPlansFragmentTags, planFragmentTags } from "@/lib/cache/tags";
import { planTimelineOfOrganization, yearTimelineOfOrganization } from "@/lib/dashboard/timeline";
import { Gantt } from "@/components/timeline/gantt";
import { EmptyState } from "@/components/ui/empty-state";

/**
 * A plan's chart, rendered once per change of the plan and per Vietnam day
 * (overdue bars), shared by its readers. The page checks access (planHeader)
 * before it renders this.
 */
export async function CachedPlanGantt({ organizationId, planId, today, caption }: { organizationId: string; planId: string; today: CalendarDate; caption: string }) {
  "use cache";
  cacheTag(...planFragmentTags(organizationId, planId));
  return <Gantt timeline={await planTimelineOfOrganization(organizationId, planId, today)} caption={caption} />;
}

/**
 * The year's chart of published plans, which every user of the organisation may
 * read. It reads plans and phases (org:<o>, names) and each plan's figures from
 * that plan's fragment, whose tags (plan:<p>, plan:<p>:work) Next.js adds to
 * this one: a write to a plan of another year leaves this chart alone, and one
 * to a plan of this year re-reads only that plan's figures.
 */
export async function CachedYearGantt({ organizationId, year, today }: { organizationId: string; year: number; today: CalendarDate }) {
  "use cache";
  cacheTag(...orgPlansFragmentTags(organizationId));
  const timeline = await yearTimelineOfOrganization(organizationId, year, today);
  return timeline.rows.length ? <Gantt timeline={timeline} caption={`Thời gian biểu năm ${year}`} /> : <EmptyState title={`Năm ${year} chưa có kế hoạch đã ban hành`} />;
}
