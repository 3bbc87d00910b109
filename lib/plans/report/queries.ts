import "server-only";
// The results report's page: the plan as issued, the report's content and who may edit it.
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/user";
import { notFound } from "@/lib/errors";
import { allOf } from "@/lib/auth/filters";
import { readablePlansWhere, reportRights } from "@/lib/plans/access";
import { getPrintedPlanDocument } from "@/lib/plans/queries";
import { readReportContent } from "@/lib/plans/report/service";

export async function getPlanReportPage(user: SessionUser, planId: string) {
  const plan = await getPrintedPlanDocument(user, planId);
  const facts = await db.plan.findFirst({
    where: allOf(readablePlansWhere(user), { id: planId }),
    select: { status: true, createdById: true, draftingUnitId: true },
  });
  if (!facts) throw notFound("kế hoạch");
  const rights = reportRights(user, facts);
  // A plan that was never issued has no results to report.
  if (!rights.read) throw notFound("báo cáo kết quả");
  const content = await readReportContent(db, plan);
  return { plan, content, rights };
}

/** The report's own content for the DOCX (the plan as issued names its drafting unit for the default Nơi nhận). */
export function reportContentFor(plan: { id: string; draftingUnit: { shortName: string } | null }) {
  return readReportContent(db, plan);
}
