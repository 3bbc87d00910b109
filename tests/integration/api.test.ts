import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createPrismaClient } from "@/lib/db-client";
import { errorToResponse } from "@/lib/api/route";
import * as S from "@/lib/api/schemas";
import { shiftDate, todayInVietnam } from "@/lib/dates";
import { createPlan, createUnit, createUser, createWorld, inTransaction, organizationSnapshot } from "./support/factories";
import { api, tokenFor } from "./support/api";
import { revokeApiToken } from "@/lib/api-tokens/service";
import { homeDashboard } from "@/lib/dashboard/queries";

type World = Awaited<ReturnType<typeof createWorld>>;

async function apiWorld() {
  const world = await createWorld();
  const unitC = await createUnit(world.organization.id);
  const staffC = await createUser(world.organization.id, "STAFF", unitC.id);
  const other = await createWorld();
  const revokedOwner = await createUser(world.organization.id, "LEADER");
  const revoked = await tokenFor(revokedOwner);
  await inTransaction(async (tx) => {
    const token = await tx.apiToken.findFirstOrThrow({ where: { userId: revokedOwner.id } });
    await revokeApiToken(tx, revokedOwner, { id: token.id });
  });
  const tokens = {
    admin: await tokenFor(world.admin),
    leader: await tokenFor(world.leader),
    staffLead: await tokenFor(world.staffA),
    staffSupport: await tokenFor(world.staffB),
    staffOther: await tokenFor(staffC),
    viewer: await tokenFor(world.viewer),
    otherOrg: await tokenFor(other.leader),
    anonymous: undefined,
    revoked,
  };
  return { ...world, unitC, staffC, other, tokens };
}

type Actor = keyof Awaited<ReturnType<typeof apiWorld>>["tokens"];
const ACTORS: Actor[] = ["admin", "leader", "staffLead", "staffSupport", "staffOther", "viewer", "otherOrg", "anonymous", "revoked"];

let issuedNumber = 100;

async function draftPlan(world: World, status: "DRAFT" | "SUBMITTED" | "APPROVED" | "ISSUED" = "DRAFT") {
  const today = todayInVietnam();
  return createPlan(world.organization.id, {
    status,
    createdById: world.staffA.id,
    draftingUnitId: world.unitA.id,
    signerTitle: "GIÁM ĐỐC",
    year: Number(today.slice(0, 4)),
    ...(status === "ISSUED" ? { number: issuedNumber++, issueDate: today } : {}),
    phases: [
      { title: "Chuẩn bị", start: shiftDate(today, -5), end: shiftDate(today, 5), activities: [{ content: "Tổ chức hội thảo", lead: world.unitA.id, supporters: [world.unitB.id], end: shiftDate(today, -1) }] },
      { title: "Tổng kết", start: shiftDate(today, 6), end: shiftDate(today, 9), activities: [] },
    ],
  });
}

async function ids(planId: string) {
  const phases = await db.phase.findMany({ where: { planId }, orderBy: { order: "asc" } });
  const activity = await db.activity.findFirstOrThrow({ where: { planId } });
  return { phase: phases[0]!, emptyPhase: phases[1]!, activity };
}

type Row = {
  name: string;
  plan?: "DRAFT" | "SUBMITTED" | "APPROVED" | "ISSUED";
  request: (t: { planId: string; phaseId: string; emptyPhaseId: string; activityId: string; version: { plan: number; phase: number; activity: number } }) => {
    method: "POST" | "PATCH" | "DELETE";
    path: string;
    body?: unknown;
  };
  expect: Record<Actor, number>;
};

const DRAFTING = { admin: 0, leader: 0, staffLead: 0, staffSupport: 403, staffOther: 403, viewer: 404, otherOrg: 404, anonymous: 401, revoked: 401 };

