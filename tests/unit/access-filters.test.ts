// Access filters are combined with AND (allOf, lib/auth/filters.ts), never
// spread: a spread lets a caller's key replace the access filter's own.
import { describe, expect, it } from "vitest";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/user";
import { allOf } from "@/lib/auth/filters";
import { readablePlansWhere } from "@/lib/plans/access";
import { readableActivitiesWhere } from "@/lib/activities/access";
import { PUBLISHED_PLAN_STATUSES } from "@/lib/plans/labels";
import { describeHits, scan, scanSource } from "@/tests/support/source-scan";

const viewer: SessionUser = { id: "v", username: "xem", displayName: "Người xem", role: "VIEWER", organizationId: "org", organizationName: "Sở", unitId: null, unitName: null };

describe("allOf", () => {
  it("keeps a viewer's limit to published plans whatever status is asked for", () => {
    const asked: Prisma.PlanWhereInput = { status: "DRAFT", organizationId: "another-org" };
    // What a spread does: the caller's keys win.
    expect({ ...readablePlansWhere(viewer), ...asked }).toEqual({ organizationId: "another-org", status: "DRAFT" });
    // allOf keeps the access filter whole, beside the caller's.
    expect(allOf(readablePlansWhere(viewer), asked)).toEqual({
      AND: [{ organizationId: "org", status: { in: PUBLISHED_PLAN_STATUSES } }, asked],
    });
  });

  it("keeps an activity's plan filter when the caller filters on the plan too", () => {
    const where = allOf<Prisma.ActivityWhereInput>(readableActivitiesWhere(viewer), { plan: { status: "DRAFT" } });
    expect(where.AND[0]).toEqual({ organizationId: "org", plan: { organizationId: "org", status: { in: PUBLISHED_PLAN_STATUSES } } });
    expect(where.AND[1]).toEqual({ plan: { status: "DRAFT" } });
  });

  it("skips the optional filters that are not set", () => {
    const year: number | undefined = undefined;
    const status = "" as string;
    expect(allOf<Prisma.PlanWhereInput>({ id: "p" }, year && { year }, status && { title: status }, null, false, 0)).toEqual({ AND: [{ id: "p" }] });
  });
});

// A spread of an access filter: `...readablePlansWhere(user)`, `...manageableUsersWhere(admin)` …
const SPREAD = /\.\.\.\s*\(?\s*(readable|manageable|visible|accessible|live)\w*(Where)?\b\s*(\(|[,}])/i;

describe("access filters in the source", () => {
  it("are never spread into another filter", () => {
    const hits = scanSource(SPREAD, () => false);
    expect(hits, `Combine with allOf(access, filter) instead:\n${describeHits(hits)}`).toEqual([]);
  });

  it("the scan finds a spread, and not a call or an AND", () => {
    const found = (code: string) => scan(code, SPREAD).length;
    expect(found(`where: { ...readablePlansWhere(user), id }`)).toBe(1);
    expect(found(`plan: { ...readablePlansWhere(user), status: "ISSUED" }`)).toBe(1);
    expect(found(`const target = await tx.user.findFirst({ where: { ...manageableUsersWhere(admin), id } });`)).toBe(1);
    expect(found(`where: { organizationId, unitId, ...LIVE_FEED }`)).toBe(1);
    expect(found(`where: allOf(readablePlansWhere(user), { id })`)).toBe(0);
    expect(found(`activity: readableActivitiesWhere(user)`)).toBe(0);
  });
});
