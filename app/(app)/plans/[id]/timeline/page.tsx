import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { readPlanFacts } from "@/lib/plans/page-facts";
import { planDisplayTitle } from "@/lib/plans/title";
import { CachedPlanGantt } from "@/components/timeline/cached-gantt";
import { todayInVietnam } from "@/lib/dates";
import { PlanStatusBadge } from "@/components/plans/status-badges";

export const metadata: Metadata = { title: "Biểu đồ thời gian" };

export default async function PlanTimelinePage({ params }: PageProps<"/plans/[id]/timeline">) {
  const { id } = await params;
  const user = await requireUser();
  // The access check first (the layout's read, shared: React cache); the chart is rendered once per change of a phase (and per day).
  const plan = await readPlanFacts(user, id);
  if (!plan) notFound();
  const title = planDisplayTitle(plan.title);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-xl font-semibold text-slate-900">Biểu đồ thời gian: {title}</h1>
        <PlanStatusBadge status={plan.status} />
      </div>
      <CachedPlanGantt organizationId={user.organizationId} planId={plan.id} today={todayInVietnam()} caption={`Biểu đồ thời gian của ${title}`} />
    </div>
  );
}
