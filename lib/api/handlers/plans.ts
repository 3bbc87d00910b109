import { apiRoute } from "@/lib/api/route";
import { API, transitionSpec } from "@/lib/api/routes";
import { mergePatch } from "@/lib/api/patch";
import { getPlanDocument, listPlansPage, planProgress } from "@/lib/plans/queries";
import { createBlankPlan } from "@/lib/plans/service/create";
import { updatePlan } from "@/lib/plans/service/edit";
import { transitionPlan } from "@/lib/plans/service/workflow";
import { correctPlanNumber } from "@/lib/plans/service/correct-number";
import { issuePlanReport } from "@/lib/plans/report/issue";
import { correctReportNumber } from "@/lib/plans/report/correct-number";
import { createPhase } from "@/lib/plans/service/phases";
import { updatePlanSchema } from "@/lib/plans/schemas";
import { PLAN_ACTIONS, type PlanAction } from "@/lib/plans/workflow";
import { presentPlan } from "@/lib/api/present";
import { listSignedCopies } from "@/lib/signed-copies/queries";
import type { SessionUser } from "@/lib/auth/user";
import { invalid, notFound } from "@/lib/errors";
import { zodFieldErrors } from "@/lib/validation";
import { todayInVietnam } from "@/lib/dates";
import { planTexts } from "@/lib/plans/snapshot";
import { defineSpec } from "@/lib/api/spec";
import { idParams } from "@/lib/api/schemas";
import { z } from "zod";

/** The whole plan as the API returns it after any change. */
export async function planJson(user: SessionUser, id: string) {
  const today = todayInVietnam();
  const [doc, progress, signedCopies] = await Promise.all([getPlanDocument(user, id), planProgress(user, id, today), listSignedCopies(user, id)]);
  return presentPlan(doc, progress, today, signedCopies);
}

export const listPlans = apiRoute(API.listPlans, async ({ user, query }) => ({ body: await listPlansPage(user, query) }));

export const createPlan = apiRoute(API.createPlan, async ({ user, body, transaction }) => {
  const { id } = await transaction((tx) => createBlankPlan(tx, user, body));
  return { status: 201, body: await planJson(user, id), headers: { Location: `/api/v1/plans/${id}` } };
});

export const getPlan = apiRoute(API.getPlan, async ({ user, params }) => ({ body: await planJson(user, params.id) }));

export const patchPlan = apiRoute(API.updatePlan, async ({ user, params, body, transaction }) => {
  const current = await planJson(user, params.id);
  const merged = mergePatch(
    {
      id: current.id,
      title: current.title,
      year: current.year,
      eventDate: current.eventDate,
      place: current.place,
      ...planTexts(current),
      draftingUnitId: current.draftingUnit?.id ?? null,
      version: body.version,
    },
    body,
  );
  const parsed = updatePlanSchema.safeParse(merged);
  if (!parsed.success) throw invalid(zodFieldErrors(parsed.error));
  await transaction((tx) => updatePlan(tx, user, parsed.data));
  return { body: await planJson(user, params.id) };
});

const anyTransition = defineSpec({ ...transitionSpec, path: "/plans/{id}/{action}", params: idParams.extend({ action: z.string() }) });

/** POST /plans/{id}/submit | withdraw | return | approve | issue | amend | complete | archive */
export const transition = apiRoute(anyTransition, async ({ user, params, body, transaction }) => {
  const action = PLAN_ACTIONS.find((a) => a === params.action) as PlanAction | undefined;
  if (!action) throw notFound("thao tác");
  const { version, comment, acceptedWarnings, number, issueDate } = body;
  await transaction((tx) => transitionPlan(tx, user, action, { planId: params.id, version, comment, acceptedWarnings, number, issueDate }));
  return { body: await planJson(user, params.id) };
});

/** POST /plans/{id}/correct-number: the văn thư's correction (lib/plans/service/correct-number.ts). */
export const correctNumber = apiRoute(API.correctPlanNumber, async ({ user, params, body, transaction }) => {
  await transaction((tx) => correctPlanNumber(tx, user, { ...body, planId: params.id }));
  return { body: await planJson(user, params.id) };
});

/** POST /plans/{id}/report/correct-number: Sửa số of the issued report (lib/plans/report/correct-number.ts). */
export const correctReportNumberRoute = apiRoute(API.correctReportNumber, async ({ params, body, user, transaction }) => ({
  body: await transaction((tx) => correctReportNumber(tx, user, { ...body, planId: params.id })),
}));

/** POST /plans/{id}/report/issue: the results report gets its number from the register (lib/plans/report/issue.ts). */
export const issueReport = apiRoute(API.issuePlanReport, async ({ params, body, user, transaction }) => {
  const result = await transaction((tx) => issuePlanReport(tx, user, { ...body, planId: params.id }));
  return { body: result };
});

export const addPhase = apiRoute(API.createPhase, async ({ user, params, body, transaction }) => {
  await transaction((tx) => createPhase(tx, user, { ...body, planId: params.id }));
  return { status: 201, body: await planJson(user, params.id) };
});
