import { cn } from "@/components/ui/cn";

/** A progress bar drawn by the .meter class (app/globals.css); the figure shown is aria-valuenow. */
export function ProgressBar({ value, label, className, describedBy }: { value: number; label: string; className?: string; describedBy?: string }) {
  const clamped = Math.max(0, Math.min(100, Math.round(value)));
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuenow={clamped}
      aria-describedby={describedBy}
      className={cn("meter", clamped === 100 && "meter-full", className)}
      style={{ "--v": `${clamped}%` } as React.CSSProperties}
    />
  );
}
