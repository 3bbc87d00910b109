"use client";
import { useState } from "react";
import Link from "next/link";
import type { WorkItem } from "@/lib/activities/queries";
import { formatDateTime, formatWindow, describeWindow } from "@/lib/dates";
import { ActivityStatusBadge } from "@/components/plans/status-badges";
import { ProgressBar } from "@/components/ui/progress-bar";
import { Badge } from "@/components/ui/badge";
import { Button, buttonClass } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { UpdateForm } from "@/components/activities/update-form";

export function WorkRow({ item }: { item: WorkItem }) {
  const [open, setOpen] = useState(false);
  const title = `${item.phaseCode}.${item.stt}`;
  return (
    <li className={cn("rounded-lg border bg-white p-3 shadow-sm", item.overdue ? "border-red-300" : item.dueSoon ? "border-amber-300" : "border-slate-200")}>
      <article aria-label={`Hoạt động ${title}: ${item.content.slice(0, 80)}`}>
        <div className="grid gap-3 md:grid-cols-[1fr_8rem_10rem_13rem] md:items-start">
          <div className="min-w-0">
            <p className="text-xs text-slate-500">
              {item.plan.numberLabel ? `${item.plan.numberLabel} · ` : ""}
              {item.plan.displayTitle} · mục {item.phaseCode}
            </p>
            <Link href={`/activities/${item.id}`} className="mt-0.5 block font-medium text-brand-800 underline-offset-2 hover:underline">
              <span className="text-slate-500">{item.stt}.</span> <span className="whitespace-pre-line">{item.content}</span>
            </Link>
            {item.parentContent ? <p className="text-xs text-slate-500">Việc con của: {item.parentContent}</p> : null}
            <p className="mt-1 flex flex-wrap gap-1">
              <Badge tone={item.part === "lead" ? "purple" : "gray"}>{item.part === "lead" ? "Chủ trì" : "Phối hợp"}</Badge>
              {item.overdue ? <Badge tone="red">Quá hạn</Badge> : null}
              {item.dueSoon ? <Badge tone="amber">Sắp đến hạn</Badge> : null}
            </p>
          </div>
          <div className="text-sm">
            <span className="text-xs text-slate-500 md:hidden">Thời gian: </span>
            <time dateTime={item.end} title={describeWindow(item.start, item.end)}>
              {formatWindow(item.start, item.end)}
            </time>
          </div>
          <div className="space-y-1">
            <ActivityStatusBadge status={item.status} />
            <ProgressBar value={item.progress} label={`Tiến độ hoạt động ${title}`} />
          </div>
          <div className="flex flex-col items-start gap-1 text-xs text-slate-600 md:items-end">
            <span>{item.lastUpdateAt ? `Cập nhật ${formatDateTime(item.lastUpdateAt)}` : "Chưa cập nhật"}</span>
            <div className="flex gap-1 whitespace-nowrap">
              {item.rights.report ? (
                <Button size="sm" variant={open ? "primary" : "secondary"} aria-expanded={open} onClick={() => setOpen(!open)}>
                  Cập nhật nhanh
                </Button>
              ) : null}
              <Link href={`/activities/${item.id}`} className={buttonClass("ghost", "sm")}>
                Chi tiết
              </Link>
            </div>
          </div>
        </div>
        {open ? (
          <div className="mt-3 border-t border-slate-100 pt-3">
            <UpdateForm compact activity={item} rights={item.rights} onClose={() => setOpen(false)} />
          </div>
        ) : null}
      </article>
    </li>
  );
}
