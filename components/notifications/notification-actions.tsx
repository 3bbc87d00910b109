"use client";
import { markAllNotificationsReadAction, markNotificationReadAction } from "@/lib/notifications/actions";
import { InlineAction } from "@/components/ui/inline-action";

export function MarkReadButton({ id }: { id: string }) {
  return (
    <InlineAction action={markNotificationReadAction} fields={{ id }} variant="ghost">
      Đánh dấu đã đọc
    </InlineAction>
  );
}

export function MarkAllReadButton() {
  return (
    <InlineAction action={markAllNotificationsReadAction} fields={{}}>
      Đánh dấu tất cả đã đọc
    </InlineAction>
  );
}
