"use server";
import { z } from "zod";
import { formAction } from "@/lib/action";
import { uuid } from "@/lib/validation";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/notifications/service";

export const markNotificationReadAction = formAction({
  name: "markNotificationRead",
  schema: z.object({ id: uuid("Thông báo") }),
  run: markNotificationRead,
  after: () => ({ message: "Đã đánh dấu đã đọc.", revalidate: ["/notifications"] }),
});

export const markAllNotificationsReadAction = formAction({
  name: "markAllNotificationsRead",
  schema: z.object({}),
  run: (tx, user) => markAllNotificationsRead(tx, user),
  after: (count) => ({ message: count ? `Đã đánh dấu ${count} thông báo là đã đọc.` : "Không còn thông báo chưa đọc.", revalidate: ["/notifications"] }),
});
