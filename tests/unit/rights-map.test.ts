// The one map of rights (lib/auth/roles.ts): every permission is granted and
// read, relationship-limited grants need their facts, the derived questions
// (who reviews, who does a lead unit's work, which roles need a unit) come
// from the map, and no code outside the map and the access modules compares
// role names.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/generated/prisma/enums";
import { actsForUnit, can, PERMISSIONS, ROLES, ROLE_LABELS, roleCan, rolesWith, type Permission } from "@/lib/auth/roles";
import { canManageFeed } from "@/lib/calendar-feeds/access";
import { attentionScope } from "@/lib/activities/access";
import { readablePlanStatuses } from "@/lib/plans/access";
import type { SessionUser } from "@/lib/auth/user";
import { describeHits, ROOT, scan, scanSource, sourceFiles } from "@/tests/support/source-scan";

const ALL = Object.keys(PERMISSIONS) as Permission[];

describe("the permission map", () => {
  it("grants every permission to some role, and something outside the map reads each one", () => {
    const sources = sourceFiles()
      .filter((file) => file !== "lib/auth/roles.ts")
      .map((file) => readFileSync(path.join(ROOT, file), "utf8"))
      .join("\n");
    for (const permission of ALL) {
      expect(rolesWith(permission), `${permission} is granted to nobody`).not.toEqual([]);
      expect(sources.includes(`"${permission}"`), `${permission} is read by nothing`).toBe(true);
    }
  });

  it("has a label for every role", () => {
    expect(ROLES).toEqual(["ADMIN", "LEADER", "VAN_THU", "STAFF", "VIEWER"]);
    for (const role of ROLES) expect(ROLE_LABELS[role]).toMatch(/\S/);
  });

  it("gives a viewer no permission at all", () => {
    expect(ALL.filter((p) => roleCan("VIEWER", p))).toEqual([]);
  });

  it("limits a grant to its relationships: staff edit and submit the plans they or their unit draft", () => {
    const staff = { role: "STAFF" as Role };
    expect(can(staff, "plan.edit")).toBe(false);
    expect(can(staff, "plan.edit", { author: true })).toBe(true);
    expect(can(staff, "plan.edit", { draftingUnit: true })).toBe(true);
    expect(can(staff, "plan.edit", { leadUnit: true })).toBe(false);
    // An administrator submits only what they wrote; their unit does not count.
    expect(can({ role: "ADMIN" }, "plan.submit", { draftingUnit: true })).toBe(false);
    expect(can({ role: "ADMIN" }, "plan.submit", { author: true })).toBe(true);
    // A grant on everything needs no facts.
    expect(can({ role: "LEADER" }, "plan.submit")).toBe(true);
  });

  it("answers who reviews plans and who does a lead unit's work from the grants", () => {
    expect(rolesWith("plan.review")).toEqual(["LEADER"]);
    expect(rolesWith("plan.issue")).toEqual(["ADMIN", "LEADER", "VAN_THU"]);
    expect(rolesWith("plan.importIssued")).toEqual(["ADMIN", "LEADER"]);
    expect(rolesWith("activity.changeStatus")).toEqual(["ADMIN", "LEADER", "STAFF"]);
    expect(rolesWith("activity.changeStatus", "leadUnit")).toEqual(["STAFF"]);
  });

  it("gives the văn thư the register: reads every plan, issues, corrects numbers, reads the register; never reviews or edits", () => {
    const vanThu = { role: "VAN_THU" as Role };
    for (const p of ["plan.read.drafts", "plan.issue", "plan.correctNumber", "register.read", "audit.read"] as Permission[]) expect(can(vanThu, p), p).toBe(true);
    for (const p of ["plan.review", "plan.edit", "plan.create", "plan.submit", "plan.amend", "plan.complete", "organization.manage", "user.manage", "activity.changeStatus"] as Permission[]) {
      expect(can(vanThu, p, { author: true, draftingUnit: true }), p).toBe(false);
    }
    expect(rolesWith("plan.correctNumber")).toEqual(["ADMIN", "VAN_THU"]);
    expect(rolesWith("register.read")).toEqual(["ADMIN", "LEADER", "VAN_THU"]);
  });

  it("says a role acts for its unit when its rights come from the unit", () => {
    expect(ROLES.filter(actsForUnit)).toEqual(["STAFF"]);
  });

  it("lets leaders and administrators see what needs attention everywhere, staff in their own unit, viewers nowhere", () => {
    expect(rolesWith("attention.read")).toEqual(["ADMIN", "LEADER", "STAFF"]);
    expect(rolesWith("attention.read", "ownUnit")).toEqual(["STAFF"]);
    const user = (role: Role, unitId: string | null) => ({ id: "u", username: "u", displayName: "U", organizationId: "o", organizationName: "O", unitName: null, role, unitId });
    expect(attentionScope(user("LEADER", null))).toEqual({ unitId: null });
    expect(attentionScope(user("ADMIN", "a"))).toEqual({ unitId: null });
    expect(attentionScope(user("STAFF", "a"))).toEqual({ unitId: "a" });
    expect(() => attentionScope(user("STAFF", null))).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
    expect(() => attentionScope(user("VIEWER", "a"))).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
  });

  it("lets every role read issued plans, so one list of a unit's work serves every reader (components/activities/cached-work.ts)", () => {
    for (const role of ROLES) expect(readablePlanStatuses({ role } as SessionUser), role).toContain("ISSUED");
  });

  it("lets staff manage the calendar feeds of plans and of their own unit only", () => {
    const staff = { role: "STAFF" as Role, unitId: "a" };
    expect(canManageFeed(staff, { kind: "plan" })).toBe(true);
    expect(canManageFeed(staff, { kind: "unit", unitId: "a" })).toBe(true);
    expect(canManageFeed(staff, { kind: "unit", unitId: "b" })).toBe(false);
    expect(canManageFeed({ role: "STAFF", unitId: null }, { kind: "unit", unitId: "b" })).toBe(false);
    expect(canManageFeed({ role: "LEADER", unitId: null }, { kind: "unit", unitId: "b" })).toBe(true);
    expect(canManageFeed({ role: "ADMIN", unitId: null }, { kind: "unit", unitId: "b" })).toBe(true);
    expect(canManageFeed({ role: "VIEWER", unitId: "a" }, { kind: "plan" })).toBe(false);
    expect(canManageFeed({ role: "VIEWER", unitId: "a" }, { kind: "unit", unitId: "a" })).toBe(false);
  });
});

