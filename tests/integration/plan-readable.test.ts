// The plan pages decide "may this user read this plan" from the plan's row
// read from the shared cache (planReadableBy, lib/plans/page-facts.ts); every
// list and service decides it in SQL (readablePlansWhere). The two must agree
// for every role, every status and both organisations, or a page would show
// what the lists hide (or 404 what they show).
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { allOf } from "@/lib/auth/filters";
import { ROLES } from "@/lib/auth/roles";
import { PLAN_STATUSES } from "@/lib/plans/labels";
import { planReadableBy, readablePlansWhere } from "@/lib/plans/access";
import { createOrganization, createPlan, createUnit, createUser } from "./support/factories";

describe("who may read a plan: the row test agrees with the SQL filter", () => {
  it("for every role, every status, in the user's organisation and in another", async () => {
    const own = await createOrganization();
    const other = await createOrganization();
    const unit = await createUnit(own.id);
    const users = await Promise.all(ROLES.map((role) => createUser(own.id, role, role === "STAFF" || role === "ADMIN" ? unit.id : null)));
    const plans = await Promise.all(
      [own, other].flatMap((organization) => PLAN_STATUSES.map((status) => createPlan(organization.id, { status, ...(status === "DRAFT" ? {} : { number: 1 }) }))),
    );
    let readable = 0;
    for (const user of users) {
      for (const plan of plans) {
        const bySql = (await db.plan.findFirst({ where: allOf(readablePlansWhere(user), { id: plan.id }), select: { id: true } })) !== null;
        expect(planReadableBy(user, plan), `${user.role} · ${plan.status} · ${plan.organizationId === own.id ? "own" : "other"}`).toBe(bySql);
        if (bySql) readable += 1;
      }
    }
    // Both answers occur: some plans are read, some are not (another organisation's never).
    expect(readable).toBeGreaterThan(0);
    expect(readable).toBeLessThan(users.length * plans.length / 2 + 1);
  });
});