const TABLE: Row[] = [
  { name: "PATCH /plans/{id}", request: (t) => ({ method: "PATCH", path: `/plans/${t.planId}`, body: { version: t.version.plan, theme: "Chủ đề mới" } }), expect: { ...DRAFTING, admin: 200, leader: 200, staffLead: 200 } },
  { name: "POST /plans/{id}/submit", request: (t) => ({ method: "POST", path: `/plans/${t.planId}/submit`, body: { version: t.version.plan, acceptedWarnings: [`EMPTY_PHASE:${t.emptyPhaseId}`] } }), expect: { ...DRAFTING, admin: 403, leader: 200, staffLead: 200 } },
  { name: "POST /plans/{id}/withdraw", plan: "SUBMITTED", request: (t) => ({ method: "POST", path: `/plans/${t.planId}/withdraw`, body: { version: t.version.plan, acceptedWarnings: [`EMPTY_PHASE:${t.emptyPhaseId}`] } }), expect: { ...DRAFTING, admin: 403, leader: 200, staffLead: 200 } },
  { name: "POST /plans/{id}/return", plan: "SUBMITTED", request: (t) => ({ method: "POST", path: `/plans/${t.planId}/return`, body: { version: t.version.plan, comment: "Bổ sung" } }), expect: { ...DRAFTING, admin: 403, leader: 200, staffLead: 403 } },
  { name: "POST /plans/{id}/approve", plan: "SUBMITTED", request: (t) => ({ method: "POST", path: `/plans/${t.planId}/approve`, body: { version: t.version.plan } }), expect: { ...DRAFTING, admin: 403, leader: 200, staffLead: 403 } },
  { name: "POST /plans/{id}/issue", plan: "APPROVED", request: (t) => ({ method: "POST", path: `/plans/${t.planId}/issue`, body: { version: t.version.plan } }), expect: { ...DRAFTING, admin: 200, leader: 200, staffLead: 403 } },
  { name: "POST /plans/{id}/amend", plan: "ISSUED", request: (t) => ({ method: "POST", path: `/plans/${t.planId}/amend`, body: { version: t.version.plan, comment: "Đổi ngày" } }), expect: { ...DRAFTING, admin: 403, leader: 200, staffLead: 403, viewer: 403 } },
  { name: "POST /plans/{id}/complete", plan: "ISSUED", request: (t) => ({ method: "POST", path: `/plans/${t.planId}/complete`, body: { version: t.version.plan } }), expect: { ...DRAFTING, admin: 403, leader: 200, staffLead: 403, viewer: 403 } },
  { name: "POST /plans/{id}/phases", request: (t) => ({ method: "POST", path: `/plans/${t.planId}/phases`, body: { title: "Giai đoạn mới", start: todayInVietnam(), end: todayInVietnam() } }), expect: { ...DRAFTING, admin: 201, leader: 201, staffLead: 201 } },
  { name: "PATCH /phases/{id}", request: (t) => ({ method: "PATCH", path: `/phases/${t.phaseId}`, body: { version: t.version.phase, title: "Đổi tên" } }), expect: { ...DRAFTING, admin: 200, leader: 200, staffLead: 200 } },
  { name: "DELETE /phases/{id}", request: (t) => ({ method: "DELETE", path: `/phases/${t.emptyPhaseId}?version=${t.version.phase}` }), expect: { ...DRAFTING, admin: 204, leader: 204, staffLead: 204 } },
  {
    name: "POST /phases/{id}/activities",
    request: (t) => ({ method: "POST", path: `/phases/${t.phaseId}/activities`, body: { content: "Việc mới", leadUnitId: "LEAD", start: todayInVietnam(), end: todayInVietnam() } }),
    expect: { ...DRAFTING, admin: 201, leader: 201, staffLead: 201 },
  },
  { name: "PATCH /activities/{id}", request: (t) => ({ method: "PATCH", path: `/activities/${t.activityId}`, body: { version: t.version.activity, note: "Ghi chú mới" } }), expect: { ...DRAFTING, admin: 200, leader: 200, staffLead: 200 } },
  { name: "DELETE /activities/{id}", request: (t) => ({ method: "DELETE", path: `/activities/${t.activityId}?version=${t.version.activity}` }), expect: { ...DRAFTING, admin: 204, leader: 204, staffLead: 204 } },
  {
    name: "POST /activities/{id}/updates (a note)",
    plan: "ISSUED",
    request: (t) => ({ method: "POST", path: `/activities/${t.activityId}/updates`, body: { version: t.version.activity, note: "Đã gửi giấy mời", figures: [{ label: "Số người", value: "400" }] } }),
    expect: { admin: 201, leader: 201, staffLead: 201, staffSupport: 201, staffOther: 403, viewer: 403, otherOrg: 404, anonymous: 401, revoked: 401 },
  },
  {
    name: "POST /activities/{id}/updates (a status)",
    plan: "ISSUED",
    request: (t) => ({ method: "POST", path: `/activities/${t.activityId}/updates`, body: { version: t.version.activity, status: "DONE", result: "Xong" } }),
    expect: { admin: 201, leader: 201, staffLead: 201, staffSupport: 403, staffOther: 403, viewer: 403, otherOrg: 404, anonymous: 401, revoked: 401 },
  },
];

