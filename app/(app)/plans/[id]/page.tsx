import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { getPlanDocument } from "@/lib/plans/queries";
import { orPageError } from "@/lib/page";
import { formatDateTime } from "@/lib/dates";
import { PlanDocumentView } from "@/components/plans/plan-document";
import { PlanStatusBadge } from "@/components/plans/status-badges";

export const metadata: Metadata = { title: "Kế hoạch" };

export default async function PlanPage({ params }: PageProps<"/plans/[id]">) {
  const { id } = await params;
  const user = await requireUser();
  const plan = await orPageError(getPlanDocument(user, id));
  return (
    <div className="space-y-4">
      <nav aria-label="Đường dẫn" className="no-print text-sm text-slate-600">
        <Link href="/plans" className="text-brand-700 underline underline-offset-2">
          Kế hoạch
        </Link>{" "}
        / <span>{plan.numberLabel ?? "Dự thảo"}</span>
      </nav>
      <div className="no-print flex flex-wrap items-center gap-3">
        <h1 className="text-xl font-semibold text-slate-900">{plan.displayTitle}</h1>
        <PlanStatusBadge status={plan.status} />
      </div>
      <p className="no-print text-sm text-slate-600">
        {plan.numberLabel ? <>Số {plan.numberLabel} · </> : null}
        {plan.draftingUnit ? <>Đơn vị soạn thảo: {plan.draftingUnit.name} · </> : null}
        Cập nhật {formatDateTime(plan.updatedAt)}
      </p>
      <PlanDocumentView plan={plan} />
    </div>
  );
}
