// Merging unit A into unit B from a date (issue 16 §6): the preview lists what moves and what stays; the merge
// recomputes the same lists in its transaction and refuses when they differ from what the admin saw (previewKey).
// Moves: A's open activities (lead → B; support → B, once), A's draft plans, users, group memberships and live
// calendar feeds. Stays: done/cancelled activities, those of completed/archived plans and issued plans keep A.
import { createHash } from "node:crypto";
import type { Db, Tx } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/user";
import { writeAudit } from "@/lib/audit/service";
import { conflict, invalid, notFound } from "@/lib/errors";
import { allOf } from "@/lib/auth/filters";
import { unitGroupIds } from "@/lib/activities/read-model";
import { toDbDate } from "@/lib/dates";
import { manageableUnitsWhere } from "@/lib/units/access";
import { loadForChange, saveVersioned } from "@/lib/units/service";
import { checkEffectiveDate, OPEN_ACTIVITY } from "@/lib/units/reorganise";
import type { MergeUnitInput } from "@/lib/units/schemas";

const DRAFT_PLAN = { status: { in: ["DRAFT", "SUBMITTED", "RETURNED"] } } satisfies Prisma.PlanWhereInput;
const activitySelect = { id: true, content: true, plan: { select: { id: true, title: true, year: true } } } as const;

/** What a merge of `sourceId` into `targetId` would move and keep, read with the given client. */
async function collect(client: Db | Tx, user: SessionUser, sourceId: string, targetId: string) {
  const where = manageableUnitsWhere(user);
  const [source, target] = await Promise.all([
    client.unit.findFirst({ where: allOf(where, { id: sourceId }), select: { id: true, name: true, kind: true, version: true, closedAt: true, validFrom: true } }),
    client.unit.findFirst({ where: allOf(where, { id: targetId }), select: { id: true, name: true, kind: true, version: true, active: true, closedAt: true } }),
  ]);
  if (!source) throw notFound("đơn vị");
  if (!target) throw invalid({ targetId: ["Chọn đơn vị tiếp nhận trong Sở."] });
  if (target.id === source.id) throw invalid({ targetId: ["Không thể sáp nhập một đơn vị vào chính nó."] });
  if (!target.active || target.closedAt) throw invalid({ targetId: ["Đơn vị tiếp nhận đã ngừng sử dụng hoặc đã giải thể."] });
  if (source.kind === "GROUP" || target.kind === "GROUP") throw invalid({ targetId: ["Nhóm đơn vị không sáp nhập được; hãy chọn hai đơn vị cụ thể."] });
  const [leads, supports, keptActivities, drafts, keptPlans, users, memberships, feeds] = await Promise.all([
    client.activity.findMany({ where: { leadUnitId: source.id, ...OPEN_ACTIVITY }, select: activitySelect, orderBy: { id: "asc" } }),
    client.activity.findMany({ where: { supporters: { some: { unitId: source.id } }, ...OPEN_ACTIVITY }, select: activitySelect, orderBy: { id: "asc" } }),
    client.activity.count({ where: { OR: [{ leadUnitId: source.id }, { supporters: { some: { unitId: source.id } } }], NOT: OPEN_ACTIVITY } }),
    client.plan.findMany({ where: { draftingUnitId: source.id, ...DRAFT_PLAN }, select: { id: true, title: true }, orderBy: { id: "asc" } }),
    client.plan.count({ where: { draftingUnitId: source.id, NOT: DRAFT_PLAN } }),
    client.user.findMany({ where: { unitId: source.id }, select: { id: true, displayName: true, username: true }, orderBy: { id: "asc" } }),
    unitGroupIds(client, source.id).then((ids) => client.unit.findMany({ where: { id: { in: ids } }, select: { id: true, name: true }, orderBy: { id: "asc" } })),
    client.calendarFeed.findMany({ where: { unitId: source.id, revokedAt: null }, select: { id: true }, orderBy: { id: "asc" } }),
  ]);
  const key = createHash("sha256")
    .update(JSON.stringify([target.id, [leads, supports, drafts, users, feeds].map((rows) => rows.map((r) => r.id)), memberships.map((m) => m.id)]))
    .digest("hex")
    .slice(0, 32);
  return { source, target, leads, supports, keptActivities, drafts, keptPlans, users, memberships, feeds, key };
}

export type MergePreview = Awaited<ReturnType<typeof previewMerge>>;

