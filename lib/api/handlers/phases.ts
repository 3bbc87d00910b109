import { apiRoute } from "@/lib/api/route";
import { API } from "@/lib/api/routes";
import { mergePatch } from "@/lib/api/patch";
import { planJson } from "@/lib/api/handlers/plans";
import { activityJson } from "@/lib/api/handlers/activities";
import { db } from "@/lib/db";
import { fromDbDate } from "@/lib/dates";
import { invalid, notFound } from "@/lib/errors";
import { zodFieldErrors } from "@/lib/validation";
import { readablePlansWhere } from "@/lib/plans/access";
import { updatePhaseSchema } from "@/lib/plans/schemas";
import { deletePhase, updatePhase } from "@/lib/plans/service/phases";
import { createActivity } from "@/lib/plans/service/activities";
import type { SessionUser } from "@/lib/auth/user";

async function readablePhase(user: SessionUser, id: string) {
  const phase = await db.phase.findFirst({ where: { id, plan: readablePlansWhere(user) } });
  if (!phase) throw notFound("giai đoạn");
  return phase;
}

export const patchPhase = apiRoute(API.updatePhase, async ({ user, params, body, transaction }) => {
  const phase = await readablePhase(user, params.id);
  const merged = mergePatch({ id: phase.id, title: phase.title, start: fromDbDate(phase.startDate), end: fromDbDate(phase.endDate), version: body.version }, body);
  const parsed = updatePhaseSchema.safeParse(merged);
  if (!parsed.success) throw invalid(zodFieldErrors(parsed.error));
  await transaction((tx) => updatePhase(tx, user, parsed.data));
  return { body: await planJson(user, phase.planId) };
});

export const removePhase = apiRoute(API.deletePhase, async ({ user, params, query, transaction }) => {
  await readablePhase(user, params.id);
  await transaction((tx) => deletePhase(tx, user, { id: params.id, version: query.version, activities: query.activities, targetPhaseId: query.targetPhaseId ?? null }));
  return { status: 204, body: null };
});

export const addActivity = apiRoute(API.createActivity, async ({ user, params, body, transaction }) => {
  await readablePhase(user, params.id);
  const activity = await transaction((tx) => createActivity(tx, user, { ...body, phaseId: params.id, parentId: body.parentId ?? null }));
  return { status: 201, body: await activityJson(user, activity.id), headers: { Location: `/api/v1/activities/${activity.id}` } };
});
