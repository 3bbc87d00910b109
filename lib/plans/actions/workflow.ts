"use server";
import type { z } from "zod";
import type { Tx } from "@/lib/db-client";
import type { SessionUser } from "@/lib/auth/user";
import { formAction } from "@/lib/action";
import { amendPlanSchema, returnPlanSchema, submitPlanSchema, transitionSchema, type TransitionInput } from "@/lib/plans/schemas";
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
export const issuePlanAction = formAction(move("issue"));
export const amendPlanAction = formAction(move("amend", amendPlanSchema));
export const completePlanAction = formAction(move("complete"));
export const archivePlanAction = formAction(move("archive"));