describe("the rights table of every mutating endpoint", () => {
  for (const row of TABLE) {
    it(row.name, async () => {
      const world = await apiWorld();
      const plans = new Map<Actor, string>();
      for (const actor of ACTORS) plans.set(actor, (await draftPlan(world, row.plan)).id);
      const before = await organizationSnapshot(world.organization.id);
      const results: Record<string, number> = {};
      for (const actor of ACTORS) {
        const planId = plans.get(actor)!;
        const [plan, { phase, emptyPhase, activity }] = await Promise.all([db.plan.findUniqueOrThrow({ where: { id: planId } }), ids(planId)]);
        const request = row.request({
          planId,
          phaseId: phase.id,
          emptyPhaseId: emptyPhase.id,
          activityId: activity.id,
          version: { plan: plan.version, phase: emptyPhase.version, activity: activity.version },
        });
        const body = JSON.parse(JSON.stringify(request.body ?? null).replace('"LEAD"', JSON.stringify(world.unitA.id)));
        const response = await api(request.method, request.path, { token: world.tokens[actor], body: request.body === undefined ? undefined : body });
        results[actor] = response.status;
        if (response.status >= 400) {
          expect(response.headers.get("content-type")).toContain("application/problem+json");
          expect(response.json).toMatchObject({ status: response.status, title: expect.any(String), detail: expect.any(String) });
          // Nothing changed for a refused call: the plan it aimed at is as it was.
          const after = await organizationSnapshot(world.organization.id);
          const untouched = (snap: typeof before) => ({
            plans: snap.plans.filter((p) => p.id === planId),
            phases: snap.phases.filter((p) => p.planId === planId),
            activities: snap.activities.filter((a) => a.planId === planId),
            updates: snap.updates.filter((u) => u.activityId === activity.id),
            reviews: snap.reviews.filter((r) => r.planId === planId),
            audit: snap.audit.filter((a) => a.planId === planId),
          });
          expect(untouched(after)).toEqual(untouched(before));
        }
      }
      expect(results).toEqual(row.expect);
    });
  }

  it("POST /plans: everyone but viewers creates drafts in their own organisation", async () => {
    const world = await apiWorld();
    const results: Record<string, number> = {};
    for (const actor of ACTORS) {
      const response = await api("POST", "/plans", { token: world.tokens[actor], body: { title: `Kế hoạch của ${actor}`, year: 2027, eventDate: "2027-05-18" } });
      results[actor] = response.status;
      if (response.status === 201) {
        const plan = S.planDetailSchema.parse(response.json);
        const saved = await db.plan.findUniqueOrThrow({ where: { id: plan.id } });
        expect(saved.organizationId).toBe(actor === "otherOrg" ? world.other.organization.id : world.organization.id);
      }
    }
    expect(results).toEqual({ admin: 201, leader: 201, staffLead: 201, staffSupport: 201, staffOther: 201, viewer: 403, otherOrg: 201, anonymous: 401, revoked: 401 });
  });
});

