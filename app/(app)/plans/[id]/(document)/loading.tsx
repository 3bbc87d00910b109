import { PageSkeleton, Skeleton, SkeletonHeader, SkeletonLines } from "@/components/ui/skeleton";

// The plan's frame while the document loads: title and status, the action
// buttons, the workflow panel, then the document's pages as lines of text.
export default function PlanLoading() {
  return (
    <PageSkeleton label="Đang tải kế hoạch…">
      <SkeletonHeader badge />
      <div className="flex flex-wrap gap-2">
        {["w-40", "w-32", "w-36", "w-28", "w-44"].map((w) => (
          <Skeleton key={w} className={`h-8 ${w}`} />
        ))}
      </div>
      <div className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm md:grid-cols-2">
        <div className="space-y-2">
          <Skeleton className="h-5 w-1/2" />
          <Skeleton className="h-9 w-full" />
        </div>
        <div className="space-y-2">
          <Skeleton className="h-5 w-1/3" />
          <Skeleton className="h-4 w-full" />
          <Skeleton className="h-4 w-2/3" />
        </div>
      </div>
      <div className="mx-auto max-w-4xl space-y-3 rounded-lg border border-slate-200 bg-white p-6 shadow-sm sm:p-10">
        <div className="flex justify-between gap-6">
          <Skeleton className="h-10 w-1/3" />
          <Skeleton className="h-10 w-1/3" />
        </div>
        <Skeleton className="mx-auto mt-6 h-6 w-1/4" />
        <Skeleton className="mx-auto h-5 w-2/3" />
        <SkeletonLines lines={9} />
        <Skeleton className="h-4 w-3/5" />
      </div>
    </PageSkeleton>
  );
}
