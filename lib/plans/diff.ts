// "Thay đổi so với bản đã xem xét lần trước": what differs between two versions
// of a plan (lib/plans/version-data.ts), as Vietnamese the page shows as is.
// Phases and activities are matched by id, so an edited row is "changed", not
// "removed + added". Pure: unit tested in tests/unit/plan-diff.test.ts.
import { formatDate, type CalendarDate } from "@/lib/dates";
import { PLAN_TEXT_FIELDS, type PlanSection } from "@/lib/plans/snapshot";
import { TEXT_LABELS } from "@/lib/plans/field-labels";
import { allActivities, type VersionActivity, type VersionData, type VersionPhase } from "@/lib/plans/version-data";

/** One field that changed: old → new, both as the page shows them; `detail` says what was added or removed in a list. */
export type FieldChange = { label: string; before: string; after: string; detail?: string };
/** A changed phase or activity: its label (Stt), what it is called now, and the fields that changed. */
export type RowChange = { label: string; subject: string; changes: FieldChange[] };
export type RowRef = { label: string; summary: string };

export type PlanDiff = {
  texts: FieldChange[];
  phases: { added: RowRef[]; removed: RowRef[]; changed: RowChange[] };
  activities: { added: RowRef[]; removed: RowRef[]; changed: RowChange[] };
  /** Nothing differs. */
  same: boolean;
  /** How many changes in all, for the heading and to fold a long list. */
  count: number;
};

const EMPTY = "(trống)";
const text = (value: string) => (value.trim() ? value : EMPTY);
const list = (values: string[]) => (values.length ? values.join("\n") : EMPTY);

/** Both ends, always: "01/05/2026–10/05/2026"; a deadline reads "Trước ngày 10/05/2026". */
export function formatRange(start: CalendarDate, end: CalendarDate, deadline = false): string {
  if (deadline) return `Trước ngày ${formatDate(end)}`;
  return start === end ? formatDate(start) : `${formatDate(start)}–${formatDate(end)}`;
}

function field(changes: FieldChange[], label: string, before: string, after: string, detail?: string) {
  if (before !== after) changes.push(detail ? { label, before, after, detail } : { label, before, after });
}

const sectionText = (s: PlanSection) => [s.label, s.heading].filter(Boolean).join(". ") + (s.paragraphs.length ? `\n${s.paragraphs.join("\n")}` : "");

function textChanges(before: VersionData, after: VersionData): FieldChange[] {
  const changes: FieldChange[] = [];
  field(changes, "Trích yếu", text(before.title), text(after.title));
  field(changes, "Năm kế hoạch", String(before.year), String(after.year));
  field(changes, "Ngày sự kiện", before.eventDate ? formatDate(before.eventDate) : EMPTY, after.eventDate ? formatDate(after.eventDate) : EMPTY);
  field(changes, "Địa danh", text(before.place), text(after.place));
  for (const key of PLAN_TEXT_FIELDS) {
    const b = before[key];
    const a = after[key];
    field(changes, TEXT_LABELS[key], Array.isArray(b) ? list(b) : text(b), Array.isArray(a) ? list(a) : text(a));
  }
  // Extra sections (Tổ chức thực hiện, Kinh phí…) are matched by heading: they have no id.
  const headings = [...new Set([...before.extraSections, ...after.extraSections].map((s) => s.heading))];
  for (const heading of headings) {
    const b = before.extraSections.find((s) => s.heading === heading);
    const a = after.extraSections.find((s) => s.heading === heading);
    field(changes, `Mục “${heading}”`, b ? sectionText(b) : EMPTY, a ? sectionText(a) : EMPTY);
  }
  return changes;
}

const phaseLabel = (p: VersionPhase) => `Giai đoạn ${p.code}`;
const phaseSummary = (p: VersionPhase) => `${p.title} (${formatRange(p.start, p.end)})`;

