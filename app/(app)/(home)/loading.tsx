import { PageSkeleton, Skeleton, SkeletonCard, SkeletonHeader, SkeletonTable } from "@/components/ui/skeleton";

// The dashboard's frame while its figures load: header, plan cards, the unit table, two lists.
// (The (home) route group gives "/" its own loading state without covering every page of (app).)
export default function HomeLoading() {
  return (
    <PageSkeleton label="Đang tải tổng quan…">
      <SkeletonHeader actions />
      <Skeleton className="h-6 w-56" />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <SkeletonCard lines={3} />
        <SkeletonCard lines={3} />
        <SkeletonCard lines={3} className="hidden lg:block" />
      </div>
      <Skeleton className="h-6 w-40" />
      <SkeletonTable rows={6} />
      <div className="grid gap-6 lg:grid-cols-2">
        <SkeletonCard lines={4} />
        <SkeletonCard lines={4} />
      </div>
    </PageSkeleton>
  );
}