describe("API happy paths", () => {
  it("lists, reads and edits a plan; responses match the documented schemas", async () => {
    const world = await apiWorld();
    const plan = await draftPlan(world);
    const list = await api("GET", "/plans?limit=100", { token: world.tokens.staffLead });
    expect(list.status).toBe(200);
    const parsed = S.planListSchema.parse(list.json);
    expect(parsed.items.map((p) => p.id)).toContain(plan.id);
    const one = await api("GET", `/plans/${plan.id}`, { token: world.tokens.staffLead });
    const detail = S.planDetailSchema.parse(one.json);
    expect(detail.phases.map((p) => p.title)).toEqual(["Chuẩn bị", "Tổng kết"]);
    expect(detail.phases[0]!.activities[0]).toMatchObject({ content: "Tổ chức hội thảo", leadUnit: { id: world.unitA.id }, supporters: [{ id: world.unitB.id }] });
    const patched = await api("PATCH", `/plans/${plan.id}`, { token: world.tokens.staffLead, body: { version: detail.version, slogans: ["Khẩu hiệu 1", "Khẩu hiệu 2"] } });
    expect(patched.status).toBe(200);
    expect(S.planDetailSchema.parse(patched.json)).toMatchObject({ slogans: ["Khẩu hiệu 1", "Khẩu hiệu 2"], theme: detail.theme, title: detail.title, version: detail.version + 1 });
  });

  it("paginates with a cursor and filters by year, status and accent-free words", async () => {
    const world = await apiWorld();
    for (let i = 0; i < 5; i++) await createPlan(world.organization.id, { title: `Hội nghị sáng kiến số ${i}`, year: 2031 });
    await createPlan(world.organization.id, { title: "Tổng kết năm", year: 2031 });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const response = await api("GET", `/plans?year=2031&q=HOI NGHI&limit=2${cursor ? `&cursor=${cursor}` : ""}`, { token: world.tokens.leader });
      const page = S.planListSchema.parse(response.json);
      seen.push(...page.items.map((p) => p.title));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
    expect(seen.every((t) => t.startsWith("Hội nghị sáng kiến"))).toBe(true);
  });

  it("a script lists a unit's overdue activities and records an update", async () => {
    const world = await apiWorld();
    const plan = await draftPlan(world, "ISSUED");
    const list = await api("GET", `/activities?unitId=${world.unitA.id}&overdue=true`, { token: world.tokens.staffLead });
    const overdue = S.activityListSchema.parse(list.json).items;
    const target = overdue.find((a) => a.planId === plan.id)!;
    expect(target).toMatchObject({ overdue: true, content: "Tổ chức hội thảo" });
    const created = await api("POST", `/activities/${target.id}/updates`, {
      token: world.tokens.staffLead,
      body: { version: target.version, status: "DONE", result: "Đã tổ chức ngày 16/5", actualStart: "2026-05-16", actualEnd: "2026-05-16", figures: [{ label: "Số người tham dự", value: "400" }], evidence: [{ url: "https://skhcn.langson.gov.vn/tin", title: "Tin bài" }] },
    });
    expect(created.status).toBe(201);
    // The answer is the activity's new state and the update just recorded, not the whole history.
    const recorded = S.recordedUpdateSchema.parse(created.json);
    expect(recorded).toMatchObject({ id: target.id, status: "DONE", progress: 100, result: "Đã tổ chức ngày 16/5", overdue: false, version: target.version + 1 });
    expect(recorded.update).toMatchObject({ figures: [{ label: "Số người tham dự", value: "400" }] });
    expect(created.json).not.toHaveProperty("updates");
    const again = await api("GET", `/activities?unitId=${world.unitA.id}&overdue=true&planId=${plan.id}`, { token: world.tokens.staffLead });
    expect(S.activityListSchema.parse(again.json).items).toEqual([]);
    const supported = await api("GET", `/activities?unitId=${world.unitB.id}&role=support&planId=${plan.id}`, { token: world.tokens.staffSupport });
    expect(S.activityListSchema.parse(supported.json).items.map((a) => a.id)).toEqual([target.id]);
  });

  it("serves units, the dashboard and health", async () => {
    const world = await apiWorld();
    await draftPlan(world, "ISSUED");
    const units = S.unitListSchema.parse((await api("GET", "/units", { token: world.tokens.viewer })).json);
    expect(units.items.map((u) => u.id)).toEqual(expect.arrayContaining([world.unitA.id, world.unitB.id, world.unitC.id]));
    const dashboard = S.dashboardSchema.parse((await api("GET", "/dashboard", { token: world.tokens.leader })).json);
    expect(dashboard.totals).toMatchObject({ total: 1, overdue: 1 });
    // The same figures as the home page, from the same queries.
    const home = await homeDashboard(world.leader);
    expect(dashboard.units).toEqual(home.units);
    expect(dashboard.upcoming).toEqual(home.upcoming);
    expect(dashboard.latestUpdates.map((u) => u.id)).toEqual(home.updates.map((u) => u.id));
    expect(dashboard.units.find((u) => u.id === world.unitA.id)?.lead).toMatchObject({ total: 1, overdue: 1 });
    expect(dashboard.units.find((u) => u.id === world.unitB.id)?.support).toMatchObject({ total: 1, overdue: 1 });
    const health = await api("GET", "/health");
    expect(health.status).toBe(200);
    expect(S.healthSchema.parse(health.json)).toMatchObject({ status: "ok", database: "ok" });
  });

  it("edits a draft's structure through phases and activities", async () => {
    const world = await apiWorld();
    const plan = await draftPlan(world);
    const { phase, emptyPhase, activity } = await ids(plan.id);
    const added = await api("POST", `/phases/${phase.id}/activities`, {
      token: world.tokens.staffLead,
      body: { content: "Việc con: in tài liệu", leadUnitId: world.unitB.id, parentId: activity.id, start: todayInVietnam(), end: todayInVietnam() },
    });
    expect(added.status).toBe(201);
    const moved = await api("PATCH", `/activities/${activity.id}`, { token: world.tokens.staffLead, body: { version: activity.version, phaseId: emptyPhase.id, note: "Chuyển sang tổng kết" } });
    expect(moved.status).toBe(200);
    expect(S.activityDetailSchema.parse(moved.json)).toMatchObject({ phaseId: emptyPhase.id, note: "Chuyển sang tổng kết" });
    const subTask = await db.activity.findFirstOrThrow({ where: { parentId: activity.id } });
    expect(subTask.phaseId).toBe(emptyPhase.id);
  });
});

