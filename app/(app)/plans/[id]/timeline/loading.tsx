import { PageSkeleton, SkeletonGantt, SkeletonHeader } from "@/components/ui/skeleton";

export default function PlanTimelineLoading() {
  return (
    <PageSkeleton label="Đang tải biểu đồ thời gian…">
      <SkeletonHeader badge />
      <SkeletonGantt rows={12} />
    </PageSkeleton>
  );
}
