// Rights cases of the plan actions: the workflow (WORKFLOW in
// lib/plans/workflow.ts), new plans and templates (plan.create, from what the
// caller may read), and editing a draft (canEditPlan).
import { todayInVietnam, yearOf } from "@/lib/dates";
import { saveAsTemplate } from "@/lib/plans/service/create";
import type { PlanStatus } from "@/lib/generated/prisma/enums";
import { db } from "@/tests/support/db";
import { inTransaction, unique } from "./factories";
import { planIn, versionOf, type Caller, type PlanFixture, type RightsWorld } from "./rights-world";
import { actionCase, refuse, type ActionCase, type Build, type Refused } from "./rights-dsl";
import { planWithIssuedReport } from "./rights-cases-signed";

const today = () => todayInVietnam();
const planOf = (status: PlanStatus) => (w: RightsWorld) => planIn(w, status);
/** Drafts and plans under review are not found by viewers, nor by another organisation. */
const HIDDEN = refuse<PlanFixture>("NOT_FOUND", ["viewer", "otherOrgLeader"]);

const move = (status: PlanStatus, who: Caller, refused: Refused<PlanFixture>[], comment?: string) =>
  actionCase<PlanFixture>({
    setup: planOf(status),
    // The checklist's one warning on this plan (its empty phase) is confirmed, as the Trình duyệt form does (issue 15 §6); other actions ignore it.
    input: async (t) => ({ planId: t.plan.id, version: await versionOf.plan(t.plan.id), comment, acceptedWarnings: [`EMPTY_PHASE:${t.emptyPhase.id}`] }),
    refused,
    allowed: [{ who, redirectTo: /^\/plans\/[\w-]+\?done=/ }],
  });

const WORKFLOW = {
  submitPlanAction: move("DRAFT", "staffLead", [refuse("FORBIDDEN", ["staffSupport", "staffOther", "admin", "vanThu"]), HIDDEN]),
  withdrawPlanAction: move("SUBMITTED", "staffLead", [refuse("FORBIDDEN", ["staffSupport", "staffOther", "admin", "vanThu"]), HIDDEN]),
  returnPlanAction: move("SUBMITTED", "leader", [refuse("FORBIDDEN", ["staffLead", "admin", "vanThu"]), HIDDEN], "Bổ sung kinh phí"),
  approvePlanAction: move("SUBMITTED", "leader", [refuse("FORBIDDEN", ["staffLead", "admin", "vanThu"]), HIDDEN]),
  issuePlanAction: move("APPROVED", "vanThu", [refuse("FORBIDDEN", ["staffLead", "staffSupport"]), HIDDEN]),
  amendPlanAction: move("ISSUED", "leader", [refuse("FORBIDDEN", ["staffLead", "admin", "viewer", "vanThu"]), refuse("NOT_FOUND", ["otherOrgLeader"])], "Đổi ngày"),
  completePlanAction: move("ISSUED", "leader", [refuse("FORBIDDEN", ["staffLead", "admin", "viewer", "vanThu"]), refuse("NOT_FOUND", ["otherOrgLeader", "otherOrgAdmin"])]),
  archivePlanAction: move("COMPLETED", "admin", [refuse("FORBIDDEN", ["staffLead", "viewer"]), refuse("NOT_FOUND", ["otherOrgAdmin"])]),
  // Sửa số: the văn thư (and admins) on an issued plan, with a reason; leaders, staff and viewers may not.
  correctPlanNumberAction: actionCase<PlanFixture>({
    setup: planOf("ISSUED"),
    input: async (t) => ({ planId: t.plan.id, version: await versionOf.plan(t.plan.id), number: "901", symbol: "KH-SKHCN", issueDate: today(), reason: "Khớp sổ đăng ký" }),
    refused: [refuse("FORBIDDEN", ["staffLead", "leader", "viewer"]), refuse("NOT_FOUND", ["otherOrgLeader", "otherOrgAdmin"])],
    allowed: [{ who: "vanThu" }],
  }),
  // Sửa số of the issued results report: the same callers as a plan's.
  correctReportNumberAction: actionCase<PlanFixture>({
    setup: planWithIssuedReport,
    input: async (t) => ({ planId: t.plan.id, version: 1, number: "903", symbol: "BC-SKHCN", issueDate: today(), reason: "Khớp sổ đăng ký" }),
    refused: [refuse("FORBIDDEN", ["staffLead", "leader", "viewer"]), refuse("NOT_FOUND", ["otherOrgLeader", "otherOrgAdmin"])],
    allowed: [{ who: "vanThu" }],
  }),
};

