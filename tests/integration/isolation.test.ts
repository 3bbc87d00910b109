import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getPlanDocument, listPlans } from "@/lib/plans/queries";
import { listUnits } from "@/lib/units/queries";
import { listUsers } from "@/lib/users/queries";
import { AppError } from "@/lib/errors";
import { PLAN_2022_TITLE } from "@/prisma/seed/lang-son-2022";
import { createPlan, createWorld, sessionUserByUsername } from "./support/factories";

describe("organisation isolation", () => {
  it("a Cao Bằng leader sees only Cao Bằng plans, units and users", async () => {
    const caobang = await sessionUserByUsername("caobang");
    const plans = await listPlans(caobang);
    expect(plans.length).toBeGreaterThan(0);
    const ids = plans.map((p) => p.id);
    const foreign = await db.plan.count({ where: { id: { in: ids }, organizationId: { not: caobang.organizationId } } });
    expect(foreign).toBe(0);
    const units = await listUnits(caobang, { includeInactive: true });
    expect(units.map((u) => u.name).sort()).toEqual(["Phòng Quản lý khoa học", "Văn phòng Sở"]);
  });

  it("guessing the id of a Lạng Sơn plan gives not found, exactly as a missing id", async () => {
    const caobang = await sessionUserByUsername("caobang");
    const langSonPlan = await db.plan.findFirstOrThrow({ where: { title: PLAN_2022_TITLE, number: 12 } });
    const foreign = await getPlanDocument(caobang, langSonPlan.id).catch((e) => e);
    const missing = await getPlanDocument(caobang, "01900000-0000-7000-8000-000000000000").catch((e) => e);
    const garbage = await getPlanDocument(caobang, "not-a-uuid").catch((e) => e);
    for (const error of [foreign, missing, garbage]) {
      expect(error).toBeInstanceOf(AppError);
      expect(error.code).toBe("NOT_FOUND");
      expect(error.message).toBe(foreign.message);
    }
  });

  it("an admin only lists users of their own organisation", async () => {
    const world = await createWorld();
    const users = await listUsers(world.admin);
    expect(users).toHaveLength(5);
    expect(new Set(users.map((u) => u.id))).toEqual(
      new Set([world.admin.id, world.leader.id, world.staffA.id, world.staffB.id, world.viewer.id]),
    );
  });

  it("a viewer sees issued plans but not drafts; staff see both", async () => {
    const world = await createWorld();
    const draft = await createPlan(world.organization.id, { status: "DRAFT" });
    const issued = await createPlan(world.organization.id, { status: "ISSUED", number: 1, issueDate: "2026-05-01" });
    const viewerPlans = (await listPlans(world.viewer)).map((p) => p.id);
    expect(viewerPlans).toEqual([issued.id]);
    await expect(getPlanDocument(world.viewer, draft.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const staffPlans = (await listPlans(world.staffA)).map((p) => p.id).sort();
    expect(staffPlans).toEqual([draft.id, issued.id].sort());
  });
});
