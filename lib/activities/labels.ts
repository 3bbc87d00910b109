import type { ActivityStatus } from "@/lib/generated/prisma/enums";

export const ACTIVITY_STATUSES = ["NOT_STARTED", "IN_PROGRESS", "DONE", "BLOCKED", "CANCELLED"] as const satisfies readonly ActivityStatus[];

export const ACTIVITY_STATUS_LABELS: Record<ActivityStatus, string> = {
  NOT_STARTED: "Chưa bắt đầu",
  IN_PROGRESS: "Đang thực hiện",
  DONE: "Hoàn thành",
  BLOCKED: "Vướng mắc",
  CANCELLED: "Đã hủy",
};
