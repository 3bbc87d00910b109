import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { listNotifications } from "@/lib/notifications/queries";
import { formatDateTime } from "@/lib/dates";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { Badge } from "@/components/ui/badge";
import { MarkAllReadButton, MarkReadButton } from "@/components/notifications/notification-actions";
import { NotificationLink } from "@/components/notifications/notification-link";

export const metadata: Metadata = { title: "Thông báo" };

export default async function NotificationsPage() {
  const user = await requireUser();
  const notifications = await listNotifications(user);
  const unread = notifications.filter((n) => !n.readAt).length;
  return (
    <>
      <PageHeader title="Thông báo" description={unread ? `${unread} thông báo chưa đọc` : "Không có thông báo mới"} actions={unread ? <MarkAllReadButton /> : null} />
      {notifications.length === 0 ? (
        <EmptyState title="Chưa có thông báo">Bạn sẽ nhận thông báo khi kế hoạch được trình, trả lại, phê duyệt, ban hành, hoặc khi việc của đơn vị sắp đến hạn.</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white shadow-sm">
          {notifications.map((n) => (
            <li key={n.id} className={`flex flex-col gap-2 p-4 sm:flex-row sm:items-start sm:justify-between ${n.readAt ? "" : "bg-brand-50/60"}`}>
              <div>
                <p className="flex flex-wrap items-center gap-2">
                  {n.readAt ? null : <Badge tone="blue">Mới</Badge>}
                  <NotificationLink id={n.id} href={n.link} unread={!n.readAt}>
                    {n.title}
                  </NotificationLink>
                </p>
                {n.body ? <p className="mt-1 whitespace-pre-line text-sm text-slate-700">{n.body}</p> : null}
                <p className="mt-1 text-xs text-slate-500">{formatDateTime(n.createdAt)}</p>
              </div>
              {n.readAt ? null : <MarkReadButton id={n.id} />}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
