import { fileResponse } from "@/lib/file-response";
import { apiRoute } from "@/lib/api/route";
import { API } from "@/lib/api/routes";
import { mergePatch } from "@/lib/api/patch";
import { presentActivityDetail, presentActivityRow, presentRecordedUpdate } from "@/lib/api/present";
import { getActivityDetail, getActivityFields, getAttachmentForDownload } from "@/lib/activities/queries";
import { listActivitiesPage } from "@/lib/activities/list-queries";
import { recordActivityUpdate } from "@/lib/activities/service";
import { updateActivitySchema } from "@/lib/plans/schemas";
import { deleteActivity, moveActivity, updateActivity } from "@/lib/plans/service/activities";
import type { SessionUser } from "@/lib/auth/user";
import { invalid } from "@/lib/errors";
import { zodFieldErrors } from "@/lib/validation";

export async function activityJson(user: SessionUser, id: string) {
  return presentActivityDetail(await getActivityDetail(user, id));
}

export const listActivities = apiRoute(API.listActivities, async ({ user, query }) => {
  const { items, nextCursor } = await listActivitiesPage(user, query);
  return { body: { nextCursor, items: items.map(presentActivityRow) } };
});

export const getActivity = apiRoute(API.getActivity, async ({ user, params }) => ({ body: await activityJson(user, params.id) }));

export const patchActivity = apiRoute(API.updateActivity, async ({ user, params, body, transaction }) => {
  const current = await getActivityFields(user, params.id);
  const { phaseId, ...fields } = body;
  const merged = mergePatch(
    {
      id: current.id,
      version: body.version,
      content: current.content,
      description: current.description,
      leadUnitId: current.leadUnit.id,
      supporterIds: current.supporters.map((s) => s.id),
      start: current.start,
      end: current.end,
      note: current.note,
    },
    fields,
  );
  const parsed = updateActivitySchema.safeParse(merged);
  if (!parsed.success) throw invalid(zodFieldErrors(parsed.error));
  await transaction(async (tx) => {
    const saved = await updateActivity(tx, user, parsed.data);
    if (phaseId && phaseId !== saved.phaseId) await moveActivity(tx, user, { id: saved.id, version: saved.version, phaseId });
  });
  return { body: await activityJson(user, params.id) };
});

export const removeActivity = apiRoute(API.deleteActivity, async ({ user, params, query, transaction }) => {
  await getActivityFields(user, params.id);
  await transaction((tx) => deleteActivity(tx, user, { id: params.id, version: query.version }));
  return { status: 204, body: null };
});

export const addUpdate = apiRoute(API.recordUpdate, async ({ user, params, body, transaction }) => {
  const recorded = await transaction((tx) => recordActivityUpdate(tx, user, { ...body, activityId: params.id, files: [] }));
  return { status: 201, body: presentRecordedUpdate(recorded) };
});

export const downloadAttachment = apiRoute(API.downloadAttachment, async ({ user, params }) => {
  const file = await getAttachmentForDownload(user, params.id);
  return fileResponse({ bytes: file.data, fileName: file.fileName, contentType: file.contentType });
});
