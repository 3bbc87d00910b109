// The register of plan numbers (sổ đăng ký văn bản): the one place that gives
// a plan its number, whether Kehoach numbers it on issue (nextPlanNumber) or
// an imported plan keeps the number it was issued with (claimWrittenNumber).
// With an external register (e-office) the văn thư enters the number and date at issue (numberForIssue).
import type { Tx } from "@/lib/db-client";
import type { NumberingSource } from "@/lib/generated/prisma/enums";
import { AppError, invalid } from "@/lib/errors";
import { formatDate, todayInVietnam, toDbDate, yearOf, type CalendarDate } from "@/lib/dates";
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
      (SELECT COALESCE(MAX(number), 0) + 1 FROM (
        SELECT number FROM "Plan" WHERE "organizationId" = ${organizationId}::uuid AND "numberYear" = ${year}
        UNION ALL
        SELECT number FROM "PlanReport" WHERE "organizationId" = ${organizationId}::uuid AND "numberYear" = ${year}
      ) AS taken)
    )
    ON CONFLICT ("organizationId", year) DO UPDATE SET "lastNumber" = "PlanNumberCounter"."lastNumber" + 1
    RETURNING "lastNumber"`;
  return rows[0]!.lastNumber;
}

/** Who holds a number of the register: a plan, or the results report of a plan (id: the plan's). */
export type RegisterHolder = { kind: "PLAN" | "REPORT"; id: string; title: string };

/**
 * The document that already holds this number in the register of that year, if any: a plan, or an issued results
 * report (the register is one series a year, NĐ 30/2020 Điều 15, so a report's number is no plan's and vice versa).
 */
export async function planHoldingNumber(tx: Pick<Tx, "plan" | "planReport">, organizationId: string, year: number, number: number): Promise<RegisterHolder | null> {
  const plan = await tx.plan.findFirst({ where: { organizationId, numberYear: year, number }, select: { id: true, title: true } });
  if (plan) return { kind: "PLAN", id: plan.id, title: plan.title };
  const report = await tx.planReport.findFirst({ where: { organizationId, numberYear: year, number }, select: { planId: true, plan: { select: { title: true } } } });
  return report ? { kind: "REPORT", id: report.planId, title: `Báo cáo kết quả thực hiện ${report.plan.title}` } : null;
}

export function numberTakenError(label: string, year: number, holder: { id: string; title: string }): AppError {
  return new AppError("CONFLICT", `Số ${label} năm ${year} đã được dùng cho “${holder.title}”. Kiểm tra lại số văn bản, hoặc nhập như dự thảo.`, {
    reason: "NUMBER_TAKEN",
    details: { planId: holder.id },
  });
}

/** Moves the year's counter past a number taken from outside it (locking its row, as nextPlanNumber does), so Kehoach never gives it out again. */
async function moveCounterPast(tx: Tx, organizationId: string, year: number, number: number): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "PlanNumberCounter" ("organizationId", year, "lastNumber")
    VALUES (
      ${organizationId}::uuid, ${year},
      GREATEST(${number}, (SELECT COALESCE(MAX(number), 0) FROM (
        SELECT number FROM "Plan" WHERE "organizationId" = ${organizationId}::uuid AND "numberYear" = ${year}
        UNION ALL
        SELECT number FROM "PlanReport" WHERE "organizationId" = ${organizationId}::uuid AND "numberYear" = ${year}
      ) AS taken))
    )
    ON CONFLICT ("organizationId", year) DO UPDATE SET "lastNumber" = GREATEST("PlanNumberCounter"."lastNumber", ${number})`;
}

/**
 * Takes a number an imported plan was issued with. A number already in the register is a NUMBER_TAKEN conflict;
 * the counter moves past it (locking its row, as nextPlanNumber does), so Kehoach never gives it out again.
 */
export async function claimWrittenNumber(tx: Tx, organizationId: string, year: number, number: number, symbol: string): Promise<void> {
  await moveCounterPast(tx, organizationId, year, number);
  const holder = await planHoldingNumber(tx, organizationId, year, number);
  if (holder) throw numberTakenError(formatPlanNumber(number, symbol), year, holder);
}

/**
 * The number the register would give next: one past the highest number of the year (a gap stays a gap for the
 * văn thư to look into; the register view flags it). The issue dialog offers it; it is not imposed.
 */
