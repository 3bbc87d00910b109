import { apiRoute } from "@/lib/api/route";
import { API } from "@/lib/api/routes";
import { mergePatch } from "@/lib/api/patch";
import { planJson } from "@/lib/api/handlers/plans";
import { activityJson } from "@/lib/api/handlers/activities";
import { invalid } from "@/lib/errors";
import { zodFieldErrors } from "@/lib/validation";
import { getPhaseFields } from "@/lib/plans/phase-queries";
import { updatePhaseSchema } from "@/lib/plans/schemas";
import { deletePhase, updatePhase } from "@/lib/plans/service/phases";
import { createActivity } from "@/lib/plans/service/activities";

export const patchPhase = apiRoute(API.updatePhase, async ({ user, params, body, transaction }) => {
  const phase = await getPhaseFields(user, params.id);
  const merged = mergePatch({ id: phase.id, title: phase.title, start: phase.start, end: phase.end, version: body.version }, body);
  const parsed = updatePhaseSchema.safeParse(merged);
  if (!parsed.success) throw invalid(zodFieldErrors(parsed.error));
  const saved = await transaction((tx) => updatePhase(tx, user, parsed.data));
  return { body: await planJson(user, saved.planId) };
});

export const removePhase = apiRoute(API.deletePhase, async ({ user, params, query, transaction }) => {
  await getPhaseFields(user, params.id);
  await transaction((tx) => deletePhase(tx, user, { id: params.id, version: query.version, activities: query.activities, targetPhaseId: query.targetPhaseId ?? null }));
  return { status: 204, body: null };
});

export const addActivity = apiRoute(API.createActivity, async ({ user, params, body, transaction }) => {
  await getPhaseFields(user, params.id);
  const activity = await transaction((tx) => createActivity(tx, user, { ...body, phaseId: params.id, parentId: body.parentId ?? null }));
  return { status: 201, body: await activityJson(user, activity.id), headers: { Location: `/api/v1/activities/${activity.id}` } };
});