/** The preview page's lists, for an admin (unit.manage); the key goes back with the confirmation. */
export async function previewMerge(client: Db | Tx, user: SessionUser, sourceId: string, targetId: string) {
  const c = await collect(client, user, sourceId, targetId);
  return {
    source: { id: c.source.id, name: c.source.name, version: c.source.version },
    target: { id: c.target.id, name: c.target.name },
    leads: c.leads,
    supports: c.supports,
    drafts: c.drafts,
    users: c.users,
    groups: c.memberships.map((m) => ({ id: m.id, name: m.name })),
    feeds: c.feeds.length,
    keptActivities: c.keptActivities,
    keptPlans: c.keptPlans,
    previewKey: c.key,
  };
}

export async function mergeUnit(tx: Tx, user: SessionUser, input: MergeUnitInput) {
  const unit = await loadForChange(tx, user, input.id, input.version);
  checkEffectiveDate(unit, input.effectiveDate);
  const c = await collect(tx, user, unit.id, input.targetId);
  if (c.key !== input.previewKey) {
    throw conflict("Công việc của đơn vị đã thay đổi từ khi xem trước. Danh sách mới đã được tải lại; vui lòng xem lại rồi xác nhận.");
  }
  const A = unit.id;
  const B = c.target.id;
  const leadIds = c.leads.map((a) => a.id);
  const supportIds = c.supports.map((a) => a.id);
  // Lead → B: B no longer supports what it now leads.
  if (leadIds.length) {
    await tx.activity.updateMany({ where: { id: { in: leadIds } }, data: { leadUnitId: B, version: { increment: 1 } } });
    await tx.activitySupport.deleteMany({ where: { activityId: { in: leadIds }, unitId: B } });
  }
  // Support → B, once: not where B already supports or leads.
  if (supportIds.length) {
    const taken = await tx.activity.findMany({
      where: { id: { in: supportIds }, OR: [{ leadUnitId: B }, { supporters: { some: { unitId: B } } }] },
      select: { id: true },
    });
    const skip = new Set(taken.map((a) => a.id));
    await tx.activitySupport.deleteMany({ where: { activityId: { in: supportIds }, unitId: A } });
    const add = supportIds.filter((id) => !skip.has(id));
    if (add.length) await tx.activitySupport.createMany({ data: add.map((activityId) => ({ organizationId: unit.organizationId, activityId, unitId: B })) });
    await tx.activity.updateMany({ where: { id: { in: supportIds }, NOT: { id: { in: leadIds } } }, data: { version: { increment: 1 } } });
  }
  if (c.drafts.length) await tx.plan.updateMany({ where: { id: { in: c.drafts.map((p) => p.id) } }, data: { draftingUnitId: B, version: { increment: 1 } } });
  if (c.users.length) await tx.user.updateMany({ where: { id: { in: c.users.map((u) => u.id) } }, data: { unitId: B, version: { increment: 1 } } });
  for (const m of c.memberships) {
    await tx.unitGroupMember.deleteMany({ where: { groupId: m.id, memberId: A } });
    await tx.unitGroupMember.upsert({
      where: { groupId_memberId: { groupId: m.id, memberId: B } },
      create: { organizationId: unit.organizationId, groupId: m.id, memberId: B },
      update: {},
    });
  }
  if (c.feeds.length) await tx.calendarFeed.updateMany({ where: { id: { in: c.feeds.map((f) => f.id) } }, data: { unitId: B } });
  await saveVersioned(tx, A, unit.version, { closedAt: toDbDate(input.effectiveDate), closeReason: input.reason, mergedIntoId: B, active: false });
  await writeAudit(tx, user, user.organizationId, {
    action: "merge",
    entityType: "Unit",
    entityId: A,
    entityLabel: unit.name,
    before: { active: unit.active },
    after: {
      mergedInto: { id: B, name: c.target.name },
      effectiveDate: input.effectiveDate,
      reason: input.reason,
      counts: { leads: leadIds.length, supports: supportIds.length, drafts: c.drafts.length, users: c.users.length, groups: c.memberships.length, feeds: c.feeds.length },
      ids: { leads: leadIds, supports: supportIds, drafts: c.drafts.map((p) => p.id), users: c.users.map((u) => u.id), groups: c.memberships.map((m) => m.id), feeds: c.feeds.map((f) => f.id) },
    },
  });
  return { targetName: c.target.name, moved: leadIds.length + supportIds.length };
}
