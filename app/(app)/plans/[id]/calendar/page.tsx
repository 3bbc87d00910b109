import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { format } from "date-fns";
import { requireUser } from "@/lib/auth/session";
import { notFound } from "next/navigation";
import { planIsReadable } from "@/lib/plans/queries";
import { monthOf } from "@/lib/dashboard/calendar";
import { cachedPlanCalendarItems, cachedPlanHeader } from "@/lib/dashboard/cached";
import { layoutWeek, monthWeeks } from "@/lib/dashboard/calendar-layout";
import { orPageError } from "@/lib/page";
import { describeWindow, todayInVietnam } from "@/lib/dates";
import { cn } from "@/components/ui/cn";
import { buttonClass } from "@/components/ui/button";
import { FeedPanel } from "@/components/calendar/feed-panel";
import { baseUrl } from "@/lib/base-url";
import { planFeed } from "@/lib/calendar-feeds/queries";

export const metadata: Metadata = { title: "Lịch" };

const paramsSchema = z.object({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/).optional().catch(undefined) });

const WEEKDAYS = ["T2", "T3", "T4", "T5", "T6", "T7", "CN"];

function shiftMonth(month: string, by: number) {
  const date = new Date(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1 + by, 1);
  return format(date, "yyyy-MM");
}

export default async function PlanCalendarPage({ params, searchParams }: PageProps<"/plans/[id]/calendar">) {
  const { id } = await params;
  const user = await requireUser();
  // The access check before the cached header and items of the plan: the layout's own (planIsReadable, once per
  // request). Lower case: the key and the tags name the plan as the database notifies it.
  if (!(await planIsReadable(user, id))) notFound();
  const planId = id.toLowerCase();
  const [header, items, feed] = await Promise.all([cachedPlanHeader(user.organizationId, planId), cachedPlanCalendarItems(user.organizationId, planId), orPageError(planFeed(user, id))]);
  const today = todayInVietnam();
  const inWindow = header.window && today >= header.window.start && today <= header.window.end;
  const month = paramsSchema.parse(await searchParams).month ?? monthOf(inWindow ? today : (header.eventDate ?? header.window?.start ?? today));
  const weeks = monthWeeks(month).map((days) => layoutWeek(days, items));
  const monthItems = items.filter((i) => i.start <= `${month}-31` && i.end >= `${month}-01`);
  const title = `tháng ${Number(month.slice(5, 7))}/${month.slice(0, 4)}`;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-xl font-semibold text-slate-900">
          Lịch {title}: {header.displayTitle}
        </h1>
        <nav aria-label="Chọn tháng" className="flex gap-2">
          <Link href={`/plans/${id}/calendar?month=${shiftMonth(month, -1)}`} className={buttonClass("secondary", "sm")}>
            ← Tháng trước
          </Link>
          <Link href={`/plans/${id}/calendar?month=${shiftMonth(month, 1)}`} className={buttonClass("secondary", "sm")}>
            Tháng sau →
          </Link>
        </nav>
      </div>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" aria-hidden="true">
        <div className="min-w-[44rem]">
          <div className="grid grid-cols-7 border-b border-slate-200 bg-slate-50 text-center text-xs font-semibold text-slate-600">
            {WEEKDAYS.map((d) => (
              <div key={d} className="py-1">
                {d}
              </div>
            ))}
          </div>
          {weeks.map((week) => (
            <div key={week.days[0]} className="border-b border-slate-100">
              <div className="grid grid-cols-7 text-xs">
                {week.days.map((day) => (
                  <div key={day} className={cn("px-1.5 pt-1", day.slice(0, 7) !== month && "bg-slate-50 text-slate-500", day === today && "font-bold text-flag")}>
                    {Number(day.slice(8, 10))}
                  </div>
                ))}
              </div>
              <div className="grid min-h-10 grid-cols-7 gap-y-1 px-0.5 pb-2" style={{ gridTemplateRows: `repeat(${Math.max(week.lanes, 1)}, minmax(1.5rem, auto))` }}>
                {week.segments.map((s) => (
                  <Link
                    key={`${s.item.id}-${week.days[0]}`}
                    href={s.item.href}
                    tabIndex={-1}
                    title={`${s.item.label} (${describeWindow(s.item.start, s.item.end)})`}
                    className={cn(
                      "mx-0.5 truncate px-1.5 py-0.5 text-xs ring-1 ring-inset",
                      s.item.tone,
                      s.continuesBefore ? "rounded-l-none" : "rounded-l",
                      s.continuesAfter ? "rounded-r-none" : "rounded-r",
                      s.item.kind === "event" && "font-semibold",
                    )}
                    style={{ gridColumn: `${s.column + 1} / span ${s.span}`, gridRow: s.lane + 1 }}
                  >
                    {s.item.label}
                  </Link>
                ))}
              </div>
            </div>
          ))}
        </div>
      </div>
      <section aria-labelledby="agenda" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <h2 id="agenda" className="mb-2 text-base font-semibold">
          Trong {title}
        </h2>
        {monthItems.length ? (
          <ul className="divide-y divide-slate-100 text-sm">
            {monthItems.map((item) => (
              <li key={item.id} className="flex flex-col gap-0.5 py-2 sm:flex-row sm:gap-4">
                <span className="shrink-0 tabular-nums text-slate-600 sm:w-56">{describeWindow(item.start, item.end)}</span>
                <Link href={item.href} className={cn("text-brand-700 underline-offset-2 hover:underline", item.kind === "event" && "font-semibold")}>
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-600">Không có hoạt động nào trong tháng này.</p>
        )}
      </section>
      <FeedPanel baseUrl={await baseUrl()} feed={feed} target={{ kind: "plan", id }} />
    </div>
  );
}
