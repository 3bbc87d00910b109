import { PlanBudget } from "@/components/plans/plan-budget";
import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { getPlanPageDocument, getPlanWorkflow, planProgress } from "@/lib/plans/queries";
import { PUBLISHED_PLAN_STATUSES, planCrumbLabel } from "@/lib/plans/labels";
import { takesPartInWorkflow } from "@/lib/plans/access";
import { orPageError } from "@/lib/page";
import { formatDateTime } from "@/lib/dates";
import { PlanDocumentView } from "@/components/plans/plan-document";
import { PlanStatusBadge } from "@/components/plans/status-badges";
import { ReturnBanner } from "@/components/plans/return-banner";
import { PlanChangesPanel } from "@/components/plans/plan-changes";
import { getPlanChanges } from "@/lib/plans/changes-queries";
import { ReviewHistory } from "@/components/plans/review-history";
import { WorkflowPanel } from "@/components/plans/workflow-panel";
import { SaveTemplateForm } from "@/components/plans/save-template-form";
import { ProgressRule } from "@/components/dashboard/progress-rule";
import { buttonClass } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { DONE_MESSAGES } from "@/lib/plans/done-messages";

export const metadata: Metadata = { title: "Kế hoạch" };

// A plan of several hundred activities opens with the first rows of each phase
// (fast on a phone); the rest is one click away, and the print view has all.
const PHASE_ROWS = 40;

export default async function PlanPage({ params, searchParams }: PageProps<"/plans/[id]">) {
  const { id } = await params;
  const { done, all } = await searchParams;
  const user = await requireUser();
  const [plan, workflow, progress, changes] = await orPageError(
    Promise.all([getPlanPageDocument(user, id), getPlanWorkflow(user, id), planProgress(user, id), getPlanChanges(user, id)]),
  );
  const workflowPanel = workflow.actions.length > 0 || takesPartInWorkflow(user);
  return (
    <div className="space-y-4">
      <Breadcrumb className="no-print" items={[{ label: "Kế hoạch", href: "/plans" }, { label: planCrumbLabel(plan) }]} />
      <div className="no-print flex flex-wrap items-center gap-3">
        <h1 className="text-xl font-semibold text-slate-900">{plan.displayTitle}</h1>
        <PlanStatusBadge status={plan.status} />
      </div>
      <p className="no-print text-sm text-slate-600">
        {plan.numberLabel ? <>Số {plan.numberLabel} · </> : null}
        {plan.draftingUnit ? <>Đơn vị soạn thảo: {plan.draftingUnit.name} · </> : null}
        {workflow.author ? <>Người soạn: {workflow.author} · </> : null}
        Cập nhật {formatDateTime(plan.updatedAt)}
      </p>
      {PUBLISHED_PLAN_STATUSES.includes(plan.status) ? (
        <div className="no-print space-y-1">
          <p className="text-sm" data-testid="plan-progress">
            Tiến độ <strong>{progress.averageProgress}%</strong> · {progress.done}/{progress.total} hoạt động xong ·{" "}
            <Link className="link" href={`/plans/${plan.id}/dashboard`}>
              Xem tiến độ theo giai đoạn và đơn vị
            </Link>
          </p>
          <ProgressRule />
        </div>
      ) : null}
      {typeof done === "string" && DONE_MESSAGES[done] ? (
        <Alert tone="success" className="no-print">
          {done === "issue" && plan.numberLabel ? `${DONE_MESSAGES.issue}, số ${plan.numberLabel}.` : DONE_MESSAGES[done]}
        </Alert>
      ) : null}
      <div className="no-print">
        <ReturnBanner workflow={workflow} />
      </div>
      {changes ? <PlanChangesPanel changes={changes} /> : null}
      {/* Two labelled rows, so the buttons say what they are for: work on the plan, and its files. */}
      <div className="no-print space-y-2">
        {workflow.rights.edit || workflow.rights.history || workflow.rights.createFrom ? (
          <div role="group" aria-labelledby="plan-work-label" className="flex flex-wrap items-center gap-2">
            <span id="plan-work-label" className="text-sm font-medium text-slate-700">
              Làm việc với kế hoạch:
            </span>
            {workflow.rights.edit ? (
              <Link href={`/plans/${plan.id}/edit`} className={buttonClass("primary", "sm")}>
                Soạn / sửa kế hoạch
              </Link>
            ) : null}
            {workflow.rights.history ? (
              <Link href={`/plans/${plan.id}/history`} className={buttonClass("secondary", "sm")}>
                Lịch sử thay đổi
              </Link>
            ) : null}
            {workflow.rights.createFrom ? (
              <Link href={`/plans/new?mode=clone&source=${plan.id}`} className={buttonClass("secondary", "sm")}>
                Tạo kế hoạch năm sau từ kế hoạch này
              </Link>
            ) : null}
            {workflow.rights.createFrom ? <SaveTemplateForm planId={plan.id} defaultName={plan.title} /> : null}
          </div>
        ) : null}
        <div role="group" aria-labelledby="plan-files-label" className="flex flex-wrap items-center gap-2">
          <span id="plan-files-label" className="text-sm font-medium text-slate-700">
            Tải về, in:
          </span>
          <a href={`/plans/${plan.id}/export/docx`} className={buttonClass("secondary", "sm")} download>
            Tải văn bản (DOCX)
          </a>
          <a href={`/plans/${plan.id}/print`} className={buttonClass("secondary", "sm")}>
            Bản in / PDF
          </a>
          {workflow.rights.report ? (
            <a href={`/plans/${plan.id}/export/report`} className={buttonClass("secondary", "sm")} download>
              Báo cáo kết quả (DOCX)
            </a>
          ) : null}
          <a href={`/plans/${plan.id}/export/xlsx`} className={buttonClass("secondary", "sm")} download>
            Danh sách hoạt động (Excel)
          </a>
        </div>
      </div>
      {/* A viewer, who may never take a step, saw an empty panel here: the rights map decides who sees it. */}
      {workflowPanel || workflow.reviews.length ? (
        <section aria-labelledby="workflow-heading" className="no-print grid gap-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm md:grid-cols-2">
          {workflowPanel ? (
            <div>
              <h2 id="workflow-heading" className="mb-2 text-base font-semibold">
                Trình duyệt và ban hành
              </h2>
              <WorkflowPanel planId={plan.id} workflow={workflow} />
            </div>
          ) : null}
          <div>
            <h2 id={workflowPanel ? undefined : "workflow-heading"} className="mb-2 text-base font-semibold">
              Quá trình duyệt
            </h2>
            <ReviewHistory reviews={workflow.reviews} />
          </div>
        </section>
      ) : null}
      <PlanBudget plan={plan} />
      <PlanDocumentView plan={plan} limit={all === "1" ? undefined : { rows: PHASE_ROWS, showAllHref: `/plans/${plan.id}?all=1` }} />
    </div>
  );
}
