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

/** `lines` grey lines of text, painted by one element (app/styles/skeleton.css). */
export function SkeletonLines({ lines, className }: { lines: number; className?: string }) {
  return <div aria-hidden="true" className={cn("sk-lines motion-safe:animate-pulse", className)} style={{ "--sk-n": lines } as CSSProperties} />;
}

/** A card (as components/ui/card) with a title bar and a few lines of text, the last one shorter. */
export function SkeletonCard({ lines = 3, className }: { lines?: number; className?: string }) {
  return (
    <div aria-hidden="true" className={cn("rounded-lg border border-slate-200 bg-white shadow-sm", className)}>
      <div className="border-b border-slate-200 px-4 py-3">
        <Skeleton className="h-5 w-1/3" />
      </div>
      <div className="space-y-2 p-4">
        {lines > 1 ? <SkeletonLines lines={lines - 1} /> : null}
        <Skeleton className="h-4 w-2/3" />
      </div>
    </div>
  );
}

/** A table: a header row and `rows` rows of cells (one cell on a phone, three from sm up). */
export function SkeletonTable({ rows = 6 }: { rows?: number }) {
  return (
    <div aria-hidden="true" className="overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm">
      <div className="bg-slate-50 px-4 py-3">
        <Skeleton className="h-4 w-2/5 bg-slate-300" />
      </div>
      <div className="sk-rows motion-safe:animate-pulse" style={{ "--sk-n": rows } as CSSProperties} />
    </div>
  );
}

/** Row i's bar: a left edge and a width in % of the window, staggered as a plan's phases are. */
const barOf = (i: number) => ({ left: (i * 11) % 60, width: 20 + ((i * 7) % 25) });

/** The bars as backgrounds of one element: each layer one bar, placed on its row (app/styles/skeleton.css, .sk-gantt). */
function ganttBars(rows: number): CSSProperties {
  const bars = Array.from({ length: rows }, (_, i) => barOf(i));
  return {
    backgroundImage: bars.map(() => "linear-gradient(#e2e8f0, #e2e8f0)").join(", "),
    backgroundSize: bars.map((b) => `${b.width}% 1.25rem`).join(", "),
    // A percentage places the layer's own point at the element's: this puts the bar's left edge at `left` %.
    backgroundPosition: bars.map((b, i) => `${((100 * b.left) / (100 - b.width)).toFixed(2)}% ${i * 1.75}rem`).join(", "),
  };
}

/** A Gantt chart: a label column and bars at staggered places across the window. */
export function SkeletonGantt({ rows = 8 }: { rows?: number }) {
  return (
    <div aria-hidden="true" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <Skeleton className="mb-3 h-4 w-full bg-slate-100" />
      <div className="sk-gantt motion-safe:animate-pulse" style={{ "--sk-n": rows } as CSSProperties}>
        <div />
        <div style={ganttBars(rows)} />
      </div>
    </div>
  );
}
