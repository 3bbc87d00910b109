// The two registries the rights tests run and the enumeration test checks
// for completeness: every server action by its exported name, every /api/v1
// operation by its operationId.
import { PLAN_ACTION_CASES } from "./rights-cases-plans";
import { TRACKING_ACTION_CASES } from "./rights-cases-tracking";
import { ACCOUNT_ACTION_CASES } from "./rights-cases-accounts";
import { SIGNED_COPY_ACTION_CASES, SIGNED_COPY_API_CASES } from "./rights-cases-signed";
import { API_CASES as BASE_API_CASES } from "./rights-cases-api";
import type { ActionCase, ApiCase } from "./rights-dsl";

export const ACTION_CASES: Record<string, ActionCase> = { ...PLAN_ACTION_CASES, ...TRACKING_ACTION_CASES, ...ACCOUNT_ACTION_CASES, ...SIGNED_COPY_ACTION_CASES };
export const API_CASES: Record<string, ApiCase> = { ...BASE_API_CASES, ...SIGNED_COPY_API_CASES };
export type { ActionCase, ApiCase } from "./rights-dsl";
