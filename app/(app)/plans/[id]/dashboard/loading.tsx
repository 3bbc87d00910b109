import { PageSkeleton, Skeleton, SkeletonCard, SkeletonHeader, SkeletonTable } from "@/components/ui/skeleton";

// The plan's progress page while it loads: overall progress, the unit table, the burn-up chart.
export default function PlanDashboardLoading() {
  return (
    <PageSkeleton label="Đang tải tiến độ kế hoạch…">
      <SkeletonHeader badge />
      <SkeletonCard lines={5} />
      <Skeleton className="h-6 w-40" />
      <SkeletonTable rows={6} />
      <SkeletonCard lines={6} />
    </PageSkeleton>
  );
}
