// The rights objects the queries hand to pages and the API say exactly what
// the services then allow: for every kind of caller and every status, a right
// shown is a call that goes through, and a right hidden is a call refused.
// Each call runs in a transaction that is rolled back, so one world serves all.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/db-client";
import type { SessionUser } from "@/lib/auth/user";
import { isAppError } from "@/lib/errors";
import type { PlanStatus } from "@/lib/generated/prisma/enums";
import { todayInVietnam, yearOf } from "@/lib/dates";
import { getPlanDocument, getPlanWorkflow, listTemplates } from "@/lib/plans/queries";
import { getNewPlanForm } from "@/lib/plans/new-plan-queries";
import { transitionPlan } from "@/lib/plans/service/workflow";
import { correctPlanNumber } from "@/lib/plans/service/correct-number";
import { updatePlan } from "@/lib/plans/service/edit";
import { createBlankPlan, deleteTemplate, saveAsTemplate } from "@/lib/plans/service/create";
import { getPlanHistory } from "@/lib/plans/history";
import { PLAN_ACTIONS } from "@/lib/plans/workflow";
import { createBlankPlanSchema, updatePlanSchema } from "@/lib/plans/schemas";
import { getActivityDetail } from "@/lib/activities/queries";
import { addComment, recordActivityUpdate } from "@/lib/activities/service";
import { inTransaction, unique } from "./support/factories";
import { CALLERS, planIn, rightsWorld, type RightsWorld } from "./support/rights-world";

const ROLLBACK = new Error("rollback");
const OWN = CALLERS.filter((c) => !c.startsWith("otherOrg"));

/** Whether the service lets this call through; nothing it did is kept. */
async function allowed(run: (tx: Tx) => Promise<unknown>): Promise<boolean> {
  try {
    await db.$transaction(async (tx) => {
      await run(tx);
      throw ROLLBACK;
    });
  } catch (error) {
    if (error === ROLLBACK) return true;
    if (isAppError(error) && ["FORBIDDEN", "NOT_FOUND", "CONFLICT"].includes(error.code)) return false;
    throw error;
  }
  throw new Error("unreachable");
}

async function readable<T>(read: Promise<T>): Promise<T | null> {
  return read.catch((error) => {
    if (isAppError(error) && error.code === "NOT_FOUND") return null;
    throw error;
  });
}

/** The editor's input for this plan, moved to unit B, as the form would send it. */
const editInput = (plan: { id: string; version: number; title: string; year: number; place: string }, unitId: string) =>
  updatePlanSchema.parse({ id: plan.id, version: plan.version, title: plan.title, year: plan.year, place: plan.place, signerTitle: "GIÁM ĐỐC", theme: unique("Chủ đề"), draftingUnitId: unitId });

const STATUSES: PlanStatus[] = ["DRAFT", "SUBMITTED", "RETURNED", "APPROVED", "ISSUED", "COMPLETED", "ARCHIVED"];

describe("a plan's rights are what the services allow: every caller, every workflow action, editing", () => {
  for (const status of STATUSES) {
    it(`on a plan that is ${status}`, async () => {
      const w = await rightsWorld();
      const { plan } = await planIn(w, status);
      for (const who of OWN) {
        const user = w.users[who];
        const workflow = await readable(getPlanWorkflow(user, plan.id));
        if (!workflow) continue; // not readable: nothing to show (the rights tests check the 404)
        const doc = await getPlanDocument(user, plan.id);
        expect(doc.rights, `${who}: the document and the workflow panel agree`).toEqual(workflow.rights);
        expect(workflow.actions).toEqual(PLAN_ACTIONS.filter((a) => workflow.rights[a]));
        for (const action of PLAN_ACTIONS) {
          // Submitting confirms the checklist's warnings, as the form does (issue 15 §6).
          const acceptedWarnings = workflow.checklist.map((item) => item.key);
          const ok = await allowed((tx) => transitionPlan(tx, user, action, { planId: plan.id, version: plan.version, comment: "Ý kiến", acceptedWarnings }));
          expect(workflow.rights[action], `${who} may ${action}`).toBe(ok);
        }
        const edit = await allowed((tx) => updatePlan(tx, user, editInput(plan, w.unitB.id)));
        expect(workflow.rights.edit, `${who} may edit`).toBe(edit);
        // Sửa số: a number the register has free this year (the plan's own, moved on), today's date.
        const corrected = await allowed((tx) =>
          correctPlanNumber(tx, user, { planId: plan.id, version: plan.version, number: 9000 + STATUSES.indexOf(status), symbol: "KH-SKHCN", issueDate: todayInVietnam(), reason: "Khớp sổ đăng ký" }),
        );
        expect(workflow.rights.correctNumber, `${who} may correct the number`).toBe(corrected);
        const history = (await readable(getPlanHistory(user, plan.id))) !== null;
        expect(workflow.rights.history, `${who} may read the history`).toBe(history);
      }
    });
  }
});

