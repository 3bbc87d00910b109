// Who must be refused by each /api/v1 operation, keyed by operationId. The
// same rules as the server actions, as HTTP: 401 without credentials, 403 for
// a right the caller lacks or a cross-site cookie write, 404 for rows the
// caller may not read, 422 for references into another organisation.
import { readFileSync } from "node:fs";
import { blocksFromText, parsePlan } from "@/lib/documents/import";
import { todayInVietnam } from "@/lib/dates";
import type { PlanStatus } from "@/lib/generated/prisma/enums";
import { attachmentOn, planIn, versionOf, type Caller, type PlanFixture, type RightsWorld } from "./rights-world";
import { readCase, status, writeCase, type ApiCase, type ApiRefused, type ApiRequest } from "./rights-dsl";
import { db } from "@/tests/support/db";
import { planWithIssuedReport } from "./rights-cases-signed";

const today = () => todayInVietnam();
const IMPORT_TEXT = readFileSync("tests/fixtures/corpus/ngay-khcn-2024-phu-luc.txt", "utf8");
const n = async (version: Promise<string>) => Number(await version);
const planOf = (status: PlanStatus) => (w: RightsWorld) => planIn(w, status);
const HIDDEN = status<PlanFixture>(404, ["viewer", "otherOrgLeader"]);
/** Editing a draft: only its drafters (STAFF of unit A), leaders and admins. */
const NOT_DRAFTERS = [status<PlanFixture>(403, ["staffSupport", "staffOther"]), HIDDEN];

const transition = (action: string, from: PlanStatus, who: Caller, refused: ApiRefused<PlanFixture>[], comment?: string) =>
  writeCase<PlanFixture>({
    setup: planOf(from),
    // A submission confirms the checklist's one warning on this plan (its empty phase: issue 15 §6).
    request: async (t) => ({
      method: "POST",
      path: `/plans/${t.plan.id}/${action}`,
      body: { version: await n(versionOf.plan(t.plan.id)), comment, ...(action === "submit" ? { acceptedWarnings: [`EMPTY_PHASE:${t.emptyPhase.id}`] } : {}) },
    }),
    refused,
    allowed: { who, status: 200 },
  });
const draftEdit = (request: (t: PlanFixture, w: RightsWorld) => Promise<ApiRequest> | ApiRequest, created: number, ...more: ApiRefused<PlanFixture>[]) =>
  writeCase<PlanFixture>({ setup: planOf("DRAFT"), request, refused: [...NOT_DRAFTERS, ...more], allowed: { who: "staffLead", status: created } });

type Two = { issued: PlanFixture; draft: PlanFixture };
const twoPlans = async (w: RightsWorld): Promise<Two> => ({ issued: await planIn(w, "ISSUED"), draft: await planIn(w, "DRAFT") });
const newActivity = (w: RightsWorld) => ({ content: "Việc mới", leadUnitId: w.unitA.id, start: today(), end: today() });
const track = (fields: object) => async (t: PlanFixture): Promise<ApiRequest> => ({
  method: "POST",
  path: `/activities/${t.activity.id}/updates`,
  body: { version: await n(versionOf.activity(t.activity.id)), ...fields },
});

