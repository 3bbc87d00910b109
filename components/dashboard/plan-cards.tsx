import { html, type Html } from "@/lib/html";
import { PROGRESS_RULE_ID } from "@/components/dashboard/progress-rule";

export type PlanCard = {
  id: string;
  displayTitle: string;
  year: number;
  numberLabel: string | null;
  averageProgress: number;
  done: number;
  total: number;
  overdue: number;
  dueThisWeek: number;
  blocked: number;
};

/** The markup of components/ui/progress-bar.tsx, for markup made once and cached. */
export function progressBarHtml(value: number, label: string, className?: string): Html {
  const clamped = Math.max(0, Math.min(100, Math.round(value)));
  const classes = ["meter", clamped === 100 ? "meter-full" : "", className ?? ""].filter(Boolean).join(" ");
  return html`<div role="progressbar" aria-label="${label}" aria-valuenow="${clamped}" aria-describedby="${PROGRESS_RULE_ID}" class="${classes}" style="--v:${clamped}%"></div>`;
}

/** The markup of components/ui/badge.tsx. */
export const badgeHtml = (tone: "red" | "green" | "amber" | "blue", text: string) => html`<span class="badge badge-${tone}">${text}</span>`;

// Kept lean (plain links, one bar): a busy year has dozens of running plans. One
// string of markup (lib/html.ts), made once per change of the plans shown and
// cached (lib/dashboard/cached.ts), rather than hundreds of elements per view.
export function planCardsHtml(plans: PlanCard[]): Html {
  return html`<ul class="grid gap-4 lg:grid-cols-2">${plans.map(
    (plan) =>
      html`<li class="plan-card"><p class="text-xs text-slate-500">${plan.numberLabel ? `Số ${plan.numberLabel} · ` : ""}Năm ${plan.year}</p><a href="/plans/${plan.id}/dashboard" class="title">${plan.displayTitle}</a>${progressBarHtml(
        plan.averageProgress,
        `Tiến độ: ${plan.averageProgress}%`,
        "mt-3",
      )}<p class="mt-2 flex flex-wrap items-center gap-2 text-sm text-slate-700"><span>Tiến độ ${plan.averageProgress}% · ${plan.done}/${plan.total} hoạt động xong</span>${
        plan.overdue ? badgeHtml("red", `${plan.overdue} quá hạn`) : badgeHtml("green", "Không có việc quá hạn")
      }${plan.dueThisWeek ? badgeHtml("amber", `${plan.dueThisWeek} đến hạn tuần này`) : ""}${plan.blocked ? badgeHtml("red", `${plan.blocked} vướng mắc`) : ""}</p><p class="mt-2 flex flex-wrap gap-3 text-sm"><span class="text-slate-600">Xem:</span><a href="/plans/${plan.id}/dashboard" class="link">Tiến độ theo đơn vị</a><a href="/plans/${plan.id}/timeline" class="link">Biểu đồ thời gian</a><a href="/plans/${plan.id}" class="link">Văn bản</a></p></li>`,
  )}</ul>`;
}
