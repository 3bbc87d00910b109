// Discussion on an activity: a comment, and the units it names with "@" are told.
import type { Tx } from "@/lib/db-client";
import type { SessionUser } from "@/lib/auth/user";
import { writeAudit } from "@/lib/audit/service";
import { forbidden } from "@/lib/errors";
import { clip, foldVietnamese } from "@/lib/text";
import { notifyUsers } from "@/lib/notifications/service";
import { activityLabel } from "@/lib/activities/read-model";
import type { CommentInput } from "@/lib/activities/schemas";
import { loadForTracking } from "@/lib/activities/service/load";

/** Units named in a comment with "@": "@Phòng QLKH" or the full name, accents optional. */
export function mentionedUnits(body: string, units: { id: string; name: string; shortName: string }[]): string[] {
  const folded = foldVietnamese(body);
  return units
    .filter((unit) => [unit.shortName, unit.name].some((name) => folded.includes(`@${foldVietnamese(name)}`)))
    .map((unit) => unit.id);
}

export async function addComment(tx: Tx, user: SessionUser, input: CommentInput) {
  const { activity, rights } = await loadForTracking(tx, user, input.activityId);
  if (!rights.comment) throw forbidden("Tài khoản người xem không tham gia trao đổi.");
  const units = await tx.unit.findMany({ where: { organizationId: activity.organizationId }, select: { id: true, name: true, shortName: true } });
  const mentioned = mentionedUnits(input.body, units);
  const comment = await tx.activityComment.create({
    data: { organizationId: activity.organizationId, activityId: activity.id, authorId: user.id, body: input.body, mentionedUnitIds: mentioned },
  });
  const label = activityLabel(activity);
  await writeAudit(tx, user, activity.organizationId, {
    action: "comment",
    entityType: "Activity",
    entityId: activity.id,
    entityLabel: label,
    planId: activity.planId,
    after: { commentId: comment.id, body: input.body, mentionedUnitIds: mentioned },
  });
  if (mentioned.length) {
    const members = await tx.unitGroupMember.findMany({ where: { groupId: { in: mentioned } }, select: { memberId: true } });
    const staff = await tx.user.findMany({
      where: { organizationId: activity.organizationId, active: true, unitId: { in: [...mentioned, ...members.map((m) => m.memberId)] } },
      select: { id: true },
    });
    await notifyUsers(
      tx,
      activity.organizationId,
      staff.map((s) => s.id),
      {
        kind: "activity.mention",
        title: `${user.displayName} nhắc đơn vị của bạn ở ${label}`,
        body: input.body.length > 300 ? `${clip(input.body, 297)}…` : input.body,
        link: `/activities/${activity.id}#trao-doi`,
        planId: activity.planId,
        activityId: activity.id,
      },
      user.id,
    );
  }
  return comment;
}