type WithTemplate = PlanFixture & { templateId: string };
const templateBy = (who: Caller) => async (w: RightsWorld): Promise<WithTemplate> => {
  const fixture = await planIn(w);
  const template = await inTransaction((tx) => saveAsTemplate(tx, w.users[who], { planId: fixture.plan.id, name: unique("Mẫu"), description: "" }));
  return { ...fixture, templateId: template.id };
};
const TO_EDITOR = /^\/plans\/[\w-]+\/edit$/;
const blank = { title: "Kế hoạch mới", year: yearOf(todayInVietnam()) };

const CREATE = {
  createBlankPlanAction: actionCase({
    setup: async () => null,
    input: () => blank,
    refused: [refuse("FORBIDDEN", ["viewer"]), refuse("INVALID", ["otherOrgLeader"], (_t, w) => ({ ...blank, draftingUnitId: w.unitA.id }), "a drafting unit of another organisation")],
    allowed: [{ who: "staffLead", redirectTo: TO_EDITOR }],
  }),
  clonePlanAction: actionCase<PlanFixture>({
    setup: planOf("DRAFT"),
    input: (t) => ({ sourcePlanId: t.plan.id, eventDate: today(), title: "Bản sao" }),
    refused: [refuse("FORBIDDEN", ["viewer"]), refuse("NOT_FOUND", ["otherOrgLeader"])],
    allowed: [{ who: "staffSupport", redirectTo: TO_EDITOR }],
  }),
  createFromTemplateAction: actionCase<WithTemplate>({
    setup: templateBy("leader"),
    input: (t) => ({ templateId: t.templateId, eventDate: today(), title: "Từ mẫu" }),
    refused: [refuse("FORBIDDEN", ["viewer"]), refuse("NOT_FOUND", ["otherOrgLeader"])],
    allowed: [{ who: "staffOther", redirectTo: TO_EDITOR }],
  }),
  saveTemplateAction: actionCase<PlanFixture>({
    setup: planOf("ISSUED"),
    input: (t) => ({ planId: t.plan.id, name: unique("Mẫu") }),
    refused: [refuse("FORBIDDEN", ["viewer"]), refuse("NOT_FOUND", ["otherOrgLeader"])],
    allowed: [{ who: "staffLead" }],
  }),
  deleteTemplateAction: actionCase<WithTemplate>({
    setup: templateBy("staffLead"),
    input: (t) => ({ templateId: t.templateId }),
    refused: [refuse("FORBIDDEN", ["staffSupport", "viewer"], undefined, "STAFF delete only the templates they made"), refuse("NOT_FOUND", ["otherOrgLeader", "otherOrgAdmin"])],
    allowed: [{ who: "staffLead" }],
  }),
};

const edit = (input: Build<PlanFixture>, ...more: Refused<PlanFixture>[]): ActionCase =>
  actionCase<PlanFixture>({
    setup: planOf("DRAFT"),
    input,
    refused: [refuse("FORBIDDEN", ["staffSupport", "staffOther"]), HIDDEN, ...more],
    allowed: [{ who: "staffLead" }],
  });
const activity = (w: RightsWorld) => ({ content: "Viết tin bài", leadUnitId: w.unitA.id, start: today(), end: today() });
const versioned = async (t: PlanFixture, of: "phase" | "emptyPhase" | "activity") => ({
  id: t[of].id,
  version: await (of === "activity" ? versionOf.activity(t[of].id) : versionOf.phase(t[of].id)),
});

/** The sections of a plan in its own words: a kept section before the content, the table under the content. */
const OUTLINE = {
  sections: [
    { key: "s1", label: "I", heading: "TỔ CHỨC THỰC HIỆN", level: 0, holds: "TEXT", kind: "ORGANISATION", paragraphs: ["Văn phòng Sở tổng hợp, báo cáo."] },
    { key: "s2", label: "II", heading: "NỘI DUNG", level: 0, holds: "CONTENT" },
    { key: "t", label: "", heading: "", level: 1, holds: "ACTIVITIES" },
  ],
  appendix: null,
};