describe("a plan's drafting unit", () => {
  it("moves a draft to another unit only for those who may choose the drafting unit", async () => {
    const w = await rightsWorld();
    for (const who of ["staffLead", "leader", "admin"] as const) {
      const { plan } = await planIn(w, "DRAFT");
      const { rights } = await getPlanWorkflow(w.users[who], plan.id);
      await inTransaction((tx) => updatePlan(tx, w.users[who], editInput(plan, w.unitB.id)));
      const saved = await db.plan.findUniqueOrThrow({ where: { id: plan.id } });
      expect(saved.draftingUnitId, who).toBe(rights.chooseDraftingUnit ? w.unitB.id : w.unitA.id);
      expect(rights.chooseDraftingUnit, who).toBe(who !== "staffLead");
    }
  });
});

describe("the new plan page's rights are what the services allow", () => {
  it("create, choose the drafting unit, delete a template", async () => {
    const w = await rightsWorld();
    const { plan } = await planIn(w, "ISSUED");
    const byStaff = await inTransaction((tx) => saveAsTemplate(tx, w.users.staffLead, { planId: plan.id, name: unique("Mẫu"), description: "" }));
    for (const who of OWN) {
      const user: SessionUser = w.users[who];
      const { rights, form } = await getNewPlanForm(user, { mode: "template" });
      const created = await allowed((tx) => createBlankPlan(tx, user, createBlankPlanSchema.parse({ title: "Kế hoạch mới", year: yearOf(todayInVietnam()) })));
      expect(rights.create, `${who} may create`).toBe(created);
      expect(form === null, who).toBe(!created);
      if (!form) continue;
      expect(form.unitOptions !== null, `${who} is offered drafting units`).toBe(rights.chooseDraftingUnit);
      const template = (await listTemplates(user)).find((t) => t.id === byStaff.id)!;
      const deleted = await allowed((tx) => deleteTemplate(tx, user, { templateId: byStaff.id }));
      expect(template.rights.delete, `${who} may delete staff A's template`).toBe(deleted);
    }
  });
});

describe("an activity's rights are what the tracking services allow", () => {
  it("for every caller, on a running plan and on a finished one", async () => {
    const w: RightsWorld = await rightsWorld();
    for (const status of ["ISSUED", "COMPLETED"] as const) {
      const { activity } = await planIn(w, status);
      for (const who of OWN) {
        const user = w.users[who];
        const detail = await getActivityDetail(user, activity.id);
        const base = { activityId: activity.id, version: activity.version, statusReason: "", note: "", figures: [], evidence: [], targets: [], confirmNoResult: false, files: [], actualStart: null, actualEnd: null };
        const rights = {
          report: await allowed((tx) => recordActivityUpdate(tx, user, { ...base, note: "Đã gửi giấy mời" })),
          changeStatus: await allowed((tx) => recordActivityUpdate(tx, user, { ...base, status: "IN_PROGRESS" })),
          cancel: await allowed((tx) => recordActivityUpdate(tx, user, { ...base, status: "CANCELLED", statusReason: "Không tổ chức" })),
          comment: await allowed((tx) => addComment(tx, user, { activityId: activity.id, body: "Trao đổi" })),
        };
        expect(detail.rights, `${who} on an activity of a ${status} plan`).toEqual(rights);
      }
    }
  });
});
