// parsePlan: a plan document's blocks → the plan, its units matched where they
// can be, and what was not understood. Pure: no database, no I/O.
import { foldVietnamese } from "@/lib/text";
import type { DateWindow } from "@/lib/dates";
import { readActivityTable } from "./activities";
import { isLegalOpening, mentionsScienceDay, yearIn } from "./header";
import { readSections, type PhaseDraft } from "./sections";
import { itemsOf } from "./stream";
import type { Block, ImportProblem, ParseOptions, ParsedActivity, ParsedPhase, ParseResult, UnitMention } from "./types";
import { splitPhaseHeading } from "./windows";

const DEFAULT_PHASE_TITLE = "Các hoạt động";

function readPhase(draft: PhaseDraft, options: ParseOptions, year: number | null, problems: ImportProblem[]): ParsedPhase {
  const heading = splitPhaseHeading(draft.heading, { year });
  const code = draft.code;
  if (!draft.rows) problems.push({ severity: "warning", message: `Không tìm thấy bảng hoạt động của giai đoạn ${code}.` });
  const activities = draft.rows ? readActivityTable(draft.rows, { units: options.units, year, phase: heading.window, phaseCode: code, problems }) : [];
  let window: DateWindow | null = heading.window;
  if (!window) {
    // No window in the heading: the span of the activities' own windows, if they have them.
    const starts = activities.flatMap((a) => (a.start ? [a.start] : [])).sort();
    const ends = activities.flatMap((a) => (a.end ? [a.end] : [])).sort();
    const complete = activities.length > 0 && starts.length === activities.length;
    window = complete ? { start: starts[0]!, end: ends.at(-1)! } : null;
    problems.push(
      window
        ? { severity: "warning", message: `Không đọc được thời gian của giai đoạn ${code}; lấy từ thời gian các hoạt động.` }
        : { severity: "fatal", message: `Không đọc được thời gian của giai đoạn ${code} “${draft.heading.slice(0, 80)}”.` },
    );
  }
  return { code, title: heading.title || DEFAULT_PHASE_TITLE, start: window?.start ?? null, end: window?.end ?? null, activities };
}

function mentionsOf(activity: ParsedActivity): UnitMention[] {
  return [...(activity.lead ? [activity.lead] : []), ...activity.supporters, ...activity.subTasks.flatMap(mentionsOf)];
}

export function parsePlan(blocks: Block[], options: ParseOptions): ParseResult {
  const problems: ImportProblem[] = [];
  const draft = readSections(itemsOf(blocks), problems);
  const title = draft.titleLines.join(" ").trim();
  const year = draft.dateYear ?? yearIn(title) ?? options.defaultYear ?? null;
  const phases = draft.phases.filter((phase) => phase.rows || phase.heading).map((phase) => readPhase(phase, options, year, problems));

  const fatal = (message: string) => problems.unshift({ severity: "fatal", message });
  if (!phases.some((phase) => phase.activities.length)) fatal("Không tìm thấy bảng hoạt động nào (bảng có các cột Stt, Nội dung, Đơn vị chủ trì …).");
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
    },
    unmatched,
    problems,
    usable: !problems.some((problem) => problem.severity === "fatal"),
  };
}
