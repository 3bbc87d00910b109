import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { getPlanDocument, getPlanWorkflow } from "@/lib/plans/queries";
import { listUnits } from "@/lib/units/queries";
import { orPageError } from "@/lib/page";
import { PLAN_STATUS_LABELS, planCrumbLabel } from "@/lib/plans/labels";
import { PlanStatusBadge } from "@/components/plans/status-badges";
import { ReturnBanner } from "@/components/plans/return-banner";
import { PlanFieldsForm } from "@/components/plans/editor/plan-fields-form";
import { PhaseEditor, PhaseForm } from "@/components/plans/editor/phase-editor";
import { WorkflowPanel } from "@/components/plans/workflow-panel";
import { OutlineEditor } from "@/components/plans/editor/outline-editor";
import { outlineOf, phasesWithPrintedCodes } from "@/lib/plans/outline";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { buttonClass } from "@/components/ui/button";
import { Breadcrumb } from "@/components/ui/breadcrumb";

export const metadata: Metadata = { title: "Soạn kế hoạch" };

export default async function EditPlanPage({ params }: PageProps<"/plans/[id]/edit">) {
  const { id } = await params;
  const user = await requireUser();
  const [plan, workflow] = await orPageError(Promise.all([getPlanDocument(user, id), getPlanWorkflow(user, id)]));
  if (!workflow.rights.edit) {
    return (
      <EmptyState
        level={1}
        title="Kế hoạch này không sửa được lúc này"
        action={
          <Link href={`/plans/${plan.id}`} className={buttonClass("secondary")}>
            Xem kế hoạch
          </Link>
        }
      >
        Kế hoạch đang ở trạng thái “{PLAN_STATUS_LABELS[plan.status]}”. Chỉ sửa được khi là dự thảo hoặc bị trả lại, và chỉ bởi đơn vị soạn thảo hoặc lãnh
        đạo Sở. Khi đã ban hành, lãnh đạo Sở có thể mở điều chỉnh.
      </EmptyState>
    );
  }
  const units = (await listUnits(user, { includeInactive: true })).map((u) => ({
    id: u.id,
    name: u.name,
    shortName: u.shortName,
    kind: u.kind,
    active: u.active,
  }));
  const lastPhase = plan.phases.at(-1);
  const phases = phasesWithPrintedCodes(plan);
  return (
    <div className="space-y-6">
      <Breadcrumb items={[{ label: "Kế hoạch", href: "/plans" }, { label: planCrumbLabel(plan), href: `/plans/${plan.id}` }, { label: "Soạn thảo" }]} />
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-xl font-semibold text-slate-900">Soạn: {plan.displayTitle}</h1>
        <PlanStatusBadge status={plan.status} />
        <Link href={`/plans/${plan.id}`} className={buttonClass("secondary", "sm")}>
          Xem văn bản
        </Link>
      </div>
      <ReturnBanner workflow={workflow} />
      <Card title="Thông tin chung">
        <PlanFieldsForm plan={plan} units={units} canChooseUnit={workflow.rights.chooseDraftingUnit} />
      </Card>
      <Card title="Bố cục văn bản (các mục theo thứ tự của văn bản)">
        <OutlineEditor planId={plan.id} version={plan.version} outline={outlineOf(plan)} />
      </Card>
      <section aria-labelledby="phases-heading" className="space-y-4">
        <h2 id="phases-heading" className="text-lg font-semibold text-slate-900">
          Giai đoạn và hoạt động{plan.outline ? "" : " (III.2. Hình thức và phân công tổ chức thực hiện)"}
        </h2>
        {plan.phases.length === 0 ? <p className="text-sm text-slate-600">Chưa có giai đoạn nào. Thêm giai đoạn đầu tiên bên dưới.</p> : null}
        {/* Each phase carries the number the documents print for it ("1.", "a)", "I."), not a stored code of another layout. */}
        {phases.map((phase, index) => (
          <PhaseEditor key={phase.id} planId={plan.id} phase={phase} phases={phases} units={units} index={index} />
        ))}
        <Card title="Thêm giai đoạn">
          <PhaseForm planId={plan.id} defaults={lastPhase ? { start: lastPhase.end, end: lastPhase.end } : plan.eventDate ? { start: plan.eventDate, end: plan.eventDate } : undefined} />
        </Card>
      </section>
      <Card title="Trình duyệt">
        <WorkflowPanel planId={plan.id} workflow={workflow} />
      </Card>
    </div>
  );
}