const EDIT = {
  updatePlanAction: edit(async (t) => ({
    id: t.plan.id,
    version: await versionOf.plan(t.plan.id),
    title: t.plan.title,
    year: t.plan.year,
    place: t.plan.place,
    signerTitle: "GIÁM ĐỐC",
    theme: "Chủ đề mới",
  })),
  createPhaseAction: edit((t) => ({ planId: t.plan.id, title: "Giai đoạn mới", start: today(), end: today() })),
  updatePhaseAction: edit(async (t) => ({ ...(await versioned(t, "phase")), title: "Đổi tên", start: today(), end: today() })),
  movePhaseAction: edit(async (t) => ({ ...(await versioned(t, "phase")), direction: "down" })),
  deletePhaseAction: edit((t) => versioned(t, "emptyPhase")),
  createActivityAction: edit(
    (t, w) => ({ phaseId: t.phase.id, ...activity(w) }),
    refuse("INVALID", ["staffLead"], (t, w) => ({ phaseId: t.phase.id, ...activity(w), leadUnitId: w.otherUnit.id }), "a lead unit of another organisation"),
  ),
  updateActivityAction: edit(
    async (t, w) => ({ ...(await versioned(t, "activity")), ...activity(w), note: "Ghi chú" }),
    refuse("INVALID", ["staffLead"], async (t, w) => ({ ...(await versioned(t, "activity")), ...activity(w), supporterIds: [w.otherUnit.id] }), "a supporter of another organisation"),
  ),
  moveActivityAction: edit(async (t) => ({ ...(await versioned(t, "activity")), phaseId: t.emptyPhase.id })),
  deleteActivityAction: edit((t) => versioned(t, "activity")),
  savePlanOutlineAction: edit(
    async (t) => ({ planId: t.plan.id, version: await versionOf.plan(t.plan.id), outline: JSON.stringify(OUTLINE) }),
    refuse("INVALID", ["staffLead"], async (t) => ({ planId: t.plan.id, version: await versionOf.plan(t.plan.id), outline: JSON.stringify({ ...OUTLINE, appendix: { title: "PHỤ LỤC", reference: "" } }) }), "the activity table in a section and in the appendix"),
  ),
};

/** The report's version, read just before a call (absent: 1, the unsaved default). */
const reportVersion = async (planId: string) => String((await db.planReport.findUnique({ where: { planId } }))?.version ?? 1);

const REPORT = {
  // The results report of an issued plan: its author's or drafting unit's staff and leaders write it (plan.report.edit).
  savePlanReportAction: actionCase<PlanFixture>({
    setup: planOf("ISSUED"),
    input: async (t) => ({ planId: t.plan.id, version: await reportVersion(t.plan.id), assessment: "Hoàn thành kế hoạch.", shortcomings: "", proposals: "", recipients: "UBND tỉnh (b/c);\nLưu: VT." }),
    refused: [refuse("FORBIDDEN", ["staffSupport", "staffOther", "admin", "viewer"]), refuse("NOT_FOUND", ["otherOrgLeader", "otherOrgAdmin"])],
    allowed: [{ who: "staffLead" }, { who: "leader", input: async (t) => ({ planId: t.plan.id, version: await reportVersion(t.plan.id), assessment: "Lãnh đạo bổ sung.", shortcomings: "", proposals: "", recipients: "UBND tỉnh (b/c);" }) }],
  }),
  // Ban hành báo cáo: whoever issues plans (văn thư, leaders, admins: plan.issue), with the register's next number.
  issuePlanReportAction: actionCase<PlanFixture>({
    setup: planOf("ISSUED"),
    input: async (t) => ({ planId: t.plan.id, version: await reportVersion(t.plan.id) }),
    refused: [refuse("FORBIDDEN", ["staffLead", "staffSupport", "staffOther", "viewer"]), refuse("NOT_FOUND", ["otherOrgLeader", "otherOrgAdmin"])],
    allowed: [{ who: "vanThu" }],
  }),
};

export const PLAN_ACTION_CASES: Record<string, ActionCase> = { ...WORKFLOW, ...CREATE, ...EDIT, ...REPORT };
