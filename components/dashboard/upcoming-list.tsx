import { html, type Html } from "@/lib/html";
import { formatDateTime, formatWindow, type CalendarDate } from "@/lib/dates";
import { ACTIVITY_STATUS_LABELS } from "@/lib/activities/labels";
import type { ActivityStatus } from "@/lib/generated/prisma/enums";
import { badgeHtml } from "@/components/dashboard/plan-cards";

// Both lists are strings of markup (lib/html.ts): the next seven days are made
// once per change and cached; the latest updates are per user, but a string
// still costs the page far less than some two hundred elements.

export type UpcomingItem = { id: string; content: string; start: CalendarDate; end: CalendarDate; dueSoon: boolean; lead: string };

export function upcomingListHtml(items: UpcomingItem[]): Html {
  if (!items.length) return html`<p class="text-sm text-slate-600">Không có hoạt động nào trong 7 ngày tới.</p>`;
  return html`<ul class="divide-y divide-slate-100">${items.map(
    (item) =>
      html`<li class="py-2 text-sm"><p class="flex flex-wrap items-center gap-2"><span class="tabular-nums text-slate-600">${formatWindow(item.start, item.end)}</span>${
        item.dueSoon ? badgeHtml("amber", "Sắp đến hạn") : ""
      }<span class="text-xs text-slate-500">${item.lead}</span></p><a href="/activities/${item.id}" class="text-brand-700 underline-offset-2 hover:underline">${item.content}</a></li>`,
  )}</ul>`;
}

export type UpdateItem = {
  id: string;
  at: Date;
  author: string;
  unit: string | null;
  status: ActivityStatus | null;
  progress: number | null;
  text: string | null;
  activityId: string;
  activityContent: string;
};

export function latestUpdatesHtml(items: UpdateItem[]): Html {
  if (!items.length) return html`<p class="text-sm text-slate-600">Chưa có cập nhật nào.</p>`;
  return html`<ul class="divide-y divide-slate-100">${items.map(
    (item) =>
      html`<li class="py-2 text-sm"><p class="text-xs text-slate-500">${formatDateTime(item.at)} · <span class="font-medium text-slate-800">${item.author}</span>${item.unit ? ` (${item.unit})` : ""}</p><p>${
        item.status ? html`${badgeHtml("blue", ACTIVITY_STATUS_LABELS[item.status])} ` : " "
      }${item.progress !== null ? html`<span class="text-slate-600">${item.progress}% · </span>` : ""}<a href="/activities/${item.activityId}" class="text-brand-700 underline-offset-2 hover:underline">${
        item.activityContent.length > 90 ? `${item.activityContent.slice(0, 87)}…` : item.activityContent
      }</a></p>${item.text ? html`<p class="line-clamp-2 text-slate-700">${item.text}</p>` : ""}</li>`,
  )}</ul>`;
}
