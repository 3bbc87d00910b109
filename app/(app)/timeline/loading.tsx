import { PageSkeleton, SkeletonGantt, SkeletonHeader } from "@/components/ui/skeleton";

export default function YearTimelineLoading() {
  return (
    <PageSkeleton label="Đang tải thời gian biểu…">
      <SkeletonHeader actions />
      <SkeletonGantt rows={8} />
    </PageSkeleton>
  );
}
