import "server-only";
// The results report's page: the plan as issued, the report's content and who may edit it.
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/user";
import { notFound } from "@/lib/errors";
import { allOf } from "@/lib/auth/filters";
import { canCorrectNumber, readablePlansWhere, reportRights } from "@/lib/plans/access";
import { getPrintedPlanDocument } from "@/lib/plans/queries";
import { readReportContent } from "@/lib/plans/report/service";
import { reportSymbol } from "@/lib/plans/report/issue";
import { listSignedCopies } from "@/lib/signed-copies/queries";
import { mayAttachSignedCopies } from "@/lib/signed-copies/access";
import { suggestedPlanNumber } from "@/lib/plans/service/register";
import { fromDbDateOrNull, todayInVietnam, yearOf } from "@/lib/dates";
import type { NumberingSource } from "@/lib/generated/prisma/enums";

export async function getPlanReportPage(user: SessionUser, planId: string) {
  const plan = await getPrintedPlanDocument(user, planId);
  const facts = await db.plan.findFirst({
    where: allOf(readablePlansWhere(user), { id: planId }),
    select: { status: true, createdById: true, draftingUnitId: true, issueDate: true, organization: { select: { code: true, numberingSource: true } } },
  });
  if (!facts) throw notFound("kế hoạch");
  // A plan that was never issued has no results to report.
  if (!reportRights(user, facts).read) throw notFound("báo cáo kết quả");
  const content = await readReportContent(db, plan);
  const rights = reportRights(user, facts, { issued: content.issued !== null });
  const numbering = rights.issue ? await reportNumberingForm(user.organizationId, facts) : null;
  // The issued report's signed copies (never the plan's), and who may attach one (plan.signedCopy.attach).
  const signedCopies = content.issued ? await listSignedCopies(user, planId, "REPORT") : [];
  const attachSignedCopy = content.issued !== null && mayAttachSignedCopies(user);
  // Sửa số until the report's signed copy is attached (its number is then the official one).
  const correctNumber = content.issued !== null && signedCopies.length === 0 && canCorrectNumber(user, { status: facts.status, number: content.issued.number });
  return { plan, content, rights: { ...rights, attachSignedCopy, correctNumber }, numbering, signedCopies, planIssuedOn: fromDbDateOrNull(facts.issueDate) };
}

/** What the "Ban hành báo cáo" form offers: whether the number comes from e-office, the next free number, the symbol, the date bounds. */
async function reportNumberingForm(organizationId: string, facts: { issueDate: Date | null; organization: { code: string; numberingSource: NumberingSource } }) {
  const today = todayInVietnam();
  return {
    external: facts.organization.numberingSource === "EXTERNAL",
    symbol: reportSymbol(facts.organization.code),
    suggestedNumber: await suggestedPlanNumber(db, organizationId, yearOf(today)),
    today,
    planIssuedOn: fromDbDateOrNull(facts.issueDate),
  };
}
export type ReportNumberingForm = NonNullable<Awaited<ReturnType<typeof reportNumberingForm>>>;

/** The report's own content for the DOCX (the plan as issued names its drafting unit for the default Nơi nhận). */
export function reportContentFor(plan: { id: string; draftingUnit: { shortName: string } | null }) {
  return readReportContent(db, plan);
}
