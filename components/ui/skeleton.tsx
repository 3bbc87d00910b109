import type { CSSProperties, ReactNode } from "react";
import { cn } from "@/components/ui/cn";

// What a slow page shows while its data loads (loading.tsx): grey blocks in
// the page's own shape, so nothing jumps when the page streams in. The blocks
// are hidden from screen readers; they hear one "Đang tải…" status instead.

/** One grey block; size it with classes. */
export function Skeleton({ className, style }: { className?: string; style?: CSSProperties }) {
  return <div aria-hidden="true" className={cn("rounded bg-slate-200 motion-safe:animate-pulse", className)} style={style} />;
}

/** The frame every skeleton sits in: busy for assistive technology, with a status it announces. */
export function PageSkeleton({ label = "Đang tải…", children }: { label?: string; children: ReactNode }) {
  return (
    <div aria-busy="true" className="space-y-6" data-skeleton>
      <p role="status" className="sr-only">
        {label}
      </p>
      {children}
    </div>
  );
}

/** A page title with a line of description (and, optionally, the actions on the right). */
export function SkeletonHeader({ actions = false, badge = false }: { actions?: boolean; badge?: boolean }) {
  return (
    <div className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
      <div className="w-full max-w-xl space-y-2">
        <div className="flex items-center gap-3">
          <Skeleton className="h-7 w-3/4" />
          {badge ? <Skeleton className="h-5 w-20 rounded-full" /> : null}
        </div>
        <Skeleton className="h-4 w-full" />
      </div>
      {actions ? <Skeleton className="h-9 w-40" /> : null}
    </div>
  );
}

/** A card (as components/ui/card) with a title bar and a few lines of text. */
export function SkeletonCard({ lines = 3, className }: { lines?: number; className?: string }) {
  return (
    <div aria-hidden="true" className={cn("rounded-lg border border-slate-200 bg-white shadow-sm", className)}>
      <div className="border-b border-slate-200 px-4 py-3">
        <Skeleton className="h-5 w-1/3" />
      </div>
      <div className="space-y-2 p-4">
        {Array.from({ length: lines }, (_, i) => (
          <Skeleton key={i} className={cn("h-4", i === lines - 1 ? "w-2/3" : "w-full")} />
        ))}
      </div>
    </div>
  );
}

/** A table: a header row and `rows` rows of cells. */
export function SkeletonTable({ rows = 6, columns = 5 }: { rows?: number; columns?: number }) {
  return (
    <div aria-hidden="true" className="overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm">
      {Array.from({ length: rows + 1 }, (_, r) => (
        <div key={r} className={cn("flex gap-4 px-4 py-3", r === 0 ? "bg-slate-50" : "border-t border-slate-100")}>
          {Array.from({ length: columns }, (_, c) => (
            <Skeleton key={c} className={cn("h-4", c === 0 ? "w-2/5" : "hidden flex-1 sm:block", r === 0 && "bg-slate-300")} />
          ))}
        </div>
      ))}
    </div>
  );
}

/** A Gantt chart: a label column and bars at staggered places across the window. */
export function SkeletonGantt({ rows = 8 }: { rows?: number }) {
  return (
    <div aria-hidden="true" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <Skeleton className="mb-3 h-4 w-full bg-slate-100" />
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="flex items-center gap-3">
          <Skeleton className="h-4 w-28 shrink-0 sm:w-56" />
          <div className="relative h-5 flex-1">
            <Skeleton className="absolute inset-y-0" style={{ left: `${(i * 11) % 60}%`, width: `${20 + ((i * 7) % 25)}%` }} />
          </div>
        </div>
      ))}
    </div>
  );
}
