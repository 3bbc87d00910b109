"use server";
import { formAction } from "@/lib/action";
import { feedTargetSchema } from "@/lib/calendar-feeds/schemas";
import { regenerateFeed, revokeFeed } from "@/lib/calendar-feeds/service";

const page = (target: { kind: string; id: string }) => (target.kind === "plan" ? `/plans/${target.id}/calendar` : "/my-work");

export const regenerateFeedAction = formAction({
  name: "regenerateFeed",
  schema: feedTargetSchema,
  run: regenerateFeed,
  after: (_feed, target) => ({ message: "Đã tạo đường dẫn lịch mới. Đường dẫn cũ (nếu có) không còn dùng được.", revalidate: [page(target)] }),
});

export const revokeFeedAction = formAction({
  name: "revokeFeed",
  schema: feedTargetSchema,
  run: revokeFeed,
  after: (_r, target) => ({ message: "Đã thu hồi đường dẫn lịch.", revalidate: [page(target)] }),
});
