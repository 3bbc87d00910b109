import type { Metadata } from "next";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { defaultTimelineYear } from "@/lib/dashboard/default-year";
import { cachedTimelineYears } from "@/lib/dashboard/cached";
import { readablePlansWhere } from "@/lib/plans/access";
import { todayInVietnam, yearOf } from "@/lib/dates";
import { CachedYearGantt } from "@/components/timeline/cached-gantt";
import { PageHeader } from "@/components/ui/page-header";
import { YearForm } from "@/components/ui/year-form";

export const metadata: Metadata = { title: "Thời gian biểu" };

const paramsSchema = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined) });

export default async function YearTimelinePage({ searchParams }: PageProps<"/timeline">) {
  const user = await requireUser();
  const { years, published } = await cachedTimelineYears(user.organizationId, readablePlansWhere(user));
  const year = paramsSchema.parse(await searchParams).year ?? defaultTimelineYear(published, yearOf(todayInVietnam()));
  return (
    <div className="space-y-4">
      <PageHeader
        title={`Thời gian biểu năm ${year}`}
        description="Các kế hoạch đã ban hành trong năm và giai đoạn của chúng theo thời gian; biểu đồ thời gian của từng kế hoạch có đủ các hoạt động."
        actions={
          <YearForm id="timeline-year" years={[...new Set([...years, year])].sort((a, b) => b - a)} value={year} />
        }
      />
      <CachedYearGantt organizationId={user.organizationId} year={year} today={todayInVietnam()} />
    </div>
  );
}
