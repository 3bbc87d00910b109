import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { getPrintedPlanDocument } from "@/lib/plans/queries";
import { orPageError } from "@/lib/page";
import { OfficialPlan } from "@/components/documents/official-plan";
import { PrintButton } from "@/components/documents/print-button";

export const metadata: Metadata = { title: "Bản in kế hoạch" };

export default async function PrintPlanPage({ params }: PageProps<"/plans/[id]/print">) {
  const { id } = await params;
  const user = await requireUser();
  const plan = await orPageError(getPrintedPlanDocument(user, id));
  return (
    <>
      <div className="no-print mx-auto flex max-w-[210mm] flex-wrap items-center justify-between gap-2 px-4 py-3 font-sans text-sm">
        <a href={`/plans/${plan.id}`} className="link">
          ← Về trang kế hoạch
        </a>
        <span className="text-slate-600">Khổ A4, lề theo Nghị định 30/2020/NĐ-CP. Chọn “Lưu dưới dạng PDF” để có tệp PDF.</span>
        <PrintButton />
      </div>
      <OfficialPlan plan={plan} />
    </>
  );
}