function phaseChanges(before: VersionData, after: VersionData): PlanDiff["phases"] {
  const old = new Map(before.phases.map((p) => [p.id, p]));
  const now = new Map(after.phases.map((p) => [p.id, p]));
  const changed: RowChange[] = [];
  for (const phase of after.phases) {
    const was = old.get(phase.id);
    if (!was) continue;
    const changes: FieldChange[] = [];
    field(changes, "Mục", was.code, phase.code);
    field(changes, "Tên giai đoạn", text(was.title), text(phase.title));
    field(changes, "Thời gian", formatRange(was.start, was.end), formatRange(phase.start, phase.end));
    if (changes.length) changed.push({ label: phaseLabel(phase), subject: phase.title, changes });
  }
  return {
    added: after.phases.filter((p) => !old.has(p.id)).map((p) => ({ label: phaseLabel(p), summary: phaseSummary(p) })),
    removed: before.phases.filter((p) => !now.has(p.id)).map((p) => ({ label: phaseLabel(p), summary: phaseSummary(p) })),
    changed,
  };
}

type Placed = { phase: VersionPhase; activity: VersionActivity; parent: VersionActivity | null };

/** "Hoạt động 3 (mục 2.1)", "Việc 3.2 (mục 2.1)": as the plan numbers it. */
export const activityName = ({ phase, activity, parent }: Placed) => `${parent ? "Việc" : "Hoạt động"} ${activity.stt} (mục ${phase.code})`;
const activitySummary = ({ activity }: Placed) =>
  `${activity.content} · ${activity.leadUnit?.name ?? "chưa có đơn vị chủ trì"} · ${formatRange(activity.start, activity.end, activity.deadline)}`;

function unitsChange(before: VersionActivity, after: VersionActivity): FieldChange | null {
  const oldIds = new Set(before.supporters.map((u) => u.id));
  const newIds = new Set(after.supporters.map((u) => u.id));
  const added = after.supporters.filter((u) => !oldIds.has(u.id)).map((u) => u.name);
  const removed = before.supporters.filter((u) => !newIds.has(u.id)).map((u) => u.name);
  if (!added.length && !removed.length) return null;
  const names = (units: VersionActivity["supporters"]) => (units.length ? units.map((u) => u.name).join("; ") : "(không có)");
  const detail = [added.length ? `thêm ${added.join("; ")}` : "", removed.length ? `bỏ ${removed.join("; ")}` : ""].filter(Boolean).join("; ");
  return { label: "Đơn vị phối hợp", before: names(before.supporters), after: names(after.supporters), detail };
}

function activityChanges(before: VersionData, after: VersionData): PlanDiff["activities"] {
  const old = new Map(allActivities(before).map((placed) => [placed.activity.id, placed]));
  const nowList = allActivities(after);
  const now = new Set(nowList.map((placed) => placed.activity.id));
  const changed: RowChange[] = [];
  for (const placed of nowList) {
    const was = old.get(placed.activity.id);
    if (!was) continue;
    const a = placed.activity;
    const b = was.activity;
    const changes: FieldChange[] = [];
    field(changes, "Vị trí", activityName(was), activityName(placed));
    field(changes, "Nội dung", text(b.content), text(a.content));
    field(changes, "Mô tả", text(b.description), text(a.description));
    field(changes, "Đơn vị chủ trì", b.leadUnit?.name ?? EMPTY, a.leadUnit?.name ?? EMPTY);
    const units = unitsChange(b, a);
    if (units) changes.push(units);
    field(changes, "Thời gian", formatRange(b.start, b.end, b.deadline), formatRange(a.start, a.end, a.deadline));
    field(changes, "Sản phẩm", text(b.output), text(a.output));
    field(changes, "Ghi chú", text(b.note), text(a.note));
    if (changes.length) changed.push({ label: activityName(placed), subject: a.content, changes });
  }
  return {
    added: nowList.filter((p) => !old.has(p.activity.id)).map((p) => ({ label: activityName(p), summary: activitySummary(p) })),
    removed: [...old.values()].filter((p) => !now.has(p.activity.id)).map((p) => ({ label: activityName(p), summary: activitySummary(p) })),
    changed,
  };
}

export function diffVersions(before: VersionData, after: VersionData): PlanDiff {
  const texts = textChanges(before, after);
  const phases = phaseChanges(before, after);
  const activities = activityChanges(before, after);
  const rows = (part: PlanDiff["phases"]) => part.added.length + part.removed.length + part.changed.reduce((n, row) => n + row.changes.length, 0);
  const count = texts.length + rows(phases) + rows(activities);
  return { texts, phases, activities, same: count === 0, count };
}
