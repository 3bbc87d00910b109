"use server";
import { z } from "zod";
import { formAction } from "@/lib/action";
import { uuid } from "@/lib/validation";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/notifications/service";
import { remindLeadUnit } from "@/lib/notifications/remind";
import { remindUnitSchema } from "@/lib/notifications/schemas";

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

export const remindLeadUnitAction = formAction({
  name: "remindLeadUnit",
  schema: remindUnitSchema,
  run: remindLeadUnit,
  after: (r, input) => ({
    message: r.notified ? `Đã nhắc ${r.unitName} (${r.notified} người nhận).` : `Đã ghi lời nhắc; ${r.unitName} chưa có tài khoản cán bộ để nhận thông báo.`,
    revalidate: [`/activities/${input.activityId}`, "/attention"],
  }),
});