export async function suggestedPlanNumber(tx: Pick<Tx, "plan" | "planReport">, organizationId: string, year: number): Promise<number> {
  const [plans, reports] = await Promise.all([
    tx.plan.aggregate({ where: { organizationId, numberYear: year }, _max: { number: true } }),
    tx.planReport.aggregate({ where: { organizationId, numberYear: year }, _max: { number: true } }),
  ]);
  return Math.max(plans._max.number ?? 0, reports._max.number ?? 0) + 1;
}

/**
 * Takes a number given by an external register (e-office) at issue or in a correction. The register is one series
 * a year for the whole organisation (NĐ 30/2020, Điều 15), whatever the symbol: a number another plan holds is a
 * NUMBER_TAKEN conflict. The counter moves past it, so switching back to Kehoach's own numbering never repeats it.
 */
export async function claimRegisterNumber(
  tx: Tx,
  organizationId: string,
  year: number,
  number: number,
  symbol: string,
  /** The document being corrected, which may keep its own number. */
  except?: { kind: RegisterHolder["kind"]; id: string },
): Promise<void> {
  await moveCounterPast(tx, organizationId, year, number);
  const holder = await planHoldingNumber(tx, organizationId, year, number);
  if (holder && !(except && holder.kind === except.kind && holder.id === except.id)) {
    throw new AppError(
      "CONFLICT",
      `Số ${formatPlanNumber(number, symbol)} năm ${year} đã được dùng cho “${holder.title}”. Kiểm tra lại sổ đăng ký và nhập số khác.`,
      { reason: "NUMBER_TAKEN", details: { planId: holder.id }, fieldErrors: { number: [`Số ${number} năm ${year} đã được dùng.`] } },
    );
  }
}

/** The day the plan was last approved, in Vietnam: the earliest an issue date may be. */
export async function approvalDate(tx: Pick<Tx, "planReview">, planId: string): Promise<CalendarDate | null> {
  const review = await tx.planReview.findFirst({ where: { planId, toStatus: "APPROVED" }, orderBy: { createdAt: "desc" }, select: { createdAt: true } });
  return review ? todayInVietnam(review.createdAt) : null;
}

/** An issue date from the register: not after today (Vietnam), not before the approval. */
export function checkIssueDate(issueDate: CalendarDate, today: CalendarDate, approvedOn: CalendarDate | null): string | null {
  if (issueDate > today) return `Ngày ban hành không được sau hôm nay (${formatDate(today)}).`;
  if (approvedOn && issueDate < approvedOn) return `Ngày ban hành không được trước ngày phê duyệt (${formatDate(approvedOn)}).`;
  return null;
}

export type IssueNumbering = { numberingSource: NumberingSource; symbol: string; number?: number; issueDate?: CalendarDate };

/**
 * The number and date a plan is issued with. Kehoach as the register: the next number, today. An external
 * register: the number and date the văn thư copied from it, checked (date not in the future nor before the
 * approval; number free in that year).
 */
export async function numberForIssue(tx: Tx, plan: { id: string; organizationId: string }, input: IssueNumbering) {
  const today = todayInVietnam();
  if (input.numberingSource === "INTERNAL") {
    if (input.number !== undefined || input.issueDate !== undefined) {
      const message = "Cơ quan dùng Kehoach làm sổ đăng ký: số và ngày ban hành do Kehoach cấp, không nhập.";
      throw invalid({ ...(input.number !== undefined ? { number: [message] } : {}), ...(input.issueDate !== undefined ? { issueDate: [message] } : {}) }, message);
    }
    const numberYear = yearOf(today);
    return { number: await nextPlanNumber(tx, plan.organizationId, numberYear), numberYear, symbol: input.symbol, issueDate: toDbDate(today) };
  }
  const fieldErrors: Record<string, string[]> = {};
  if (input.number === undefined) fieldErrors.number = ["Nhập số văn bản lấy từ sổ đăng ký."];
  if (input.issueDate === undefined) fieldErrors.issueDate = ["Nhập ngày ban hành ghi trong sổ đăng ký."];
  else {
    const wrong = checkIssueDate(input.issueDate, today, await approvalDate(tx, plan.id));
    if (wrong) fieldErrors.issueDate = [wrong];
  }
  if (Object.keys(fieldErrors).length) throw invalid(fieldErrors, "Chưa ban hành được: kiểm tra số và ngày ban hành lấy từ sổ đăng ký.");
  const numberYear = yearOf(input.issueDate!);
  await claimRegisterNumber(tx, plan.organizationId, numberYear, input.number!, input.symbol);
  return { number: input.number!, numberYear, symbol: input.symbol, issueDate: toDbDate(input.issueDate!) };
}