describe("API errors are problem+json with the right status", () => {
  afterEach(() => {
    delete process.env.KEHOACH_API_RATE_LIMIT;
  });

  it("400 malformed JSON, 415 wrong content type, 413 too large, 422 invalid", async () => {
    const world = await apiWorld();
    const plan = await draftPlan(world);
    const token = world.tokens.staffLead;
    const before = await organizationSnapshot(world.organization.id);
    expect((await api("PATCH", `/plans/${plan.id}`, { token, rawBody: '{"version": 1,' })).status).toBe(400);
    expect((await api("PATCH", `/plans/${plan.id}`, { token, rawBody: "version=1", contentType: "application/x-www-form-urlencoded" })).status).toBe(415);
    expect((await api("PATCH", `/plans/${plan.id}`, { token, body: { version: 1, intro: "x".repeat(1024 * 1024 + 10) } })).status).toBe(413);
    const invalid = await api("PATCH", `/plans/${plan.id}`, { token, body: { version: 1, title: "", eventDate: "2027-02-30", slogans: "không phải danh sách" } });
    expect(invalid.status).toBe(422);
    expect(invalid.json).toMatchObject({ errors: { title: ["Trích yếu (tên kế hoạch) là bắt buộc."], eventDate: [expect.stringContaining("không phải ngày hợp lệ")] } });
    const nul = await api("PATCH", `/plans/${plan.id}`, { token, body: { version: 1, theme: "a\u0000b" } });
    expect(nul.status).toBe(422);
    expect(await organizationSnapshot(world.organization.id)).toEqual(before);
  });

  it("401 without or with a bad token; 404 for another organisation, a missing id or a malformed one", async () => {
    const world = await apiWorld();
    const plan = await draftPlan(world);
    expect((await api("GET", `/plans/${plan.id}`)).status).toBe(401);
    expect((await api("GET", `/plans/${plan.id}`, { token: "kh_not-a-real-token" })).status).toBe(401);
    expect((await api("GET", `/plans/${plan.id}`, { headers: { authorization: "Basic abc" } })).status).toBe(401);
    const foreign = await api("GET", `/plans/${plan.id}`, { token: world.tokens.otherOrg });
    const missing = await api("GET", "/plans/01900000-0000-7000-8000-000000000000", { token: world.tokens.otherOrg });
    const malformed = await api("GET", "/plans/abc", { token: world.tokens.otherOrg });
    expect([foreign.status, missing.status, malformed.status]).toEqual([404, 404, 404]);
    expect((foreign.json as { detail: string }).detail).toBe((missing.json as { detail: string }).detail);
  });

  it("a deactivated user's token stops working", async () => {
    const world = await apiWorld();
    await db.user.update({ where: { id: world.staffA.id }, data: { active: false } });
    expect((await api("GET", "/units", { token: world.tokens.staffLead })).status).toBe(401);
  });

  it("409 on a stale version, with the current values; 409 on a workflow state conflict", async () => {
    const world = await apiWorld();
    const plan = await draftPlan(world);
    const first = await api("PATCH", `/plans/${plan.id}`, { token: world.tokens.staffLead, body: { version: plan.version, theme: "Lần 1" } });
    expect(first.status).toBe(200);
    const stale = await api("PATCH", `/plans/${plan.id}`, { token: world.tokens.leader, body: { version: plan.version, theme: "Lần 2" } });
    expect(stale.status).toBe(409);
    expect(stale.json).toMatchObject({ current: { theme: "Lần 1", version: plan.version + 1 } });
    const wrongState = await api("POST", `/plans/${plan.id}/approve`, { token: world.tokens.leader, body: { version: plan.version + 1 } });
    expect(wrongState.status).toBe(409);
  });

  it("429 when a caller sends too many requests", async () => {
    const world = await apiWorld();
    process.env.KEHOACH_API_RATE_LIMIT = "3";
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await api("GET", "/units", { token: world.tokens.viewer })).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    const limited = await api("GET", "/units", { token: world.tokens.viewer });
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("503 when the database is unreachable, 500 with a request id otherwise", async () => {
    const unreachable = createPrismaClient("postgresql://postgres:x@127.0.0.1:9/kehoach", { poolSize: 1 });
    const error = await unreachable.unit.count().catch((e) => e);
    await unreachable.$disconnect();
    const down = errorToResponse(error, "req-1", "GET /units");
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({ status: 503, detail: expect.stringContaining("không kết nối được cơ sở dữ liệu") });
    const boom = errorToResponse(new Error("boom"), "req-2", "GET /units");
    expect(boom.status).toBe(500);
    const body = (await boom.json()) as { detail: string; requestId: string };
    expect(body).toMatchObject({ requestId: "req-2" });
    expect(body.detail).not.toContain("boom");
  });

  it("cookie-authenticated writes from another site are refused", async () => {
    const world = await apiWorld();
    const plan = await draftPlan(world);
    // Without a session cookie this is simply unauthenticated; the origin check is covered in e2e with a real session.
    const response = await api("POST", `/plans/${plan.id}/submit`, { body: { version: plan.version }, headers: { origin: "https://evil.example" } });
    expect(response.status).toBe(401);
  });
});
