"use server";
import { formAction } from "@/lib/action";
import { amendPlanSchema, returnPlanSchema, transitionSchema } from "@/lib/plans/schemas";
import { transitionPlan } from "@/lib/plans/service/workflow";

const pages = (planId: string) => [`/plans/${planId}`, `/plans/${planId}/edit`, "/plans", "/"];

// The plan page says what just happened (?done=…): the editor may no longer apply.
const done = (planId: string, action: string) => ({ revalidate: pages(planId), redirectTo: `/plans/${planId}?done=${action}` });

export const submitPlanAction = formAction({
  name: "submitPlan",
  schema: transitionSchema,
  run: (tx, user, input) => transitionPlan(tx, user, "submit", input),
  after: (_r, input) => done(input.planId, "submit"),
});

export const withdrawPlanAction = formAction({
  name: "withdrawPlan",
  schema: transitionSchema,
  run: (tx, user, input) => transitionPlan(tx, user, "withdraw", input),
  after: (_r, input) => done(input.planId, "withdraw"),
});

export const returnPlanAction = formAction({
  name: "returnPlan",
  schema: returnPlanSchema,
  run: (tx, user, input) => transitionPlan(tx, user, "return", input),
  after: (_r, input) => done(input.planId, "return"),
});

export const approvePlanAction = formAction({
  name: "approvePlan",
  schema: transitionSchema,
  run: (tx, user, input) => transitionPlan(tx, user, "approve", input),
  after: (_r, input) => done(input.planId, "approve"),
});

export const issuePlanAction = formAction({
  name: "issuePlan",
  schema: transitionSchema,
  run: (tx, user, input) => transitionPlan(tx, user, "issue", input),
  after: (_r, input) => done(input.planId, "issue"),
});

export const amendPlanAction = formAction({
  name: "amendPlan",
  schema: amendPlanSchema,
  run: (tx, user, input) => transitionPlan(tx, user, "amend", input),
  after: (_r, input) => done(input.planId, "amend"),
});

export const completePlanAction = formAction({
  name: "completePlan",
  schema: transitionSchema,
  run: (tx, user, input) => transitionPlan(tx, user, "complete", input),
  after: (_r, input) => done(input.planId, "complete"),
});

export const archivePlanAction = formAction({
  name: "archivePlan",
  schema: transitionSchema,
  run: (tx, user, input) => transitionPlan(tx, user, "archive", input),
  after: (_r, input) => done(input.planId, "archive"),
});
