import Link from "next/link";
import type { HomeDashboard } from "@/lib/dashboard/queries";
import { formatDateTime, formatWindow } from "@/lib/dates";
import { ACTIVITY_STATUS_LABELS } from "@/lib/activities/labels";
import { Badge } from "@/components/ui/badge";

export function UpcomingList({ items }: { items: HomeDashboard["upcoming"] }) {
  if (!items.length) return <p className="text-sm text-slate-600">Không có hoạt động nào trong 7 ngày tới.</p>;
  return (
    <ul className="divide-y divide-slate-100">
      {items.map((item) => (
        <li key={item.id} className="py-2 text-sm">
          <p className="flex flex-wrap items-center gap-2">
            <span className="tabular-nums text-slate-600">{formatWindow(item.start, item.end)}</span>
            {item.dueSoon ? <Badge tone="amber">Sắp đến hạn</Badge> : null}
            <span className="text-xs text-slate-500">{item.lead}</span>
          </p>
          <Link href={`/activities/${item.id}`} className="text-brand-700 underline-offset-2 hover:underline">
            {item.content}
          </Link>
        </li>
      ))}
    </ul>
  );
}

export function LatestUpdates({ items }: { items: HomeDashboard["updates"] }) {
  if (!items.length) return <p className="text-sm text-slate-600">Chưa có cập nhật nào.</p>;
  return (
    <ul className="divide-y divide-slate-100">
      {items.map((item) => (
        <li key={item.id} className="py-2 text-sm">
          <p className="text-xs text-slate-500">
            {formatDateTime(item.at)} · <span className="font-medium text-slate-800">{item.author}</span>
            {item.unit ? ` (${item.unit})` : ""}
          </p>
          <p>
            {item.status ? <Badge tone="blue">{ACTIVITY_STATUS_LABELS[item.status]}</Badge> : null}{" "}
            {item.progress !== null ? <span className="text-slate-600">{item.progress}% · </span> : null}
            <Link href={`/activities/${item.activityId}`} className="text-brand-700 underline-offset-2 hover:underline">
              {item.activityContent.length > 90 ? `${item.activityContent.slice(0, 87)}…` : item.activityContent}
            </Link>
          </p>
          {item.text ? <p className="line-clamp-2 text-slate-700">{item.text}</p> : null}
        </li>
      ))}
    </ul>
  );
}
