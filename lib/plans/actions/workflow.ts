"use server";
import type { z } from "zod";
import type { Tx } from "@/lib/db-client";
import type { SessionUser } from "@/lib/auth/user";
import { formAction } from "@/lib/action";
import { amendPlanSchema, correctPlanNumberSchema, issuePlanSchema, returnPlanSchema, submitPlanSchema, transitionSchema, type TransitionInput } from "@/lib/plans/schemas";
import { correctPlanNumber } from "@/lib/plans/service/correct-number";
import { transitionPlan } from "@/lib/plans/service/workflow";
import type { PlanAction } from "@/lib/plans/workflow";

/**
 * One move of the plan's life (WORKFLOW decides who may). The plan page then
 * says what just happened (?done=…): the editor may no longer apply.
 */
const move = (action: PlanAction, schema: z.ZodType<TransitionInput> = transitionSchema) => ({
  name: `${action}Plan`,
  schema,
  run: (tx: Tx, user: SessionUser, input: TransitionInput) => transitionPlan(tx, user, action, input),
  after: (_result: unknown, { planId }: TransitionInput) => ({
    revalidate: [`/plans/${planId}`, `/plans/${planId}/edit`, "/plans", "/"],
    redirectTo: `/plans/${planId}?done=${action}`,
  }),
});

export const submitPlanAction = formAction(move("submit", submitPlanSchema));
export const withdrawPlanAction = formAction(move("withdraw"));
export const returnPlanAction = formAction(move("return", returnPlanSchema));
export const approvePlanAction = formAction(move("approve"));
export const issuePlanAction = formAction(move("issue", issuePlanSchema));
export const amendPlanAction = formAction(move("amend", amendPlanSchema));
export const completePlanAction = formAction(move("complete"));
export const archivePlanAction = formAction(move("archive"));

/** Sửa số (văn thư): the plan page shows the corrected number at once. */
export const correctPlanNumberAction = formAction({
  name: "correctPlanNumber",
  schema: correctPlanNumberSchema,
  run: correctPlanNumber,
  after: (result: { numberLabel: string }, { planId }: { planId: string }) => ({
    message: `Đã sửa số kế hoạch thành ${result.numberLabel}.`,
    revalidate: [`/plans/${planId}`, `/plans/${planId}/history`, "/plans", "/register"],
  }),
});
