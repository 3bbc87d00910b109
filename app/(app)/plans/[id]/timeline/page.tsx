import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { planHeader } from "@/lib/dashboard/plan";
import { orPageError } from "@/lib/page";
import { CachedPlanGantt } from "@/components/timeline/cached-gantt";
import { todayInVietnam } from "@/lib/dates";
import { PlanStatusBadge } from "@/components/plans/status-badges";

export const metadata: Metadata = { title: "Biểu đồ thời gian" };

export default async function PlanTimelinePage({ params }: PageProps<"/plans/[id]/timeline">) {
  const { id } = await params;
  const user = await requireUser();
  // The access check first; the chart is rendered once per change of the plan (and per day).
  const header = await orPageError(planHeader(user, id));
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-xl font-semibold text-slate-900">Biểu đồ thời gian: {header.displayTitle}</h1>
        <PlanStatusBadge status={header.status} />
      </div>
      <CachedPlanGantt organizationId={user.organizationId} planId={header.id} today={todayInVietnam()} caption={`Biểu đồ thời gian của ${header.displayTitle}`} />
    </div>
  );
}
