// Units through reorganisations (issue 16 §6): rename with a date keeps the former name, a merge moves the open
// work and keeps the history, a closed unit cannot be chosen any more.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { shiftDate, todayInVietnam } from "@/lib/dates";
import { closeUnit, renameUnit } from "@/lib/units/reorganise";
import { mergeUnit, previewMerge } from "@/lib/units/merge";
import { setUnitActive } from "@/lib/units/service";
import { unitLife } from "@/lib/units/history";
import { unitLabelAt, unitNameAt } from "@/lib/units/lifecycle";
import { createActivity } from "@/lib/plans/service/activities";
import { createActivitySchema } from "@/lib/plans/schemas";
import { clonePlan } from "@/lib/plans/service/create";
import { getNewPlanForm } from "@/lib/plans/new-plan-queries";
import { createIssuedPlan, createPlan, createUnit, createUser, createWorld, inTransaction, organizationSnapshot } from "./support/factories";
import { api, tokenFor } from "./support/api";
import { PLAN_2026_REORG_TITLE } from "@/prisma/seed/lang-son-2025-reorg";

const today = todayInVietnam();

async function refusal(run: () => Promise<unknown>) {
  try {
    await run();
  } catch (error) {
    if (isAppError(error)) return { code: error.code, message: error.message, fields: error.fieldErrors };
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("renaming a unit from a date", () => {
  it("keeps the former name with its validity and names the unit as it was on a day", async () => {
    const w = await createWorld();
    const admin = w.admin;
    const unit = await db.unit.findUniqueOrThrow({ where: { id: w.unitB.id } });
    const effective = shiftDate(today, -30);
    await inTransaction((tx) => renameUnit(tx, admin, { id: unit.id, version: unit.version, name: `${unit.name} mới`, shortName: "MỚI", effectiveDate: effective, reason: "Quyết định số 1" }));

    const after = await db.unit.findUniqueOrThrow({ where: { id: unit.id } });
    expect(after).toMatchObject({ name: `${unit.name} mới`, shortName: "MỚI", version: unit.version + 1 });
    const history = await db.unitNameHistory.findMany({ where: { unitId: unit.id } });
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ name: unit.name, shortName: unit.shortName, validFrom: null, reason: "Quyết định số 1", changedById: admin.id });
    const life = (await unitLife(db, [unit.id])).get(unit.id)!;
    expect(unitNameAt(life, shiftDate(effective, -1)).name).toBe(unit.name);
    expect(unitNameAt(life, effective).name).toBe(`${unit.name} mới`);
    expect(unitLabelAt(life, shiftDate(effective, -1), today)).toBe(`${unit.name} (nay là ${unit.name} mới)`);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: unit.id, action: "rename" } });
    expect(audit.after).toMatchObject({ name: `${unit.name} mới`, effectiveDate: effective });
  });

  it("refuses a date after today or not after the current name began, and changes nothing", async () => {
    const w = await createWorld();
    const admin = w.admin;
    const unit = await db.unit.findUniqueOrThrow({ where: { id: w.unitB.id } });
    await inTransaction((tx) => renameUnit(tx, admin, { id: unit.id, version: unit.version, name: `${unit.name} 2`, shortName: "B2", effectiveDate: shiftDate(today, -10), reason: "" }));
    const before = await organizationSnapshot(w.organization.id);
    const tomorrow = await refusal(() => inTransaction((tx) => renameUnit(tx, admin, { id: unit.id, version: unit.version + 1, name: `${unit.name} 3`, shortName: "B3", effectiveDate: shiftDate(today, 1), reason: "" })));
    expect(tomorrow).toMatchObject({ code: "INVALID", fields: { effectiveDate: ["Ngày hiệu lực không được sau hôm nay."] } });
    const overlapping = await refusal(() => inTransaction((tx) => renameUnit(tx, admin, { id: unit.id, version: unit.version + 1, name: `${unit.name} 3`, shortName: "B3", effectiveDate: shiftDate(today, -10), reason: "" })));
    expect(overlapping).toMatchObject({ code: "INVALID", fields: { effectiveDate: [expect.stringContaining("Ngày hiệu lực phải sau")] } });
    expect(await organizationSnapshot(w.organization.id)).toEqual(before);
  });
});

