import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";

export const BADGE_TONES = ["gray", "blue", "green", "amber", "red", "purple"] as const;

export type BadgeTone = (typeof BADGE_TONES)[number];

/** Tones are classes in app/globals.css (.badge-green …): badges repeat on big lists. */
export function Badge({ tone = "gray", children, className }: { tone?: BadgeTone; children: ReactNode; className?: string }) {
  return <span className={cn("badge", `badge-${tone}`, className)}>{children}</span>;
}
