import { describe, expect, it } from "vitest";
import { isDueSoon, isOverdue } from "@/lib/activities/rules";
import { roleCan } from "@/lib/auth/roles";

describe("overdue and due soon", () => {
  const today = "2022-05-16";
  it("is overdue only after the last day, and never when closed", () => {
    expect(isOverdue({ end: "2022-05-15", status: "IN_PROGRESS" }, today)).toBe(true);
    expect(isOverdue({ end: "2022-05-16", status: "IN_PROGRESS" }, today)).toBe(false);
    expect(isOverdue({ end: "2022-05-15", status: "DONE" }, today)).toBe(false);
    expect(isOverdue({ end: "2022-05-15", status: "CANCELLED" }, today)).toBe(false);
    expect(isOverdue({ end: "2022-05-15", status: "BLOCKED" }, today)).toBe(true);
  });

  it("is due soon within three days, inclusive", () => {
    expect(isDueSoon({ end: "2022-05-16", status: "NOT_STARTED" }, today)).toBe(true);
    expect(isDueSoon({ end: "2022-05-19", status: "NOT_STARTED" }, today)).toBe(true);
    expect(isDueSoon({ end: "2022-05-20", status: "NOT_STARTED" }, today)).toBe(false);
    expect(isDueSoon({ end: "2022-05-15", status: "NOT_STARTED" }, today)).toBe(false);
    expect(isDueSoon({ end: "2022-05-17", status: "DONE" }, today)).toBe(false);
  });
});

describe("role permissions", () => {
  it("gives admin functions to ADMIN only and reviews to LEADER only", () => {
    expect(["ADMIN", "LEADER", "STAFF", "VIEWER"].filter((r) => roleCan(r as never, "user.manage"))).toEqual(["ADMIN"]);
    expect(["ADMIN", "LEADER", "STAFF", "VIEWER"].filter((r) => roleCan(r as never, "unit.manage"))).toEqual(["ADMIN"]);
    // A leader may add a unit outside the department while mapping an import (issue 14 §3); staff may not.
    expect(["ADMIN", "LEADER", "STAFF", "VIEWER"].filter((r) => roleCan(r as never, "unit.addExternal"))).toEqual(["ADMIN", "LEADER"]);
    expect(["ADMIN", "LEADER", "STAFF", "VIEWER"].filter((r) => roleCan(r as never, "plan.review"))).toEqual(["LEADER"]);
    expect(["ADMIN", "LEADER", "STAFF", "VIEWER"].filter((r) => roleCan(r as never, "plan.read.drafts"))).toEqual(["ADMIN", "LEADER", "STAFF"]);
  });
});
