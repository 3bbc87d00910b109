import "server-only";
// Sổ đăng ký kế hoạch: the one read model of the register view and its Excel copy. Every plan of the
// organisation that holds a number in the year, by number, with the gaps in the series flagged: the list the
// văn thư checks against the register kept in e-office.
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/user";
import type { PlanStatus } from "@/lib/generated/prisma/enums";
import { fromDbDateOrNull, todayInVietnam, yearOf, type CalendarDate } from "@/lib/dates";
import { registerPlansWhere } from "@/lib/plans/access";
import { allOf } from "@/lib/auth/filters";
import { formatPlanNumber, planNumberLabel, planSymbol } from "@/lib/plans/numbering";
import { approvalDate, suggestedPlanNumber } from "@/lib/plans/service/register";
import { planDisplayTitle } from "@/lib/plans/title";
import { registerEntries, type RegisterEntry } from "@/lib/plans/register-gaps";

export type RegisterPlan = {
  /** The register holds plans and the plans' results reports (one series a year); a report row's id is its plan's. */
  kind: "PLAN" | "REPORT";
  id: string;
  /** Where the row leads: the plan, or its report page. */
  href: string;
  number: number;
  /** As printed: "12/KH-SKHCN". */
  numberLabel: string;
  issueDate: CalendarDate | null;
  title: string;
  signer: string;
  status: PlanStatus;
  /** Whether the signed copy of the plan's current issue is attached (null: not known, shown "—"). */
  signedCopy: boolean | null;
};

export type RegisterView = { year: number; years: number[]; entries: RegisterEntry<RegisterPlan>[]; planCount: number; reportCount: number; gapCount: number };

export async function getRegister(user: SessionUser, year: number): Promise<RegisterView> {
  const where = registerPlansWhere(user);
  const [rows, yearRows] = await Promise.all([
    db.plan.findMany({
      where: allOf(where, { numberYear: year }),
      orderBy: [{ number: "asc" }],
      select: {
        id: true,
        number: true,
        numberText: true,
        symbol: true,
        issueDate: true,
        title: true,
        status: true,
        signerAuthority: true,
        signerTitle: true,
        signerName: true,
        organization: { select: { code: true } },
        // The newest round with a copy, against the number of issues recorded: the current issue's copy.
        signedCopies: { where: { kind: "PLAN" }, select: { issueRound: true }, orderBy: { issueRound: "desc" }, take: 1 },
        _count: { select: { versions: { where: { kind: "ISSUED" } } } },
      },
    }),
    db.plan.findMany({ where, distinct: ["numberYear"], select: { numberYear: true }, orderBy: { numberYear: "desc" } }),
  ]);
  const reports = await db.planReport.findMany({
    where: { organizationId: user.organizationId, numberYear: year, plan: where },
    select: {
      planId: true,
      number: true,
      symbol: true,
      issueDate: true,
      plan: { select: { title: true, status: true, signerAuthority: true, signerTitle: true, signerName: true, signedCopies: { where: { kind: "REPORT" }, select: { id: true }, take: 1 } } },
    },
  });
  const signerOf = (row: { signerAuthority: string; signerTitle: string; signerName: string }) =>
    [row.signerAuthority, row.signerTitle, row.signerName].map((part) => part.trim()).filter(Boolean).join(" ");
  const plans: RegisterPlan[] = rows.map((row) => ({
    kind: "PLAN" as const,
    id: row.id,
    href: `/plans/${row.id}`,
    number: row.number!,
    numberLabel: planNumberLabel(row)!,
    issueDate: fromDbDateOrNull(row.issueDate),
    title: planDisplayTitle(row.title),
    signer: signerOf(row),
    status: row.status,
    signedCopy: row.signedCopies[0]?.issueRound === row._count.versions,
  }));
  for (const report of reports) {
    plans.push({
      kind: "REPORT",
      id: report.planId,
      href: `/plans/${report.planId}/report`,
      number: report.number!,
      numberLabel: formatPlanNumber(report.number!, report.symbol!),
      issueDate: fromDbDateOrNull(report.issueDate),
      title: `Báo cáo kết quả thực hiện ${planDisplayTitle(report.plan.title)}`,
      // The report is signed by whoever signed the plan (lib/documents/report-model.ts).
      signer: signerOf(report.plan),
      status: report.plan.status,
      signedCopy: report.plan.signedCopies.length > 0,
    });
  }
  const entries = registerEntries(plans);
  const years = [...new Set([year, ...yearRows.map((r) => r.numberYear).filter((y): y is number => y !== null)])].sort((a, b) => b - a);
  return { year, years, entries, planCount: rows.length, reportCount: reports.length, gapCount: entries.filter((e) => e.kind === "gap").length };
}

/**
 * What the issue and Sửa số dialogs offer: whether the number comes from an external register, the next free
 * number of this year as a suggestion, the symbol, the earliest and latest issue dates, and the current number.
 * Only for a plan the user may issue or correct (rights from lib/plans/access.ts).
 */
export async function getNumberingForm(user: SessionUser, planId: string, rights: { issue: boolean; correctNumber: boolean }) {
  if (!rights.issue && !rights.correctNumber) return null;
  const plan = await db.plan.findFirstOrThrow({
    where: { id: planId, organizationId: user.organizationId },
    select: { number: true, numberText: true, symbol: true, issueDate: true, organization: { select: { code: true, numberingSource: true } } },
  });
  const today = todayInVietnam();
  const year = yearOf(today);
  const [suggestedNumber, approvedOn] = await Promise.all([suggestedPlanNumber(db, user.organizationId, year), approvalDate(db, planId)]);
  return {
    external: plan.organization.numberingSource === "EXTERNAL",
    symbol: plan.symbol ?? planSymbol(plan.organization.code),
    suggestedNumber,
    today,
    approvedOn,
    current: plan.number === null ? null : { number: plan.number, label: planNumberLabel(plan)!, issueDate: fromDbDateOrNull(plan.issueDate) },
  };
}
export type NumberingForm = NonNullable<Awaited<ReturnType<typeof getNumberingForm>>>;