describe("merging a unit into another", () => {
  it("a merge moves the open work and keeps the history", async () => {
    const w = await createWorld();
    const admin = w.admin;
    const A = w.unitA.id;
    const B = w.unitB.id;
    const C = (await createUnit(w.organization.id)).id;
    const group = await createUnit(w.organization.id, { kind: "GROUP" });
    await db.unitGroupMember.create({ data: { organizationId: w.organization.id, groupId: group.id, memberId: A } });
    const plan = await createIssuedPlan(w.organization.id, [
      { content: "Việc đang làm", lead: A, supporters: [B] },
      { content: "Việc đã xong", lead: A },
      { content: "Việc A phối hợp", lead: C, supporters: [A] },
      { content: "Việc A và B cùng phối hợp", lead: C, supporters: [A, B] },
    ]);
    const rows = await db.activity.findMany({ where: { planId: plan.id }, orderBy: { order: "asc" } });
    const [open, done, supported, both] = rows as [(typeof rows)[number], (typeof rows)[number], (typeof rows)[number], (typeof rows)[number]];
    await db.plan.update({ where: { id: plan.id }, data: { draftingUnitId: A } }); // issued: keeps A
    await db.activity.update({ where: { id: done.id }, data: { status: "DONE", progress: 100 } });
    const draft = await createPlan(w.organization.id, { draftingUnitId: A });
    const feed = await db.calendarFeed.create({ data: { organizationId: w.organization.id, unitId: A, token: `feed-${A}`, createdById: w.admin.id } });

    const preview = await previewMerge(db, admin, A, B);
    expect(preview.leads.map((a) => a.id)).toEqual([open.id]);
    expect(preview.supports.map((a) => a.id).sort()).toEqual([supported.id, both.id].sort());
    expect(preview.drafts.map((p) => p.id)).toEqual([draft.id]);
    expect(preview.users.map((u) => u.id).sort()).toEqual([w.admin.id, w.staffA.id].sort());
    expect(preview.groups).toEqual([{ id: group.id, name: group.name }]);
    expect(preview).toMatchObject({ feeds: 1, keptActivities: 1, keptPlans: 1 });

    const unitA = await db.unit.findUniqueOrThrow({ where: { id: A } });
    const effective = shiftDate(today, -1);
    await inTransaction((tx) => mergeUnit(tx, admin, { id: A, version: unitA.version, targetId: B, effectiveDate: effective, reason: "Sắp xếp tổ chức", previewKey: preview.previewKey }));

    const lead = async (id: string) => (await db.activity.findUniqueOrThrow({ where: { id }, include: { supporters: true } }));
    expect(await lead(open.id)).toMatchObject({ leadUnitId: B, supporters: [], version: open.version + 1 });
    expect(await lead(done.id)).toMatchObject({ leadUnitId: A, version: done.version });
    expect((await lead(supported.id)).supporters.map((s) => s.unitId)).toEqual([B]);
    expect((await lead(both.id)).supporters.map((s) => s.unitId)).toEqual([B]);
    expect((await db.plan.findUniqueOrThrow({ where: { id: draft.id } })).draftingUnitId).toBe(B);
    expect((await db.plan.findUniqueOrThrow({ where: { id: plan.id } })).draftingUnitId).toBe(A);
    expect((await db.user.findUniqueOrThrow({ where: { id: w.staffA.id } })).unitId).toBe(B);
    expect(await db.unitGroupMember.findMany({ where: { groupId: group.id }, select: { memberId: true } })).toEqual([{ memberId: B }]);
    expect((await db.calendarFeed.findUniqueOrThrow({ where: { id: feed.id } })).unitId).toBe(B);

    const merged = await db.unit.findUniqueOrThrow({ where: { id: A } });
    expect(merged).toMatchObject({ active: false, mergedIntoId: B, closeReason: "Sắp xếp tổ chức", version: unitA.version + 1 });
    const life = (await unitLife(db, [A])).get(A)!;
    expect(unitLabelAt(life, "2022-01-01", today, w.unitB.name)).toBe(`${w.unitA.name} (đã sáp nhập vào ${w.unitB.name})`);

    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: A, action: "merge" } });
    expect(audit.actorId).toBe(admin.id);
    expect(audit.after).toMatchObject({
      mergedInto: { id: B },
      effectiveDate: effective,
      counts: { leads: 1, supports: 2, drafts: 1, users: 2, groups: 1, feeds: 1 },
      ids: { leads: [open.id], drafts: [draft.id] },
    });
  });

  it("refuses a stale preview (CONFLICT) and a merge into itself or a closed unit, changing nothing", async () => {
    const w = await createWorld();
    const admin = w.admin;
    const A = w.unitA.id;
    const preview = await previewMerge(db, admin, A, w.unitB.id);
    await createIssuedPlan(w.organization.id, [{ content: "Việc mới sau khi xem trước", lead: A }]);
    const before = await organizationSnapshot(w.organization.id);
    const version = (await db.unit.findUniqueOrThrow({ where: { id: A } })).version;
    const input = { id: A, version, targetId: w.unitB.id, effectiveDate: today, reason: "", previewKey: preview.previewKey };
    expect(await refusal(() => inTransaction((tx) => mergeUnit(tx, admin, input)))).toMatchObject({ code: "CONFLICT" });
    expect(await refusal(() => inTransaction((tx) => mergeUnit(tx, admin, { ...input, targetId: A })))).toMatchObject({ code: "INVALID", fields: { targetId: ["Không thể sáp nhập một đơn vị vào chính nó."] } });
    expect(await organizationSnapshot(w.organization.id)).toEqual(before);
  });
});