export const API_CASES: Record<string, ApiCase> = {
  getHealth: { kind: "public", why: "load balancers probe it; it says only whether the database answers", request: { method: "GET", path: "/health" } },
  getOpenApi: { kind: "public", why: "the published description of the API, no data", request: { method: "GET", path: "/openapi.json" } },

  listPlans: readCase<Two>({
    setup: twoPlans,
    request: () => ({ method: "GET", path: "/plans?limit=100" }),
    refused: [],
    scoped: [
      { who: ["otherOrgLeader"], hidden: (t) => [t.issued.plan.id, t.draft.plan.id] },
      { who: ["viewer"], hidden: (t) => [t.draft.plan.id] },
      { who: ["viewer"], hidden: (t) => [t.draft.plan.id], request: () => ({ method: "GET", path: "/plans?status=DRAFT" }) },
    ],
    allowed: { who: "viewer", status: 200, sees: (t) => [t.issued.plan.id] },
  }),
  createPlan: writeCase({
    setup: async () => null,
    request: () => ({ method: "POST", path: "/plans", body: { title: "Kế hoạch mới", year: Number(today().slice(0, 4)) } }),
    refused: [status(403, ["viewer"]), status(422, ["otherOrgLeader"], (_t, w) => ({ method: "POST", path: "/plans", body: { title: "Kế hoạch", year: 2026, draftingUnitId: w.unitA.id } }))],
    allowed: { who: "staffLead", status: 201 },
  }),
  importPlan: writeCase<{ names: string[] }>({
    // Every unit name of the corpus plan is unknown to the world's units: all are mapped to unit A.
    setup: async () => ({ names: parsePlan(blocksFromText(IMPORT_TEXT), { units: [] }).unmatched }),
    request: (t, w) => ({ method: "POST", path: "/plan-imports", body: { text: IMPORT_TEXT, save: true, unitMap: Object.fromEntries(t.names.map((name) => [name, w.unitA.id])) } }),
    // A viewer may not create plans; another organisation's leader sends unit ids that are not theirs.
    refused: [status(403, ["viewer"]), status(422, ["otherOrgLeader"])],
    allowed: { who: "staffLead", status: 201 },
  }),
  getPlan: readCase<PlanFixture>({ setup: planOf("DRAFT"), request: (t) => ({ method: "GET", path: `/plans/${t.plan.id}` }), refused: [HIDDEN], allowed: { who: "staffOther", status: 200 } }),
  updatePlan: draftEdit(async (t) => ({ method: "PATCH", path: `/plans/${t.plan.id}`, body: { version: await n(versionOf.plan(t.plan.id)), theme: "Chủ đề mới" } }), 200),

  submitPlan: transition("submit", "DRAFT", "staffLead", [status(403, ["staffSupport", "staffOther", "admin", "vanThu"]), HIDDEN]),
  withdrawPlan: transition("withdraw", "SUBMITTED", "staffLead", [status(403, ["staffSupport", "staffOther", "admin"]), HIDDEN]),
  returnPlan: transition("return", "SUBMITTED", "leader", [status(403, ["staffLead", "admin", "vanThu"]), HIDDEN], "Bổ sung kinh phí"),
  approvePlan: transition("approve", "SUBMITTED", "leader", [status(403, ["staffLead", "admin", "vanThu"]), HIDDEN]),
  issuePlan: transition("issue", "APPROVED", "vanThu", [status(403, ["staffLead", "staffSupport"]), HIDDEN]),
  amendPlan: transition("amend", "ISSUED", "leader", [status(403, ["staffLead", "admin", "viewer", "vanThu"]), status(404, ["otherOrgLeader"])], "Đổi ngày"),
  completePlan: transition("complete", "ISSUED", "leader", [status(403, ["staffLead", "admin", "viewer"]), status(404, ["otherOrgLeader", "otherOrgAdmin"])]),
  correctPlanNumber: writeCase<PlanFixture>({
    setup: planOf("ISSUED"),
    request: async (t) => ({ method: "POST", path: `/plans/${t.plan.id}/correct-number`, body: { version: await n(versionOf.plan(t.plan.id)), number: 902, symbol: "KH-SKHCN", issueDate: today(), reason: "Khớp sổ đăng ký" } }),
    refused: [status(403, ["staffLead", "leader", "viewer"]), status(404, ["otherOrgLeader", "otherOrgAdmin"])],
    allowed: { who: "vanThu", status: 200 },
  }),
  correctReportNumber: writeCase<PlanFixture>({
    setup: planWithIssuedReport,
    request: (t) => ({ method: "POST", path: `/plans/${t.plan.id}/report/correct-number`, body: { version: 1, number: 904, symbol: "BC-SKHCN", issueDate: today(), reason: "Khớp sổ đăng ký" } }),
    refused: [status(403, ["staffLead", "leader", "viewer"]), status(404, ["otherOrgLeader", "otherOrgAdmin"])],
    allowed: { who: "vanThu", status: 200 },
  }),
  issuePlanReport: writeCase<PlanFixture>({
    setup: planOf("ISSUED"),
    request: async (t) => ({ method: "POST", path: `/plans/${t.plan.id}/report/issue`, body: { version: Number((await db.planReport.findUnique({ where: { planId: t.plan.id } }))?.version ?? 1) } }),
    refused: [status(403, ["staffLead", "viewer"]), status(404, ["otherOrgLeader", "otherOrgAdmin"])],
    allowed: { who: "vanThu", status: 200 },
  }),
  archivePlan: transition("archive", "COMPLETED", "admin", [status(403, ["staffLead", "viewer"]), status(404, ["otherOrgAdmin"])]),

  createPhase: draftEdit((t) => ({ method: "POST", path: `/plans/${t.plan.id}/phases`, body: { title: "Giai đoạn mới", start: today(), end: today() } }), 201),
  updatePhase: draftEdit(async (t) => ({ method: "PATCH", path: `/phases/${t.phase.id}`, body: { version: await n(versionOf.phase(t.phase.id)), title: "Đổi tên" } }), 200),
  deletePhase: draftEdit(async (t) => ({ method: "DELETE", path: `/phases/${t.emptyPhase.id}?version=${await versionOf.phase(t.emptyPhase.id)}` }), 204),
  createActivity: draftEdit(
    (t, w) => ({ method: "POST", path: `/phases/${t.phase.id}/activities`, body: newActivity(w) }),
    201,
    status(422, ["staffLead"], (t, w) => ({ method: "POST", path: `/phases/${t.phase.id}/activities`, body: { ...newActivity(w), leadUnitId: w.otherUnit.id } })),
  ),
  updateActivity: draftEdit(
    async (t) => ({ method: "PATCH", path: `/activities/${t.activity.id}`, body: { version: await n(versionOf.activity(t.activity.id)), note: "Ghi chú mới" } }),
    200,
    status(422, ["staffLead"], async (t, w) => ({ method: "PATCH", path: `/activities/${t.activity.id}`, body: { version: await n(versionOf.activity(t.activity.id)), supporterIds: [w.otherUnit.id] } })),
  ),
  deleteActivity: draftEdit(async (t) => ({ method: "DELETE", path: `/activities/${t.activity.id}?version=${await versionOf.activity(t.activity.id)}` }), 204),

  listActivities: readCase<Two>({
    setup: twoPlans,
    request: () => ({ method: "GET", path: "/activities?limit=100" }),
    refused: [],
    scoped: [
      { who: ["otherOrgLeader"], hidden: (t) => [t.issued.activity.id, t.draft.activity.id] },
      { who: ["viewer"], hidden: (t) => [t.draft.activity.id] },
      { who: ["viewer"], hidden: (t) => [t.draft.activity.id], request: (t) => ({ method: "GET", path: `/activities?planId=${t.draft.plan.id}` }) },
    ],
    allowed: { who: "viewer", status: 200, sees: (t) => [t.issued.activity.id] },
  }),
  getActivity: readCase<PlanFixture>({ setup: planOf("DRAFT"), request: (t) => ({ method: "GET", path: `/activities/${t.activity.id}` }), refused: [HIDDEN], allowed: { who: "staffOther", status: 200 } }),
  recordActivityUpdate: writeCase<PlanFixture>({
    setup: planOf("ISSUED"),
    request: track({ note: "Đã gửi giấy mời" }),
    refused: [
      status(403, ["staffOther", "viewer"]),
      status(403, ["staffSupport"], track({ status: "IN_PROGRESS" })),
      status(403, ["staffLead", "admin"], track({ status: "CANCELLED", statusReason: "Không tổ chức" })),
      status(404, ["otherOrgLeader"]),
    ],
    allowed: { who: "staffSupport", status: 201 },
  }),
  listUnits: readCase<string[]>({
    setup: async (w) => [w.unitA.id, w.unitB.id, w.unitC.id],
    request: () => ({ method: "GET", path: "/units" }),
    refused: [],
    scoped: [{ who: ["otherOrgLeader"], hidden: (units) => units }],
    allowed: { who: "viewer", status: 200, sees: (units) => units },
  }),
  getDashboard: readCase<PlanFixture>({
    setup: planOf("ISSUED"),
    request: () => ({ method: "GET", path: "/dashboard" }),
    refused: [],
    scoped: [{ who: ["otherOrgLeader"], hidden: (t) => [t.plan.id] }],
    allowed: { who: "viewer", status: 200, sees: (t) => [t.plan.id] },
  }),
  downloadAttachment: readCase<{ issued: string; draft: string }>({
    setup: async (w) => ({ issued: (await attachmentOn(await planIn(w, "ISSUED"))).id, draft: (await attachmentOn(await planIn(w, "DRAFT"))).id }),
    request: (t) => ({ method: "GET", path: `/attachments/${t.issued}` }),
    refused: [status(404, ["otherOrgLeader"]), status(404, ["viewer"], (t) => ({ method: "GET", path: `/attachments/${t.draft}` }))],
    allowed: { who: "viewer", status: 200 },
  }),
};
