// Domain objects as the API's JSON (see lib/api/schemas.ts).
import type { ActivityItem, PlanDocument } from "@/lib/plans/document";
import type { PlanProgress } from "@/lib/dashboard/counting";
import { isOverdue } from "@/lib/activities/rules";
import type { CalendarDate } from "@/lib/dates";
import { planTexts } from "@/lib/plans/snapshot";
import type { ActivityDetail } from "@/lib/activities/queries";
import type { ActivityRow, UpdateItem } from "@/lib/activities/read-model";
import type { RecordedUpdate } from "@/lib/activities/service";
import type { PlanRights } from "@/lib/plans/access";
import type { SignedCopyView } from "@/lib/signed-copies/queries";

const iso = (value: Date | null) => (value ? value.toISOString() : null);
const unit = (u: { id: string; name: string; shortName: string; kind: "INTERNAL" | "EXTERNAL" | "GROUP" }) => ({ id: u.id, name: u.name, shortName: u.shortName, kind: u.kind });

function activityBase(a: ActivityItem, today: CalendarDate) {
  return {
    id: a.id,
    phaseId: a.phaseId,
    parentId: a.parentId,
    stt: a.stt,
    content: a.content,
    description: a.description,
    leadUnit: unit(a.leadUnit),
    supporters: a.supporters.map(unit),
    start: a.start,
    end: a.end,
    note: a.note,
    output: a.output,
    cost: a.cost,
    status: a.status,
    progress: a.progress,
    result: a.result,
    actualStart: a.actualStart,
    actualEnd: a.actualEnd,
    overdue: isOverdue(a, today),
    version: a.version,
    lastUpdateAt: iso(a.lastUpdateAt),
  };
}

/** A signed copy as the API shows it (its own operation and the plan's signedCopies). */
export function presentSignedCopy(copy: SignedCopyView) {
  return {
    id: copy.id,
    issueRound: copy.issueRound,
    number: copy.numberLabel,
    issueDate: copy.issueDate,
    current: copy.current,
    fileName: copy.fileName,
    size: copy.size,
    sha256: copy.sha256,
    uploadedAt: copy.uploadedAt.toISOString(),
    uploadedBy: copy.uploadedBy,
    unsigned: copy.signatures.length === 0,
    signatures: copy.signatures,
    downloadUrl: `/api/v1/signed-copies/${copy.id}`,
  };
}

export function presentPlan(doc: PlanDocument & { rights: PlanRights }, progress: PlanProgress, today: CalendarDate, signedCopies: SignedCopyView[] = []) {
  return {
    id: doc.id,
    number: doc.numberLabel,
    title: doc.title,
    displayTitle: doc.displayTitle,
    year: doc.year,
    status: doc.status,
    eventDate: doc.eventDate,
    issueDate: doc.issueDate,
    version: doc.version,
    progress,
    counts: { phases: doc.phases.length, activities: doc.phases.reduce((n, p) => n + p.activities.length, 0) },
    place: doc.place,
    ...planTexts(doc),
    draftingUnit: doc.draftingUnit ? unit(doc.draftingUnit) : null,
    budgetAmount: doc.budgetAmount,
    budgetSource: doc.budgetSource,
    phases: doc.phases.map((phase) => ({
      id: phase.id,
      order: phase.order,
      code: phase.code,
      title: phase.title,
      start: phase.start,
      end: phase.end,
      version: phase.version,
      activities: phase.activities.map((a) => ({ ...activityBase(a, today), subTasks: a.subTasks.map((s) => activityBase(s, today)) })),
    })),
    signedCopies: signedCopies.map(presentSignedCopy),
    rights: doc.rights,
  };
}

/** An activity as the API lists it: its fields, whether it is late, and where it sits. */
export function presentActivityRow(a: ActivityRow) {
  return {
    id: a.id,
    phaseId: a.phaseId,
    parentId: a.parentId,
    stt: a.stt,
    content: a.content,
    description: a.description,
    leadUnit: unit(a.leadUnit),
    supporters: a.supporters.map(unit),
    start: a.start,
    end: a.end,
    note: a.note,
    output: a.output,
    cost: a.cost,
    status: a.status,
    progress: a.progress,
    result: a.result,
    actualStart: a.actualStart,
    actualEnd: a.actualEnd,
    overdue: a.overdue,
    version: a.version,
    lastUpdateAt: iso(a.lastUpdateAt),
    planId: a.plan.id,
    planNumber: a.plan.numberLabel,
    planTitle: a.plan.displayTitle,
    phaseCode: a.phase.code,
  };
}

export function presentActivityDetail(a: ActivityDetail) {
  return {
    ...presentActivityRow(a),
    targets: a.targets,
    updates: a.updates.map(presentUpdate),
    rights: a.rights,
  };
}

function presentUpdate(u: UpdateItem) {
  return {
    id: u.id,
    at: u.at.toISOString(),
    author: u.author,
    status: u.status,
    previousStatus: u.previousStatus,
    statusReason: u.statusReason,
    progress: u.progress,
    note: u.note,
    result: u.result,
    actualStart: u.actualStart,
    actualEnd: u.actualEnd,
    figures: u.figures,
    evidence: u.evidence,
    attachments: u.attachments,
  };
}

/** The answer to POST /activities/{id}/updates: the activity's new state and the update (lib/api/schemas.ts recordedUpdateSchema). */
export function presentRecordedUpdate(r: RecordedUpdate) {
  return { ...r.activity, lastUpdateAt: iso(r.activity.lastUpdateAt), update: presentUpdate(r.update) };
}