describe("closing a unit", () => {
  it("is refused while the unit leads open work, and then the unit cannot be chosen in a plan nor reopened", async () => {
    const w = await createWorld();
    const admin = w.admin;
    const leader = w.leader;
    const C = await createUnit(w.organization.id);
    await createUser(w.organization.id, "STAFF", C.id);
    const plan = await createIssuedPlan(w.organization.id, [{ content: "Việc của C", lead: C.id }]);
    const before = await organizationSnapshot(w.organization.id);
    const busy = await refusal(() => inTransaction((tx) => closeUnit(tx, admin, { id: C.id, version: C.version, effectiveDate: today, reason: "Giải thể" })));
    expect(busy).toMatchObject({ code: "INVALID", message: expect.stringContaining("còn chủ trì 1 hoạt động") });
    expect(await organizationSnapshot(w.organization.id)).toEqual(before);

    await db.activity.updateMany({ where: { planId: plan.id }, data: { status: "DONE" } });
    await inTransaction((tx) => closeUnit(tx, admin, { id: C.id, version: C.version, effectiveDate: shiftDate(today, -3), reason: "Giải thể" }));
    const closed = await db.unit.findUniqueOrThrow({ where: { id: C.id } });
    expect(closed).toMatchObject({ active: false, mergedIntoId: null, closeReason: "Giải thể" });
    expect((await db.activity.findFirstOrThrow({ where: { planId: plan.id } })).leadUnitId).toBe(C.id);

    const reopen = await refusal(() => inTransaction((tx) => setUnitActive(tx, admin, { id: C.id, version: closed.version, active: true })));
    expect(reopen).toMatchObject({ code: "INVALID", message: "Đơn vị đã giải thể hoặc sáp nhập, không thể dùng lại." });

    const draft = await createPlan(w.organization.id, { phases: [{ title: "Triển khai", start: `${plan.year}-03-01`, end: `${plan.year}-03-31`, activities: [] }] });
    const phase = await db.phase.findFirstOrThrow({ where: { planId: draft.id } });
    const chosen = await refusal(() =>
      inTransaction((tx) =>
        createActivity(tx, leader, createActivitySchema.parse({ phaseId: phase.id, content: "Việc mới", leadUnitId: C.id, start: `${plan.year}-03-02`, end: `${plan.year}-03-05` })),
      ),
    );
    expect(chosen).toMatchObject({ code: "INVALID", fields: { leadUnitId: ["Đơn vị chủ trì không thuộc Sở hoặc đã ngừng sử dụng."] } });
  });
});

