// parsePlan: a plan document's blocks → the plan, its units matched where they
// can be, and what was not understood. Pure: no database, no I/O.
import { foldVietnamese } from "@/lib/text";
import type { CalendarDate, DateWindow } from "@/lib/dates";
import { readActivityGroups } from "./activities";
import { planWindow, proseActivities } from "./prose";
import { isLegalOpening, mentionsScienceDay, yearIn } from "./header";
import { readSections, type PhaseDraft } from "./sections";
import { itemsOf } from "./stream";
import { importedOutline } from "./outline";
import type { Block, ImportProblem, ParseOptions, ParsedActivity, ParsedPhase, ParseResult, UnitMention } from "./types";
import { parseWindow, splitPhaseHeading } from "./windows";

const DEFAULT_PHASE_TITLE = "Các hoạt động";

type PhaseSpan = { start: CalendarDate | null; end: CalendarDate | null };

/** Without a window of its own, a phase spans its activities' dates. */
function spanOf(activities: ParsedActivity[]): PhaseSpan {
  const starts = activities.flatMap((a) => (a.start ? [a.start] : [])).sort();
  const ends = activities.flatMap((a) => (a.end ? [a.end] : [])).sort();
  return { start: starts[0] ?? null, end: ends.at(-1) ?? null };
}

function phaseFrom(code: string, headingText: string, activities: (window: DateWindow | null) => ParsedActivity[], year: number | null, fallback: DateWindow | null, problems: ImportProblem[]): ParsedPhase {
  const heading = splitPhaseHeading(headingText, { year });
  const read = activities(heading.window);
  let window: PhaseSpan = heading.window ?? spanOf(read);
  if (!heading.window) {
    const label = heading.title ? `${code} “${heading.title.slice(0, 80)}”` : code;
    if (window.start && window.end) problems.push({ severity: "warning", message: `Giai đoạn ${label} không ghi thời gian; lấy từ thời gian các hoạt động.` });
    else {
      window = fallback ?? window;
      problems.push({ severity: "warning", message: `Không đọc được thời gian của giai đoạn ${label}; tạm lấy ${fallback ? "thời gian của kế hoạch" : "—"}, hãy sửa lại trong dự thảo.` });
    }
  }
  // Activities with no time of their own take the phase's.
  const fill = (activity: ParsedActivity): ParsedActivity => ({
    ...activity,
    start: activity.start ?? window.start,
    end: activity.end ?? window.end,
    subTasks: activity.subTasks.map(fill),
  });
  return { code, title: heading.title || DEFAULT_PHASE_TITLE, start: window.start, end: window.end, activities: read.map(fill) };
}

type PhaseContext = { year: number | null; from: CalendarDate | null; event: CalendarDate | null; fallback: DateWindow | null; leftovers: string[] };

function readPhases(draft: PhaseDraft, options: ParseOptions, context: PhaseContext, problems: ImportProblem[]): ParsedPhase[] {
  const { year, from, event, fallback } = context;
  if (!draft.rows) {
    problems.push({ severity: "warning", message: `Không tìm thấy bảng hoạt động của giai đoạn ${draft.code}.` });
    return [phaseFrom(draft.code, draft.heading, () => [], year, fallback, problems)];
  }
  const own = splitPhaseHeading(draft.heading, { year }).window;
  const base = (phaseCode: string, phase: DateWindow | null) => ({ units: options.units, year, phase, phaseCode, problems, from, event });
  const groups = readActivityGroups(draft.rows, base(draft.code, own), (group) => base(group.label || draft.code, splitPhaseHeading(group.title, { year }).window ?? own));
  if (!groups) {
    // Not activities (a programme hour by hour): kept as text, a row a line.
    context.leftovers.push(...[draft.heading, ...draft.rows.map((row) => row.map((cell) => cell.join(" ")).filter(Boolean).join(" | "))].filter(Boolean));
    return [];
  }
  if (!groups.some((entry) => entry.group)) {
    return [phaseFrom(draft.code, draft.heading, () => groups.flatMap((entry) => entry.activities), year, fallback, problems)];
  }
  // Group rows (I, II, III …) are the phases; rows before the first belong to the table's own heading.
  return groups.map((entry) =>
    entry.group
      ? phaseFrom(entry.group.label || draft.code, entry.group.title, () => entry.activities, year, own ?? fallback, problems)
      : phaseFrom(draft.code, draft.heading, () => entry.activities, year, fallback, problems),
  );
}

/** "1. Thời gian: 01 buổi, … ngày 27/7/2023 (thứ Năm)": the one day the event is held, if the plan names it. */
function eventDay(lines: string[], year: number | null): CalendarDate | null {
  for (const line of lines) {
    const label = /^(?:\d+[.)]\s*|[-–+•]\s*)?thoi gian(?: to chuc| dien ra)?\s*:/.exec(foldVietnamese(line));
    if (!label) continue;
    const window = parseWindow(line.slice(label[0].length), { year });
    if (window && window.start === window.end) return window.start;
  }
  return null;
}

