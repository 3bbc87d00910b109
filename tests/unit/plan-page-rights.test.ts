// Issue 15 §7: what the plan list and the plan page offer follows the rights map: a viewer is not offered
// status filters for plans they can never read, nor an empty workflow panel; the breadcrumb names the real status.
import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/generated/prisma/enums";
import type { SessionUser } from "@/lib/auth/user";
import { readablePlanStatuses, takesPartInWorkflow } from "@/lib/plans/access";
import { planCrumbLabel } from "@/lib/plans/labels";

const user = (role: Role): SessionUser => ({ id: "u", username: "u", displayName: "U", role, organizationId: "o", organizationName: "Sở", unitId: "x", unitName: "X" });

describe("plan page rights", () => {
  it("offers a viewer only the statuses of published plans, and everyone else every status", () => {
    expect(readablePlanStatuses(user("VIEWER"))).toEqual(["ISSUED", "COMPLETED", "ARCHIVED"]);
    for (const role of ["STAFF", "LEADER", "ADMIN"] as const) expect(readablePlanStatuses(user(role))).toContain("DRAFT");
  });

  it("shows the workflow panel to whoever may take a step on some plan, not to a viewer", () => {
    expect(takesPartInWorkflow(user("VIEWER"))).toBe(false);
    expect(takesPartInWorkflow(user("STAFF"))).toBe(true);
    expect(takesPartInWorkflow(user("LEADER"))).toBe(true);
  });

  it("names an unnumbered plan by its status in the breadcrumb", () => {
    expect(planCrumbLabel({ numberLabel: null, status: "SUBMITTED" })).toBe("Chờ duyệt");
    expect(planCrumbLabel({ numberLabel: null, status: "APPROVED" })).toBe("Đã duyệt");
    expect(planCrumbLabel({ numberLabel: null, status: "RETURNED" })).toBe("Trả lại");
    expect(planCrumbLabel({ numberLabel: null, status: "DRAFT" })).toBe("Dự thảo");
    expect(planCrumbLabel({ numberLabel: "12/KH-SKHCN", status: "ISSUED" })).toBe("12/KH-SKHCN");
  });
});
