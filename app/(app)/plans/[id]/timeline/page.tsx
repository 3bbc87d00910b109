import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { planHeader } from "@/lib/dashboard/plan";
import { planTimeline } from "@/lib/dashboard/timeline";
import { orPageError } from "@/lib/page";
import { Gantt } from "@/components/timeline/gantt";
import { PlanStatusBadge } from "@/components/plans/status-badges";

export const metadata: Metadata = { title: "Biểu đồ thời gian" };

export default async function PlanTimelinePage({ params }: PageProps<"/plans/[id]/timeline">) {
  const { id } = await params;
  const user = await requireUser();
  const [header, timeline] = await orPageError(Promise.all([planHeader(user, id), planTimeline(user, id)]));
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-xl font-semibold text-slate-900">Biểu đồ thời gian: {header.displayTitle}</h1>
        <PlanStatusBadge status={header.status} />
      </div>
      <Gantt timeline={timeline} caption={`Biểu đồ thời gian của ${header.displayTitle}`} />
    </div>
  );
}