// A role name in quotes, Prisma's enum member, or a comparison with a role.
// (filters.role, query.role and params.role are a unit's part in an activity, "lead" or "support".)
const ROLE_NAME = /(["'`])(ADMIN|LEADER|STAFF|VIEWER|VAN_THU)\1|\bRole\.(ADMIN|LEADER|STAFF|VIEWER|VAN_THU)\b/;
const ROLE = String.raw`(?<!\b(?:filters|query|params)\.)\brole\b`;
const ROLE_COMPARISON = new RegExp(String.raw`${ROLE}\s*[!=]==|[!=]==\s*[\w.]*${ROLE}|switch\s*\(\s*[\w.]*${ROLE}\s*\)|includes\(\s*[\w.]*${ROLE}\s*\)`);
const ROLE_RULE = new RegExp(`${ROLE_NAME.source}|${ROLE_COMPARISON.source}`);
/** The map, the access modules, and the demo accounts (data: the roles the seed gives them, compared nowhere). */
const ALLOWED = (file: string) => file === "lib/auth/roles.ts" || /^lib\/[\w-]+\/access\.ts$/.test(file) || file === "lib/demo-logins.ts";

describe("role names", () => {
  it("are compared nowhere outside the map and the access modules", () => {
    const hits = scanSource(ROLE_RULE, ALLOWED);
    expect(hits, `Ask the map (can, rolesWith, actsForUnit in lib/auth/roles.ts) or an access module instead:\n${describeHits(hits)}`).toEqual([]);
  });

  it("the scan finds what it must, and not a comment or a label", () => {
    const found = (code: string) => scan(code, ROLE_RULE).length;
    expect(found(`if (user.role === "STAFF") return user.unitId;`)).toBe(1);
    expect(found(`const lead = role === 'LEADER';`)).toBe(1);
    expect(found(`where: { organizationId, role: "LEADER", active: true }`)).toBe(1);
    expect(found(`if (Role.ADMIN === user.role) {}`)).toBe(1);
    expect(found(`if (actor.role !== viewerRole) {}`)).toBe(1);
    expect(found(`switch (user.role) {`)).toBe(1);
    expect(found(`["ADMIN", "LEADER"].includes(user.role)`)).toBe(1);
    expect(found(`// a LEADER or an ADMIN may, see "STAFF"`)).toBe(0);
    expect(found(`<td>{ROLE_LABELS[row.role]}</td>`)).toBe(0);
    expect(found(`role: input.role,`)).toBe(0);
    expect(found(`(!filters.role || item.part === filters.role)`)).toBe(0);
    expect(found(`query.role === "lead" ? lead : support`)).toBe(0);
  });
});