describe("cloning a plan whose units were merged or closed since", () => {
  it("the preview proposes each one's successor and the clone uses the units chosen", async () => {
    const w = await createWorld();
    const admin = w.admin;
    const [A, B, C, D] = [w.unitA.id, w.unitB.id, (await createUnit(w.organization.id)).id, (await createUnit(w.organization.id)).id];
    const source = await createPlan(w.organization.id, {
      status: "COMPLETED",
      year: 2022,
      phases: [{ title: "Triển khai", start: "2022-05-01", end: "2022-05-31", activities: [{ content: "Việc của A", lead: A, supporters: [D] }, { content: "Việc của D", lead: D, supporters: [A, B] }] }],
    });
    const version = async (id: string) => (await db.unit.findUniqueOrThrow({ where: { id } })).version;
    const preview = await previewMerge(db, admin, A, B);
    await inTransaction((tx) => mergeUnit(tx, admin, { id: A, version: w.unitA.version, targetId: B, effectiveDate: today, reason: "", previewKey: preview.previewKey }));
    await inTransaction(async (tx) => closeUnit(tx, admin, { id: D, version: await version(D), effectiveDate: today, reason: "Không còn cấp huyện" }));

    const { form } = await getNewPlanForm(w.leader, { mode: "clone", source: source.id, eventDate: "2026-05-15" });
    expect(form?.closedUnits).toEqual([
      { id: A, name: w.unitA.name, state: "merged", proposedId: B, proposedName: w.unitB.name },
      { id: D, name: expect.any(String), state: "closed", proposedId: null, proposedName: null },
    ]);
    expect(form?.successorOptions.map((u) => u.id)).not.toContain(A);

    const input = { sourcePlanId: source.id, eventDate: "2026-05-15", title: "Kế hoạch 2026", replaceYearInTexts: false, draftingUnitId: null };
    const before = await organizationSnapshot(w.organization.id);
    const unchosen = await refusal(() => inTransaction((tx) => clonePlan(tx, w.leader, { ...input, unitSwaps: [{ from: A, to: B }] })));
    expect(unchosen).toMatchObject({ code: "INVALID", fields: { unitSwaps: [expect.stringContaining("Chọn đơn vị thay cho")] } });
    const intoClosed = await refusal(() => inTransaction((tx) => clonePlan(tx, w.leader, { ...input, unitSwaps: [{ from: A, to: B }, { from: D, to: A }] })));
    expect(intoClosed).toMatchObject({ code: "INVALID" });
    expect(await organizationSnapshot(w.organization.id)).toEqual(before);

    const { id } = await inTransaction((tx) => clonePlan(tx, w.leader, { ...input, unitSwaps: [{ from: A, to: B }, { from: D, to: C }] }));
    const activities = await db.activity.findMany({ where: { planId: id }, orderBy: { order: "asc" }, include: { supporters: { select: { unitId: true } } } });
    expect(activities.map((a) => ({ lead: a.leadUnitId, supporters: a.supporters.map((s) => s.unitId).sort() }))).toEqual([
      { lead: B, supporters: [C] },
      { lead: C, supporters: [B] },
    ]);
    // The source keeps its units.
    expect((await db.activity.findMany({ where: { planId: source.id }, orderBy: { order: "asc" } })).map((a) => a.leadUnitId)).toEqual([A, D]);
  });
});

