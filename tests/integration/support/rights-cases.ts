// The two registries the rights tests run and the enumeration test checks
// for completeness: every server action by its exported name, every /api/v1
// operation by its operationId.
import { PLAN_ACTION_CASES } from "./rights-cases-plans";
import { TRACKING_ACTION_CASES } from "./rights-cases-tracking";
import { ACCOUNT_ACTION_CASES } from "./rights-cases-accounts";
import type { ActionCase } from "./rights-dsl";

export const ACTION_CASES: Record<string, ActionCase> = { ...PLAN_ACTION_CASES, ...TRACKING_ACTION_CASES, ...ACCOUNT_ACTION_CASES };
export { API_CASES } from "./rights-cases-api";
export type { ActionCase, ApiCase } from "./rights-dsl";
