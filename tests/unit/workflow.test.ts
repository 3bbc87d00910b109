import { describe, expect, it } from "vitest";
import type { PlanStatus, Role } from "@/lib/generated/prisma/enums";
import { availableActions, canEditPlan, checkTransition, PLAN_ACTIONS, type Actor, type PlanAction } from "@/lib/plans/workflow";
import { PLAN_STATUSES } from "@/lib/plans/labels";

type Who = "admin" | "leader" | "vanthu" | "author" | "drafting-staff" | "other-staff" | "viewer";
const ACTORS: Record<Who, Actor> = {
  admin: { role: "ADMIN", isAuthor: false, inDraftingUnit: false },
  leader: { role: "LEADER", isAuthor: false, inDraftingUnit: false },
  // A văn thư who wrote the plan still may not submit, review or edit it: only issue.
  vanthu: { role: "VAN_THU", isAuthor: true, inDraftingUnit: true },
  author: { role: "STAFF", isAuthor: true, inDraftingUnit: true },
  "drafting-staff": { role: "STAFF", isAuthor: false, inDraftingUnit: true },
  "other-staff": { role: "STAFF", isAuthor: false, inDraftingUnit: false },
  viewer: { role: "VIEWER" as Role, isAuthor: false, inDraftingUnit: false },
};

// The whole table: for each action, the statuses it starts from and who may take it.
const EXPECTED: Record<PlanAction, { from: PlanStatus[]; to: PlanStatus; who: Who[] }> = {
  submit: { from: ["DRAFT", "RETURNED"], to: "SUBMITTED", who: ["leader", "author", "drafting-staff"] },
  withdraw: { from: ["SUBMITTED"], to: "DRAFT", who: ["leader", "author", "drafting-staff"] },
  return: { from: ["SUBMITTED"], to: "RETURNED", who: ["leader"] },
  approve: { from: ["SUBMITTED"], to: "APPROVED", who: ["leader"] },
  issue: { from: ["APPROVED"], to: "ISSUED", who: ["admin", "leader", "vanthu"] },
  amend: { from: ["ISSUED"], to: "DRAFT", who: ["leader"] },
  complete: { from: ["ISSUED"], to: "COMPLETED", who: ["leader"] },
  archive: { from: ["COMPLETED"], to: "ARCHIVED", who: ["admin", "leader"] },
};

describe("plan status transitions", () => {
  for (const action of PLAN_ACTIONS) {
    for (const status of PLAN_STATUSES) {
      for (const who of Object.keys(ACTORS) as Who[]) {
        const expected = EXPECTED[action];
        const allowed = expected.from.includes(status) && expected.who.includes(who);
        it(`${action} from ${status} by ${who}: ${allowed ? "allowed" : "refused"}`, () => {
          const result = checkTransition(action, status, ACTORS[who]);
          expect(result.ok).toBe(allowed);
          if (result.ok) expect(result.to).toBe(expected.to);
          else expect(result.reason).toMatch(/^(Không thể|Bạn không có quyền)/);
        });
      }
    }
  }

  it("offers a leader approve and return on a submitted plan, and the author only withdraw", () => {
    expect(availableActions("SUBMITTED", ACTORS.leader)).toEqual(["withdraw", "return", "approve"]);
    expect(availableActions("SUBMITTED", ACTORS.author)).toEqual(["withdraw"]);
    expect(availableActions("ISSUED", ACTORS.viewer)).toEqual([]);
    expect(availableActions("SUBMITTED", ACTORS.vanthu)).toEqual([]);
    expect(availableActions("APPROVED", ACTORS.vanthu)).toEqual(["issue"]);
  });

  it("allows editing only while DRAFT or RETURNED, by drafters, leaders and admins", () => {
    for (const status of PLAN_STATUSES) {
      const editable = status === "DRAFT" || status === "RETURNED";
      expect(canEditPlan(status, ACTORS.author)).toBe(editable);
      expect(canEditPlan(status, ACTORS["drafting-staff"])).toBe(editable);
      expect(canEditPlan(status, ACTORS.leader)).toBe(editable);
      expect(canEditPlan(status, ACTORS.admin)).toBe(editable);
      expect(canEditPlan(status, ACTORS["other-staff"])).toBe(false);
      expect(canEditPlan(status, ACTORS.viewer)).toBe(false);
      expect(canEditPlan(status, ACTORS.vanthu)).toBe(false);
    }
  });
});