describe("the API after a reorganisation", () => {
  it("lists a merged unit with its closing date and successor, and refuses it as lead with a 422 problem", async () => {
    const w = await createWorld();
    const preview = await previewMerge(db, w.admin, w.unitA.id, w.unitB.id);
    await inTransaction((tx) => mergeUnit(tx, w.admin, { id: w.unitA.id, version: w.unitA.version, targetId: w.unitB.id, effectiveDate: today, reason: "", previewKey: preview.previewKey }));
    const token = await tokenFor(w.leader);
    const list = await api("GET", "/units", { token });
    expect(list.status).toBe(200);
    expect((list.json as { items: unknown[] }).items).toContainEqual(expect.objectContaining({ id: w.unitA.id, active: false, closedAt: today, mergedIntoId: w.unitB.id }));

    const draft = await createPlan(w.organization.id, { phases: [{ title: "Triển khai", start: "2026-03-01", end: "2026-03-31", activities: [] }] });
    const phase = await db.phase.findFirstOrThrow({ where: { planId: draft.id } });
    const before = await organizationSnapshot(w.organization.id);
    const refused = await api("POST", `/phases/${phase.id}/activities`, { token, body: { content: "Việc mới", leadUnitId: w.unitA.id, start: "2026-03-02", end: "2026-03-05", planVersion: draft.version } });
    expect(refused.status).toBe(422);
    expect(refused.headers.get("content-type")).toContain("application/problem+json");
    expect(refused.json).toMatchObject({ errors: { leadUnitId: ["Đơn vị chủ trì không thuộc Sở hoặc đã ngừng sử dụng."] } });
    expect(await organizationSnapshot(w.organization.id)).toEqual(before);
  });
});

describe("the demo's 2025 reorganisation", () => {
  it("has the former Sở TT&TT's units from 01/3/2025, a merged and a closed unit, a 2026 plan using the new units and the 2022 plan without them", async () => {
    const org = await db.organization.findFirstOrThrow({ where: { name: "Sở Khoa học và Công nghệ tỉnh Lạng Sơn" } });
    const unit = (name: string) => db.unit.findFirstOrThrow({ where: { organizationId: org.id, name } });
    const bcvt = await unit("Phòng Bưu chính, Viễn thông và Chuyển đổi số");
    const cntt = await unit("Trung tâm Công nghệ thông tin và Truyền thông");
    expect([bcvt.validFrom, cntt.validFrom, bcvt.active]).toEqual([new Date("2025-03-01"), new Date("2025-03-01"), true]);
    const qlcn = await unit("Phòng Quản lý công nghệ và đổi mới sáng tạo");
    expect(await unit("Phòng Quản lý công nghệ và Thị trường công nghệ")).toMatchObject({ active: false, closedAt: new Date("2025-03-01"), mergedIntoId: qlcn.id });
    expect(await unit("Phòng Kinh tế và Hạ tầng huyện Văn Quan")).toMatchObject({ active: false, closedAt: new Date("2025-07-01"), mergedIntoId: null });

    const plan2026 = await db.plan.findFirstOrThrow({ where: { organizationId: org.id, year: 2026, title: PLAN_2026_REORG_TITLE }, include: { activities: true } });
    expect(plan2026.draftingUnitId).toBe(bcvt.id);
    expect(plan2026.activities.map((a) => a.leadUnitId).sort()).toEqual([bcvt.id, cntt.id].sort());
    const newUnits = (await db.unit.findMany({ where: { organizationId: org.id, sortOrder: { gt: 200 } }, select: { id: true } })).map((u) => u.id);
    const plan2022 = await db.plan.findFirstOrThrow({ where: { organizationId: org.id, year: 2022, number: 12 }, include: { activities: { include: { supporters: true } } } });
    const used2022 = plan2022.activities.flatMap((a) => [a.leadUnitId, ...a.supporters.map((s) => s.unitId)]);
    expect(used2022.filter((id) => newUnits.includes(id))).toEqual([]);
  });
});
