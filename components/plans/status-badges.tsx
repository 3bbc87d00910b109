import type { ActivityStatus, PlanStatus } from "@/lib/generated/prisma/enums";
import { PLAN_STATUS_LABELS } from "@/lib/plans/labels";
import { ACTIVITY_STATUS_LABELS } from "@/lib/activities/labels";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const PLAN_TONES: Record<PlanStatus, BadgeTone> = {
  DRAFT: "gray",
  SUBMITTED: "amber",
  RETURNED: "red",
  APPROVED: "purple",
  ISSUED: "blue",
  COMPLETED: "green",
  ARCHIVED: "gray",
};

const ACTIVITY_TONES: Record<ActivityStatus, BadgeTone> = {
  NOT_STARTED: "gray",
  IN_PROGRESS: "blue",
  DONE: "green",
  BLOCKED: "red",
  CANCELLED: "gray",
};

/** The classes of an activity's status badge, for rows rendered as a string (components/plans/phase-table.tsx). */
export const activityBadgeClass = (status: ActivityStatus) => `badge badge-${ACTIVITY_TONES[status]}`;

export function PlanStatusBadge({ status }: { status: PlanStatus }) {
  return <Badge tone={PLAN_TONES[status]}>{PLAN_STATUS_LABELS[status]}</Badge>;
}

export function ActivityStatusBadge({ status }: { status: ActivityStatus }) {
  return <Badge tone={ACTIVITY_TONES[status]}>{ACTIVITY_STATUS_LABELS[status]}</Badge>;
}
