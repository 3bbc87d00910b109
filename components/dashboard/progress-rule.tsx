import { PROGRESS_RULE } from "@/lib/dashboard/progress";

/** The id progress bars point their aria-describedby at. */
export const PROGRESS_RULE_ID = "progress-rule";

/** How "Tiến độ" is computed, said once on each page that shows it (lib/dashboard/progress.ts). */
export function ProgressRule({ className }: { className?: string }) {
  return (
    <p id={PROGRESS_RULE_ID} className={className ?? "text-xs text-slate-600"}>
      {PROGRESS_RULE}
    </p>
  );
}
