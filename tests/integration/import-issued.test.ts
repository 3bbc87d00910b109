// Importing a plan that was already issued: it keeps its number as written,
// symbol, issue date and signer, is ISSUED on that date, and the register
// holds: a number already used is a typed NUMBER_TAKEN conflict, nothing saved.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { confirmImport, previewImport } from "@/lib/documents/import-service";
import { getPlanDocument } from "@/lib/plans/queries";
import { nextPlanNumber } from "@/lib/plans/service/register";
import type { SessionUser } from "@/lib/auth/user";
import { createWorld, inTransaction, organizationSnapshot, sessionUserByUsername } from "./support/factories";

const ISSUED_TEXT = readFileSync("tests/fixtures/corpus/ngay-khcn-2024-phu-luc.txt", "utf8");

/** Every unit name the document uses, mapped to one unit of the new organisation. */
async function mappingFor(user: SessionUser, text: string, unitId: string) {
  const preview = await inTransaction((tx) => previewImport(tx, user, { text }));
  return { preview, mapping: preview.result.unmatched.map((name) => ({ text: name, unit: unitId })) };
}

async function errorOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected an error");
}

describe("importing an already-issued plan", () => {
  it("keeps “09”, the symbol, the issue date and the signer, records it as issued by the leader, and moves the register past it", async () => {
    const world = await createWorld();
    const leader = await sessionUserByUsername(world.leader.username);
    const { preview, mapping } = await mappingFor(leader, ISSUED_TEXT, world.unitA.id);
    expect(preview.issued).toMatchObject({ allowed: true, missing: [], label: "09/KH-SKHCN", number: 9, numberText: "09", issueDate: "2024-04-12", taken: null });

    const { id } = await inTransaction((tx) => confirmImport(tx, leader, { text: ISSUED_TEXT, mapping, asIssued: true }));
    const plan = await db.plan.findUniqueOrThrow({ where: { id } });
    expect({ status: plan.status, number: plan.number, numberYear: plan.numberYear, symbol: plan.symbol, issueDate: plan.issueDate?.toISOString().slice(0, 10), signerName: plan.signerName }).toEqual({
      status: "ISSUED",
      number: 9,
      numberYear: 2024,
      symbol: "KH-SKHCN",
      issueDate: "2024-04-12",
      signerName: "Lương Đức Minh",
    });
    const doc = await getPlanDocument(leader, id);
    expect(doc.numberLabel).toBe("09/KH-SKHCN");
    const review = await db.planReview.findFirstOrThrow({ where: { planId: id } });
    expect(review).toMatchObject({ fromStatus: "DRAFT", toStatus: "ISSUED", actorId: leader.id });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: id, action: "import-issued" } });
    expect(audit.actorId).toBe(leader.id);
    expect(audit.after).toMatchObject({ status: "ISSUED", number: "09/KH-SKHCN", issueDate: "2024-04-12", signerName: "Lương Đức Minh" });
    // Kehoach's own numbering of 2024 goes on after 9.
    expect(await inTransaction((tx) => nextPlanNumber(tx, world.organization.id, 2024))).toBe(10);
  });

  it("keeps a number written in an unusual way (“009”) exactly", async () => {
    const world = await createWorld();
    const admin = await sessionUserByUsername(world.admin.username);
    const text = ISSUED_TEXT.replace("Số: 09/KH-SKHCN", "Số: 009/KH-SKHCN");
    const { mapping } = await mappingFor(admin, text, world.unitA.id);
    const { id } = await inTransaction((tx) => confirmImport(tx, admin, { text, mapping, asIssued: true }));
    expect((await db.plan.findUniqueOrThrow({ where: { id } })).numberText).toBe("009");
    expect((await getPlanDocument(admin, id)).numberLabel).toBe("009/KH-SKHCN");
  });

  it("answers a number already in the register with NUMBER_TAKEN, in the preview and on saving, and saves nothing (new units included)", async () => {
    const world = await createWorld();
    const leader = await sessionUserByUsername(world.leader.username);
    const { mapping } = await mappingFor(leader, ISSUED_TEXT, world.unitA.id);
    const { id: first } = await inTransaction((tx) => confirmImport(tx, leader, { text: ISSUED_TEXT, mapping, asIssued: true }));

    const { preview } = await mappingFor(leader, ISSUED_TEXT, world.unitA.id);
    expect(preview.issued?.taken).toEqual({ planId: first, title: expect.any(String) });
    const before = await organizationSnapshot(world.organization.id);
    // One name mapped to a new unit: that unit must not survive the refusal either.
    const withNewUnit = [{ ...mapping[0]!, unit: "new:EXTERNAL" }, ...mapping.slice(1)];
    const error = await errorOf(inTransaction((tx) => confirmImport(tx, leader, { text: ISSUED_TEXT, mapping: withNewUnit, asIssued: true })));
    expect(isAppError(error) && { code: error.code, reason: error.reason }).toEqual({ code: "CONFLICT", reason: "NUMBER_TAKEN" });
    expect((error as Error).message).toContain("09/KH-SKHCN");
    expect(await organizationSnapshot(world.organization.id)).toEqual(before);
    // As a draft, the same document still imports.
    const { id: draft } = await inTransaction((tx) => confirmImport(tx, leader, { text: ISSUED_TEXT, mapping }));
    expect((await db.plan.findUniqueOrThrow({ where: { id: draft } })).status).toBe("DRAFT");
  });

  it("is refused to a user without plan.importIssued, and nothing changes", async () => {
    const world = await createWorld();
    const staff = await sessionUserByUsername(world.staffA.username);
    const { preview, mapping } = await mappingFor(staff, ISSUED_TEXT, world.unitA.id);
    expect(preview.issued?.allowed).toBe(false);
    const before = await organizationSnapshot(world.organization.id);
    const error = await errorOf(inTransaction((tx) => confirmImport(tx, staff, { text: ISSUED_TEXT, mapping, asIssued: true })));
    expect(isAppError(error) && error.code).toBe("FORBIDDEN");
    expect(await organizationSnapshot(world.organization.id)).toEqual(before);
  });

  it("is refused for a document without a number or signer, with the reason", async () => {
    const world = await createWorld();
    const leader = await sessionUserByUsername(world.leader.username);
    const text = ISSUED_TEXT.replace("Số: 09/KH-SKHCN", "Số: ......./KH-SKHCN");
    const { preview, mapping } = await mappingFor(leader, text, world.unitA.id);
    expect(preview.issued).toBeNull();
    const error = await errorOf(inTransaction((tx) => confirmImport(tx, leader, { text, mapping, asIssued: true })));
    expect(isAppError(error) && error.code).toBe("INVALID");
    expect((error as Error).message).toContain("số văn bản");
  });
});
