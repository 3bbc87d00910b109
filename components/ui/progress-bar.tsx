import { cn } from "@/components/ui/cn";

export function ProgressBar({ value, label, className }: { value: number; label: string; className?: string }) {
  const clamped = Math.max(0, Math.min(100, Math.round(value)));
  return (
    <div className={cn("flex items-center gap-2", className)}>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={clamped}
        className="h-2 w-full min-w-12 overflow-hidden rounded-full bg-slate-200"
      >
        <div className={cn("h-full rounded-full", clamped === 100 ? "bg-green-600" : "bg-brand-600")} style={{ width: `${clamped}%` }} />
      </div>
      <span className="w-9 shrink-0 text-right text-xs tabular-nums text-slate-700">{clamped}%</span>
    </div>
  );
}
