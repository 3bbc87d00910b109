import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { notFound } from "next/navigation";
import { getPlanWorkflow } from "@/lib/plans/queries";
import { readPlanFacts } from "@/lib/plans/page-facts";
import { cachedPlanPageData, cachedPlanWork, cachedSignedCopies } from "@/lib/plans/cached";
import { planDisplayTitle } from "@/lib/plans/title";
import { PUBLISHED_PLAN_STATUSES, planCrumbLabel } from "@/lib/plans/labels";
import { takesPartInWorkflow } from "@/lib/plans/access";
import { orPageError } from "@/lib/page";
import { formatDateTime, fromDbDateOrNull, todayInVietnam } from "@/lib/dates";
import { CachedPlanDocument, cachedPlanDocumentHtml, cachedPlanShell } from "@/components/plans/cached-plan-document";
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
import { signedCopyRights } from "@/lib/signed-copies/access";
import { SignedCopyPanel } from "@/components/plans/signed-copy";
import { SoftNavigationArea } from "@/components/shell/soft-navigation-area";

export const metadata: Metadata = { title: "Kế hoạch" };

// A plan of several hundred activities opens with the first rows of each phase
// (fast on a phone); the rest is one click away, and the print view has all.
const PHASE_ROWS = 40;

export default async function PlanPage({ params, searchParams }: PageProps<"/plans/[id]">) {
  const { id } = await params;
  const { done, all } = await searchParams;
  const user = await requireUser();
  // The access check (the layout made the same read: React cache, one statement per request).
  const facts = await readPlanFacts(user, id);
  if (!facts) notFound();
  const org = user.organizationId;
  const today = todayInVietnam();
  // Per user: rights, the workflow panel, signed copies, changes since review. The rest is the same
  // for every reader and read from the shared cache (lib/plans/cached.ts), tagged with what it reads.
  const shared = cachedPlanPageData(org, facts.id);
  const [{ heading, phaseIds }, shell, work, workflow, changes, signedCopies] = await orPageError(
    Promise.all([
      shared,
      cachedPlanShell(org, facts.id),
      cachedPlanWork(org, facts.id, today),
      getPlanWorkflow(user, facts.id, async () => (await shared).reviews),
      getPlanChanges(user, facts.id),
      cachedSignedCopies(org, facts.id),
    ]),
  );
  const { costs } = work;
  const progress = PUBLISHED_PLAN_STATUSES.includes(facts.status) ? work.progress : null;
  const plan = { id: facts.id, status: facts.status, displayTitle: planDisplayTitle(facts.title), numberLabel: heading.numberLabel, title: facts.title };
  const workflowPanel = workflow.actions.length > 0 || takesPartInWorkflow(user);
  const issueDate = fromDbDateOrNull(facts.issueDate);
  const rows = all === "1" ? null : PHASE_ROWS;
  const documentHtml = await cachedPlanDocumentHtml({ organizationId: org, planId: facts.id, phaseIds, issueDate, today, withCost: costs.withCost, rows });
  return (
    <div className="space-y-4">
      <Breadcrumb className="no-print" items={[{ label: "Kế hoạch", href: "/plans" }, { label: planCrumbLabel(plan) }]} />
      <div className="no-print flex flex-wrap items-center gap-3">
        <h1 className="text-xl font-semibold text-slate-900">{plan.displayTitle}</h1>
        <PlanStatusBadge status={plan.status} />
      </div>
      <p className="no-print text-sm text-slate-600">
        {plan.numberLabel ? <>Số {plan.numberLabel} · </> : null}
        {heading.draftingUnit ? <>Đơn vị soạn thảo: {heading.draftingUnit} · </> : null}
        {heading.author ? <>Người soạn: {heading.author} · </> : null}
        Cập nhật {formatDateTime(facts.updatedAt)}
      </p>
      {/* The signed copy is the real issued document: it comes first. */}
      <SignedCopyPanel planId={plan.id} copies={signedCopies} canAttach={signedCopyRights(user, plan).attach} />
      {progress ? (
        <SoftNavigationArea as="div" className="no-print space-y-1">
          <p className="text-sm" data-testid="plan-progress">
            Tiến độ <strong>{progress.averageProgress}%</strong> · {progress.done}/{progress.total} hoạt động xong ·{" "}
            <a className="link" href={`/plans/${plan.id}/dashboard`}>
              Xem tiến độ theo giai đoạn và đơn vị
            </a>
          </p>
          <ProgressRule />
        </SoftNavigationArea>
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
      {/* Two labelled rows, so the buttons say what they are for: work on the plan, and its files. Plain anchors: the area opens pages with the client router; files (download) and the print view load as documents. */}
      <SoftNavigationArea as="div" className="no-print space-y-2">
        {workflow.rights.edit || workflow.rights.history || workflow.rights.createFrom ? (
          <div role="group" aria-labelledby="plan-work-label" className="flex flex-wrap items-center gap-2">
            <span id="plan-work-label" className="text-sm font-medium text-slate-700">
              Làm việc với kế hoạch:
            </span>
            {workflow.rights.edit ? (
              <a href={`/plans/${plan.id}/edit`} className={buttonClass("primary", "sm")}>
                Soạn / sửa kế hoạch
              </a>
            ) : null}
            {workflow.rights.history ? (
              <a href={`/plans/${plan.id}/history`} className={buttonClass("secondary", "sm")}>
                Lịch sử thay đổi
              </a>
            ) : null}
            {workflow.rights.createFrom ? (
              <a href={`/plans/new?mode=clone&source=${plan.id}`} className={buttonClass("secondary", "sm")}>
                Tạo kế hoạch năm sau từ kế hoạch này
              </a>
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
          <a href={`/plans/${plan.id}/print`} className={buttonClass("secondary", "sm")} data-full-load>
            Bản in / PDF
          </a>
          {workflow.rights.report ? (
            <>
              <a href={`/plans/${plan.id}/export/report`} className={buttonClass("secondary", "sm")} download>
                Báo cáo kết quả (DOCX)
              </a>
              <a href={`/plans/${plan.id}/report`} className={buttonClass("secondary", "sm")}>
                Soạn báo cáo
              </a>
            </>
          ) : null}
          <a href={`/plans/${plan.id}/export/xlsx`} className={buttonClass("secondary", "sm")} download>
            Danh sách hoạt động (Excel)
          </a>
        </div>
      </SoftNavigationArea>
      {/* A viewer, who may never take a step, saw an empty panel here: the rights map decides who sees it. */}
      {workflowPanel || workflow.reviews.length ? (
        <section aria-labelledby="workflow-heading" className="no-print grid gap-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm md:grid-cols-2">
          {workflowPanel ? (
            <div>
              <h2 id="workflow-heading" className="mb-2 text-base font-semibold">
                Trình duyệt và ban hành
              </h2>
              <WorkflowPanel
                planId={plan.id}
                workflow={{ rights: workflow.rights, actions: workflow.actions, version: workflow.version, checklist: workflow.checklist, numbering: workflow.numbering }}
              />
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
      {/* The access check above (readPlanFacts) comes first; the document is made once per change, each phase's table on its own. */}
      <CachedPlanDocument plan={shell} activitiesCost={costs.activities} documentHtml={documentHtml} />
    </div>
  );
}
