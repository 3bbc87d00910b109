// The register of plan numbers (sổ đăng ký văn bản): the one place that gives
// a plan its number, whether Kehoach numbers it on issue (nextPlanNumber) or
// an imported plan keeps the number it was issued with (claimWrittenNumber).
// A later văn thư role or an external register plugs in here.
import type { Tx } from "@/lib/db-client";
import { AppError } from "@/lib/errors";
import { formatPlanNumber } from "@/lib/plans/numbering";

/**
 * The next number of the organisation for the year. The counter row is locked
 * by the upsert, so concurrent issues queue up and get consecutive numbers; a
 * rolled-back issue rolls its number back too, so none is skipped.
 */
export async function nextPlanNumber(tx: Tx, organizationId: string, year: number): Promise<number> {
  const rows = await tx.$queryRaw<{ lastNumber: number }[]>`
    INSERT INTO "PlanNumberCounter" ("organizationId", year, "lastNumber")
    VALUES (
      ${organizationId}::uuid, ${year},
      (SELECT COALESCE(MAX(number), 0) + 1 FROM "Plan" WHERE "organizationId" = ${organizationId}::uuid AND "numberYear" = ${year})
    )
    ON CONFLICT ("organizationId", year) DO UPDATE SET "lastNumber" = "PlanNumberCounter"."lastNumber" + 1
    RETURNING "lastNumber"`;
  return rows[0]!.lastNumber;
}

/** The plan that already holds this number in the register of that year, if any. */
export async function planHoldingNumber(tx: Tx, organizationId: string, year: number, number: number) {
  return tx.plan.findFirst({ where: { organizationId, numberYear: year, number }, select: { id: true, title: true, number: true, numberText: true, symbol: true } });
}

export function numberTakenError(label: string, year: number, holder: { id: string; title: string }): AppError {
  return new AppError("CONFLICT", `Số ${label} năm ${year} đã được dùng cho “${holder.title}”. Kiểm tra lại số văn bản, hoặc nhập như dự thảo.`, {
    reason: "NUMBER_TAKEN",
    details: { planId: holder.id },
  });
}

/**
 * Takes a number an imported plan was issued with. A number already in the register is a NUMBER_TAKEN conflict;
 * the counter moves past it (locking its row, as nextPlanNumber does), so Kehoach never gives it out again.
 */
export async function claimWrittenNumber(tx: Tx, organizationId: string, year: number, number: number, symbol: string): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "PlanNumberCounter" ("organizationId", year, "lastNumber")
    VALUES (
      ${organizationId}::uuid, ${year},
      GREATEST(${number}, (SELECT COALESCE(MAX(number), 0) FROM "Plan" WHERE "organizationId" = ${organizationId}::uuid AND "numberYear" = ${year}))
    )
    ON CONFLICT ("organizationId", year) DO UPDATE SET "lastNumber" = GREATEST("PlanNumberCounter"."lastNumber", ${number})`;
  const holder = await planHoldingNumber(tx, organizationId, year, number);
  if (holder) throw numberTakenError(formatPlanNumber(number, symbol), year, holder);
}
