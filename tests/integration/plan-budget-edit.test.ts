// Mục Kinh phí of a plan edited in the plan's texts form and the API: typed as
// the department writes it ("1,5 tỷ"), stored in đồng with the plan's version
// bumped and an audit row; a stale version or an amount that is no amount
// changes nothing.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { updatePlanSchema } from "@/lib/plans/schemas";
import { updatePlan } from "@/lib/plans/service/edit";
import { getPlanDocument } from "@/lib/plans/queries";
import { budgetSummary } from "@/lib/documents/costs";
import { createPlan, createWorld, inTransaction, sessionUserByUsername } from "./support/factories";
import { api, tokenFor } from "./support/api";

async function budgetWorld() {
  const w = await createWorld();
  const staff = await sessionUserByUsername(w.staffA.username);
  const plan = await createPlan(w.organization.id, {
    createdById: w.staffA.id,
    draftingUnitId: w.unitA.id,
    signerTitle: "GIÁM ĐỐC",
    phases: [{ title: "Một", start: "2026-05-01", end: "2026-05-10", activities: [{ content: "Việc một", lead: w.unitA.id }] }],
  });
  return { w, staff, plan };
}

/** The plan texts form as the action parses it: every field a string, the stored texts unchanged. */
async function formInput(planId: string, budgetAmount: string, budgetSource: string, version?: number) {
  const row = await db.plan.findUniqueOrThrow({ where: { id: planId } });
  const join = (items: string[]) => items.join("\n");
  return parseInput(updatePlanSchema, {
    id: row.id,
    version: String(version ?? row.version),
    title: row.title,
    year: String(row.year),
    ...(row.eventDate ? { eventDate: row.eventDate.toISOString().slice(0, 10) } : {}),
    place: row.place,
    legalBasis: join(row.legalBasis),
    intro: row.intro,
    purposes: join(row.purposes),
    requirements: join(row.requirements),
    theme: row.theme,
    slogans: join(row.slogans),
    contentItems: join(row.contentItems),
    closingText: row.closingText,
    recipients: join(row.recipients),
    signerAuthority: row.signerAuthority,
    signerTitle: row.signerTitle,
    signerName: row.signerName,
    draftingUnitId: row.draftingUnitId ?? "",
    budgetAmount,
    budgetSource,
  });
}

describe("Kinh phí of a plan, edited", () => {
  it("stores “1,5 tỷ” in đồng with its source, bumps the version and writes the audit row; the same values again change nothing", async () => {
    const { staff, plan } = await budgetWorld();
    const input = await formInput(plan.id, "1,5 tỷ", "Ngân sách tỉnh năm 2026");
    if (!input.success) throw new Error(JSON.stringify(input.fieldErrors));
    expect(await inTransaction((tx) => updatePlan(tx, staff, input.data))).toEqual({ changed: true });

    const row = await db.plan.findUniqueOrThrow({ where: { id: plan.id } });
    expect(row.budgetAmount).toBe(1_500_000_000n);
    expect(row.budgetSource).toBe("Ngân sách tỉnh năm 2026");
    expect(row.version).toBe(plan.version + 1);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: plan.id, action: "update" } });
    expect(audit.before).toMatchObject({ budgetAmount: null, budgetSource: "" });
    expect(audit.after).toMatchObject({ budgetAmount: 1_500_000_000, budgetSource: "Ngân sách tỉnh năm 2026" });
    const doc = await getPlanDocument(staff, plan.id);
    expect(budgetSummary(doc)).toMatchObject({ budget: 1_500_000_000, source: "Ngân sách tỉnh năm 2026" });

    // The form shows the stored amount grouped ("1.500.000.000"); saving it again is no change.
    const again = await formInput(plan.id, "1.500.000.000", "Ngân sách tỉnh năm 2026");
    if (!again.success) throw new Error(JSON.stringify(again.fieldErrors));
    expect(await inTransaction((tx) => updatePlan(tx, staff, again.data))).toEqual({ changed: false });
    expect((await db.plan.findUniqueOrThrow({ where: { id: plan.id } })).version).toBe(plan.version + 1);

    // Emptied: no amount.
    const cleared = await formInput(plan.id, "", "");
    if (!cleared.success) throw new Error(JSON.stringify(cleared.fieldErrors));
    await inTransaction((tx) => updatePlan(tx, staff, cleared.data));
    expect(await db.plan.findUniqueOrThrow({ where: { id: plan.id } })).toMatchObject({ budgetAmount: null, budgetSource: "" });
  });

  it("refuses an amount that is no amount with a Vietnamese field error, and a stale version with a conflict; nothing changes", async () => {
    const { staff, plan } = await budgetWorld();
    const bad = await formInput(plan.id, "khoảng vài triệu", "");
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.fieldErrors.budgetAmount?.[0]).toMatch(/Tổng kinh phí không hợp lệ/);

    // Someone else saves first; the form still carries the version it was opened with.
    const first = await formInput(plan.id, "100 triệu", "Ngân sách tỉnh");
    if (!first.success) throw new Error(JSON.stringify(first.fieldErrors));
    await inTransaction((tx) => updatePlan(tx, staff, first.data));
    const stale = await formInput(plan.id, "200 triệu", "Xã hội hóa", plan.version);
    if (!stale.success) throw new Error(JSON.stringify(stale.fieldErrors));
    const error = await inTransaction((tx) => updatePlan(tx, staff, stale.data)).catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe("CONFLICT");
    // The conflict hands the form the stored budget to show next to what the user typed.
    expect(isAppError(error) && error.details).toMatchObject({ current: { budgetAmount: 100_000_000, budgetSource: "Ngân sách tỉnh" } });
    const row = await db.plan.findUniqueOrThrow({ where: { id: plan.id } });
    expect(row).toMatchObject({ budgetAmount: 100_000_000n, budgetSource: "Ngân sách tỉnh", version: plan.version + 1 });
    expect(await db.auditLog.count({ where: { entityId: plan.id, action: "update" } })).toBe(1);
  });

  it("the API's PATCH /plans/{id} sets the budget, shows it in the plan, and leaves it alone when not sent", async () => {
    const { w, plan } = await budgetWorld();
    const token = await tokenFor(w.leader);
    const set = await api("PATCH", `/plans/${plan.id}`, { token, body: { version: plan.version, budgetAmount: 250_000_000, budgetSource: "Ngân sách tỉnh" } });
    expect(set.status).toBe(200);
    expect(set.json).toMatchObject({ budgetAmount: 250_000_000, budgetSource: "Ngân sách tỉnh", version: plan.version + 1 });

    const other = await api("PATCH", `/plans/${plan.id}`, { token, body: { version: plan.version + 1, theme: "Chủ đề mới" } });
    expect(other.status).toBe(200);
    expect(other.json).toMatchObject({ budgetAmount: 250_000_000, budgetSource: "Ngân sách tỉnh", theme: "Chủ đề mới" });

    const negative = await api("PATCH", `/plans/${plan.id}`, { token, body: { version: plan.version + 2, budgetAmount: -5 } });
    expect(negative.status).toBe(422);
    expect(negative.headers.get("content-type")).toContain("application/problem+json");
    expect((await db.plan.findUniqueOrThrow({ where: { id: plan.id } })).budgetAmount).toBe(250_000_000n);
  });
});