function mentionsOf(activity: ParsedActivity): UnitMention[] {
  return [...(activity.lead ? [activity.lead] : []), ...activity.supporters, ...activity.subTasks.flatMap(mentionsOf)];
}

export function parsePlan(blocks: Block[], options: ParseOptions): ParseResult {
  const problems: ImportProblem[] = [];
  const draft = readSections(itemsOf(blocks), problems);
  const title = draft.titleLines.join(" ").trim();
  const year = draft.dateYear ?? yearIn(title) ?? options.defaultYear ?? null;
  const fallback = planWindow(draft.issueDate, year);
  const event = eventDay([...draft.contentItems, ...draft.sections.flatMap((section) => section.paragraphs)], year);
  const context = { year, from: draft.issueDate ?? fallback?.start ?? null, event, fallback, leftovers: draft.leftovers };
  let phases = draft.phases.filter((phase) => phase.rows || phase.heading).flatMap((phase) => readPhases(phase, options, context, problems));
  const sections = [...draft.sections];
  let proseFrom: number | null = null;
  if (!phases.some((phase) => phase.activities.length)) {
    // No activity table: the assignments written in prose under "Tổ chức thực hiện", if any.
    const prose = sections.filter((section) => section.kind === "ORGANISATION").flatMap((section) => proseActivities(section.paragraphs, { ...context, units: options.units, problems }));
    if (prose.length) proseFrom = sections.findIndex((section) => section.kind === "ORGANISATION");
    phases = prose.length ? [phaseFrom("1", "", () => prose, year, fallback, problems)] : [];
    if (prose.length) problems.push({ severity: "warning", message: `Không có bảng hoạt động: ${prose.length} hoạt động được đọc từ phần Tổ chức thực hiện (mỗi đơn vị một hoạt động). Hãy kiểm tra lại.` });
    else problems.push({ severity: "warning", message: "Không tìm thấy hoạt động nào (bảng có các cột Stt, Nội dung, Đơn vị chủ trì …, hoặc phân công từng đơn vị ở phần Tổ chức thực hiện). Dự thảo được tạo với các phần văn bản và danh sách hoạt động trống." });
  }
  if (draft.leftovers.length) sections.push({ label: "", heading: "Nội dung chưa xếp được vào mục nào", kind: "OTHER", paragraphs: draft.leftovers });

  const fatal = (message: string) => problems.unshift({ severity: "fatal", message });
  if (year === null) fatal("Không xác định được năm của kế hoạch (dòng “…, ngày … tháng … năm …”).");
  if (!title) fatal(draft.hasTitle ? "Không tìm thấy trích yếu dưới dòng “KẾ HOẠCH”." : "Không tìm thấy dòng “KẾ HOẠCH” và tên kế hoạch.");

  // The last paragraph before section I that ends in ":" introduces the plan; the others are its legal basis.
  const last = draft.preamble.at(-1) ?? "";
  const hasIntro = /:$/.test(last) || foldVietnamese(last).includes("nhu sau");
  const legalBasis = hasIntro ? draft.preamble.slice(0, -1) : draft.preamble;
  for (const line of legalBasis.filter((line) => !isLegalOpening(line))) {
    problems.push({ severity: "warning", message: `Đoạn “${line.slice(0, 80)}” được xếp vào căn cứ.` });
  }

  const mentions = phases.flatMap((phase) => phase.activities.flatMap(mentionsOf));
  const unmatched = [...new Set(mentions.filter((mention) => !mention.unitId).map((mention) => mention.text))];
  return {
    plan: {
      number: draft.number,
      numberText: draft.numberText,
      symbol: draft.symbol,
      place: draft.place,
      issueDate: draft.issueDate,
      year,
      title,
      eventDate: year !== null && mentionsScienceDay(title) ? `${year}-05-18` : null,
      legalBasis,
      intro: hasIntro ? last : "",
      purposes: draft.purposes,
      requirements: draft.requirements,
      theme: draft.theme,
      slogans: draft.slogans,
      contentItems: draft.contentItems,
      closingText: draft.closing.join("\n"),
      recipients: draft.recipients,
      signerAuthority: draft.signerAuthority,
      signerTitle: draft.signerTitle,
      signerName: draft.signerName,
      phases,
      sections,
      appendix: draft.appendix,
      outline: importedOutline({
        order: draft.order,
        sections,
        tableAt: draft.tableAt,
        appendix: draft.appendix,
        tableInAppendix: draft.phases.some((phase) => phase.inAppendix && phase.rows) && !draft.phases.some((phase) => !phase.inAppendix && phase.rows),
        proseFrom,
        texts: draft,
        firstPhaseHeading: draft.phases.find((phase) => !phase.inAppendix)?.heading ?? "",
      }),
    },
    unmatched,
    problems,
    usable: !problems.some((problem) => problem.severity === "fatal"),
  };
}
